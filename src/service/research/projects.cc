// Joint research projects (service/research/projects.h).
#include "service/research/projects.h"

#include <fmt/format.h>

#include <algorithm>
#include <map>
#include <nlohmann/json.hpp>

#include "common/csv.h"
#include "common/text.h"
#include "domain/access/policy.h"
#include "domain/institution.h"
#include "service/indicators/scope.h"
#include "service/partnerships/internal.h"
#include "service/scholars/internal.h"
#include "service/support/access.h"
#include "service/support/audit_log.h"
#include "service/support/transaction.h"
#include "store/query.h"
#include "store/research_projects.h"
#include "store/scholars.h"

namespace orbis::service {
namespace {

namespace access = domain::access;
namespace research = domain::research;
using access::Action;
using access::Resource;
using research::Project;

constexpr std::string_view kList = "research-projects";
constexpr std::string_view kSort = "start_date";
constexpr const char* kColumnsDoc = "docs/research.md";

// What the access policy bounds a project by: its lead department and its partners.
access::Subject subject_of(const Project& p) {
  access::Subject subject;
  subject.org_unit = p.org_unit;
  for (const auto& partner : p.partners) subject.institutions.push_back(partner.institution);
  return subject;
}

std::string today_of(const Clock& clock) { return format_iso8601(clock.now()).substr(0, 10); }

nlohmann::json project_json(const Project& p) {
  nlohmann::json partners = nlohmann::json::array();
  for (const auto& partner : p.partners)
    partners.push_back({{"institution_id", partner.institution.value},
                        {"role", research::to_string(partner.role)}});
  nlohmann::json agreements = nlohmann::json::array();
  for (const auto id : p.agreements) agreements.push_back(id.value);
  nlohmann::json visits = nlohmann::json::array();
  for (const auto id : p.visits) visits.push_back(id.value);
  return {{"title", p.title},
          {"acronym", p.acronym},
          {"start_date", p.start_date},
          {"end_date", p.end_date},
          {"org_unit_id", p.org_unit ? nlohmann::json(p.org_unit->value) : nlohmann::json()},
          {"partners", partners},
          {"investigators", p.investigators.size()},
          {"funding", p.funding.size()},
          {"outputs", p.outputs.size()},
          {"agreement_ids", agreements},
          {"visit_ids", visits},
          {"version", p.version}};
}

// Every institution, department, agreement and case the project names must exist.
Status check_references(store::Transaction& tx, const Project& p) {
  std::vector<FieldError> errors;
  if (p.org_unit && !tx.institutions().org_unit(*p.org_unit))
    errors.push_back({"org_unit_id", "no such org unit"});
  for (std::size_t i = 0; i < p.partners.size(); ++i)
    if (!tx.institutions().get(p.partners[i].institution))
      errors.push_back({fmt::format("partners/{}/institution_id", i), "no such institution"});
  for (std::size_t i = 0; i < p.investigators.size(); ++i)
    if (p.investigators[i].institution && !tx.institutions().get(*p.investigators[i].institution))
      errors.push_back({fmt::format("investigators/{}/institution_id", i), "no such institution"});
  for (std::size_t i = 0; i < p.agreements.size(); ++i)
    if (!tx.agreements().get(p.agreements[i]))
      errors.push_back({fmt::format("agreement_ids/{}", i), "no such agreement"});
  for (std::size_t i = 0; i < p.visits.size(); ++i)
    if (!store::get_scholar_case(tx, p.visits[i]))
      errors.push_back({fmt::format("visit_ids/{}", i), "no such scholar case"});
  if (!errors.empty())
    return fail(Error::invalid("the project names what does not exist", std::move(errors)));
  return {};
}

// The partners with the registry's names, in the project's order.
Result<std::vector<ProjectPartnerView>> partners_of(store::Transaction& tx, const Project& p) {
  std::vector<ProjectPartnerView> out;
  for (const auto& partner : p.partners) {
    auto institution = tx.institutions().get(partner.institution);
    if (!institution) return fail(institution.error());
    out.push_back({partner.institution, institution->name, institution->name_zh,
                   institution->country, institution->ror_id, partner.role});
  }
  return out;
}

Result<ResearchProjectView> view_of(store::Transaction& tx, const domain::Actor& actor, Project p,
                                    const std::string& today) {
  ResearchProjectView view;
  view.status = research::status_on(p, today);
  if (p.org_unit) {
    auto unit = tx.institutions().org_unit(*p.org_unit);
    if (!unit) return fail(unit.error());
    view.org_unit = NamedUnit{unit->id, unit->name, unit->name_zh};
  }
  auto partners = partners_of(tx, p);
  if (!partners) return fail(partners.error());
  view.partners = std::move(*partners);
  for (const auto id : p.agreements) {
    auto agreement = tx.agreements().get(id);
    if (!agreement) return fail(agreement.error());
    if (partnership_rules::visible(actor, *agreement))
      view.agreements.push_back({id, agreement->title});
  }
  for (const auto id : p.visits) {
    auto visit = store::get_scholar_case(tx, id);
    if (!visit) return fail(visit.error());
    auto person = tx.people().get(visit->person);
    if (!person) return fail(person.error());
    if (!access::reaches(actor, Resource::scholar_case, Action::read,
                         scholar_rules::subject_of(*visit, *person)))
      continue;
    view.visits.push_back(
        {id, person->display_name(), visit->kind, visit->status, visit->direction});
  }
  if (access::reaches(actor, Resource::research_project, Action::update, subject_of(p)))
    view.allowed_actions.emplace_back("update");
  view.record = std::move(p);
  return view;
}

// A project the actor may `action`: not_found when it may not read it, so that a project's
// existence does not leak; denied when it may read and not `action`.
Result<Project> reachable(store::Transaction& tx, const domain::Actor& actor, ResearchProjectId id,
                          Action action) {
  auto p = store::get_research_project(tx, id);
  if (!p) return fail(p.error());
  if (auto ok = require_record(actor, Resource::research_project, action, subject_of(*p),
                               "research project", id.value);
      !ok)
    return fail(ok.error());
  return p;
}

// What a coordinator may not do: lead a project from another department.
Status check_lead(const domain::Actor& actor, Action action, const Project& p) {
  if (!access::reaches(actor, Resource::research_project, action, subject_of(p)))
    return fail(Error::denied("a coordinator records projects led by their own department"));
  return {};
}

// The cells of one CSV row as a project, every problem with its column added to `errors`.
class RowReader {
 public:
  RowReader(store::Transaction& tx, const CsvColumns& columns, InstitutionId home,
            std::vector<domain::OrgUnit> units)
      : tx_(tx), columns_(columns), home_(home), units_(std::move(units)) {}

