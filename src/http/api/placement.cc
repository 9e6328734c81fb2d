// Routes of placement runs (docs/placement.md): officers and admins place a closed call's
// applicants, compare runs, publish one, and give freed seats to the waiting lists.
#include "http/json/placement.h"

#include <fmt/format.h>

#include "http/routing/endpoint.h"
#include "service/services.h"

namespace orbis::http {

namespace routing {

// GET /calls/{id}/placement-runs: a page.
struct PlacementRunsQuery {
  PageRequest page;
};

template <>
struct QueryCodec<PlacementRunsQuery> : QueryObject<PlacementRunsQuery> {
  static constexpr auto params() {
    return std::tuple{Paging<PlacementRunsQuery>{&PlacementRunsQuery::page, kMaxPageSize}};
  }
};

// GET /placement-runs/compare: the two runs.
struct ComparisonQuery {
  std::optional<PlacementRunId> a;
  std::optional<PlacementRunId> b;
};

template <>
struct QueryCodec<ComparisonQuery> : QueryObject<ComparisonQuery> {
  static constexpr auto params() {
    return std::tuple{Param{"a", &ComparisonQuery::a, "a run id"},
                      Param{"b", &ComparisonQuery::b, "another run of the same call"}};
  }
};

}  // namespace routing

void add_placement_routes(Router& router, service::Services& s) {
  using domain::access::Action;
  using domain::access::Resource;
  using namespace routing;
  Api api(router, "mobility");

  api.post("/api/v1/calls/{id}/placement-runs",
           Access::policy(Resource::placement_run, Action::create),
           "Place the call's eligible applicants (after the call closes)")
      .handle([&s](const Call& c, CallId id, const std::optional<json::PlacementRunInput>& body)
                  -> Result<Created<store::PlacementRunRecord>> {
        const auto input = body.value_or(json::PlacementRunInput{});
        const std::string mode = input.mode.empty() ? "stable" : input.mode;
        auto run = s.placement_runs.run(c.actor(), id, mode, input.seed.value);
        if (!run) return fail(run.error());
        std::string location = fmt::format("/api/v1/placement-runs/{}", run->id.value);
        return Created<store::PlacementRunRecord>{std::move(*run), std::move(location)};
      });

  api.get("/api/v1/calls/{id}/placement-runs",
          Access::policy(Resource::placement_run, Action::read),
          "The call's placement runs, newest first")
      .handle([&s](const Call& c, CallId id,
                   const Query<PlacementRunsQuery>& q) -> Result<Page<store::PlacementRunRecord>> {
        auto page = s.placement_runs.of_call(c.actor(), id, q->page.limit, q->page.cursor);
        if (!page) return fail(page.error());
        return Page<store::PlacementRunRecord>{std::move(page->items), std::move(page->next),
                                               std::nullopt};
      });

  api.get("/api/v1/placement-runs/compare", Access::policy(Resource::placement_run, Action::read),
          "Two runs of a call side by side: statistics and every applicant placed differently")
      .handle([&s](const Call& c,
                   const Query<ComparisonQuery>& q) -> Result<service::PlacementComparison> {
        if (!q->a || !q->b)
          return fail(Error::invalid("name two runs", {{"a", "a run id"}, {"b", "a run id"}}));
        return s.placement_runs.compare(c.actor(), *q->a, *q->b);
      });

  api.get("/api/v1/placement-runs/{id}", Access::policy(Resource::placement_run, Action::read),
          "A placement run with its input and output")
      .handle([&s](const Call& c, PlacementRunId id) -> Result<json::PlacementRunDetail> {
        auto run = s.placement_runs.get(c.actor(), id);
        if (!run) return fail(run.error());
        return json::PlacementRunDetail{std::move(*run)};
      });

  api.post("/api/v1/placement-runs/{id}/publish",
           Access::policy(Resource::placement_run, Action::transition),
           "Publish a run: applicants see their result and why")
      .handle([&s](const Call& c, PlacementRunId id) -> Result<store::PlacementRunRecord> {
        return s.placement_runs.publish(c.actor(), id);
      });

  api.post("/api/v1/calls/{id}/refill", Access::policy(Resource::placement_run, Action::create),
           "Give seats freed by withdrawals and host rejections to the next on the waiting lists "
           "(a new published run)")
      .handle([&s](const Call& c, CallId id) -> Result<Created<store::PlacementRunRecord>> {
        auto run = s.placement_runs.refill(c.actor(), id);
        if (!run) return fail(run.error());
        std::string location = fmt::format("/api/v1/placement-runs/{}", run->id.value);
        return Created<store::PlacementRunRecord>{std::move(*run), std::move(location)};
      });
}

}  // namespace orbis::http
