// Calls for applications: read, opened, changed, offers added, and shown with their counts.
#include "service/mobility/calls.h"

#include <fmt/format.h>

#include <algorithm>

#include "domain/access/policy.h"
#include "service/mobility/internal.h"
#include "service/support/access.h"
#include "service/support/audit_log.h"
#include "service/support/serialize.h"
#include "service/support/transaction.h"
#include "store/call_page.h"
#include "store/lists.h"

namespace orbis::service {
namespace {

using domain::Role;
using domain::access::Action;
using domain::access::Resource;
using mobility_rules::reads_calls;

// Checks that offers point at real conditions and programmes; fills what they imply.
Status resolve_offers(store::Transaction& tx, domain::Call& call) {
  std::vector<FieldError> errors;
  for (std::size_t i = 0; i < call.offers.size(); ++i) {
    auto& o = call.offers[i];
    const std::string at = fmt::format("offers/{}", i);
    if (o.agreement) {
      auto a = tx.agreements().get(*o.agreement);
      if (!a) {
        errors.push_back({at + "/agreement_id", "no such agreement"});
        continue;
      }
      if (o.condition) {
        const auto c = std::find_if(a->conditions.begin(), a->conditions.end(),
                                    [&](const auto& c) { return c.id == *o.condition; });
        if (c == a->conditions.end()) {
          errors.push_back({at + "/condition_id", "not a condition of the agreement"});
          continue;
        }
        if (!o.host) o.host = c->receiving;
        if (o.host != c->receiving)
          errors.push_back({at + "/host_id", "the condition's receiving institution"});
      }
      if (o.host && !a->has_party(o.host))
        errors.push_back({at + "/host_id", "not a party to the agreement"});
    }
    if (o.programme) {
      auto p = tx.programmes().get(*o.programme);
      if (!p) {
        errors.push_back({at + "/programme_id", "no such programme"});
        continue;
      }
      if (!o.host && !p->hosts.empty()) o.host = p->hosts.front();
      if (std::find(p->hosts.begin(), p->hosts.end(), o.host) == p->hosts.end())
        errors.push_back({at + "/host_id", "not a host of the programme"});
    }
    if (o.host && !tx.institutions().get(o.host))
      errors.push_back({at + "/host_id", "no such institution"});
  }
  if (call.org_unit && !tx.institutions().org_unit(*call.org_unit))
    errors.push_back({"org_unit_id", "no such org unit"});
  if (!errors.empty())
    return fail(Error::invalid("the call refers to things that do not exist", std::move(errors)));
  return {};
}

// What the views of a page of calls show besides the calls: their offers' hosts and, for all
// but students, the tallies of their applications. Read for the page at once, not call by
// call: a page of calls may have thousands of offers, each call thousands of applications.
struct CallsShown {
  std::map<CallId, store::CallTallies> tallies;
  std::map<InstitutionId, store::OfferHost> hosts;
};

Result<CallsShown> shown_with(store::Transaction& tx, const domain::Actor& actor,
                              const std::vector<domain::Call>& calls) {
  CallsShown shown;
  std::vector<CallId> ids;
  ids.reserve(calls.size());
  for (const auto& c : calls) ids.push_back(c.id);
  auto hosts = store::offer_hosts(tx, ids);
  if (!hosts) return fail(hosts.error());
  shown.hosts = std::move(*hosts);
  if (!actor.is(Role::student)) {
    auto tallies = store::call_tallies(tx, ids);
    if (!tallies) return fail(tallies.error());
    shown.tallies = std::move(*tallies);
  }
  return shown;
}

// What the reader may do with the call now, as the access policy and the call's phase say:
// change it or add offers until its placement is published; apply while it is open (the
// office at any time); import applications or place them before publication (placing once
// it has closed); refill and nominate after.
std::vector<std::string> call_actions(const domain::Actor& actor, const domain::Call& c,
                                      domain::CallPhase phase) {
  namespace access = domain::access;
  const auto may = [&](access::Resource resource, access::Action action) {
    return access::scope_of(actor, resource, action);
  };
  const bool published = c.published_run.has_value();
  std::vector<std::string> out;
  if (may(access::Resource::call, access::Action::update).allowed() && !published) {
    out.push_back("update");
    out.push_back("add_offer");
  }
  if (const auto apply = may(access::Resource::application, access::Action::create);
      apply.everything() || (apply.allowed() && phase == domain::CallPhase::open))
    out.push_back("apply");
  if (may(access::Resource::application, access::Action::import).allowed() && !published)
    out.push_back("import_applications");
  if (may(access::Resource::placement_run, access::Action::create).allowed()) {
    if (!published && phase == domain::CallPhase::closed) out.push_back("place");
    if (published) out.push_back("refill");
  }
  if (may(access::Resource::nomination, access::Action::create).everything() && published)
    out.push_back("nominate");
  return out;
}

// The call as `actor` sees it at `now`: its phase, offers with host names and, for all but
// students, the counts of its applications.
CallView call_view(const domain::Actor& actor, const domain::Call& c, const std::string& now,
                   CallsShown& shown) {
  CallView view{.call = c, .phase = domain::phase(c, now)};
  auto& tallies = shown.tallies[c.id];
  const bool counts = !actor.is(Role::student);
  if (counts) {
    view.applications = CallApplicationCounts{static_cast<std::int64_t>(tallies.total),
                                              static_cast<std::int64_t>(tallies.submitted)};
  }
  view.offers.reserve(c.offers.size());
  for (const auto& o : c.offers) {
    OfferView offer{.offer = o};
    if (const auto host = shown.hosts.find(o.host); host != shown.hosts.end())
      offer.host = OfferHostView{host->second.name, host->second.name_zh, host->second.country};
    if (counts) {
      offer.first_choices = tallies.first_choices[o.id];
      offer.rankings = tallies.rankings[o.id];
    }
    view.offers.push_back(std::move(offer));
  }
  view.allowed_actions = call_actions(actor, c, view.phase);
  return view;
}

// Replaces the call's offers and rules, unless its placement is published or an offer
// someone ranked would go; the audit entry has the call before and after.
Result<domain::Call> change_call(store::Transaction& tx, const Clock& clock,
                                 const domain::Actor& actor, domain::Call c, int expected_version) {
  auto current = tx.calls().get(c.id);
  if (!current) return fail(current.error());
  if (auto ok = require_version(current->version, expected_version, "call"); !ok)
    return fail(ok.error());
  if (current->published_run) {
    return fail(Error::conflict(
        "the call's placement is published; its offers and rules can no longer change"));
  }
  c.version = expected_version;
  c.published_run = current->published_run;
  if (auto ok = resolve_offers(tx, c); !ok) return fail(ok.error());
  if (auto ok = domain::validate_and_normalize(c); !ok) return fail(ok.error());
  // An offer someone has ranked stays.
  auto apps = tx.applications().find({.call = c.id, .person = std::nullopt});
  if (!apps) return fail(apps.error());
  for (const auto& a : *apps) {
    for (const auto offer : a.preferences) {
      if (!c.offer(offer)) {
        return fail(
            Error::conflict(fmt::format("offer {} is ranked by application {}; it cannot be "
                                        "removed (set its seats to 0 instead)",
                                        offer, a.id.value)));
      }
    }
  }
  if (auto ok = tx.calls().update(c); !ok) return fail(ok.error());
  auto stored = tx.calls().get(c.id);
  if (!stored) return fail(stored.error());
  if (auto ok = record(tx, clock, actor, "call.update", "call", std::to_string(c.id.value),
                       call_json(*current), call_json(*stored));
      !ok)
    return fail(ok.error());
  return stored;
}

// The page of calls `query` selects, each as `actor` sees it at `now`.
Result<Page<CallView>> page_of(store::Transaction& tx, const domain::Actor& actor,
                               const store::CallQuery& query, const std::string& now) {
  auto found = store::list_calls(tx, query);
  if (!found) return fail(found.error());
  auto shown = shown_with(tx, actor, found->items);
  if (!shown) return fail(shown.error());
  Page<CallView> page;
  for (const auto& c : found->items) page.items.push_back(call_view(actor, c, now, *shown));
  page.next = next_cursor("calls", "year,code", found->next);
  return page;
}

}  // namespace

Result<Page<CallView>> Calls::page(const domain::Actor& actor, std::size_t limit,
                                   std::string_view cursor) const {
  if (actor.is(Role::partner))
    return fail(Error::denied("partners do not see our calls for applications"));
  auto spec = page_spec("calls", "year,code", limit, cursor);
  if (!spec) return fail(spec.error());
  store::CallQuery query{.page = std::move(*spec)};
  const std::string now = format_iso8601(clock_.now());
  return run(store_, store::Access::read, [&](store::Transaction& tx) -> Result<Page<CallView>> {
    if (!reads_calls(actor)) {
      query.open_at = now;
      auto me = store::person_of_user(tx, actor.user);
      if (!me) return fail(me.error());
      if (*me) query.applicant = (*me)->id;
    }
    return page_of(tx, actor, query, now);
  });
}

Result<Page<CallView>> Calls::open_now(const domain::Actor& actor,
                                       std::optional<std::chrono::days> within,
                                       std::size_t limit) const {
  if (actor.is(Role::partner))
    return fail(Error::denied("partners do not see our calls for applications"));
  const auto now_point = clock_.now();
  const std::string now = format_iso8601(now_point);
  store::CallQuery query{.open_at = now, .page = {.limit = limit}};
  if (within) query.closing_by = format_iso8601(now_point + *within);
  return run(store_, store::Access::read, [&](store::Transaction& tx) -> Result<Page<CallView>> {
    return page_of(tx, actor, query, now);
  });
}

Result<domain::Call> Calls::get(const domain::Actor& actor, CallId id) const {
  return run(store_, store::Access::read, [&](store::Transaction& tx) -> Result<domain::Call> {
    return mobility_rules::readable_call(tx, actor, id, format_iso8601(clock_.now()));
  });
}

Result<domain::Call> Calls::create(const domain::Actor& actor, domain::Call c) {
  if (auto ok = require_reach(actor, Resource::call, Action::create, "open calls for applications");
      !ok)
    return fail(ok.error());
  c.id = CallId{};
  c.published_run.reset();
  return run(store_, store::Access::write, [&](store::Transaction& tx) -> Result<domain::Call> {
    if (auto ok = resolve_offers(tx, c); !ok) return fail(ok.error());
    if (auto ok = domain::validate_and_normalize(c); !ok) return fail(ok.error());
    auto id = tx.calls().insert(c);
    if (!id) {
      if (id.error().code == ErrorCode::already_exists)
        return fail(Error::exists(fmt::format("a call with the code {} exists already", c.code)));
      return fail(id.error());
    }
    auto stored = tx.calls().get(*id);
    if (!stored) return fail(stored.error());
    if (auto ok = record(tx, clock_, actor, "call.create", "call", std::to_string(id->value),
                         nullptr, call_json(*stored));
        !ok)
      return fail(ok.error());
    return stored;
  });
}

Result<domain::Call> Calls::update(const domain::Actor& actor, domain::Call c,
                                   int expected_version) {
  if (auto ok =
          require_reach(actor, Resource::call, Action::update, "change calls for applications");
      !ok)
    return fail(ok.error());
  return run(store_, store::Access::write, [&](store::Transaction& tx) {
    return change_call(tx, clock_, actor, std::move(c), expected_version);
  });
}

Result<domain::Call> Calls::add_offer(const domain::Actor& actor, CallId call_id,
                                      domain::Offer offer) {
  if (auto ok = require_reach(actor, Resource::call, Action::update, "add offers"); !ok)
    return fail(ok.error());
  return run(store_, store::Access::write, [&](store::Transaction& tx) -> Result<domain::Call> {
    auto c = tx.calls().get(call_id);
    if (!c) return fail(c.error());
    domain::Call call = std::move(*c);
    // Defaults from the condition or the programme.
    if (offer.agreement && offer.condition) {
      if (auto a = tx.agreements().get(*offer.agreement)) {
        for (const auto& cond : a->conditions) {
          if (cond.id != *offer.condition) continue;
          if (!offer.host) offer.host = cond.receiving;
          if (offer.seats == 0) offer.seats = cond.seats_per_year;
          // Rules given with the offer replace the condition's; without any, the
          // condition's levels, field and language apply.
          const auto& e = offer.eligibility;
          const bool given = !e.levels.empty() || !e.years_of_study.empty() || e.min_gpa ||
                             !e.language.empty() || !e.min_cefr.empty() || !e.field.empty();
          if (!given) {
            offer.eligibility.levels = cond.eqf_levels;
            offer.eligibility.field = cond.isced;
            if (!cond.languages.empty()) {
              offer.eligibility.language = cond.languages.front().language;
              offer.eligibility.min_cefr = cond.languages.front().cefr;
            }
          }
          if (offer.title.empty()) {
            auto host = tx.institutions().get(cond.receiving);
            offer.title =
                fmt::format("{}{}", host ? host->name : "host",
                            cond.isced.empty() ? "" : fmt::format(" — ISCED {}", cond.isced));
          }
        }
      }
    } else if (offer.programme) {
      if (auto p = tx.programmes().get(*offer.programme)) {
        if (!offer.host && !p->hosts.empty()) offer.host = p->hosts.front();
        if (offer.seats == 0 && p->capacity) offer.seats = *p->capacity;
        if (offer.title.empty()) offer.title = p->name;
      }
    }
    std::int64_t next = 1;
    for (const auto& o : call.offers) next = std::max(next, o.id + 1);
    offer.id = next;
    const int version = call.version;
    call.offers.push_back(offer);
    return change_call(tx, clock_, actor, std::move(call), version);
  });
}

Result<CallView> Calls::view(const domain::Actor& actor, const domain::Call& c) const {
  return run(store_, store::Access::read, [&](store::Transaction& tx) -> Result<CallView> {
    auto shown = shown_with(tx, actor, {c});
    if (!shown) return fail(shown.error());
    return call_view(actor, c, format_iso8601(clock_.now()), *shown);
  });
}

}  // namespace orbis::service
