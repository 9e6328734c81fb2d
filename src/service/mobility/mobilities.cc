// Stays abroad, outgoing and incoming: listed, read, recorded, changed and moved along.
#include "service/mobility/mobilities.h"

#include <fmt/format.h>

#include <algorithm>

#include "common/text.h"
#include "domain/access/policy.h"
#include "domain/reference.h"
#include "service/mobility/internal.h"
#include "service/registry/people.h"
#include "service/support/access.h"
#include "service/support/audit_log.h"
#include "service/support/cursor.h"
#include "service/support/list_scope.h"
#include "service/support/privacy.h"
#include "service/support/serialize.h"
#include "service/support/transaction.h"
#include "store/lists.h"

namespace orbis::service {

using domain::MobilityStatus;
using domain::access::Action;
using domain::access::Resource;
using namespace mobility_rules;

Result<MobilityPage> Mobilities::list(const domain::Actor& actor, const MobilityFilter& f) const {
  std::vector<FieldError> errors;
  store::MobilityQuery q;
  if (!f.direction.empty()) {
    q.direction = domain::parse_direction(f.direction);
    if (!q.direction) errors.push_back({"direction", "outgoing or incoming"});
  }
  if (!f.status.empty()) {
    q.status = domain::parse_mobility_status(f.status);
    if (!q.status)
      errors.push_back(
          {"status", "nominated, accepted, preparing, abroad, completed, recognised or cancelled"});
  }
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
  if (f.awaiting_signature) {
    query.awaiting_signature = actor.is(domain::Role::student)   ? store::SignatureSide::student
                               : actor.is(domain::Role::partner) ? store::SignatureSide::partner
                                                                 : store::SignatureSide::home;
  }
  // The reader's scope from the access policy, in the query (as visible checks one stay).
  namespace access = domain::access;
  if (!scope_query(query,
                   access::scope_of(actor, access::Resource::mobility, access::Action::read)))
    return MobilityPage{};
  return run(store_, store::Access::read, [&](store::Transaction& tx) -> Result<MobilityPage> {
    auto found = store::list_stays(tx, query);
    if (!found) return fail(found.error());
    auto total = store::count_stays(tx, query);
    if (!total) return fail(total.error());
    std::vector<std::string> actors;
    for (const auto& m : found->items) {
      for (const auto& h : m.history) actors.push_back(h.actor);
      actors.push_back(m.nomination.nominated_by);
      actors.push_back(m.nomination.decided_by);
    }
    auto names = ActorNames::of(tx, actors);
    if (!names) return fail(names.error());
    auto labels = store::stay_labels(tx, found->items);
    if (!labels) return fail(labels.error());
    MobilityPage page;
    page.total = *total;
    for (std::size_t i = 0; i < found->items.size(); ++i) {
      auto& m = found->items[i];
      auto person = tx.people().get(m.person);
      if (!person) return fail(person.error());
      // The scope was the query's; this only guards against a rule the query missed.
      if (!visible(actor, m, *person))
        return fail(
            Error::internal(fmt::format("stay {} is outside the reader's scope", m.id.value)));
      auto view =
          stay_view(tx, actor, std::move(m), std::move(*person), *names, std::move((*labels)[i]));
      if (!view) return fail(view.error());
      page.items.push_back(std::move(*view));
    }
    if (found->next) page.next = store::encode_cursor("mobilities", "start", *found->next);
    return page;
  });
}

Result<MobilityView> Mobilities::get(const domain::Actor& actor, MobilityId id) const {
  return run(store_, store::Access::read, [&](store::Transaction& tx) -> Result<MobilityView> {
    auto found = visible_stay(tx, actor, id, "mobility");
    if (!found) return fail(found.error());
    auto& [m, person] = *found;
    auto names = ActorNames::load(tx);
    if (!names) return fail(names.error());
    return stay_view(tx, actor, std::move(m), std::move(person), *names);
  });
}

Result<MobilityView> Mobilities::create(const domain::Actor& actor, domain::Mobility m) {
  if (auto ok = require_reach(actor, Resource::mobility, Action::create, "record mobilities"); !ok)
    return fail(ok.error());
  m.id = MobilityId{};
  m.application.reset();
  if (auto ok = domain::validate_and_normalize(m); !ok) return fail(ok.error());
  return run(store_, store::Access::write, [&](store::Transaction& tx) -> Result<MobilityView> {
    auto person = tx.people().get(m.person);
    if (!person) return fail(Error::invalid("no such person", {{"person_id", "no such person"}}));
    if (!m.org_unit && m.direction == domain::Direction::outgoing) m.org_unit = person->org_unit;
    if (auto ok = check_mobility(tx, m, *person); !ok) return fail(ok.error());
    const std::string now = format_iso8601(clock_.now());
    // A stay recorded directly has been agreed with the partner already.
    m.status = MobilityStatus::accepted;
    m.history = {{now, actor.email, "", "accepted", "recorded by the international office"}};
    auto id = tx.mobilities().insert(m);
    if (!id) return fail(id.error());
    auto stored = tx.mobilities().get(*id);
    if (!stored) return fail(stored.error());
    if (auto ok = record(tx, clock_, actor, "mobility.create", "mobility",
                         std::to_string(id->value), nullptr, mobility_json(*stored));
        !ok)
      return fail(ok.error());
    return shown_stay(tx, actor, std::move(*stored), std::move(*person));
  });
}

Result<MobilityView> Mobilities::update(const domain::Actor& actor, domain::Mobility m,
                                        int expected_version) {
  if (!edits_stays(actor)) {
    return fail(Error::denied(
        fmt::format("the role {} may not change mobilities", domain::to_string(actor.role))));
  }
  return run(store_, store::Access::write, [&](store::Transaction& tx) -> Result<MobilityView> {
    auto current = tx.mobilities().get(m.id);
    if (!current) return fail(current.error());
    if (auto ok = require_version(current->version, expected_version, "mobility"); !ok)
      return fail(ok.error());
    // What the life cycle owns stays as it is.
    m.version = expected_version;
    m.status = current->status;
    m.history = current->history;
    m.nomination = current->nomination;
    m.application = current->application;
    m.cancel_reason = current->cancel_reason;
    if (auto ok = domain::validate_and_normalize(m); !ok) return fail(ok.error());
    auto person = tx.people().get(m.person);
    if (!person) return fail(Error::invalid("no such person", {{"person_id", "no such person"}}));
    if (auto ok = check_mobility(tx, m, *person); !ok) return fail(ok.error());
    if (auto ok = tx.mobilities().update(m); !ok) return fail(ok.error());
    auto stored = tx.mobilities().get(m.id);
    if (!stored) return fail(stored.error());
    if (auto ok =
            record(tx, clock_, actor, "mobility.update", "mobility", std::to_string(m.id.value),
                   mobility_json(*current), mobility_json(*stored));
        !ok)
      return fail(ok.error());
    return shown_stay(tx, actor, std::move(*stored), std::move(*person));
  });
}

Result<MobilityView> Mobilities::transition(const domain::Actor& actor, MobilityId id,
                                            std::string_view to_text, std::string reason,
                                            std::string date, int expected_version) {
  if (!moves_stays(actor)) {
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
  return run(store_, store::Access::write, [&](store::Transaction& tx) -> Result<MobilityView> {
    auto found = visible_stay(tx, actor, id, "mobility");
    if (!found) return fail(found.error());
    auto& [m, person] = *found;
    if (auto ok = require_version(m.version, expected_version, "mobility"); !ok)
      return fail(ok.error());
    if (!domain::may_move(m.status, *to)) {
      return fail(Error::conflict(
          fmt::format("a {} stay cannot become {}", domain::to_string(m.status), to_text)));
    }
    const domain::Mobility before = m;
    const std::string now = format_iso8601(clock_.now());
    const std::string day = date.empty() ? now.substr(0, 10) : date;
    if (*to == MobilityStatus::abroad && m.actual_start.empty()) m.actual_start = day;
    if (*to == MobilityStatus::completed) {
      if (m.actual_start.empty()) m.actual_start = m.planned_start;
      if (m.actual_end.empty()) m.actual_end = day;
      if (m.actual_end < m.actual_start)
        return fail(Error::invalid("the stay cannot end before it began",
                                   {{"date", "on or after the actual start"}}));
      if (auto ok = check_mobility(tx, m, person); !ok) return fail(ok.error());
    }
    if (*to == MobilityStatus::cancelled) {
      m.cancel_reason = reason;
      if (auto ok =
              follow_application(tx, m, actor, now, domain::ApplicationStatus::withdrawn, reason);
          !ok)
        return fail(ok.error());
    }
    move_to(m, actor, now, *to, reason);
    if (auto ok = tx.mobilities().update(m); !ok) return fail(ok.error());
    auto stored = tx.mobilities().get(id);
    if (!stored) return fail(stored.error());
    if (auto ok = record(tx, clock_, actor, fmt::format("mobility.{}", to_text), "mobility",
                         std::to_string(id.value), mobility_json(before), mobility_json(*stored));
        !ok)
      return fail(ok.error());
    return shown_stay(tx, actor, std::move(*stored), std::move(person));
  });
}

}  // namespace orbis::service
