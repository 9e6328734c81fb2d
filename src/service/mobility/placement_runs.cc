// Placement runs: the placement engine run on a call, compared, published and re-filled.
#include "service/mobility/placement_runs.h"

#include <fmt/format.h>

#include <algorithm>
#include <map>
#include <set>

#include "placement/allocation.h"
#include "placement/json_format.h"
#include "service/mobility/internal.h"
#include "service/support/access.h"
#include "service/support/audit_log.h"
#include "service/support/paging.h"
#include "service/support/transaction.h"
#include "store/lists.h"

namespace orbis::service {
namespace {

using domain::ApplicationStatus;
using domain::access::Action;
using domain::access::Resource;
using mobility_rules::add_history;
using nlohmann::json;

std::string offer_key(std::int64_t offer) { return fmt::format("o{}", offer); }
std::string applicant_key(ApplicationId id) { return fmt::format("a{}", id.value); }

json run_json_summary(const store::PlacementRunRecord& r) {
  json summary = json::parse(r.summary, nullptr, false);
  return {{"id", r.id.value},
          {"call_id", r.call.value},
          {"mode", r.mode},
          {"seed", r.seed},
          {"input_sha256", r.input_sha256},
          {"engine_version", r.engine_version},
          {"statistics", summary.is_discarded() ? json() : summary},
          {"created_at", r.created_at},
          {"created_by", r.created_by},
          {"published_at", r.published_at.empty() ? json() : json(r.published_at)}};
}

// The run's problem and allocation again, from its stored input (the engine is deterministic).
Result<std::pair<placement::Problem, placement::Allocation>> replay(
    const store::PlacementRunRecord& r) {
  auto problem = placement::parse_problem(r.input);
  if (!problem) return fail(problem.error());
  placement::Options options;
  auto mode = placement::parse_mode(r.mode);
  if (!mode) return fail(mode.error());
  options.mode = *mode;
  options.seed = std::stoull(r.seed);
  auto allocation = placement::allocate(*problem, options);
  if (!allocation) return fail(allocation.error());
  if (allocation->input_sha256 != r.input_sha256) {
    return fail(Error::internal(
        fmt::format("placement run {} no longer reproduces its input hash", r.id.value)));
  }
  return std::pair{std::move(*problem), std::move(*allocation)};
}

std::int64_t offer_of_key(const std::string& key) { return std::stoll(key.substr(1)); }
std::int64_t application_of_key(const std::string& key) { return std::stoll(key.substr(1)); }

// Per application: the result a run gives it.
std::map<std::int64_t, domain::PlacementResult> results_of(
    const store::PlacementRunRecord& r, const placement::Problem& problem,
    const placement::Allocation& allocation) {
  std::map<std::int64_t, domain::PlacementResult> out;
  for (std::size_t i = 0; i < problem.applicants.size(); ++i) {
    domain::PlacementResult result;
    result.run = r.id;
    const auto& outcome = allocation.applicants[i];
    if (outcome.offer) {
      result.offer = offer_of_key(problem.offers[*outcome.offer].id.value);
      result.preference = static_cast<int>(*outcome.preference) + 1;
    }
    out[application_of_key(problem.applicants[i].id.value)] = std::move(result);
  }
  for (const auto& e : allocation.explanations) {
    auto& result = out[application_of_key(problem.applicants[e.applicant].id.value)];
    domain::PlacementExplanation x;
    x.offer = offer_of_key(problem.offers[e.offer].id.value);
    x.reason = std::string(placement::to_string(e.reason));
    x.priority_position = e.priority_position;
    if (const auto& cut = allocation.offers[e.offer].cutoff) x.cutoff_score = cut->score;
    for (const auto& inel : problem.applicants[e.applicant].ineligible) {
      if (inel.offer == problem.offers[e.offer].id) x.detail = inel.reason;
    }
    result.explanations.push_back(std::move(x));
  }
  // Waiting position on the first preference's list, for those not placed there.
  for (std::size_t j = 0; j < allocation.offers.size(); ++j) {
    const auto& list = allocation.offers[j].waiting_list;
    for (std::size_t k = 0; k < list.size(); ++k) {
      auto& result = out[application_of_key(problem.applicants[list[k]].id.value)];
      const auto& prefs = problem.applicants[list[k]].preferences;
      if (!prefs.empty() && prefs.front() == problem.offers[j].id)
        result.waiting_position = static_cast<int>(k) + 1;
    }
  }
  return out;
}

}  // namespace

Result<store::PlacementRunRecord> PlacementRuns::run(const domain::Actor& actor, CallId call_id,
                                                     std::string_view mode_text,
                                                     std::optional<std::uint64_t> seed) {
  if (auto ok = require_reach(actor, Resource::placement_run, Action::create, "run placements");
      !ok)
    return fail(ok.error());
  auto mode = placement::parse_mode(mode_text.empty() ? "stable" : mode_text);
  if (!mode)
    return fail(Error::invalid("mode is stable or optimal", {{"mode", "stable or optimal"}}));
  return service::run(
      store_, store::Access::write,
      [&](store::Transaction& tx) -> Result<store::PlacementRunRecord> {
        auto call = tx.calls().get(call_id);
        if (!call) return fail(call.error());
        const std::string now = format_iso8601(clock_.now());
        if (domain::phase(*call, now) != domain::CallPhase::closed) {
          return fail(Error::conflict(
              fmt::format("the call is open until {}; place it after it closes", call->closes_at)));
        }
        if (call->published_run)
          return fail(Error::conflict("the call's placement is published already"));
        auto apps = tx.applications().find({.call = call_id, .person = std::nullopt});
        if (!apps) return fail(apps.error());
        // The input document of `orbis allocate` (docs/placement.md).
        json input = {{"offers", json::array()}, {"applicants", json::array()}};
        for (const auto& o : call->offers)
          input["offers"].push_back({{"id", offer_key(o.id)}, {"seats", o.seats}});
        for (const auto& a : *apps) {
          if (a.status != ApplicationStatus::eligible && a.status != ApplicationStatus::placed &&
              a.status != ApplicationStatus::waitlisted &&
              a.status != ApplicationStatus::unplaced) {
            continue;
          }
          json prefs = json::array(), ineligible = json::object();
          for (const auto offer : a.preferences) {
            if (!call->offer(offer)) continue;
            prefs.push_back(offer_key(offer));
          }
          for (const auto& v : a.verdicts) {
            if (!v.eligible && call->offer(v.offer)) ineligible[offer_key(v.offer)] = v.reason;
          }
          input["applicants"].push_back({{"id", applicant_key(a.id)},
                                         {"score", a.score.value_or(0)},
                                         {"preferences", prefs},
                                         {"ineligible", ineligible}});
        }
        // Without a seed the call's id gives one, so that the same call places the same way.
        const std::uint64_t used_seed =
            seed.value_or(0x9E3779B97F4A7C15ull ^ static_cast<std::uint64_t>(call_id.value));
        input["seed"] = used_seed;
        const std::string input_text = input.dump();
        auto problem = placement::parse_problem(input_text);
        if (!problem)
          return fail(Error::internal(
              fmt::format("the call's placement input is invalid: {}", problem.error().message)));
        placement::Options options;
        options.mode = *mode;
        options.seed = used_seed;
        auto allocation = placement::allocate(*problem, options);
        if (!allocation) return fail(allocation.error());
        const auto& s = allocation->statistics;
        store::PlacementRunRecord r;
        r.call = call_id;
        r.mode = std::string(placement::to_string(*mode));
        r.seed = std::to_string(used_seed);
        r.input_sha256 = allocation->input_sha256;
        r.engine_version = fmt::format("{} {}", placement::kEngineName, placement::kEngineVersion);
        r.input = input_text;
        r.output = placement::to_json(*problem, *allocation);
        r.summary = json({{"applicants", s.applicants},
                          {"placed", s.placed},
                          {"seats", s.seats},
                          {"placed_at_preference", s.placed_at_preference},
                          {"total_rank", s.total_rank},
                          {"blocking_pairs", s.blocking_pairs},
                          {"algorithm", placement::to_string(allocation->algorithm)}})
                        .dump();
        r.created_at = now;
        r.created_by = actor.email;
        auto id = tx.placement_runs().insert(r);
        if (!id) return fail(id.error());
        r.id = *id;
        if (auto ok = record(tx, clock_, actor, "placement.run", "placement_run",
                             std::to_string(id->value), nullptr, run_json_summary(r));
            !ok)
          return fail(ok.error());
        return r;
      });
}

Result<Page<store::PlacementRunRecord>> PlacementRuns::of_call(const domain::Actor& actor,
                                                               CallId call, std::size_t limit,
                                                               std::string_view cursor) const {
  if (auto ok = require_reach(actor, Resource::placement_run, Action::read, "see placement runs");
      !ok)
    return fail(ok.error());
  auto spec = page_spec("placement-runs", "id", limit, cursor);
  if (!spec) return fail(spec.error());
  return service::run(store_, store::Access::read,
                      [&](store::Transaction& tx) -> Result<Page<store::PlacementRunRecord>> {
                        if (auto c = tx.calls().get(call); !c) return fail(c.error());
                        auto found = store::list_placement_runs(
                            tx, {.call = call, .page = std::move(*spec)});
                        if (!found) return fail(found.error());
                        return Page<store::PlacementRunRecord>{
                            .items = std::move(found->items),
                            .next = next_cursor("placement-runs", "id", found->next)};
                      });
}

Result<store::PlacementRunRecord> PlacementRuns::get(const domain::Actor& actor,
                                                     PlacementRunId id) const {
  if (auto ok = require_reach(actor, Resource::placement_run, Action::read, "see placement runs");
      !ok)
    return fail(ok.error());
  return service::run(store_, store::Access::read,
                      [&](store::Transaction& tx) -> Result<store::PlacementRunRecord> {
                        return tx.placement_runs().get(id);
                      });
}

Result<PlacementComparison> PlacementRuns::compare(const domain::Actor& actor, PlacementRunId a_id,
                                                   PlacementRunId b_id) const {
  auto a = get(actor, a_id);
  if (!a) return fail(a.error());
  auto b = get(actor, b_id);
  if (!b) return fail(b.error());
  if (a->call != b->call)
    return fail(
        Error::invalid("the runs belong to different calls", {{"b", "a run of the same call"}}));
  auto ra = replay(*a), rb = replay(*b);
  if (!ra) return fail(ra.error());
  if (!rb) return fail(rb.error());
  const auto results_a = results_of(*a, ra->first, ra->second),
             results_b = results_of(*b, rb->first, rb->second);
  return service::run(
      store_, store::Access::read, [&](store::Transaction& tx) -> Result<PlacementComparison> {
        PlacementComparison out{.a = *a, .b = *b, .same_input = a->input_sha256 == b->input_sha256};
        std::set<std::int64_t> ids;
        for (const auto& [id, _] : results_a) ids.insert(id);
        for (const auto& [id, _] : results_b) ids.insert(id);
        // Where a run put the applicant; no offer when unplaced.
        const auto outcome = [](const auto& results, std::int64_t id) {
          const auto it = results.find(id);
          if (it == results.end()) return PlacementOutcome{};
          return PlacementOutcome{it->second.offer, it->second.preference};
        };
        for (const auto id : ids) {
          auto in_a = outcome(results_a, id), in_b = outcome(results_b, id);
          if (in_a.offer == in_b.offer) {
            ++out.unchanged;
            continue;
          }
          std::string name;
          if (auto app = tx.applications().get(ApplicationId{id})) {
            if (auto p = tx.people().get(app->person)) name = p->display_name();
          }
          out.differences.push_back({ApplicationId{id}, std::move(name), in_a, in_b});
        }
        return out;
      });
}

Result<store::PlacementRunRecord> PlacementRuns::publish(const domain::Actor& actor,
                                                         PlacementRunId id) {
  if (auto ok =
          require_reach(actor, Resource::placement_run, Action::transition, "publish placements");
      !ok)
    return fail(ok.error());
  return service::run(
      store_, store::Access::write,
      [&](store::Transaction& tx) -> Result<store::PlacementRunRecord> {
        auto r = tx.placement_runs().get(id);
        if (!r) return fail(r.error());
        auto call = tx.calls().get(r->call);
        if (!call) return fail(call.error());
        if (call->published_run) {
          return fail(Error::conflict(
              fmt::format("run {} of this call is published already", call->published_run->value)));
        }
        auto replayed = replay(*r);
        if (!replayed) return fail(replayed.error());
        const auto results = results_of(*r, replayed->first, replayed->second);
        const std::string now = format_iso8601(clock_.now());
        auto apps = tx.applications().find({.call = r->call, .person = std::nullopt});
        if (!apps) return fail(apps.error());
        for (auto& a : *apps) {
          const auto it = results.find(a.id.value);
          if (it == results.end()) continue;
          // The input took eligible applications; one withdrawn since keeps its status.
          if (a.status == ApplicationStatus::withdrawn) continue;
          a.result = it->second;
          const bool waiting =
              it->second.waiting_position.has_value() ||
              std::any_of(it->second.explanations.begin(), it->second.explanations.end(),
                          [](const auto& e) { return e.reason == "outranked"; });
          add_history(a, actor, now,
                      it->second.offer ? ApplicationStatus::placed
                      : waiting        ? ApplicationStatus::waitlisted
                                       : ApplicationStatus::unplaced,
                      fmt::format("placement run {}", id.value));
          a.updated_at = now;
          if (auto ok = tx.applications().update(a); !ok) return fail(ok.error());
        }
        call->published_run = id;
        if (auto ok = tx.calls().update(*call); !ok) return fail(ok.error());
        if (auto ok = tx.placement_runs().set_published(id, now); !ok) return fail(ok.error());
        r->published_at = now;
        if (auto ok = record(tx, clock_, actor, "placement.publish", "placement_run",
                             std::to_string(id.value), nullptr, run_json_summary(*r));
            !ok)
          return fail(ok.error());
        return r;
      });
}

Result<store::PlacementRunRecord> PlacementRuns::refill(const domain::Actor& actor,
                                                        CallId call_id) {
  if (auto ok =
          require_reach(actor, Resource::placement_run, Action::transition, "re-fill placements");
      !ok)
    return fail(ok.error());
  return service::run(
      store_, store::Access::write,
      [&](store::Transaction& tx) -> Result<store::PlacementRunRecord> {
        auto call = tx.calls().get(call_id);
        if (!call) return fail(call.error());
        if (!call->published_run)
          return fail(Error::conflict("publish a placement run before re-filling"));
        auto published = tx.placement_runs().get(*call->published_run);
        if (!published) return fail(published.error());
        auto replayed = replay(*published);
        if (!replayed) return fail(replayed.error());
        const auto& [problem, before] = *replayed;
        auto apps = tx.applications().find({.call = call_id, .person = std::nullopt});
        if (!apps) return fail(apps.error());
        // What changed since: applicants who withdrew, and hosts that rejected a nominee.
        placement::Changes changes;
        std::set<std::string> in_problem;
        for (const auto& a : problem.applicants) in_problem.insert(a.id.value);
        for (const auto& a : *apps) {
          const std::string key = applicant_key(a.id);
          if (!in_problem.contains(key)) continue;
          if (a.status == ApplicationStatus::withdrawn) changes.withdrawn.push_back({key});
          if (a.status == ApplicationStatus::rejected && a.result && a.result->offer)
            changes.rejections.push_back({{key}, {offer_key(*a.result->offer)}});
        }
        if (changes.withdrawn.empty() && changes.rejections.empty()) {
          return fail(
              Error::conflict("no seat was freed: nobody withdrew and no host rejected a nominee"));
        }
        placement::Options options;
        auto mode = placement::parse_mode(published->mode);
        if (!mode) return fail(mode.error());
        options.mode = *mode;
        options.seed = std::stoull(published->seed);
        auto refilled = placement::refill(problem, before, changes, options);
        if (!refilled) return fail(refilled.error());
        json input = json::parse(placement::canonical_input(refilled->problem));
        input["seed"] = *options.seed;
        const auto& stats = refilled->allocation.statistics;
        store::PlacementRunRecord r;
        r.call = call_id;
        r.mode = published->mode;
        r.seed = published->seed;
        r.input_sha256 = refilled->allocation.input_sha256;
        r.engine_version = fmt::format("{} {}", placement::kEngineName, placement::kEngineVersion);
        r.input = input.dump();
        r.output = placement::to_json(refilled->problem, refilled->allocation);
        r.summary = json({{"applicants", stats.applicants},
                          {"placed", stats.placed},
                          {"seats", stats.seats},
                          {"placed_at_preference", stats.placed_at_preference},
                          {"total_rank", stats.total_rank},
                          {"blocking_pairs", stats.blocking_pairs},
                          {"algorithm", placement::to_string(refilled->allocation.algorithm)},
                          {"refill_of", published->id.value},
                          {"withdrawn", changes.withdrawn.size()},
                          {"rejected", changes.rejections.size()},
                          {"displaced", refilled->displaced.size()}})
                        .dump();
        const std::string now = format_iso8601(clock_.now());
        r.created_at = now;
        r.created_by = actor.email;
        r.published_at = now;
        auto id = tx.placement_runs().insert(r);
        if (!id) return fail(id.error());
        r.id = *id;
        if (auto ok = tx.placement_runs().set_published(*id, now); !ok) return fail(ok.error());
        // Those still waiting who now hold a seat are placed; everyone else keeps their status.
        const auto results = results_of(r, refilled->problem, refilled->allocation);
        for (auto& a : *apps) {
          const auto it = results.find(a.id.value);
          if (it == results.end()) continue;
          if (a.status != ApplicationStatus::waitlisted && a.status != ApplicationStatus::unplaced)
            continue;
          a.result = it->second;
          if (!it->second.offer) {
            a.updated_at = now;
            if (auto ok = tx.applications().update(a); !ok) return fail(ok.error());
            continue;
          }
          add_history(a, actor, now, ApplicationStatus::placed,
                      fmt::format("re-filled by placement run {}", id->value));
          a.updated_at = now;
          if (auto ok = tx.applications().update(a); !ok) return fail(ok.error());
        }
        call->published_run = *id;
        if (auto ok = tx.calls().update(*call); !ok) return fail(ok.error());
        if (auto ok = record(tx, clock_, actor, "placement.refill", "placement_run",
                             std::to_string(id->value), nullptr, run_json_summary(r));
            !ok)
          return fail(ok.error());
        return r;
      });
}

}  // namespace orbis::service