  Result<std::optional<Project>> read(const csv::Row& row, int line,
                                      std::vector<ImportRowError>& errors) {
    const std::size_t before = errors.size();
    Project p;
    p.title = columns_.get(row, "title");
    p.acronym = columns_.get(row, "acronym");
    p.summary = columns_.get(row, "summary");
    p.start_date = columns_.get(row, "start_date");
    p.end_date = columns_.get(row, "end_date");
    if (const auto code = columns_.get(row, "org_unit"); !code.empty()) {
      const auto unit = std::ranges::find_if(units_, [&](const auto& u) {
        return text::to_lower_ascii(u.code) == text::to_lower_ascii(code);
      });
      if (unit == units_.end())
        errors.push_back({line, "org_unit", fmt::format("no department with the code '{}'", code)});
      else
        p.org_unit = unit->id;
    }
    for (const auto& item : text::split(columns_.get(row, "partners"), ';')) {
      const auto entry = std::string(text::trim(item));
      if (entry.empty()) continue;
      // "ROR:role"; a ROR id given as its URL ("https://ror.org/…") has a colon of its own.
      auto colon = entry.rfind(':');
      if (colon != std::string::npos && entry.compare(colon + 1, 2, "//") == 0)
        colon = std::string::npos;
      const std::string ror = std::string(text::trim(entry.substr(0, colon)));
      const std::string role_text =
          colon == std::string::npos ? "partner" : std::string(text::trim(entry.substr(colon + 1)));
      const auto role = research::parse_partner_role(text::to_lower_ascii(role_text));
      if (!role) {
        errors.push_back(
            {line, "partners",
             fmt::format("'{}' is no role: coordinator, partner or associate", role_text)});
        continue;
      }
      auto institution = institution_of(ror);
      if (!institution) return fail(institution.error());
      if (!*institution) {
        errors.push_back({line, "partners",
                          fmt::format("no institution with the ROR id '{}' in the registry", ror)});
        continue;
      }
      p.partners.push_back({**institution, *role});
    }
    if (const auto pi = columns_.get(row, "principal_investigator"); !pi.empty()) {
      research::Investigator investigator;
      investigator.name = pi;
      investigator.role = research::InvestigatorRole::principal;
      investigator.institution = home_;
      if (const auto ror = columns_.get(row, "pi_institution"); !ror.empty()) {
        auto institution = institution_of(ror);
        if (!institution) return fail(institution.error());
        if (*institution)
          investigator.institution = **institution;
        else
          errors.push_back(
              {line, "pi_institution",
               fmt::format("no institution with the ROR id '{}' in the registry", ror)});
      }
      p.investigators.push_back(std::move(investigator));
    }
    if (const auto funder = columns_.get(row, "funder"); !funder.empty()) {
      p.funding.push_back({funder,
                           columns_.get(row, "programme"),
                           {columns_.get(row, "amount"), columns_.get(row, "currency")}});
    } else if (!columns_.get(row, "amount").empty()) {
      errors.push_back({line, "funder", "required with an amount"});
    }
    if (auto ok = research::validate_and_normalize(p); !ok)
      for (const auto& f : ok.error().fields)
        errors.push_back({line, column_of(f.field), f.message});
    if (errors.size() != before) return std::optional<Project>();
    return std::optional<Project>(std::move(p));
  }

