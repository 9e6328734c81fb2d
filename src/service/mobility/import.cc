// CSV import of stays and of a call's applications (docs/mobility.md, "Import"): every row
// is checked by the rules a user meets in the API, inside one transaction; with dry_run, or
// when any row is bad, nothing is written and every bad row is reported.
#include <fmt/format.h>

#include <map>
#include <vector>

#include "common/csv.h"
#include "common/text.h"
#include "domain/institution.h"
#include "domain/reference.h"
#include "service/mobility/applications.h"
#include "service/mobility/internal.h"
#include "service/mobility/mobilities.h"
#include "service/support/access.h"
#include "service/support/audit_log.h"
#include "service/support/home.h"
#include "service/support/transaction.h"
#include "store/lookups.h"

namespace orbis::service {
namespace {

using domain::access::Action;
using domain::access::Resource;

// An institution named by ROR id, web domain, or "home".
Result<std::optional<InstitutionId>> institution_named(store::Transaction& tx,
                                                       const std::string& name,
                                                       InstitutionId home) {
  if (name.empty()) return std::optional<InstitutionId>();
  if (text::to_lower_ascii(name) == "home") return std::optional<InstitutionId>(home);
  if (const auto ror = domain::normalize_ror_id(name)) return tx.institutions().find_by_ror(*ror);
  if (const auto domain_name = domain::normalize_domain(name))
    return tx.institutions().find_by_domain(*domain_name);
  return std::optional<InstitutionId>();
}

// The person with this email (kept in lower case), if any: found in the database row by row,
// so that an import costs what its file holds; a person added by an earlier row of the same
// import is found too (it is in the same transaction).
Result<std::optional<domain::Person>> person_with_email(store::Transaction& tx,
                                                        const std::string& email) {
  return store::person_with_email(tx, text::to_lower_ascii(email));
}

void add_field_errors(MobilityImportOutcome& out, int line, const Error& e) {
  if (e.fields.empty()) {
    out.errors.push_back({line, "", e.message});
    return;
  }
  for (const auto& f : e.fields) out.errors.push_back({line, f.field, f.message});
}

// What sets one kind of import apart: the words of its refusal ("import mobilities"), the
// columns it needs, and what its audit record names.
struct ImportKind {
  std::string_view what;
  domain::access::Resource resource;  // what the policy lets the importer import
  std::vector<const char*> required;
  std::string_view action;
  std::string_view entity;
  std::string entity_id;
};

// What every import shares: the office only; a file with the columns it needs; every row read
// by `rows` inside one write transaction, which keeps nothing on a dry run or when any row is
// bad (every bad row is reported), and otherwise commits with its audit record.
template <typename Rows>
Result<MobilityImportOutcome> import_file(store::Store& store, const Clock& clock,
                                          const domain::Actor& actor, const ImportKind& kind,
                                          const std::string& csv_text, bool dry_run, Rows&& rows) {
  if (auto ok = require_reach(actor, kind.resource, Action::import, kind.what); !ok)
    return fail(ok.error());
  auto table = csv::parse(csv_text);
  if (!table) return fail(table.error());
  const CsvColumns col(table->header);
  for (const char* required : kind.required) {
    if (!col.has(required)) {
      return fail(Error::invalid(fmt::format(
          "the file has no '{}' column; see docs/mobility.md for the columns", required)));
    }
  }
  return service::run(
      store, store::Access::write,
      [&](store::Transaction& tx) -> Result<MobilityImportOutcome> {
        MobilityImportOutcome out;
        out.dry_run = dry_run;
        const std::string now = format_iso8601(clock.now());
        if (auto ok = rows(tx, *table, col, out, now); !ok) return fail(ok.error());
        if (dry_run || !out.errors.empty()) {
          out.created.clear();
          return out;
        }
        if (auto ok = record(tx, clock, actor, std::string(kind.action), std::string(kind.entity),
                             kind.entity_id, nullptr,
                             nlohmann::json{{"rows", out.rows}, {"created", out.created}});
            !ok)
          return fail(ok.error());
        return out;
      },
      [&](const MobilityImportOutcome& out) { return !dry_run && out.errors.empty(); });
}

}  // namespace

Result<MobilityImportOutcome> Mobilities::import_csv(const domain::Actor& actor,
                                                     const std::string& csv_text, bool dry_run) {
  return import_file(
      store_, clock_, actor,
      {.what = "import mobilities",
       .resource = Resource::mobility,
       .required = {"email", "direction", "sending", "receiving", "academic_year", "planned_start",
                    "planned_end"},
       .action = "mobility.import",
       .entity = "mobility",
       .entity_id = ""},
      csv_text, dry_run,
      [&](store::Transaction& tx, const csv::Table& table, const CsvColumns& col,
          MobilityImportOutcome& out, const std::string& now) -> Status {
        auto home = require_home_institution(tx);
        if (!home) return fail(home.error());
        // The agreements the file names, read at once rather than row by row.
        std::vector<std::string> codes;
        codes.reserve(table.rows.size());
        for (const auto& row : table.rows) codes.push_back(col.get(row, "agreement"));
        auto coded = tx.agreements().with_codes(codes);
        if (!coded) return fail(coded.error());
        for (std::size_t r = 0; r < table.rows.size(); ++r) {
          const auto& row = table.rows[r];
          const int line = table.line_numbers[r];
          const std::size_t errors_before = out.errors.size();
          const auto bad = [&](std::string field, std::string message) {
            out.errors.push_back({line, std::move(field), std::move(message)});
          };
          ++out.rows;
          domain::Mobility m;
          if (const auto d = domain::parse_direction(col.get(row, "direction")))
            m.direction = *d;
          else
            bad("direction", "outgoing or incoming");
          const std::string type = col.get(row, "type");
          if (!type.empty()) {
            if (const auto t = domain::parse_mobility_type(type))
              m.type = *t;
            else
              bad("type",
                  "a mobility type: student_studies, student_traineeship, staff_teaching, …");
          }
          for (const auto& [name, target] :
               {std::pair{"sending", &m.sending}, {"receiving", &m.receiving}}) {
            auto found = institution_named(tx, col.get(row, name), *home);
            if (!found) return fail(found.error());
            if (*found)
              *target = **found;
            else
              bad(name, "a ROR id, a web domain or 'home'");
          }
          const std::string agreement_code = col.get(row, "agreement");
          if (!agreement_code.empty()) {
            if (const auto it = coded->find(agreement_code); it != coded->end()) {
              const domain::Agreement& a = it->second;
              m.agreement = a.id;
              // The condition for this direction and type, when the agreement has one.
              for (const auto& c : a.conditions) {
                if (c.sending == m.sending && c.receiving == m.receiving &&
                    c.mobility_type == m.type)
                  m.condition = c.id;
              }
            }
            if (!m.agreement)
              bad("agreement", fmt::format("no agreement with the code {}", agreement_code));
          }
          m.academic_year = col.get(row, "academic_year");
          m.planned_start = col.get(row, "planned_start");
          m.planned_end = col.get(row, "planned_end");
          m.actual_start = col.get(row, "actual_start");
          m.actual_end = col.get(row, "actual_end");
          if (const auto credits = col.get(row, "credits"); !credits.empty()) {
            try {
              m.credits_planned = std::stod(credits);
            } catch (const std::exception&) {
              bad("credits", "a number");
            }
          }
          if (const auto amount = col.get(row, "funding_amount"); !amount.empty()) {
            m.funding.push_back(
                {col.get(row, "funding_source").empty() ? "home" : col.get(row, "funding_source"),
                 col.get(row, "scholarship"),
                 col.get(row, "sponsor"),
                 {amount, col.get(row, "currency")}});
          }
          const std::string status = col.get(row, "status");
          if (status.empty()) {
            m.status = domain::MobilityStatus::accepted;
          } else if (const auto s = domain::parse_mobility_status(status)) {
            m.status = *s;
          } else {
            bad("status",
                "nominated, accepted, preparing, abroad, completed, recognised or cancelled");
          }
          // The person: found by email, or added from the row's columns.
          const std::string email = col.get(row, "email");
          domain::Person person;
          auto found = person_with_email(tx, email);
          if (!found) return fail(found.error());
          if (*found) {
            person = std::move(**found);
          } else {
            person.family_name = col.get(row, "family_name");
            person.given_name = col.get(row, "given_name");
            person.name_zh = col.get(row, "name_zh");
            person.email = email;
            person.nationality = col.get(row, "nationality");
            person.kind = domain::parse_person_kind(col.get(row, "kind"))
                              .value_or(domain::PersonKind::student);
            person.home_institution = m.sending;
            person.field = col.get(row, "field");
            if (const auto level = col.get(row, "level"); !level.empty()) {
              if (level.size() == 1 && level[0] >= '5' && level[0] <= '8')
                person.level = level[0] - '0';
              else
                bad("level", "an EQF level from 5 to 8");
            }
            if (person.family_name.empty()) {
              bad("email",
                  "no person has this email; give family_name, nationality (and given_name) to add "
                  "one");
            } else if (auto ok = domain::validate_and_normalize(person); !ok) {
              add_field_errors(out, line, ok.error());
            }
          }
          if (out.errors.size() != errors_before) continue;
          if (!person.id) {
            auto id = tx.people().insert(person);
            if (!id) return fail(id.error());
            person.id = *id;  // a later row naming the same email finds this person
          }
          m.person = person.id;
          if (m.direction == domain::Direction::outgoing) m.org_unit = person.org_unit;
          if (m.status != domain::MobilityStatus::nominated)
            m.nomination.decision = domain::NominationDecision::accepted;
          if (m.status == domain::MobilityStatus::cancelled)
            m.cancel_reason = col.get(row, "cancel_reason");
          m.history = {
              {now, actor.email, "", std::string(domain::to_string(m.status)), "imported"}};
          if (auto ok = domain::validate_and_normalize(m); !ok) {
            add_field_errors(out, line, ok.error());
            continue;
          }
          if (auto ok = mobility_rules::check_mobility(tx, m, person); !ok) {
            add_field_errors(out, line, ok.error());
            continue;
          }
          auto id = tx.mobilities().insert(m);
          if (!id) return fail(id.error());
          out.created.push_back(id->value);
        }
        return {};
      });
}

Result<MobilityImportOutcome> Applications::import_csv(const domain::Actor& actor, CallId call_id,
                                                       const std::string& csv_text, bool dry_run) {
  return import_file(
      store_, clock_, actor,
      {.what = "import applications",
       .resource = Resource::application,
       .required = {"email", "preferences"},
       .action = "application.import",
       .entity = "call",
       .entity_id = std::to_string(call_id.value)},
      csv_text, dry_run,
      [&](store::Transaction& tx, const csv::Table& table, const CsvColumns& col,
          MobilityImportOutcome& out, const std::string& now) -> Status {
        auto call = tx.calls().get(call_id);
        if (!call) return fail(call.error());
        if (call->published_run)
          return fail(Error::conflict("the call's placement is published; import before placing"));
        for (std::size_t r = 0; r < table.rows.size(); ++r) {
          const auto& row = table.rows[r];
          const int line = table.line_numbers[r];
          const std::size_t errors_before = out.errors.size();
          const auto bad = [&](std::string field, std::string message) {
            out.errors.push_back({line, std::move(field), std::move(message)});
          };
          ++out.rows;
          auto found = person_with_email(tx, col.get(row, "email"));
          if (!found) return fail(found.error());
          if (!*found) {
            bad("email", "no student has this email; add the person first");
            continue;
          }
          const domain::Person& person = **found;
          if (person.kind != domain::PersonKind::student) bad("email", "not a student");
          // Preferences: offer ids, or hosts by ROR id or domain, best first, separated by '|'.
          domain::Application a;
          for (const auto& part : text::split(col.get(row, "preferences"), '|')) {
            const std::string p(text::trim(part));
            if (p.empty()) continue;
            std::optional<std::int64_t> offer;
            if (p.find_first_not_of("0123456789") == std::string::npos && p.size() < 10) {
              if (call->offer(std::stoll(p))) offer = std::stoll(p);
            } else {
              std::optional<InstitutionId> host;
              if (const auto ror = domain::normalize_ror_id(p)) {
                auto h = tx.institutions().find_by_ror(*ror);
                if (!h) return fail(h.error());
                host = *h;
              } else if (const auto d = domain::normalize_domain(p)) {
                auto h = tx.institutions().find_by_domain(*d);
                if (!h) return fail(h.error());
                host = *h;
              }
              for (const auto& o : call->offers) {
                if (host && o.host == *host && !offer) offer = o.id;
              }
            }
            if (offer)
              a.preferences.push_back(*offer);
            else
              bad("preferences", fmt::format("'{}' is not an offer of this call (an offer id, or a "
                                             "host's ROR id or domain)",
                                             p));
          }
          if (a.preferences.empty() && out.errors.size() == errors_before)
            bad("preferences", "at least one offer");
          if (static_cast<int>(a.preferences.size()) > call->max_preferences)
            bad("preferences", fmt::format("at most {} in this call", call->max_preferences));
          for (const auto& [name, target] : {std::pair{"interview_score", &a.interview_score},
                                             {"motivation_score", &a.motivation_score}}) {
            const auto v = col.get(row, name);
            if (v.empty()) continue;
            try {
              *target = std::stod(v);
              if (!(**target >= 0 && **target <= 100)) bad(name, "from 0 to 100");
            } catch (const std::exception&) {
              bad(name, "a number from 0 to 100");
            }
          }
          if (out.errors.size() != errors_before) continue;
          a.call = call_id;
          a.person = person.id;
          a.org_unit = person.org_unit;
          a.motivation = col.get(row, "motivation");
          a.created_at = a.updated_at = a.submitted_at = now;
          bool any = false;
          for (const auto offer : a.preferences) {
            auto v = domain::eligibility(person, *call, *call->offer(offer));
            any = any || v.eligible;
            a.verdicts.push_back(std::move(v));
          }
          a.score = domain::score_of(person, *call, a);
          if (a.interview_score || a.motivation_score) a.scored_by = actor.email;
          a.status =
              any ? domain::ApplicationStatus::eligible : domain::ApplicationStatus::ineligible;
          a.history = {
              {now, actor.email, "", std::string(domain::to_string(a.status)), "imported"}};
          auto id = tx.applications().insert(a);
          if (!id) {
            if (id.error().code == ErrorCode::already_exists) {
              bad("email", "this student has applied to the call already");
              continue;
            }
            return fail(id.error());
          }
          out.created.push_back(id->value);
        }
        return {};
      });
}

}  // namespace orbis::service
