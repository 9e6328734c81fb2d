// The scholar case file: listed, read, requested, changed, moved along, and its events
// recorded (service/scholars/cases.h).
#include "service/scholars/cases.h"

#include <fmt/format.h>

#include <algorithm>
#include <nlohmann/json.hpp>

#include "common/crypto.h"
#include "common/text.h"
#include "domain/access/policy.h"
#include "domain/privacy.h"
#include "rules/rulebook.h"
#include "service/indicators/scope.h"
#include "service/scholars/internal.h"
#include "service/scholars/orcid.h"
#include "service/support/access.h"
#include "service/support/audit_log.h"
#include "service/support/home.h"
#include "service/support/privacy.h"
#include "service/support/transaction.h"
#include "service/support/uploads.h"
#include "store/query.h"
#include "store/scholars.h"

namespace orbis::service {
namespace {

namespace access = domain::access;
using access::Action;
using access::Resource;
using domain::scholars::CaseStatus;
using domain::scholars::ScholarCase;
using scholar_rules::personal;
using scholar_rules::reachable;
using scholar_rules::subject_of;

constexpr std::string_view kList = "scholar_cases";
constexpr std::string_view kSort = "start";

nlohmann::json case_json(const ScholarCase& c) {
  nlohmann::json events = nlohmann::json::array();
  for (const auto& e : c.events) {
    events.push_back({{"id", e.id},
                      {"kind", domain::scholars::to_string(e.kind)},
                      {"at", e.at},
                      {"done_at", e.done_at},
                      {"note", e.note}});
  }
  const auto permit = [](const domain::scholars::Permit& p) {
    return nlohmann::json{{"number", p.number},         {"category", p.category},
                          {"filed_on", p.filed_on},     {"issued_on", p.issued_on},
                          {"expires_on", p.expires_on}, {"renewal_filed_on", p.renewal_filed_on}};
  };
  nlohmann::json out{{"id", c.id.value},
                     {"person_id", c.person.value},
                     {"kind", domain::scholars::to_string(c.kind)},
                     {"direction", domain::to_string(c.direction)},
                     {"status", domain::scholars::to_string(c.status)},
                     {"project", c.project},
                     {"position", c.position},
                     {"purpose", c.purpose},
                     {"planned_start", c.planned_start},
                     {"planned_end", c.planned_end},
                     {"extended_to", c.extended_to},
                     {"reason", c.reason},
                     {"events", events},
                     {"work_permit", permit(c.work_permit)},
                     {"residence_permit", permit(c.residence_permit)},
                     {"version", c.version}};
  out["host_unit_id"] = c.host_unit ? nlohmann::json(c.host_unit->value) : nlohmann::json();
  out["partner_id"] = c.partner ? nlohmann::json(c.partner->value) : nlohmann::json();
  out["agreement_id"] = c.agreement ? nlohmann::json(c.agreement->value) : nlohmann::json();
  return out;
}

Status stale(int current, int expected) {
  if (current == expected) return {};
  return fail(Error::conflict(
      "the scholar case was changed by someone else since it was read; reload and try again"));
}

// The moves that are the office's to make: a department asks, the office decides.
bool office_move(CaseStatus to) {
  return to == CaseStatus::screening || to == CaseStatus::approved || to == CaseStatus::declined ||
         to == CaseStatus::permit_visa || to == CaseStatus::closed;
}
bool office(const domain::Actor& actor) {
  return actor.is(domain::Role::admin) || actor.is(domain::Role::officer);
}

// The shipped clocks and working calendars. Their files not loading is the program's fault,
// never the user's.
Result<const rules::Rulebook*> clock_rules() {
  const auto& book = rules::shipped();
  if (!book)
    return fail(Error::internal("the shipped rule sets do not load: " + book.error().message));
  return &*book;
}

// The case as `actor` may read it. A page's cases come without their documents (`one` false):
// they are read with the case.
Result<ScholarCaseView> view_of(store::Transaction& tx, const domain::Actor& actor, ScholarCase c,
                                const domain::Person& person, TimePoint now, bool one = true) {
  ScholarCaseView v;
  const auto subject = subject_of(c, person);
  const auto standing = domain::standing(actor, subject);
  const auto disclosure = domain::disclosure(standing);
  v.personal = personal(standing);
  // A partner reads its people's cases, not their records (the policy gives partners no
  // reach on people): the e-mail only for those who see the case's personal data.
  v.person = {person.id,
              person.display_name(),
              person.family_name,
              person.given_name,
              person.name_zh,
              person.nationality,
              v.personal && disclosure.email ? std::optional(person.email) : std::nullopt};
  // Who did what: by e-mail for the office, else by name and role (domain/privacy.h).
  std::vector<std::string> actors;
  actors.reserve(c.history.size());
  for (const auto& h : c.history) actors.push_back(h.actor);
  if (one && v.personal) {
    auto documents = store::scholar_documents(tx, c.id);
    if (!documents) return fail(documents.error());
    for (const auto& d : *documents) actors.push_back(d.uploaded_by);
    v.documents = std::move(*documents);
  }
  auto names = ActorNames::of(tx, actors);
  if (!names) return fail(names.error());
  for (auto& h : c.history) h.actor = names->show(h.actor, disclosure);
  if (v.documents) {
    for (auto& d : *v.documents) d.uploaded_by = names->show(d.uploaded_by, disclosure);
  }
  if (c.host_unit) {
    auto unit = tx.institutions().org_unit(*c.host_unit);
    if (!unit) return fail(unit.error());
    v.host_unit = NamedUnit{unit->id, unit->name, unit->name_zh};
  }
  if (c.partner) {
    auto partner = tx.institutions().get(*c.partner);
    if (!partner) return fail(partner.error());
    v.partner = NamedInstitution{partner->id, partner->name, partner->name_zh, partner->country};
  }
  if (v.personal) {
    auto clocks = clock_rules();
    if (!clocks) return fail(clocks.error());
    v.clocks = domain::scholars::clocks_of(c, (*clocks)->clocks, now, (*clocks)->working_days);
    v.tasks = domain::scholars::tasks_of(c);
  } else {
    c.work_permit = {};
    c.residence_permit = {};
    for (auto& e : c.events) e.note.clear();
  }
  const bool updates = access::reaches(actor, Resource::scholar_case, Action::update, subject);
  const bool moves = access::reaches(actor, Resource::scholar_case, Action::transition, subject);
  if (updates) {
    v.allowed_actions.emplace_back("update");
    v.allowed_actions.emplace_back("record_event");
  }
  if (moves) {
    for (const auto to : domain::scholars::next_states(c.status, c.direction)) {
      if (office(actor) || !office_move(to)) v.allowed_transitions.push_back(to);
    }
    if (!v.allowed_transitions.empty()) v.allowed_actions.emplace_back("transition");
  }
  v.record = std::move(c);
  return v;
}

// What a case names must exist: its person, department, partner and agreement.
Status check_references(store::Transaction& tx, const ScholarCase& c) {
  std::vector<FieldError> errors;
  if (!tx.people().get(c.person)) errors.push_back({"person_id", "no such person"});
  if (c.host_unit && !tx.institutions().org_unit(*c.host_unit)) {
    errors.push_back({"host_unit_id", "no such org unit"});
  }
  if (c.partner && !tx.institutions().get(*c.partner)) {
    errors.push_back({"partner_id", "no such institution"});
  }
  if (c.agreement && !tx.agreements().get(*c.agreement)) {
    errors.push_back({"agreement_id", "no such agreement"});
  }
  if (!errors.empty())
    return fail(Error::invalid("the scholar case names what does not exist", std::move(errors)));
  return {};
}

// Records the scholar of a new case: staff of the partner they come from (incoming) or of the
// home institution (outgoing), in the host department.
Result<PersonId> add_scholar(store::Transaction& tx, const Clock& clock, const domain::Actor& actor,
                             const ScholarCase& c, domain::Person person) {
  person.id = PersonId{};
  person.kind = domain::PersonKind::staff;
  person.org_unit = c.host_unit;
  person.user.reset();
  if (c.direction == domain::Direction::incoming) {
    if (!c.partner) {
      return fail(Error::invalid("say where the scholar comes from",
                                 {{"partner_id", "required with a new scholar coming in"}}));
    }
    person.home_institution = *c.partner;
  } else {
    auto home = home_institution_id(tx);
    if (!home) return fail(home.error());
    if (!*home) return fail(Error::failed_precondition("no home institution is set"));
    person.home_institution = **home;
  }
  if (person.position.empty()) person.position = c.position;
  if (auto ok = domain::validate_and_normalize(person); !ok) {
    auto error = ok.error();
    for (auto& f : error.fields) f.field = "scholar." + f.field;
    return fail(std::move(error));
  }
  auto id = tx.people().insert(person);
  if (!id) return fail(id.error());
  nlohmann::json after{{"id", id->value},
                       {"family_name", person.family_name},
                       {"given_name", person.given_name},
                       {"kind", "staff"},
                       {"for", "scholar case"}};
  if (auto ok = record(tx, clock, actor, "person.create", "person", std::to_string(id->value),
                       nullptr, after);
      !ok) {
    return fail(ok.error());
  }
  return *id;
}

}  // namespace

Result<ScholarCasePage> ScholarCases::list(const domain::Actor& actor,
                                           const ScholarCaseFilter& f) const {
  std::vector<FieldError> errors;
  store::ScholarCaseQuery q;
  if (!f.status.empty()) q.status = domain::scholars::parse_case_status(f.status);
  if (!f.kind.empty()) q.kind = domain::scholars::parse_case_kind(f.kind);
  if (!f.direction.empty()) q.direction = domain::parse_direction(f.direction);
  if (!f.status.empty() && !q.status) {
    errors.push_back({"status",
                      "requested, screening, approved, permit_visa, arrived, "
                      "registered, active, extended, departed, closed, declined or "
                      "withdrawn"});
  }
  if (!f.kind.empty() && !q.kind) errors.push_back({"kind", "faculty, visiting or exchange"});
  if (!f.direction.empty() && !q.direction) {
    errors.push_back({"direction", "incoming or outgoing"});
  }
  if (f.limit < 1 || f.limit > 200) errors.push_back({"limit", "from 1 to 200"});
  if (!errors.empty())
    return fail(Error::invalid("the filter has invalid parameters", std::move(errors)));
  q.person = f.person;
  q.host_unit = f.host_unit;
  q.in_stay = f.in_stay;
  q.page.limit = f.limit;
  if (!f.cursor.empty()) {
    auto after = store::decode_cursor(kList, kSort, f.cursor);
    if (!after) return fail(after.error());
    q.page.after = std::move(*after);
  }
  const auto scope = access::scope_of(actor, Resource::scholar_case, Action::read);
  switch (scope.reach) {
    case access::Reach::none:
      return ScholarCasePage{};
    case access::Reach::own_records:
      q.user = scope.user;
      break;
    case access::Reach::own_org_unit:
      if (q.host_unit && q.host_unit != scope.org_unit) return ScholarCasePage{};
      q.host_unit = scope.org_unit;
      break;
    case access::Reach::own_institution:
      q.partner = scope.institution;
      break;
    case access::Reach::all:
      break;
  }
  return run(store_, store::Access::read, [&](store::Transaction& tx) -> Result<ScholarCasePage> {
    auto found = store::list_scholar_cases(tx, q);
    if (!found) return fail(found.error());
    auto total = store::count_scholar_cases(tx, q);
    if (!total) return fail(total.error());
    ScholarCasePage page;
    page.total = *total;
    const auto now = clock_.now();
    for (auto& c : found->items) {
      auto person = tx.people().get(c.person);
      if (!person) return fail(person.error());
      if (!access::reaches(scope, subject_of(c, *person))) {
        return fail(Error::internal(
            fmt::format("scholar case {} is outside the reader's scope", c.id.value)));
      }
      auto view = view_of(tx, actor, std::move(c), *person, now, false);
      if (!view) return fail(view.error());
      page.items.push_back(std::move(*view));
    }
    if (found->next) page.next = store::encode_cursor(kList, kSort, *found->next);
    return page;
  });
}

Result<ScholarCaseView> ScholarCases::get(const domain::Actor& actor, ScholarCaseId id) const {
  return run(store_, store::Access::read, [&](store::Transaction& tx) -> Result<ScholarCaseView> {
    auto found = reachable(tx, actor, id, Action::read);
    if (!found) return fail(found.error());
    return view_of(tx, actor, std::move(found->first), found->second, clock_.now());
  });
}

Result<ScholarCaseView> ScholarCases::create(const domain::Actor& actor, ScholarCase c,
                                             std::optional<domain::Person> new_person) {
  if (auto ok = require_reach(actor, Resource::scholar_case, Action::create, "open scholar cases");
      !ok) {
    return fail(ok.error());
  }
  // A coordinator asks for their own department.
  if (actor.is(domain::Role::coordinator)) c.host_unit = actor.org_unit;
  c.id = ScholarCaseId{};
  c.status = CaseStatus::requested;
  c.reason.clear();
  c.extended_to.clear();
  c.events.clear();
  if (auto ok = domain::scholars::validate_and_normalize(c); !ok) return fail(ok.error());
  return run(store_, store::Access::write, [&](store::Transaction& tx) -> Result<ScholarCaseView> {
    if (new_person) {
      auto added = add_scholar(tx, clock_, actor, c, *new_person);
      if (!added) return fail(added.error());
      c.person = *added;
    }
    if (auto ok = check_references(tx, c); !ok) return fail(ok.error());
    auto person = tx.people().get(c.person);
    if (!person) return fail(person.error());
    if (!access::reaches(actor, Resource::scholar_case, Action::create, subject_of(c, *person))) {
      return fail(Error::denied("a coordinator opens cases for their own department"));
    }
    const std::string now = format_iso8601(clock_.now());
    c.history = {{now, actor.email, "", "requested", ""}};
    auto id = store::insert_scholar_case(tx, c);
    if (!id) return fail(id.error());
    auto stored = store::get_scholar_case(tx, *id);
    if (!stored) return fail(stored.error());
    if (auto ok = record(tx, clock_, actor, "scholar_case.create", "scholar_case",
                         std::to_string(id->value), nullptr, case_json(*stored));
        !ok) {
      return fail(ok.error());
    }
    return view_of(tx, actor, std::move(*stored), *person, clock_.now());
  });
}

Result<ScholarCaseView> ScholarCases::update(const domain::Actor& actor, ScholarCase c,
                                             int expected_version) {
  if (auto ok =
          require_reach(actor, Resource::scholar_case, Action::update, "change scholar cases");
      !ok) {
    return fail(ok.error());
  }
  return run(store_, store::Access::write, [&](store::Transaction& tx) -> Result<ScholarCaseView> {
    auto found = reachable(tx, actor, c.id, Action::update);
    if (!found) return fail(found.error());
    const ScholarCase& current = found->first;
    if (auto ok = stale(current.version, expected_version); !ok) return fail(ok.error());
    // What the life cycle owns stays as it is; a coordinator keeps the case in their
    // department.
    c.version = expected_version;
    c.status = current.status;
    c.reason = current.reason;
    c.extended_to = current.extended_to;
    c.events = current.events;
    c.history = current.history;
    if (actor.is(domain::Role::coordinator)) c.host_unit = current.host_unit;
    if (c.person != current.person && current.status != CaseStatus::requested) {
      return fail(Error::invalid("the scholar of a case past its request stays",
                                 {{"person_id", "fixed once the office screens the case"}}));
    }
    if (auto ok = domain::scholars::validate_and_normalize(c); !ok) return fail(ok.error());
    if (auto ok = check_references(tx, c); !ok) return fail(ok.error());
    if (auto ok = store::update_scholar_case(tx, c); !ok) return fail(ok.error());
    auto stored = store::get_scholar_case(tx, c.id);
    if (!stored) return fail(stored.error());
    if (auto ok = record(tx, clock_, actor, "scholar_case.update", "scholar_case",
                         std::to_string(c.id.value), case_json(current), case_json(*stored));
        !ok) {
      return fail(ok.error());
    }
    auto person = tx.people().get(stored->person);
    if (!person) return fail(person.error());
    return view_of(tx, actor, std::move(*stored), *person, clock_.now());
  });
}

Result<ScholarCaseView> ScholarCases::transition(const domain::Actor& actor, ScholarCaseId id,
                                                 std::string_view to_text, std::string reason,
                                                 std::string extended_to, int expected_version) {
  if (auto ok =
          require_reach(actor, Resource::scholar_case, Action::transition, "move scholar cases");
      !ok) {
    return fail(ok.error());
  }
  const auto to = domain::scholars::parse_case_status(to_text);
  if (!to || *to == CaseStatus::requested) {
    return fail(Error::invalid("not a state a case moves to",
                               {{"to",
                                 "screening, approved, permit_visa, arrived, registered, "
                                 "active, extended, departed, closed, declined or "
                                 "withdrawn"}}));
  }
  if (office_move(*to) && !office(actor)) {
    return fail(
        Error::denied(fmt::format("only the international office moves a case to {}", to_text)));
  }
  reason = std::string(text::trim(reason));
  if ((*to == CaseStatus::declined || *to == CaseStatus::withdrawn) && reason.empty()) {
    return fail(Error::invalid("say why", {{"reason", "required to decline or withdraw"}}));
  }
  return run(store_, store::Access::write, [&](store::Transaction& tx) -> Result<ScholarCaseView> {
    auto found = reachable(tx, actor, id, Action::transition);
    if (!found) return fail(found.error());
    auto& [c, person] = *found;
    if (auto ok = stale(c.version, expected_version); !ok) return fail(ok.error());
    if (!domain::scholars::may_move(c.status, *to, c.direction)) {
      return fail(Error::conflict(fmt::format("a case {} cannot become {}",
                                              domain::scholars::to_string(c.status), to_text)));
    }
    const ScholarCase before = c;
    if (*to == CaseStatus::extended) {
      c.extended_to = extended_to;
      if (extended_to.empty()) {
        return fail(Error::invalid("say to when", {{"extended_to", "required to extend"}}));
      }
    }
    // A case in China is registered once its arrival is: the registration is the first
    // entry's done_at.
    if (*to == CaseStatus::registered) {
      const auto entry = std::find_if(c.events.begin(), c.events.end(), [](const auto& e) {
        return e.kind == domain::scholars::EventKind::entry;
      });
      if (entry == c.events.end() || entry->done_at.empty()) {
        return fail(Error::failed_precondition(
            "record the arrival (an entry) and when its accommodation was registered first"));
      }
    }
    if (*to == CaseStatus::arrived && c.direction == domain::Direction::incoming &&
        std::none_of(c.events.begin(), c.events.end(),
                     [](const auto& e) { return e.kind == domain::scholars::EventKind::entry; })) {
      return fail(
          Error::failed_precondition("record the entry into China first: its clocks run from it"));
    }
    if (*to == CaseStatus::declined || *to == CaseStatus::withdrawn) c.reason = reason;
    const std::string now = format_iso8601(clock_.now());
    c.history.push_back({now, actor.email, std::string(domain::scholars::to_string(c.status)),
                         std::string(to_text), reason});
    c.status = *to;
    if (auto ok = domain::scholars::validate_and_normalize(c); !ok) return fail(ok.error());
    if (auto ok = store::update_scholar_case(tx, c); !ok) return fail(ok.error());
    auto stored = store::get_scholar_case(tx, id);
    if (!stored) return fail(stored.error());
    if (auto ok = record(tx, clock_, actor, fmt::format("scholar_case.{}", to_text), "scholar_case",
                         std::to_string(id.value), case_json(before), case_json(*stored));
        !ok) {
      return fail(ok.error());
    }
    return view_of(tx, actor, std::move(*stored), person, clock_.now());
  });
}

Result<ScholarCaseView> ScholarCases::record_event(const domain::Actor& actor, ScholarCaseId id,
                                                   domain::scholars::CaseEvent event,
                                                   int expected_version) {
  if (auto ok =
          require_reach(actor, Resource::scholar_case, Action::update, "record a scholar's events");
      !ok) {
    return fail(ok.error());
  }
  // The event alone first, so that its faults name the request's fields.
  {
    ScholarCase alone;
    alone.planned_start = "2000-01-01";
    alone.planned_end = "2000-01-01";
    alone.events = {event};
    if (auto ok = domain::scholars::validate_and_normalize(alone); !ok) {
      auto error = ok.error();
      for (auto& f : error.fields) {
        if (f.field.starts_with("events[0].")) f.field.erase(0, 10);
      }
      error.message = "the event has invalid fields";
      return fail(std::move(error));
    }
  }
  return run(store_, store::Access::write, [&](store::Transaction& tx) -> Result<ScholarCaseView> {
    auto found = reachable(tx, actor, id, Action::update);
    if (!found) return fail(found.error());
    auto& [c, person] = *found;
    if (auto ok = stale(c.version, expected_version); !ok) return fail(ok.error());
    const ScholarCase before = c;
    if (event.id > 0) {
      auto it = std::find_if(c.events.begin(), c.events.end(),
                             [&](const auto& e) { return e.id == event.id; });
      if (it == c.events.end()) {
        return fail(
            Error::not_found(fmt::format("scholar case {} has no event {}", id.value, event.id)));
      }
      *it = event;
    } else {
      event.id = 0;
      c.events.push_back(event);
    }
    if (auto ok = domain::scholars::validate_and_normalize(c); !ok) return fail(ok.error());
    if (auto ok = store::update_scholar_case(tx, c); !ok) return fail(ok.error());
    auto stored = store::get_scholar_case(tx, id);
    if (!stored) return fail(stored.error());
    if (auto ok = record(tx, clock_, actor, "scholar_case.event", "scholar_case",
                         std::to_string(id.value), case_json(before), case_json(*stored));
        !ok) {
      return fail(ok.error());
    }
    return view_of(tx, actor, std::move(*stored), person, clock_.now());
  });
}

Result<std::vector<OverdueClock>> ScholarCases::overdue(const domain::Actor& actor) const {
  std::vector<OverdueClock> out;
  const auto scope = access::scope_of(actor, Resource::scholar_case, Action::read);
  // The clocks are personal data: the office's and a department's, not a viewer's.
  const bool department = scope.reach == access::Reach::own_org_unit;
  if (!department && !(office(actor) && scope.reach == access::Reach::all)) return out;
  auto clocks = clock_rules();
  if (!clocks) return fail(clocks.error());
  store::ScholarCaseQuery q;
  q.direction = domain::Direction::incoming;
  q.in_stay = true;
  if (department) q.host_unit = scope.org_unit;
  return run(store_, store::Access::read,
             [&](store::Transaction& tx) -> Result<std::vector<OverdueClock>> {
               const auto now = clock_.now();
               q.page.limit = 200;
               while (true) {
                 auto found = store::list_scholar_cases(tx, q);
                 if (!found) return fail(found.error());
                 for (const auto& c : found->items) {
                   for (auto& due : domain::scholars::clocks_of(c, (*clocks)->clocks, now,
                                                                (*clocks)->working_days)) {
                     if (due.state != domain::scholars::DueState::overdue) continue;
                     auto person = tx.people().get(c.person);
                     if (!person) return fail(person.error());
                     out.push_back({c.id, person->display_name(), std::move(due)});
                   }
                 }
                 if (!found->next) break;
                 q.page.after = found->next;
               }
               std::stable_sort(out.begin(), out.end(), [](const auto& a, const auto& b) {
                 return a.due.due_at < b.due.due_at;
               });
               return out;
             });
}

Result<OrcidItem> ScholarCases::orcid(const domain::Actor& actor, ScholarCaseId id) const {
  return run(store_, store::Access::read, [&](store::Transaction& tx) -> Result<OrcidItem> {
    auto found = reachable(tx, actor, id, Action::read);
    if (!found) return fail(found.error());
    const auto& [c, person] = *found;
    if (!personal(domain::standing(actor, subject_of(c, person)))) {
      return fail(
          Error::denied("a case's ORCID item is for the scholar, their department and the office"));
    }
    domain::Institution organization;
    std::string department;
    if (c.direction == domain::Direction::incoming) {
      auto home = indicator_scope::home_institution(tx);
      if (!home) return fail(home.error());
      if (!*home) {
        return fail(Error::failed_precondition(
            "the registry names no home institution, where the scholar's stay was"));
      }
      organization = std::move(**home);
      if (c.host_unit) {
        auto unit = tx.institutions().org_unit(*c.host_unit);
        if (!unit) return fail(unit.error());
        department = unit->name;
      }
    } else {
      if (!c.partner) {
        return fail(Error::failed_precondition(
            fmt::format("scholar case {} names no partner, where the scholar went", id.value)));
      }
      auto partner = tx.institutions().get(*c.partner);
      if (!partner) return fail(partner.error());
      organization = std::move(*partner);
    }
    auto affiliation = scholars::orcid_affiliation(c, organization, std::move(department));
    if (!affiliation) return fail(affiliation.error());
    auto xml = interop::orcid::to_xml(*affiliation);
    // What the records hold does not make a valid item (a name with a character XML refuses,
    // a position too long): the records are to be mended, not the request.
    if (!xml) return fail(Error::failed_precondition(xml.error().message));
    const bool employment = affiliation->kind == interop::orcid::AffiliationKind::employment;
    return OrcidItem{employment ? "employment" : "invited-position", std::move(*xml)};
  });
}

Result<store::ScholarDocument> ScholarCases::attach_document(
    const domain::Actor& actor, ScholarCaseId id, std::string_view kind, std::string filename,
    const std::string& content_type, const std::string& content) {
  const auto parsed = domain::scholars::parse_document_kind(kind);
  if (!parsed) {
    return fail(Error::invalid(
        "unknown kind of document",
        {{"kind", "one of passport, cv, invitation, contract, degree, permit, other"}}));
  }
  if (auto ok = check_upload(filename, content_type, content); !ok) return fail(ok.error());
  return run(store_, store::Access::write,
             [&](store::Transaction& tx) -> Result<store::ScholarDocument> {
               auto found = reachable(tx, actor, id, Action::update);
               if (!found) return fail(found.error());
               store::ScholarDocument d{0,
                                        id,
                                        *parsed,
                                        filename,
                                        content_type,
                                        static_cast<std::int64_t>(content.size()),
                                        crypto::sha256_hex(content),
                                        format_iso8601(clock_.now()),
                                        actor.email};
               auto stored = store::insert_scholar_document(tx, d, content);
               if (!stored) return fail(stored.error());
               d.id = *stored;
               if (auto ok = record(tx, clock_, actor, "scholar_case.attach", "scholar_case",
                                    std::to_string(id.value), nullptr,
                                    {{"document", d.id},
                                     {"kind", domain::scholars::to_string(d.kind)},
                                     {"filename", d.filename},
                                     {"sha256", d.sha256},
                                     {"size", d.size}});
                   !ok) {
                 return fail(ok.error());
               }
               return d;
             });
}

Result<std::pair<store::ScholarDocument, std::string>> ScholarCases::document(
    const domain::Actor& actor, ScholarCaseId id, std::int64_t document) const {
  using File = std::pair<store::ScholarDocument, std::string>;
  return run(store_, store::Access::read, [&](store::Transaction& tx) -> Result<File> {
    auto found = reachable(tx, actor, id, Action::read);
    if (!found) return fail(found.error());
    // Those who read the case without its personal data do not learn its documents exist.
    if (!personal(domain::standing(actor, subject_of(found->first, found->second)))) {
      return fail(
          Error::not_found(fmt::format("no document {} on scholar case {}", document, id.value)));
    }
    return store::scholar_document(tx, id, document);
  });
}

}  // namespace orbis::service
