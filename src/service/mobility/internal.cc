// The mobility context's shared rules (internal.h).
#include "service/mobility/internal.h"

#include <fmt/format.h>

#include <algorithm>

#include "domain/access/policy.h"
#include "domain/reference.h"
#include "service/support/home.h"
#include "store/labels.h"
#include "store/lists.h"

namespace orbis::service::mobility_rules {

using domain::MobilityStatus;
using domain::Role;

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
  auto home = require_home_institution(tx);
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
  namespace access = domain::access;
  return access::reaches(
      actor, access::Resource::mobility, access::Action::read,
      {.owner = person.user, .org_unit = m.org_unit, .institutions = {m.sending, m.receiving}});
}

Result<VisibleStay> visible_stay(store::Transaction& tx, const domain::Actor& actor, MobilityId id,
                                 std::string_view what) {
  auto stay = tx.mobilities().get(id);
  if (!stay) return fail(stay.error());
  auto person = tx.people().get(stay->person);
  if (!person) return fail(person.error());
  if (!visible(actor, *stay, *person))
    return fail(Error::not_found(fmt::format("no {} {}", what, id.value)));
  return VisibleStay{std::move(*stay), std::move(*person)};
}

domain::Standing standing(const domain::Actor& actor, const domain::Mobility& m,
                          const domain::Person& person) {
  return domain::standing(
      actor,
      {.owner = person.user, .org_unit = m.org_unit, .institutions = {m.sending, m.receiving}});
}

bool programme_visible(const domain::Actor& actor, const domain::Programme& p) {
  namespace access = domain::access;
  return p.published || access::reaches(actor, access::Resource::programme, access::Action::read,
                                        {.owner = {}, .org_unit = {}, .institutions = p.hosts});
}

bool moves_stays(const domain::Actor& actor) {
  namespace access = domain::access;
  return access::scope_of(actor, access::Resource::mobility, access::Action::transition).allowed();
}

bool edits_stays(const domain::Actor& actor) {
  namespace access = domain::access;
  return access::scope_of(actor, access::Resource::mobility, access::Action::update).allowed();
}

bool decides_nominations_to(const domain::Actor& actor, InstitutionId receiving) {
  namespace access = domain::access;
  return access::reaches(actor, access::Resource::nomination, access::Action::decide,
                         {.owner = {}, .org_unit = {}, .institutions = {receiving}});
}

std::vector<MobilityStatus> stay_transitions(const domain::Actor& actor,
                                             const domain::Mobility& m) {
  std::vector<MobilityStatus> out;
  if (!moves_stays(actor)) return out;
  for (const auto to :
       {MobilityStatus::preparing, MobilityStatus::abroad, MobilityStatus::completed,
        MobilityStatus::recognised, MobilityStatus::cancelled}) {
    if (domain::may_move(m.status, to)) out.push_back(to);
  }
  return out;
}

std::vector<std::string> stay_actions(const domain::Actor& actor, const domain::Mobility& m) {
  std::vector<std::string> out;
  if (edits_stays(actor)) out.emplace_back("update");
  if (!stay_transitions(actor, m).empty()) out.emplace_back("transition");
  if (m.status == MobilityStatus::nominated &&
      m.nomination.decision == domain::NominationDecision::pending &&
      decides_nominations_to(actor, m.receiving))
    out.emplace_back("decide");
  return out;
}

bool reads_calls(const domain::Actor& a) {
  return a.is(Role::admin) || a.is(Role::officer) || a.is(Role::coordinator) || a.is(Role::viewer);
}

Result<domain::Call> readable_call(store::Transaction& tx, const domain::Actor& actor, CallId id,
                                   std::string_view now) {
  const auto none = fail(Error::not_found(fmt::format("no call {}", id.value)));
  namespace access = domain::access;
  if (!access::scope_of(actor, access::Resource::call, access::Action::read).allowed()) return none;
  auto call = tx.calls().get(id);
  if (!call) return fail(call.error());
  if (reads_calls(actor)) return call;
  // Students: an open call, or one they applied to.
  if (domain::phase(*call, now) == domain::CallPhase::open) return call;
  if (auto me = person_of(tx, actor)) {
    auto mine = tx.applications().find({.call = id, .person = me->id});
    if (!mine) return fail(mine.error());
    if (!mine->empty()) return call;
  }
  return none;
}

Result<domain::Person> person_of(store::Transaction& tx, const domain::Actor& actor) {
  auto found = store::person_of_user(tx, actor.user);
  if (!found) return fail(found.error());
  if (*found) return std::move(**found);
  return fail(Error::not_found(
      "your account is not linked to a student record; ask the international office"));
}

void add_history(domain::Application& a, const domain::Actor& actor, std::string_view now,
                 domain::ApplicationStatus to, std::string reason) {
  if (a.status == to && reason.empty()) return;
  a.history.push_back({std::string(now), actor.email, std::string(domain::to_string(a.status)),
                       std::string(domain::to_string(to)), std::move(reason)});
  a.status = to;
}

// The stay as its reader may see it: personal data and actors as domain/privacy.h says,
// and for a partner nothing of our internal records — the call and application a stay
// came from, a programme it cannot see.
Result<MobilityView> stay_view(store::Transaction& tx, const domain::Actor& actor,
                               domain::Mobility m, domain::Person person, const ActorNames& names) {
  auto labels = store::stay_labels(tx, {m});
  if (!labels) return fail(labels.error());
  return stay_view(tx, actor, std::move(m), std::move(person), names, std::move(labels->front()));
}

Result<MobilityView> stay_view(store::Transaction& tx, const domain::Actor& actor,
                               domain::Mobility m, domain::Person person, const ActorNames& names,
                               store::StayLabels labels) {
  const auto stands = standing(actor, m, person);
  const auto d = domain::disclosure(stands);
  auto actions = stay_actions(actor, m);
  auto transitions = stay_transitions(actor, m);
  if (stands == domain::Standing::partner) {
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
      if (!programme_visible(actor, *programme)) m.programme.reset();
    }
  }
  domain::redact(person, d);
  redact(m, d, names);
  // The labels of only what the reader sees of it.
  if (!m.call) labels.call.reset();
  if (!m.programme) labels.programme.reset();
  if (!m.agreement) labels.agreement.reset();
  return MobilityView{std::move(m),       std::move(person),      d,
                      std::move(actions), std::move(transitions), std::move(labels)};
}

Result<MobilityView> shown_stay(store::Transaction& tx, const domain::Actor& actor,
                                domain::Mobility m, domain::Person person) {
  auto names = ActorNames::load(tx);
  if (!names) return fail(names.error());
  return stay_view(tx, actor, std::move(m), std::move(person), *names);
}

void move_to(domain::Mobility& m, const domain::Actor& actor, std::string_view now,
             MobilityStatus to, std::string reason) {
  m.history.push_back({std::string(now), actor.email, std::string(domain::to_string(m.status)),
                       std::string(domain::to_string(to)), std::move(reason)});
  m.status = to;
}

// The application a stay came from follows the stay's nomination.
Status follow_application(store::Transaction& tx, const domain::Mobility& m,
                          const domain::Actor& actor, std::string_view now,
                          domain::ApplicationStatus to, std::string reason) {
  if (!m.application) return {};
  auto a = tx.applications().get(*m.application);
  if (!a) return fail(a.error());
  add_history(*a, actor, now, to, std::move(reason));
  a->updated_at = std::string(now);
  return tx.applications().update(*a);
}

}  // namespace orbis::service::mobility_rules
