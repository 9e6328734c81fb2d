// Nominations: the office nominates a call's placed applicants to their hosts; partners
// nominate their students to us; the receiving side decides.
#include "service/mobility/nominations.h"

#include <fmt/format.h>

#include <algorithm>

#include "common/text.h"
#include "domain/reference.h"
#include "service/mobility/internal.h"
#include "service/registry/people.h"
#include "service/support/access.h"
#include "service/support/audit_log.h"
#include "service/support/home.h"
#include "service/support/serialize.h"
#include "service/support/transaction.h"

namespace orbis::service {

using domain::ApplicationStatus;
using domain::MobilityStatus;
using domain::access::Action;
using domain::access::Resource;
using nlohmann::json;
using namespace mobility_rules;

namespace {

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
    if (!programme || !programme_visible(actor, *programme))
      errors.push_back({"programme_id", "no such programme"});
  }
  if (!errors.empty())
    return fail(Error::invalid("the nomination names what is not the partner's to name",
                               std::move(errors)));
  return {};
}

}  // namespace

Result<int> Nominations::nominate_placed(const domain::Actor& actor, CallId call_id) {
  if (auto ok = require_reach(actor, Resource::call, Action::nominate, "nominate students"); !ok)
    return fail(ok.error());
  return run(store_, store::Access::write, [&](store::Transaction& tx) -> Result<int> {
    auto call = tx.calls().get(call_id);
    if (!call) return fail(call.error());
    if (!call->published_run)
      return fail(Error::conflict("publish a placement run before nominating"));
    auto home = require_home_institution(tx);
    if (!home) return fail(home.error());
    auto apps = tx.applications().find({.call = call_id, .person = std::nullopt});
    if (!apps) return fail(apps.error());
    const std::string now = format_iso8601(clock_.now());
    const auto first_year = domain::parse_academic_year(call->academic_year).value_or(2000);
    // Planned dates from the term: autumn Sep–Jan, spring Feb–Jun, a full year Sep–Jun,
    // summer July–August, winter January.
    std::string start = fmt::format("{}-09-01", first_year),
                end = fmt::format("{}-01-31", first_year + 1);
    if (call->term == "spring")
      start = fmt::format("{}-02-15", first_year + 1),
      end = fmt::format("{}-06-30", first_year + 1);
    if (call->term == "full_year") end = fmt::format("{}-06-30", first_year + 1);
    if (call->term == "summer")
      start = fmt::format("{}-07-01", first_year + 1),
      end = fmt::format("{}-08-15", first_year + 1);
    if (call->term == "winter")
      start = fmt::format("{}-01-05", first_year + 1),
      end = fmt::format("{}-01-31", first_year + 1);
    int nominated = 0;
    for (auto& a : *apps) {
      if (a.status != ApplicationStatus::placed || !a.result || !a.result->offer) continue;
      const domain::Offer* offer = call->offer(*a.result->offer);
      if (!offer) continue;
      auto person = tx.people().get(a.person);
      if (!person) return fail(person.error());
      domain::Mobility m;
      m.person = a.person;
      m.direction = domain::Direction::outgoing;
      m.sending = *home;
      m.receiving = offer->host;
      m.org_unit = person->org_unit;
      m.agreement = offer->agreement;
      m.condition = offer->condition;
      m.programme = offer->programme;
      m.call = call_id;
      m.application = a.id;
      m.academic_year = call->academic_year;
      m.planned_start = start;
      m.planned_end = end;
      m.credits_planned = call->term == "full_year"                          ? 60
                          : call->term == "summer" || call->term == "winter" ? 6
                                                                             : 30;
      if (offer->programme) {
        if (auto p = tx.programmes().get(*offer->programme))
          m.type = domain::mobility_type_of(p->kind, person->kind);
      } else if (offer->agreement && offer->condition) {
        if (auto ag = tx.agreements().get(*offer->agreement)) {
          for (const auto& c : ag->conditions) {
            if (c.id == *offer->condition) m.type = c.mobility_type;
          }
        }
      }
      m.status = domain::MobilityStatus::nominated;
      m.nomination.nominated_at = now;
      m.nomination.nominated_by = actor.email;
      m.history.push_back(
          {now, actor.email, "", "nominated", fmt::format("placed by call {}", call->code)});
      if (auto ok = domain::validate_and_normalize(m); !ok) return fail(ok.error());
      if (auto ok = check_mobility(tx, m, *person); !ok) {
        return fail(Error::invalid(
            fmt::format("{} cannot be nominated: {}", person->display_name(), ok.error().message),
            ok.error().fields));
      }
      auto id = tx.mobilities().insert(m);
      if (!id) return fail(id.error());
      add_history(a, actor, now, ApplicationStatus::nominated, "");
      a.updated_at = now;
      if (auto ok = tx.applications().update(a); !ok) return fail(ok.error());
      ++nominated;
    }
    if (auto ok = record(tx, clock_, actor, "call.nominate", "call", std::to_string(call_id.value),
                         nullptr, json{{"nominated", nominated}});
        !ok)
      return fail(ok.error());
    return nominated;
  });
}

