// Stays abroad, outgoing and incoming, and their nominations.
#include <fmt/format.h>

#include <algorithm>

#include "common/text.h"
#include "domain/mobility_json.h"
#include "domain/reference.h"
#include "service/access.h"
#include "service/audit_log.h"
#include "service/mobility.h"
#include "service/paging.h"
#include "service/people.h"
#include "service/privacy.h"
#include "store/lists.h"

namespace orbis::service {

using domain::MobilityStatus;
using domain::Role;
using nlohmann::json;

namespace mobility_rules {

Result<InstitutionId> home_institution(store::Transaction& tx) {
  auto value = tx.settings().get("home_institution_id");
  if (!value) return fail(value.error());
  if (!*value)
    return fail(Error::not_found("no home institution is set; run 'orbis demo' or set one"));
  return InstitutionId{std::stoll(**value)};
}

namespace {

// The longest stay of a type when no programme says otherwise.
int default_months(domain::MobilityType type) {
  switch (type) {
    case domain::MobilityType::summer_programme:
      return 3;
    case domain::MobilityType::staff_teaching:
    case domain::MobilityType::staff_training:
      return 6;
    case domain::MobilityType::joint_degree:
      return 24;
    default:
      return 12;
  }
}

// Stays that count towards the year abroad an undergraduate may spend: study and
// traineeship, not summer schools.
bool counts_towards_year(const domain::Mobility& m) {
  return m.direction == domain::Direction::outgoing && m.status != MobilityStatus::cancelled &&
         (m.type == domain::MobilityType::student_studies ||
          m.type == domain::MobilityType::student_traineeship);
}

}  // namespace

Status check_mobility(store::Transaction& tx, const domain::Mobility& m,
                      const domain::Person& person) {
  std::vector<FieldError> errors;
  auto home = home_institution(tx);
  if (!home) return fail(home.error());
  if (m.direction == domain::Direction::outgoing && m.sending != *home)
    errors.push_back(
        {"sending_institution_id", "an outgoing stay is sent by the home institution"});
  if (m.direction == domain::Direction::incoming && m.receiving != *home)
    errors.push_back(
        {"receiving_institution_id", "an incoming stay is received by the home institution"});
  if (person.home_institution != m.sending)
    errors.push_back({"person_id", "the person's home institution is not the sending institution"});
  for (const auto& [field, id] : {std::pair{"sending_institution_id", m.sending},
                                  {"receiving_institution_id", m.receiving}}) {
    if (!tx.institutions().get(id)) errors.push_back({field, "no such institution"});
  }
  if (is_staff(m.type) != (person.kind == domain::PersonKind::staff) &&
      m.type != domain::MobilityType::research_visit) {
    errors.push_back({"type", person.kind == domain::PersonKind::staff
                                  ? "a staff member's stay is a staff type"
                                  : "a student's stay is a student type"});
  }
  if (m.agreement) {
    auto a = tx.agreements().get(*m.agreement);
    if (!a) {
      errors.push_back({"agreement_id", "no such agreement"});
    } else {
      if (!a->has_party(m.sending) || !a->has_party(m.receiving))
        errors.push_back(
            {"agreement_id", "the sending and receiving institutions are not both parties to it"});
      if (m.condition) {
        const auto c = std::find_if(a->conditions.begin(), a->conditions.end(),
                                    [&](const auto& c) { return c.id == *m.condition; });
        if (c == a->conditions.end())
          errors.push_back({"condition_id", "not a condition of the agreement"});
        else if (c->sending != m.sending || c->receiving != m.receiving)
          errors.push_back({"condition_id", "the condition is for stays in the other direction"});
      }
    }
  }
  int max_months = default_months(m.type);
  std::string rule = "the longest stay of its type";
  if (m.programme) {
    auto p = tx.programmes().get(*m.programme);
    if (!p) {
      errors.push_back({"programme_id", "no such programme"});
    } else {
      max_months = p->max_duration_months;
      rule = fmt::format("the longest stay of the programme {}", p->code);
    }
  }
  if (!domain::fits_in_months(m.planned_start, m.planned_end, max_months))
    errors.push_back({"planned_end", fmt::format("longer than {} months, {}", max_months, rule)});
  if (!m.actual_start.empty() && !m.actual_end.empty() &&
      !domain::fits_in_months(m.actual_start, m.actual_end, max_months))
    errors.push_back({"actual_end", fmt::format("longer than {} months, {}", max_months, rule)});
  // An undergraduate may spend up to one year abroad in all.
  if (errors.empty() && counts_towards_year(m) && person.level && *person.level <= 6) {
    auto stays = tx.mobilities().find({.person = person.id});
    if (!stays) return fail(stays.error());
    int months = domain::months_between(m.actual_start.empty() ? m.planned_start : m.actual_start,
                                        m.actual_end.empty() ? m.planned_end : m.actual_end)
                     .value_or(0);
    for (const auto& other : *stays) {
      if (other.id == m.id || !counts_towards_year(other)) continue;
      months += domain::months_between(
                    other.actual_start.empty() ? other.planned_start : other.actual_start,
                    other.actual_end.empty() ? other.planned_end : other.actual_end)
                    .value_or(0);
    }
    if (months > 12) {
      errors.push_back({"planned_end",
                        fmt::format("an undergraduate may spend 12 months abroad in all; with this "
                                    "stay it would be {}",
                                    months)});
    }
  }
  if (!errors.empty()) return fail(Error::invalid("the stay breaks a rule", std::move(errors)));
  return {};
}

bool visible(const domain::Actor& actor, const domain::Mobility& m, const domain::Person& person) {
  switch (actor.role) {
    case Role::admin:
    case Role::officer:
    case Role::viewer:
      return true;
    case Role::coordinator:
      return actor.org_unit && m.org_unit == actor.org_unit;
    case Role::student:
      return person.user && *person.user == actor.user;
    case Role::partner:
      return actor.institution &&
             (m.sending == *actor.institution || m.receiving == *actor.institution);
  }
  return false;
}

domain::Standing standing(const domain::Actor& actor, const domain::Mobility& m,
                          const domain::Person& person) {
  using domain::Standing;
  switch (actor.role) {
    case Role::admin:
    case Role::officer:
      return Standing::office;
    case Role::coordinator:
      return actor.org_unit && m.org_unit == actor.org_unit ? Standing::coordinator
                                                            : Standing::outsider;
    case Role::student:
      return person.user && *person.user == actor.user ? Standing::self : Standing::outsider;
    case Role::partner:
      return actor.institution &&
                     (m.sending == *actor.institution || m.receiving == *actor.institution)
                 ? Standing::partner
                 : Standing::outsider;
    case Role::viewer:
      return Standing::outsider;
  }
  return Standing::outsider;
}

bool programme_visible(const domain::Actor& actor, const domain::Programme& p) {
  if (!actor.is(Role::partner)) return true;
  return p.published || (actor.institution && std::find(p.hosts.begin(), p.hosts.end(),
                                                        *actor.institution) != p.hosts.end());
}

}  // namespace mobility_rules

namespace {

// The stay as its reader may see it: personal data and actors as domain/privacy.h says,
// and for a partner nothing of our internal records — the call and application a stay
// came from, a programme it cannot see.
Result<MobilityView> shown(store::Transaction& tx, const domain::Actor& actor, domain::Mobility m,
                           domain::Person person, const ActorNames& names) {
  const auto d = domain::disclosure(mobility_rules::standing(actor, m, person));
  if (actor.is(Role::partner)) {
    // The history says how a stay came from our call ("placed by call EXCH-2025"); a
    // partner learns that we selected the student, not what our call is.
    if (m.call) {
      auto call = tx.calls().get(*m.call);
      if (!call && call.error().code != ErrorCode::not_found) return fail(call.error());
      for (auto& h : m.history) {
        const bool names_call =
            call && ((!call->code.empty() && h.reason.find(call->code) != std::string::npos) ||
                     (!call->title.empty() && h.reason.find(call->title) != std::string::npos));
        if (names_call) h.reason = "selected by the sending institution";
      }
    }
    m.call.reset();
    m.application.reset();
    if (m.programme) {
      auto programme = tx.programmes().get(*m.programme);
      if (!programme) return fail(programme.error());
      if (!mobility_rules::programme_visible(actor, *programme)) m.programme.reset();
    }
  }
  domain::redact(person, d);
  redact(m, d, names);
  return MobilityView{std::move(m), std::move(person), d};
}

// A partner names only what it can see: an agreement it is a party to, a condition of it
// for stays from its institution to us, a programme it hosts or that is published. Our
// calls and org units are ours to assign. What it cannot see is "no such", as what does
// not exist, so that a nomination does not tell it what we have.
Status check_partner_references(store::Transaction& tx, const domain::Actor& actor,
                                const domain::Mobility& m, InstitutionId home) {
  std::vector<FieldError> errors;
  if (m.call) errors.push_back({"call_id", "the receiving institution assigns the call"});
  if (m.org_unit)
    errors.push_back({"org_unit_id", "the receiving institution assigns the org unit"});
  auto agreement = tx.agreements().get(*m.agreement);
  if (!agreement && agreement.error().code != ErrorCode::not_found) return fail(agreement.error());
  if (!agreement || !agreement->has_party(*actor.institution)) {
    errors.push_back({"agreement_id", "no such agreement"});
  } else if (m.condition) {
    const auto c = std::find_if(agreement->conditions.begin(), agreement->conditions.end(),
                                [&](const auto& c) { return c.id == *m.condition; });
    if (c == agreement->conditions.end() || c->sending != *actor.institution ||
        c->receiving != home)
      errors.push_back({"condition_id", "not a condition of the agreement"});
  }
  if (m.programme) {
    auto programme = tx.programmes().get(*m.programme);
    if (!programme && programme.error().code != ErrorCode::not_found)
      return fail(programme.error());
    if (!programme || !mobility_rules::programme_visible(actor, *programme))
      errors.push_back({"programme_id", "no such programme"});
  }
  if (!errors.empty())
    return fail(Error::invalid("the nomination names what is not the partner's to name",
                               std::move(errors)));
  return {};
}

// Shows the stay a write made as its writer may see it, then commits the write.
Result<MobilityView> commit_and_show(store::Transaction& tx, const domain::Actor& actor,
                                     domain::Mobility m, domain::Person person) {
  auto names = ActorNames::load(tx);
  if (!names) return fail(names.error());
  auto view = shown(tx, actor, std::move(m), std::move(person), *names);
  if (!view) return fail(view.error());
  if (auto ok = tx.commit(); !ok) return fail(ok.error());
  return view;
}

void move_to(domain::Mobility& m, const domain::Actor& actor, std::string_view now,
             MobilityStatus to, std::string reason) {
  m.history.push_back({std::string(now), actor.email, std::string(domain::to_string(m.status)),
                       std::string(domain::to_string(to)), std::move(reason)});
  m.status = to;
}

Status stale(int current, int expected) {
  if (current == expected) return {};
  return fail(
      Error::conflict(fmt::format("the mobility is at version {}, not {}: someone changed it since "
                                  "you read it; reload and try again",
                                  current, expected)));
}

// The application a stay came from follows the stay's nomination.
Status follow_application(store::Transaction& tx, const domain::Mobility& m,
                          const domain::Actor& actor, std::string_view now,
                          domain::ApplicationStatus to, std::string reason) {
  if (!m.application) return {};
  auto a = tx.applications().get(*m.application);
  if (!a) return fail(a.error());
  a->history.push_back({std::string(now), actor.email, std::string(domain::to_string(a->status)),
                        std::string(domain::to_string(to)), std::move(reason)});
  a->status = to;
  a->updated_at = std::string(now);
  return tx.applications().update(*a);
}

}  // namespace

json Mobilities::mobility_json(const MobilityView& v) const {
  json j = domain::to_json(v.mobility);
  const auto& p = v.person;
  j["person"] = {{"id", p.id.value},
                 {"kind", domain::to_string(p.kind)},
                 {"display_name", p.display_name()},
                 {"family_name", p.family_name},
                 {"given_name", p.given_name},
                 {"name_zh", p.name_zh},
                 {"nationality", p.nationality},
                 {"level", p.level ? json(*p.level) : json()},
                 {"field", p.field}};
  if (v.disclosure.email) j["person"]["email"] = p.email;
  auto tx = store_.begin(store::Access::read);
  if (!tx) return j;
  for (const auto& [key, id] :
       {std::pair{"sending", v.mobility.sending}, {"receiving", v.mobility.receiving}}) {
    if (auto in = (*tx)->institutions().get(id)) {
      j[key] = {
          {"id", id.value}, {"name", in->name}, {"name_zh", in->name_zh}, {"country", in->country}};
    }
  }
  if (v.mobility.agreement) {
    if (auto a = (*tx)->agreements().get(*v.mobility.agreement))
      j["agreement"] = {{"id", a->id.value}, {"code", a->code}, {"title", a->title}};
  }
  if (v.mobility.programme) {
    if (auto pr = (*tx)->programmes().get(*v.mobility.programme))
      j["programme"] = {
          {"id", pr->id.value}, {"code", pr->code}, {"name", pr->name}, {"name_zh", pr->name_zh}};
  }
  if (v.mobility.call) {
    if (auto c = (*tx)->calls().get(*v.mobility.call))
      j["call"] = {{"id", c->id.value}, {"code", c->code}, {"title", c->title}};
  }
  if (auto months = domain::months_between(v.mobility.planned_start, v.mobility.planned_end))
    j["planned_months"] = *months;
  return j;
}

Result<MobilityPage> Mobilities::list(const domain::Actor& actor, const MobilityFilter& f) const {
  std::vector<FieldError> errors;
  store::MobilityQuery q;
  if (!f.direction.empty() && !(q.direction = domain::parse_direction(f.direction)))
    errors.push_back({"direction", "outgoing or incoming"});
  if (!f.status.empty() && !(q.status = domain::parse_mobility_status(f.status)))
    errors.push_back(
        {"status", "nominated, accepted, preparing, abroad, completed, recognised or cancelled"});
  if (!f.academic_year.empty() && !domain::parse_academic_year(f.academic_year))
    errors.push_back({"year", "an academic year like 2026/2027"});
  if (!f.nomination.empty() && f.nomination != "pending" && f.nomination != "accepted" &&
      f.nomination != "rejected")
    errors.push_back({"nomination", "pending, accepted or rejected"});
  if (f.limit < 1 || f.limit > 200) errors.push_back({"limit", "from 1 to 200"});
  if (!errors.empty())
    return fail(Error::invalid("the filter has invalid parameters", std::move(errors)));
  store::StayQuery query{.direction = q.direction,
                         .status = q.status,
                         .academic_year = f.academic_year,
                         .person = f.person,
                         .institution = f.institution,
                         .agreement = f.agreement,
                         .page = {f.limit, std::nullopt}};
  if (!f.cursor.empty()) {
    auto after = store::decode_cursor("mobilities", "start", f.cursor);
    if (!after) return fail(after.error());
    query.page.after = std::move(*after);
  }
  if (!f.nomination.empty()) {
    for (const auto d : {domain::NominationDecision::pending, domain::NominationDecision::accepted,
                         domain::NominationDecision::rejected}) {
      if (domain::to_string(d) == f.nomination) query.nomination = d;
    }
  }
  // The reader's scope, as mobility_rules::visible says, in the query.
  switch (actor.role) {
    case Role::admin:
    case Role::officer:
    case Role::viewer:
      break;
    case Role::coordinator:
      if (!actor.org_unit) return MobilityPage{};
      query.org_unit = actor.org_unit;
      break;
    case Role::student:
      query.user = actor.user;
      break;
    case Role::partner:
      if (!actor.institution) return MobilityPage{};
      query.party = actor.institution;
      break;
  }
  auto tx = store_.begin(store::Access::read);
  if (!tx) return fail(tx.error());
  auto found = store::list_stays(**tx, query);
  if (!found) return fail(found.error());
  auto total = store::count_stays(**tx, query);
  if (!total) return fail(total.error());
  std::vector<std::string> actors;
  for (const auto& m : found->items) {
    for (const auto& h : m.history) actors.push_back(h.actor);
    actors.push_back(m.nomination.nominated_by);
    actors.push_back(m.nomination.decided_by);
  }
  auto names = ActorNames::of(**tx, actors);
  if (!names) return fail(names.error());
  MobilityPage page;
  page.total = *total;
  for (auto& m : found->items) {
    auto person = (*tx)->people().get(m.person);
    if (!person) return fail(person.error());
    // The scope was the query's; this only guards against a rule the query missed.
    if (!mobility_rules::visible(actor, m, *person))
      return fail(
          Error::internal(fmt::format("stay {} is outside the reader's scope", m.id.value)));
    auto view = shown(**tx, actor, std::move(m), std::move(*person), *names);
    if (!view) return fail(view.error());
    page.items.push_back(std::move(*view));
  }
  if (found->next) page.next = store::encode_cursor("mobilities", "start", *found->next);
  return page;
}

Result<MobilityView> Mobilities::get(const domain::Actor& actor, MobilityId id) const {
  auto tx = store_.begin(store::Access::read);
  if (!tx) return fail(tx.error());
  auto m = (*tx)->mobilities().get(id);
  if (!m) return fail(m.error());
  auto person = (*tx)->people().get(m->person);
  if (!person) return fail(person.error());
  if (!mobility_rules::visible(actor, *m, *person))
    return fail(Error::not_found(fmt::format("no mobility {}", id.value)));
  auto names = ActorNames::load(**tx);
  if (!names) return fail(names.error());
  return shown(**tx, actor, std::move(*m), std::move(*person), *names);
}

Result<MobilityView> Mobilities::create(const domain::Actor& actor, domain::Mobility m) {
  if (auto ok = require_role(actor, {Role::admin, Role::officer}, "record mobilities"); !ok)
    return fail(ok.error());
  m.id = MobilityId{};
  m.application.reset();
  if (auto ok = domain::validate_and_normalize(m); !ok) return fail(ok.error());
  auto tx = store_.begin(store::Access::write);
  if (!tx) return fail(tx.error());
  auto person = (*tx)->people().get(m.person);
  if (!person) return fail(Error::invalid("no such person", {{"person_id", "no such person"}}));
  if (!m.org_unit && m.direction == domain::Direction::outgoing) m.org_unit = person->org_unit;
  if (auto ok = mobility_rules::check_mobility(**tx, m, *person); !ok) return fail(ok.error());
  const std::string now = format_iso8601(clock_.now());
  // A stay recorded directly has been agreed with the partner already.
  m.status = MobilityStatus::accepted;
  m.history = {{now, actor.email, "", "accepted", "recorded by the international office"}};
  auto id = (*tx)->mobilities().insert(m);
  if (!id) return fail(id.error());
  auto stored = (*tx)->mobilities().get(*id);
  if (!stored) return fail(stored.error());
  if (auto ok = record(**tx, clock_, actor, "mobility.create", "mobility",
                       std::to_string(id->value), nullptr, domain::to_json(*stored));
      !ok)
    return fail(ok.error());
  return commit_and_show(**tx, actor, std::move(*stored), std::move(*person));
}

Result<MobilityView> Mobilities::update(const domain::Actor& actor, domain::Mobility m,
                                        int expected_version) {
  if (auto ok = require_role(actor, {Role::admin, Role::officer}, "change mobilities"); !ok)
    return fail(ok.error());
  auto tx = store_.begin(store::Access::write);
  if (!tx) return fail(tx.error());
  auto current = (*tx)->mobilities().get(m.id);
  if (!current) return fail(current.error());
  if (auto ok = stale(current->version, expected_version); !ok) return fail(ok.error());
  // What the life cycle owns stays as it is.
  m.version = expected_version;
  m.status = current->status;
  m.history = current->history;
  m.nomination = current->nomination;
  m.application = current->application;
  m.cancel_reason = current->cancel_reason;
  if (auto ok = domain::validate_and_normalize(m); !ok) return fail(ok.error());
  auto person = (*tx)->people().get(m.person);
  if (!person) return fail(Error::invalid("no such person", {{"person_id", "no such person"}}));
  if (auto ok = mobility_rules::check_mobility(**tx, m, *person); !ok) return fail(ok.error());
  if (auto ok = (*tx)->mobilities().update(m); !ok) return fail(ok.error());
  auto stored = (*tx)->mobilities().get(m.id);
  if (!stored) return fail(stored.error());
  if (auto ok =
          record(**tx, clock_, actor, "mobility.update", "mobility", std::to_string(m.id.value),
                 domain::to_json(*current), domain::to_json(*stored));
      !ok)
    return fail(ok.error());
  return commit_and_show(**tx, actor, std::move(*stored), std::move(*person));
}

Result<MobilityView> Mobilities::transition(const domain::Actor& actor, MobilityId id,
                                            std::string_view to_text, std::string reason,
                                            std::string date, int expected_version) {
  if (!actor.is(Role::admin) && !actor.is(Role::officer) && !actor.is(Role::coordinator)) {
    return fail(Error::denied(
        fmt::format("the role {} may not move mobilities", domain::to_string(actor.role))));
  }
  const auto to = domain::parse_mobility_status(to_text);
  if (!to || *to == MobilityStatus::nominated || *to == MobilityStatus::accepted) {
    return fail(Error::invalid("not a status a stay moves to by hand",
                               {{"to", "preparing, abroad, completed, recognised or cancelled"}}));
  }
  reason = std::string(text::trim(reason));
  if (*to == MobilityStatus::cancelled && reason.empty())
    return fail(
        Error::invalid("say why the stay is cancelled", {{"reason", "required to cancel"}}));
  if (!date.empty() && !domain::parse_date(date))
    return fail(Error::invalid("not a date", {{"date", "like 2026-09-01"}}));
  auto tx = store_.begin(store::Access::write);
  if (!tx) return fail(tx.error());
  auto m = (*tx)->mobilities().get(id);
  if (!m) return fail(m.error());
  auto person = (*tx)->people().get(m->person);
  if (!person) return fail(person.error());
  if (!mobility_rules::visible(actor, *m, *person))
    return fail(Error::not_found(fmt::format("no mobility {}", id.value)));
  if (auto ok = stale(m->version, expected_version); !ok) return fail(ok.error());
  if (!domain::may_move(m->status, *to)) {
    return fail(Error::conflict(
        fmt::format("a {} stay cannot become {}", domain::to_string(m->status), to_text)));
  }
  const domain::Mobility before = *m;
  const std::string now = format_iso8601(clock_.now());
  const std::string day = date.empty() ? now.substr(0, 10) : date;
  if (*to == MobilityStatus::abroad && m->actual_start.empty()) m->actual_start = day;
  if (*to == MobilityStatus::completed) {
    if (m->actual_start.empty()) m->actual_start = m->planned_start;
    if (m->actual_end.empty()) m->actual_end = day;
    if (m->actual_end < m->actual_start)
      return fail(Error::invalid("the stay cannot end before it began",
                                 {{"date", "on or after the actual start"}}));
    if (auto ok = mobility_rules::check_mobility(**tx, *m, *person); !ok) return fail(ok.error());
  }
  if (*to == MobilityStatus::cancelled) {
    m->cancel_reason = reason;
    if (auto ok =
            follow_application(**tx, *m, actor, now, domain::ApplicationStatus::withdrawn, reason);
        !ok)
      return fail(ok.error());
  }
  move_to(*m, actor, now, *to, reason);
  if (auto ok = (*tx)->mobilities().update(*m); !ok) return fail(ok.error());
  auto stored = (*tx)->mobilities().get(id);
  if (!stored) return fail(stored.error());
  if (auto ok = record(**tx, clock_, actor, fmt::format("mobility.{}", to_text), "mobility",
                       std::to_string(id.value), domain::to_json(before), domain::to_json(*stored));
      !ok)
    return fail(ok.error());
  return commit_and_show(**tx, actor, std::move(*stored), std::move(*person));
}

Result<MobilityView> Mobilities::decide(const domain::Actor& actor, MobilityId id, bool accept,
                                        std::string reason) {
  reason = std::string(text::trim(reason));
  if (!accept && reason.empty()) {
    return fail(
        Error::invalid("say why the nomination is rejected", {{"reason", "required to reject"}}));
  }
  if (reason.size() > 2000)
    return fail(Error::invalid("the reason is too long", {{"reason", "at most 2000 bytes"}}));
  auto tx = store_.begin(store::Access::write);
  if (!tx) return fail(tx.error());
  auto m = (*tx)->mobilities().get(id);
  if (!m) return fail(m.error());
  auto person = (*tx)->people().get(m->person);
  if (!person) return fail(person.error());
  if (!mobility_rules::visible(actor, *m, *person))
    return fail(Error::not_found(fmt::format("no nomination {}", id.value)));
  auto home = mobility_rules::home_institution(**tx);
  if (!home) return fail(home.error());
  // The receiving side decides: a partner for its own institution; the office for us, or
  // to record a partner's answer that came by other means.
  const bool office = actor.is(Role::admin) || actor.is(Role::officer);
  const bool receiving_partner =
      actor.is(Role::partner) && actor.institution && *actor.institution == m->receiving;
  if (!office && !receiving_partner) {
    return fail(Error::denied("only the receiving institution decides on a nomination"));
  }
  if (m->status != MobilityStatus::nominated ||
      m->nomination.decision != domain::NominationDecision::pending) {
    return fail(Error::conflict(fmt::format("the nomination was decided already ({})",
                                            domain::to_string(m->nomination.decision))));
  }
  const domain::Mobility before = *m;
  const std::string now = format_iso8601(clock_.now());
  m->nomination.decided_at = now;
  m->nomination.decided_by = actor.email;
  m->nomination.reason = reason;
  if (accept) {
    m->nomination.decision = domain::NominationDecision::accepted;
    move_to(*m, actor, now, MobilityStatus::accepted,
            reason.empty() ? "accepted by the host" : reason);
    if (auto ok = follow_application(**tx, *m, actor, now, domain::ApplicationStatus::accepted, "");
        !ok)
      return fail(ok.error());
  } else {
    m->nomination.decision = domain::NominationDecision::rejected;
    m->cancel_reason = fmt::format("rejected by the host: {}", reason);
    move_to(*m, actor, now, MobilityStatus::cancelled, m->cancel_reason);
    if (auto ok =
            follow_application(**tx, *m, actor, now, domain::ApplicationStatus::rejected, reason);
        !ok)
      return fail(ok.error());
  }
  if (auto ok = (*tx)->mobilities().update(*m); !ok) return fail(ok.error());
  auto stored = (*tx)->mobilities().get(id);
  if (!stored) return fail(stored.error());
  if (auto ok = record(**tx, clock_, actor, accept ? "nomination.accept" : "nomination.reject",
                       "mobility", std::to_string(id.value), domain::to_json(before),
                       domain::to_json(*stored));
      !ok)
    return fail(ok.error());
  return commit_and_show(**tx, actor, std::move(*stored), std::move(*person));
}

Result<MobilityView> Mobilities::nominate_incoming(const domain::Actor& actor,
                                                   IncomingNomination n) {
  const bool office = actor.is(Role::admin) || actor.is(Role::officer);
  if (!office && !actor.is(Role::partner)) {
    return fail(Error::denied(
        fmt::format("the role {} may not nominate students", domain::to_string(actor.role))));
  }
  auto tx = store_.begin(store::Access::write);
  if (!tx) return fail(tx.error());
  auto home = mobility_rules::home_institution(**tx);
  if (!home) return fail(home.error());
  auto& m = n.mobility;
  auto& p = n.person;
  if (actor.is(Role::partner)) {
    if (!actor.institution) return fail(Error::denied("a partner account needs an institution"));
    if (!m.agreement)
      return fail(Error::invalid("name the agreement the student comes under",
                                 {{"agreement_id", "required"}}));
    m.sending = *actor.institution;
    if (auto ok = check_partner_references(**tx, actor, m, *home); !ok) return fail(ok.error());
  }
  if (!m.sending)
    return fail(
        Error::invalid("name the sending institution", {{"sending_institution_id", "required"}}));
  m.id = MobilityId{};
  m.direction = domain::Direction::incoming;
  m.receiving = *home;
  m.application.reset();
  p.id = PersonId{};
  p.home_institution = m.sending;
  p.org_unit.reset();
  p.user.reset();
  if (auto ok = domain::validate_and_normalize(p); !ok) {
    auto e = ok.error();
    for (auto& f : e.fields) f.field = "person/" + f.field;
    return fail(e);
  }
  m.person = PersonId{1};  // checked below once the person exists
  if (m.type == domain::MobilityType::student_studies && p.kind == domain::PersonKind::staff)
    m.type = domain::MobilityType::staff_teaching;
  if (auto ok = domain::validate_and_normalize(m); !ok) return fail(ok.error());
  auto person_id = (*tx)->people().insert(p);
  if (!person_id) return fail(person_id.error());
  p.id = *person_id;
  m.person = *person_id;
  if (auto ok = mobility_rules::check_mobility(**tx, m, p); !ok) return fail(ok.error());
  const std::string now = format_iso8601(clock_.now());
  m.status = MobilityStatus::nominated;
  m.nomination = {};
  m.nomination.nominated_at = now;
  m.nomination.nominated_by = actor.email;
  m.history = {{now, actor.email, "", "nominated", "nominated by the sending institution"}};
  auto id = (*tx)->mobilities().insert(m);
  if (!id) return fail(id.error());
  auto stored = (*tx)->mobilities().get(*id);
  if (!stored) return fail(stored.error());
  auto person = (*tx)->people().get(p.id);
  if (!person) return fail(person.error());
  if (auto ok = record(
          **tx, clock_, actor, "nomination.incoming", "mobility", std::to_string(id->value),
          nullptr,
          json{{"mobility", domain::to_json(*stored)},
               {"person", person_json(*person, domain::disclosure(domain::Standing::office))}});
      !ok)
    return fail(ok.error());
  return commit_and_show(**tx, actor, std::move(*stored), std::move(*person));
}

}  // namespace orbis::service