 private:
  // The registry's institution of a ROR id, given bare or as a URL.
  Result<std::optional<InstitutionId>> institution_of(const std::string& text) {
    const auto ror = domain::normalize_ror_id(text);
    if (!ror) return std::optional<InstitutionId>();
    return tx_.institutions().find_by_ror(*ror);
  }

  // The CSV column a field of the project comes from.
  static std::string column_of(const std::string& field) {
    if (field.starts_with("funding/")) {
      if (field.ends_with("/currency")) return "currency";
      if (field.ends_with("/amount")) return "amount";
      if (field.ends_with("/programme")) return "programme";
      return "funder";
    }
    if (field.starts_with("investigators/")) return "principal_investigator";
    if (field.starts_with("partners")) return "partners";
    return field;
  }

  store::Transaction& tx_;
  const CsvColumns& columns_;
  InstitutionId home_;
  std::vector<domain::OrgUnit> units_;
};

}  // namespace

Result<ResearchProjectPage> ResearchProjects::list(const domain::Actor& actor,
                                                   const ResearchProjectFilter& f) const {
  std::vector<FieldError> errors;
  store::ResearchProjectQuery q;
  q.text = std::string(text::trim(f.text));
  if (!f.status.empty()) {
    q.status = research::parse_project_status(f.status);
    if (!q.status) errors.push_back({"status", "planned, active or ended"});
  }
  if (f.limit < 1 || f.limit > 200) errors.push_back({"limit", "from 1 to 200"});
  if (q.text.size() > 200) errors.push_back({"q", "at most 200 bytes"});
  if (!errors.empty())
    return fail(Error::invalid("the filter has invalid parameters", std::move(errors)));
  q.today = today_of(clock_);
  if (f.partner) q.partners.push_back(*f.partner);
  if (f.org_unit) q.org_units.push_back(*f.org_unit);
  q.agreement = f.agreement;
  q.visit = f.visit;
  q.page.limit = f.limit;
  if (!f.cursor.empty()) {
    auto after = store::decode_cursor(kList, kSort, f.cursor);
    if (!after) return fail(after.error());
    q.page.after = std::move(*after);
  }
  const auto scope = access::scope_of(actor, Resource::research_project, Action::read);
  switch (scope.reach) {
    case access::Reach::none:
    case access::Reach::own_records:
      return ResearchProjectPage{};
    case access::Reach::own_org_unit:
      if (!scope.org_unit || (f.org_unit && f.org_unit != scope.org_unit))
        return ResearchProjectPage{};
      q.org_units = {*scope.org_unit};
      break;
    case access::Reach::own_institution:
      if (!scope.institution) return ResearchProjectPage{};
      q.partners.push_back(*scope.institution);
      break;
    case access::Reach::all:
      break;
  }
  return run(
      store_, store::Access::read, [&](store::Transaction& tx) -> Result<ResearchProjectPage> {
        auto found = store::list_research_projects(tx, q);
        if (!found) return fail(found.error());
        auto total = store::count_research_projects(tx, q);
        if (!total) return fail(total.error());
        ResearchProjectPage page;
        page.total = *total;
        page.next = next_cursor(kList, kSort, found->next);
        std::map<std::int64_t, ProjectPartnerView> names;  // each institution read once a page
        for (auto& p : found->items) {
          if (!access::reaches(scope, subject_of(p)))
            return fail(Error::internal(
                fmt::format("research project {} is outside the reader's scope", p.id.value)));
          ResearchProjectSummary s;
          s.id = p.id;
          s.title = p.title;
          s.acronym = p.acronym;
          s.status = research::status_on(p, q.today);
          s.start_date = p.start_date;
          s.end_date = p.end_date;
          s.org_unit = p.org_unit;
          for (const auto& partner : p.partners) {
            auto it = names.find(partner.institution.value);
            if (it == names.end()) {
              auto institution = tx.institutions().get(partner.institution);
              if (!institution) return fail(institution.error());
              it = names
                       .emplace(partner.institution.value,
                                ProjectPartnerView{partner.institution, institution->name,
                                                   institution->name_zh, institution->country,
                                                   institution->ror_id, partner.role})
                       .first;
            }
            auto named = it->second;
            named.role = partner.role;
            s.partners.push_back(std::move(named));
          }
          const auto pi = std::ranges::find(p.investigators, research::InvestigatorRole::principal,
                                            &research::Investigator::role);
          if (pi != p.investigators.end()) s.principal_investigator = pi->name;
          s.funding = std::move(p.funding);
          page.items.push_back(std::move(s));
        }
        return page;
      });
}

Result<ResearchProjectView> ResearchProjects::get(const domain::Actor& actor,
                                                  ResearchProjectId id) const {
  return run(store_, store::Access::read,
             [&](store::Transaction& tx) -> Result<ResearchProjectView> {
               auto found = reachable(tx, actor, id, Action::read);
               if (!found) return fail(found.error());
               return view_of(tx, actor, std::move(*found), today_of(clock_));
             });
}

Result<ResearchProjectView> ResearchProjects::create(const domain::Actor& actor, Project p) {
  if (auto ok = require_reach(actor, Resource::research_project, Action::create,
                              "record research projects");
      !ok)
    return fail(ok.error());
  // A coordinator records projects their own department leads.
  if (actor.is(domain::Role::coordinator)) p.org_unit = actor.org_unit;
  p.id = ResearchProjectId{};
  if (auto ok = research::validate_and_normalize(p); !ok) return fail(ok.error());
  if (auto ok = check_lead(actor, Action::create, p); !ok) return fail(ok.error());
  return run(
      store_, store::Access::write, [&](store::Transaction& tx) -> Result<ResearchProjectView> {
        if (auto ok = check_references(tx, p); !ok) return fail(ok.error());
        auto id = store::insert_research_project(tx, p);
        if (!id) return fail(id.error());
        auto stored = store::get_research_project(tx, *id);
        if (!stored) return fail(stored.error());
        if (auto ok = record(tx, clock_, actor, "research_project.create", "research_project",
                             std::to_string(id->value), nullptr, project_json(*stored));
            !ok)
          return fail(ok.error());
        return view_of(tx, actor, std::move(*stored), today_of(clock_));
      });
}

Result<ResearchProjectView> ResearchProjects::update(const domain::Actor& actor, Project p,
                                                     int expected_version) {
  if (auto ok = require_reach(actor, Resource::research_project, Action::update,
                              "change research projects");
      !ok)
    return fail(ok.error());
  return run(
      store_, store::Access::write, [&](store::Transaction& tx) -> Result<ResearchProjectView> {
        auto current = reachable(tx, actor, p.id, Action::update);
        if (!current) return fail(current.error());
        if (auto ok = require_version(current->version, expected_version, "research project"); !ok)
          return fail(ok.error());
        p.version = expected_version;
        if (actor.is(domain::Role::coordinator)) p.org_unit = current->org_unit;
        if (auto ok = research::validate_and_normalize(p); !ok) return fail(ok.error());
        if (auto ok = check_references(tx, p); !ok) return fail(ok.error());
        if (auto ok = store::update_research_project(tx, p); !ok) return fail(ok.error());
        auto stored = store::get_research_project(tx, p.id);
        if (!stored) return fail(stored.error());
        if (auto ok =
                record(tx, clock_, actor, "research_project.update", "research_project",
                       std::to_string(p.id.value), project_json(*current), project_json(*stored));
            !ok)
          return fail(ok.error());
        return view_of(tx, actor, std::move(*stored), today_of(clock_));
      });
}

Result<ResearchProjectImport> ResearchProjects::import_csv(const domain::Actor& actor,
                                                           const std::string& text, bool dry_run) {
  if (auto ok = require_reach(actor, Resource::research_project, Action::import,
                              "import research projects");
      !ok)
    return fail(ok.error());
  auto table = csv::parse(text);
  if (!table) return fail(table.error());
  const CsvColumns columns(table->header);
  if (auto ok = columns.require({"title", "start_date", "end_date"}, kColumnsDoc); !ok)
    return fail(ok.error());
  return run(
      store_, store::Access::write,
      [&](store::Transaction& tx) -> Result<ResearchProjectImport> {
        auto home = indicator_scope::home_institution(tx);
        if (!home) return fail(home.error());
        if (!*home)
          return fail(Error::failed_precondition(
              "the registry names no home institution, whose departments and investigators "
              "an import names"));
        auto units = tx.institutions().org_units((*home)->id);
        if (!units) return fail(units.error());
        RowReader reader(tx, columns, (*home)->id, std::move(*units));
        ResearchProjectImport out;
        out.dry_run = dry_run;
        out.rows = table->rows.size();
        std::vector<Project> projects;
        for (std::size_t i = 0; i < table->rows.size(); ++i) {
          auto project = reader.read(table->rows[i], table->line_numbers[i], out.errors);
          if (!project) return fail(project.error());
          if (*project) projects.push_back(std::move(**project));
        }
        if (!out.errors.empty() || dry_run) return out;
        for (const auto& p : projects) {
          auto id = store::insert_research_project(tx, p);
          if (!id) return fail(id.error());
          out.created.push_back(*id);
        }
        if (auto ok = record(tx, clock_, actor, "research_project.import", "research_project",
                             "csv", nullptr,
                             nlohmann::json{{"rows", out.rows}, {"created", out.created.size()}});
            !ok)
          return fail(ok.error());
        return out;
      },
      [](const ResearchProjectImport& out) { return !out.dry_run && out.errors.empty(); });
}

}  // namespace orbis::service