Result<MobilityView> Nominations::decide(const domain::Actor& actor, MobilityId id, bool accept,
                                         std::string reason) {
  reason = std::string(text::trim(reason));
  if (!accept && reason.empty()) {
    return fail(
        Error::invalid("say why the nomination is rejected", {{"reason", "required to reject"}}));
  }
  if (reason.size() > 2000)
    return fail(Error::invalid("the reason is too long", {{"reason", "at most 2000 bytes"}}));
  return run(store_, store::Access::write, [&](store::Transaction& tx) -> Result<MobilityView> {
    auto found = visible_stay(tx, actor, id, "nomination");
    if (!found) return fail(found.error());
    auto& [m, person] = *found;
    auto home = require_home_institution(tx);
    if (!home) return fail(home.error());
    // The receiving side decides: a partner for its own institution; the office for us, or
    // to record a partner's answer that came by other means.
    if (!decides_nominations_to(actor, m.receiving)) {
      return fail(Error::denied("only the receiving institution decides on a nomination"));
    }
    if (m.status != MobilityStatus::nominated ||
        m.nomination.decision != domain::NominationDecision::pending) {
      return fail(Error::conflict(fmt::format("the nomination was decided already ({})",
                                              domain::to_string(m.nomination.decision))));
    }
    const domain::Mobility before = m;
    const std::string now = format_iso8601(clock_.now());
    m.nomination.decided_at = now;
    m.nomination.decided_by = actor.email;
    m.nomination.reason = reason;
    if (accept) {
      m.nomination.decision = domain::NominationDecision::accepted;
      move_to(m, actor, now, MobilityStatus::accepted,
              reason.empty() ? "accepted by the host" : reason);
      if (auto ok = follow_application(tx, m, actor, now, domain::ApplicationStatus::accepted, "");
          !ok)
        return fail(ok.error());
    } else {
      m.nomination.decision = domain::NominationDecision::rejected;
      m.cancel_reason = fmt::format("rejected by the host: {}", reason);
      move_to(m, actor, now, MobilityStatus::cancelled, m.cancel_reason);
      if (auto ok =
              follow_application(tx, m, actor, now, domain::ApplicationStatus::rejected, reason);
          !ok)
        return fail(ok.error());
    }
    if (auto ok = tx.mobilities().update(m); !ok) return fail(ok.error());
    auto stored = tx.mobilities().get(id);
    if (!stored) return fail(stored.error());
    if (auto ok = record(tx, clock_, actor, accept ? "nomination.accept" : "nomination.reject",
                         "mobility", std::to_string(id.value), mobility_json(before),
                         mobility_json(*stored));
        !ok)
      return fail(ok.error());
    return shown_stay(tx, actor, std::move(*stored), std::move(person));
  });
}

Result<MobilityView> Nominations::nominate_incoming(const domain::Actor& actor,
                                                    IncomingNomination n) {
  // The policy (nomination create): the office nominates from anywhere; a partner only its
  // own institution's students.
  const auto scope = domain::access::scope_of(actor, Resource::nomination, Action::create);
  if (!scope.allowed() || (scope.reach != domain::access::Reach::all &&
                           scope.reach != domain::access::Reach::own_institution)) {
    return fail(Error::denied(
        fmt::format("the role {} may not nominate students", domain::to_string(actor.role))));
  }
  return run(store_, store::Access::write, [&](store::Transaction& tx) -> Result<MobilityView> {
    auto home = require_home_institution(tx);
    if (!home) return fail(home.error());
    auto& m = n.mobility;
    auto& p = n.person;
    if (scope.reach == domain::access::Reach::own_institution) {
      if (!m.agreement)
        return fail(Error::invalid("name the agreement the student comes under",
                                   {{"agreement_id", "required"}}));
      m.sending = *scope.institution;
      if (auto ok = check_partner_references(tx, actor, m, *home); !ok) return fail(ok.error());
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
    auto person_id = tx.people().insert(p);
    if (!person_id) return fail(person_id.error());
    p.id = *person_id;
    m.person = *person_id;
    if (auto ok = check_mobility(tx, m, p); !ok) return fail(ok.error());
    const std::string now = format_iso8601(clock_.now());
    m.status = MobilityStatus::nominated;
    m.nomination = {};
    m.nomination.nominated_at = now;
    m.nomination.nominated_by = actor.email;
    m.history = {{now, actor.email, "", "nominated", "nominated by the sending institution"}};
    auto id = tx.mobilities().insert(m);
    if (!id) return fail(id.error());
    auto stored = tx.mobilities().get(*id);
    if (!stored) return fail(stored.error());
    auto person = tx.people().get(p.id);
    if (!person) return fail(person.error());
    if (auto ok = record(
            tx, clock_, actor, "nomination.incoming", "mobility", std::to_string(id->value),
            nullptr,
            json{{"mobility", mobility_json(*stored)},
                 {"person", person_json(*person, domain::disclosure(domain::Standing::office))}});
        !ok)
      return fail(ok.error());
    return shown_stay(tx, actor, std::move(*stored), std::move(*person));
  });
}

}  // namespace orbis::service
