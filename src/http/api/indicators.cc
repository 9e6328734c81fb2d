// Routes of indicators (docs/indicators.md): every indicator per academic year, the people
// behind a number, and the figures the office enters.
#include "http/json/indicators.h"

#include "http/api/api.h"
#include "http/json/imports.h"
#include "http/routing/endpoint.h"
#include "service/services.h"

namespace orbis::http {

namespace routing {

// GET /indicators and /indicators/figures: the academic years (by the year each begins in)
// and an org unit.
struct IndicatorYearsQuery {
  std::optional<int> from;
  std::optional<int> to;
  std::optional<OrgUnitId> org_unit;
};

template <>
struct QueryCodec<IndicatorYearsQuery> : QueryObject<IndicatorYearsQuery> {
  static constexpr auto params() {
    using Q = IndicatorYearsQuery;
    return std::tuple{
        Param{"from", &Q::from, "the first academic year, by the year it begins in (2022)"},
        Param{"to", &Q::to, "the last academic year (default: the current one)"},
        Param{"org_unit", &Q::org_unit, "an org unit's (a coordinator sees their own only)"}};
  }
};

// GET /indicators/{id}/records: the year (required), an org unit, a page.
struct IndicatorRecordsQuery {
  std::optional<int> year;
  std::optional<OrgUnitId> org_unit;
  PageRequest page;
};

template <>
struct QueryCodec<IndicatorRecordsQuery> : QueryObject<IndicatorRecordsQuery> {
  static constexpr auto params() {
    using Q = IndicatorRecordsQuery;
    return std::tuple{
        Param{"year", &Q::year, "required: the academic year, by the year it begins in"},
        Param{"org_unit", &Q::org_unit, "an org unit's (a coordinator sees their own only)"},
        Paging<Q>{&Q::page, kMaxPageSize}};
  }
};

}  // namespace routing

void add_indicator_routes(Router& router, service::Services& s) {
  using domain::access::Action;
  using domain::access::Resource;
  using namespace routing;
  Api api(router, "indicators");

  api.get("/api/v1/indicators", Access::policy(Resource::indicator, Action::read),
          "Every indicator per academic year, with its definition, source, numerator and "
          "denominator")
      .handle([&s](const Call& c,
                   const Query<IndicatorYearsQuery>& q) -> Result<Page<service::IndicatorView>> {
        auto items = s.indicators.list(c.actor(), {q->from, q->to, q->org_unit});
        if (!items) return fail(items.error());
        return Page<service::IndicatorView>{std::move(*items), std::nullopt, std::nullopt};
      });

  api.get("/api/v1/indicators/figures", Access::policy(Resource::indicator, Action::read),
          "The figures the office entered per academic year (students enrolled, academic "
          "staff, …)")
      .handle([&s](const Call& c,
                   const Query<IndicatorYearsQuery>& q) -> Result<Page<store::IndicatorFigure>> {
        auto items = s.indicators.figures(c.actor(), {q->from, q->to, q->org_unit});
        if (!items) return fail(items.error());
        return Page<store::IndicatorFigure>{std::move(*items), std::nullopt, std::nullopt};
      });

  api.put("/api/v1/indicators/figures", Access::policy(Resource::indicator, Action::update),
          "Enter a figure for an academic year, or replace it")
      .handle(
          [&s](const Call& c, const service::FigureInput& input) -> Result<store::IndicatorFigure> {
            return s.indicators.save_figure(c.actor(), input);
          });

  api.post("/api/v1/indicators/figures/import", Access::policy(Resource::indicator, Action::update),
           "Enter figures from CSV (measure, year, value, source, org_unit: an org unit's code "
           "or empty; dry_run=true by default)")
      .limit(kMaxUploadBytes)
      .handle([&s](const Call& c, const Upload& csv,
                   DryRun dry) -> Result<Imported<service::MobilityImportOutcome>> {
        return imported(s.indicators.import_figures(c.actor(), csv.bytes, dry.value));
      });

  api.get("/api/v1/indicators/{indicator}/records",
          Access::policy(Resource::indicator, Action::read),
          "The people an indicator counts for a year, by id: as many as its numerator")
      .handle(
          [&s](const Call& c, const PathText& indicator,
               const Query<IndicatorRecordsQuery>& q) -> Result<Page<service::IndicatorRecord>> {
            if (!q->year)
              return fail(Error::invalid(
                  "name the year", {{"year", "the year the academic year begins in, like 2025"}}));
            auto page = s.indicators.records(c.actor(), indicator.value, *q->year, q->org_unit,
                                             {q->page.limit, q->page.cursor});
            if (!page) return fail(page.error());
            return Page<service::IndicatorRecord>{std::move(page->items), std::move(page->next),
                                                  page->total};
          });
}

}  // namespace orbis::http
