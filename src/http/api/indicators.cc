// Routes of indicators (docs/indicators.md): every indicator per academic year, the people
// behind a number, and the figures the office enters.
#include "http/json/indicators.h"

#include <fmt/format.h>

#include <algorithm>
#include <charconv>
#include <tuple>

#include "http/api/api.h"
#include "http/export/export.h"
#include "http/export/xlsx.h"
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

// GET /indicators/national: the years, an org unit and the country compared with.
struct NationalQuery {
  std::optional<int> from;
  std::optional<int> to;
  std::optional<OrgUnitId> org_unit;
  std::optional<std::string> country;
};

template <>
struct QueryCodec<NationalQuery> : QueryObject<NationalQuery> {
  static constexpr auto params() {
    using Q = NationalQuery;
    return std::tuple{
        Param{"from", &Q::from, "the first academic year, by the year it begins in (2022)"},
        Param{"to", &Q::to, "the last academic year (default: the current one)"},
        Param{"org_unit", &Q::org_unit, "an org unit's students (a coordinator sees their own)"},
        Param{"country", &Q::country,
              "the country compared with, ISO 3166-1 alpha-2 (default: the home institution's)"}};
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

// GET /indicators/seat_utilisation/totals and /funding: one academic year and an org unit.
struct IndicatorYearQuery {
  std::optional<int> year;
  std::optional<OrgUnitId> org_unit;
};

template <>
struct QueryCodec<IndicatorYearQuery> : QueryObject<IndicatorYearQuery> {
  static constexpr auto params() {
    using Q = IndicatorYearQuery;
    return std::tuple{
        Param{"year", &Q::year,
              "the academic year, by the year it begins in (default: the "
              "current one)"},
        Param{"org_unit", &Q::org_unit, "an org unit's (a coordinator sees their own only)"}};
  }
};

// GET /indicators/exchange_balance and /seat_utilisation: one academic year, an org unit, a
// page.
struct YearPageQuery {
  std::optional<int> year;
  std::optional<OrgUnitId> org_unit;
  PageRequest page;
};

template <>
struct QueryCodec<YearPageQuery> : QueryObject<YearPageQuery> {
  static constexpr auto params() {
    using Q = YearPageQuery;
    return std::tuple{Param{"year", &Q::year,
                            "the academic year, by the year it begins in (default: the "
                            "current one)"},
                      Param{"org_unit", &Q::org_unit,
                            "agreements of an org unit's (a coordinator sees their own only)"},
                      Paging<Q>{&Q::page, kMaxPageSize}};
  }
};

// GET /indicators/partners: how to group, one academic year, an org unit.
struct PartnersQuery {
  service::PartnerGrouping by = service::PartnerGrouping::country;
  std::optional<int> year;
  std::optional<OrgUnitId> org_unit;
};

template <>
struct QueryCodec<PartnersQuery> : QueryObject<PartnersQuery> {
  static constexpr auto params() {
    using Q = PartnersQuery;
    return std::tuple{Param{"by", &Q::by, "country (default), region or type"},
                      Param{"year", &Q::year,
                            "the academic year, by the year it begins in (default: the "
                            "current one)"},
                      Param{"org_unit", &Q::org_unit,
                            "agreements and stays of an org unit's (a coordinator sees their own "
                            "only)"}};
  }
};

// DELETE /indicators/targets: which target.
struct TargetKeyQuery {
  std::string indicator;
  std::optional<int> year;
  std::optional<OrgUnitId> org_unit;
};

template <>
struct QueryCodec<TargetKeyQuery> : QueryObject<TargetKeyQuery> {
  static constexpr auto params() {
    using Q = TargetKeyQuery;
    return std::tuple{Param{"indicator", &Q::indicator, "required: the indicator's id"},
                      Param{"year", &Q::year, "required: the year the academic year begins in"},
                      Param{"org_unit", &Q::org_unit, "left out: the whole institution's"}};
  }
};

}  // namespace routing

namespace {

using exports::Cell;

Cell number(std::optional<double> value) {
  if (!value) return {};
  return Cell{.kind = Cell::Kind::number, .number = *value, .text = fmt::format("{}", *value)};
}
Cell text(std::string value) {
  if (value.empty()) return {};
  return Cell{.kind = Cell::Kind::text, .text = std::move(value)};
}
// A decimal as a number, or as its text when it is not one.
Cell decimal(const std::string& value) {
  double parsed = 0;
  const auto* end = value.data() + value.size();
  if (const auto [at, ec] = std::from_chars(value.data(), end, parsed);
      value.empty() || ec != std::errc() || at != end)
    return text(value);
  return Cell{.kind = Cell::Kind::number, .number = parsed, .text = value};
}

// The Quality Certification's tables as sheets of `book`, a sheet per table with every year's
// rows together, each sheet saying what it counts.
Status add_certification(exports::Workbook& book, const service::Certification& tables,
                         exports::Language language) {
  using exports::Workbook;
  const bool zh = language == exports::Language::zh;
  const auto h = [language](std::string key) {
    return exports::heading(exports::Column{{std::move(key)}}, language);
  };
  const std::string scope =
      zh ? "来校交流的国际学生：当年开始（在校、已结束或已认定）来校交流、国籍不是本校所在国的学生"
           "，"
           "每人每年计一次。学历留学生的注册记录尚未在 Orbis 中登记，不在此列。"
         : "International students on exchange: those with an incoming stay begun in the year "
           "(abroad, completed or recognised) who are not of the home institution's country, "
           "each once a year. International degree students are not yet recorded in Orbis and "
           "are not counted here.";
  Status ok;
  const auto step = [&](Status next) {
    if (ok) ok = std::move(next);
  };
  using Table = std::vector<service::CertificationCount> service::CertificationYear::*;
  const std::tuple<const char*, const char*, const char*, Table> tables_of[] = {
      {"Students by level", "按学历层次", "level", &service::CertificationYear::levels},
      {"Students by nationality", "按国籍", "nationality",
       &service::CertificationYear::nationalities},
      {"Students by language", "按授课语言", "language_of_instruction",
       &service::CertificationYear::languages}};
  for (const auto& [name, name_zh, key, table] : tables_of) {
    step(book.add_sheet(zh ? name_zh : name));
    step(book.add_text_row({scope}));
    step(book.add_text_row({}));
    step(book.add_text_row({h("academic_year"), h(key), h("name"), h("students")},
                           Workbook::Style::bold));
    for (const auto& y : tables.items) {
      for (const auto& row : y.*table)
        step(book.add_row({text(y.academic_year), text(row.key), text(zh ? row.name_zh : row.name),
                           number(row.students)}));
      step(
          book.add_row({text(y.academic_year), text(zh ? "合计" : "Total"), {}, number(y.students)},
                       Workbook::Style::bold));
    }
  }
  step(book.add_sheet(zh ? "奖学金生" : "Scholarship holders"));
  step(book.add_text_row({zh ? scope + "奖学金生：由本人以外的任何来源资助的学生。"
                             : scope + " Scholarship holders: those funded by any source but "
                                       "themselves."}));
  step(book.add_text_row({}));
  step(book.add_text_row({h("academic_year"), h("source"), h("scholarship"), h("sponsor"),
                          h("holders"), h("stays"), h("amount"), h("currency")},
                         Workbook::Style::bold));
  for (const auto& y : tables.items) {
    for (const auto& g : y.scholarships)
      step(
          book.add_row({text(y.academic_year), text(g.source), text(g.scholarship), text(g.sponsor),
                        number(g.holders), number(g.stays), decimal(g.amount), text(g.currency)}));
    step(book.add_row({text(y.academic_year),
                       text(zh ? "奖学金生合计" : "Scholarship holders"),
                       {},
                       {},
                       number(y.scholarship_holders)},
                      Workbook::Style::bold));
  }
  return ok;
}

// GET /indicators/report: the dashboard as a workbook: a sheet of every indicator per year,
// then a sheet per indicator with its definition, its years, and the people behind each
// number (as many rows as the numerator), headed in the caller's language.
Response indicator_report(const routing::Call& c, service::Services& s,
                          const routing::IndicatorYearsQuery& q) {
  using namespace exports;
  const Language language = language_of(c.request);
  const bool zh = language == Language::zh;
  const auto h = [language](std::string key) {
    return heading(Column{{std::move(key)}}, language);
  };
  auto items = s.indicators.list(c.actor(), {q.from, q.to, q.org_unit});
  if (!items) return problem(items.error());
  auto certification = s.indicators.certification(c.actor(), {q.from, q.to, q.org_unit});
  if (!certification) return problem(certification.error());
  auto created = Workbook::create();
  if (!created) return problem(created.error());
  std::shared_ptr<Workbook> book = std::move(*created);
  static const std::vector<Column> record_columns = [] {
    json::Schemas schemas;
    const auto schema = json::schema_of<service::IndicatorRecord>(schemas);
    return columns_of(schema, schemas.components());
  }();

  const auto year_cells = [zh](const service::IndicatorView& v) {
    return std::vector<Cell>{text(v.academic_year),
                             number(v.value),
                             number(v.target),
                             number(v.numerator),
                             number(v.denominator),
                             number(v.missing),
                             text(zh ? v.no_data_zh : v.no_data)};
  };
  const std::vector<std::string> year_headings = {
      h("academic_year"), h("value"),   h("target"), h("numerator"),
      h("denominator"),   h("missing"), h("no_data")};
  Status ok =
      book->add_sheet(zh ? "指标" : "Indicators",
                      {h("indicator"), h("academic_year"), h("value"), h("target"), h("numerator"),
                       h("denominator"), h("unit"), h("missing"), h("no_data"), h("source")});
  for (const auto& v : *items) {
    if (!ok) break;
    ok = book->add_row({text(zh ? v.name_zh : v.name), text(v.academic_year), number(v.value),
                        number(v.target), number(v.numerator), number(v.denominator), text(v.unit),
                        number(v.missing), text(zh ? v.no_data_zh : v.no_data), text(v.source)});
  }
  // One sheet per indicator; the list holds each indicator's years together.
  for (auto first = items->begin(); ok && first != items->end();) {
    const auto last = std::find_if(
        first, items->end(), [&](const service::IndicatorView& v) { return v.id != first->id; });
    const auto& d = *first;
    const auto step = [&](Status next) {
      if (ok) ok = std::move(next);
    };
    step(book->add_sheet(zh ? d.name_zh : d.name));
    step(book->add_text_row({h("indicator"), zh ? d.name_zh : d.name}, Workbook::Style::bold));
    step(book->add_text_row({h("definition"), zh ? d.definition_zh : d.definition}));
    step(book->add_text_row({h("source"), d.source}));
    step(book->add_text_row({h("unit"), d.unit}));
    step(book->add_text_row({}));
    step(book->add_text_row(year_headings, Workbook::Style::bold));
    for (auto v = first; v != last; ++v) step(book->add_row(year_cells(*v)));
    if (std::any_of(first, last, [](const service::IndicatorView& v) { return v.records; })) {
      step(book->add_text_row({}));
      step(book->add_text_row(headings(record_columns, language), Workbook::Style::bold));
      for (auto v = first; ok && v != last; ++v) {
        if (!v->records) continue;
        // Every record of the year in one read, without the total a page of the API counts.
        auto read = s.indicators.each_record(
            c.actor(), v->id, v->year, q.org_unit, [&](const service::IndicatorRecord& record) {
              step(book->add_row(cells_of(json::to_json(record), record_columns)));
              return ok;
            });
        if (!read && ok) return problem(read.error());
      }
    }
    first = last;
  }
  if (ok) ok = add_certification(*book, *certification, language);
  if (ok) ok = book->finish();
  if (!ok) return problem(ok.error());
  Response response;
  response.content_type = kXlsxType;
  const auto years = items->empty()
                         ? std::string("indicators")
                         : fmt::format("indicators-{}-{}", items->front().year, items->back().year);
  response.headers.emplace_back("Content-Disposition",
                                content_disposition("attachment", years + ".xlsx"));
  response.stream = [book] { return book->read(); };
  return response;
}

}  // namespace

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

  api.get("/api/v1/indicators/report", Access::policy(Resource::indicator, Action::read),
          "Every indicator of the years asked for as an Excel workbook: a sheet of every value, "
          "then one per indicator with its definition, its years and the people behind each "
          "number (lang=en|zh for the headings)")
      .media_type(exports::kXlsxType)
      .handle([&s](const Call& c, const Query<IndicatorYearsQuery>& q) -> Response {
        return indicator_report(c, s, *q);
      });

  api.get("/api/v1/indicators/certification", Access::policy(Resource::indicator, Action::read),
          "The tables the Quality Certification for International Students asks for, as far as "
          "Orbis holds their records: per academic year, the incoming students with stays begun "
          "by level of study, nationality and language of instruction, and the scholarship "
          "holders among them")
      .handle([&s](const Call& c,
                   const Query<IndicatorYearsQuery>& q) -> Result<service::Certification> {
        return s.indicators.certification(c.actor(), {q->from, q->to, q->org_unit});
      });

  api.get("/api/v1/indicators/exchange_balance", Access::policy(Resource::indicator, Action::read),
          "Every partner's exchange in an academic year: students and months out to it and in "
          "from it, and the balance; the most students exchanged first, a page at a time")
      .handle([&s](const Call& c,
                   const Query<YearPageQuery>& q) -> Result<Page<service::PartnerBalance>> {
        auto page = s.indicators.exchange_balance(c.actor(), q->year, q->org_unit,
                                                  {q->page.limit, q->page.cursor});
        if (!page) return fail(page.error());
        return Page<service::PartnerBalance>{std::move(page->items), std::move(page->next),
                                             page->total};
      });

  api.get("/api/v1/indicators/exchange_balance/agreements",
          Access::policy(Resource::indicator, Action::read),
          "The same exchange per agreement and partner (stays under no agreement in rows of "
          "their own); the most students exchanged first, a page at a time")
      .handle([&s](const Call& c,
                   const Query<YearPageQuery>& q) -> Result<Page<service::AgreementBalance>> {
        auto page = s.indicators.agreement_balance(c.actor(), q->year, q->org_unit,
                                                   {q->page.limit, q->page.cursor});
        if (!page) return fail(page.error());
        return Page<service::AgreementBalance>{std::move(page->items), std::move(page->next),
                                               page->total};
      });

  api.get("/api/v1/indicators/seat_utilisation", Access::policy(Resource::indicator, Action::read),
          "The cooperation conditions of the agreements in force in an academic year, with "
          "their seats and the stays using them, by id a page at a time")
      .handle([&s](const Call& c, const Query<YearPageQuery>& q) -> Result<Page<service::SeatUse>> {
        auto page = s.indicators.seat_utilisation(c.actor(), q->year, q->org_unit,
                                                  {q->page.limit, q->page.cursor});
        if (!page) return fail(page.error());
        return Page<service::SeatUse>{std::move(page->items), std::move(page->next), page->total};
      });

  api.get("/api/v1/indicators/partners", Access::policy(Resource::indicator, Action::read),
          "The partners of the agreements in force in an academic year and the students "
          "exchanged with them, by country, region or type; the most partners first")
      .handle([&s](const Call& c,
                   const Query<PartnersQuery>& q) -> Result<Page<service::PartnerGroup>> {
        auto page = s.indicators.partners_by(c.actor(), q->by, q->year, q->org_unit);
        if (!page) return fail(page.error());
        return Page<service::PartnerGroup>{std::move(page->items), std::nullopt, page->total};
      });

  api.get("/api/v1/indicators/funding", Access::policy(Resource::indicator, Action::read),
          "The funding of the students' stays begun in an academic year, by direction, source, "
          "scholarship, sponsor and currency: the students funded and the amounts")
      .handle([&s](const Call& c,
                   const Query<IndicatorYearQuery>& q) -> Result<Page<service::FundingGroup>> {
        auto page = s.indicators.funding(c.actor(), q->year, q->org_unit);
        if (!page) return fail(page.error());
        return Page<service::FundingGroup>{std::move(page->items), std::nullopt, page->total};
      });

  api.get("/api/v1/indicators/programmes", Access::policy(Resource::indicator, Action::read),
          "The university's programmes (exchanges, summer and winter schools, …) with the "
          "students on them whose stays began in an academic year, out and in; the most "
          "students first")
      .handle([&s](const Call& c,
                   const Query<IndicatorYearQuery>& q) -> Result<Page<service::ProgrammeGroup>> {
        auto page = s.indicators.programmes(c.actor(), q->year, q->org_unit);
        if (!page) return fail(page.error());
        return Page<service::ProgrammeGroup>{std::move(page->items), std::nullopt, page->total};
      });

  api.get("/api/v1/indicators/national", Access::policy(Resource::indicator, Action::read),
          "The institution's students out and in per academic year beside its country's "
          "internationally mobile students as UNESCO publishes them")
      .handle([&s](const Call& c,
                   const Query<NationalQuery>& q) -> Result<service::NationalComparison> {
        return s.indicators.national(c.actor(), {q->from, q->to, q->org_unit}, q->country);
      });

  api.get("/api/v1/indicators/national/years", Access::policy(Resource::indicator, Action::read),
          "The same years as a list, oldest first, which also exports (CSV, XLSX)")
      .handle([&s](const Call& c,
                   const Query<NationalQuery>& q) -> Result<Page<service::NationalYear>> {
        auto compared = s.indicators.national(c.actor(), {q->from, q->to, q->org_unit}, q->country);
        if (!compared) return fail(compared.error());
        const auto total = compared->items.size();
        return Page<service::NationalYear>{std::move(compared->items), std::nullopt, total};
      });

  api.get("/api/v1/indicators/seat_utilisation/totals",
          Access::policy(Resource::indicator, Action::read),
          "The seats of those conditions and their use, together")
      .handle([&s](const Call& c,
                   const Query<IndicatorYearQuery>& q) -> Result<service::SeatTotalsView> {
        return s.indicators.seat_totals(c.actor(), q->year, q->org_unit);
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

  api.get("/api/v1/indicators/targets", Access::policy(Resource::indicator, Action::read),
          "The targets the office set per indicator and academic year")
      .handle([&s](const Call& c,
                   const Query<IndicatorYearsQuery>& q) -> Result<Page<store::IndicatorTarget>> {
        auto items = s.indicators.targets(c.actor(), {q->from, q->to, q->org_unit});
        if (!items) return fail(items.error());
        return Page<store::IndicatorTarget>{std::move(*items), std::nullopt, std::nullopt};
      });

  api.put("/api/v1/indicators/targets", Access::policy(Resource::indicator, Action::update),
          "Set the target of an indicator for an academic year, or replace it")
      .handle(
          [&s](const Call& c, const service::TargetInput& input) -> Result<store::IndicatorTarget> {
            return s.indicators.save_target(c.actor(), input);
          });

  api.del("/api/v1/indicators/targets", Access::policy(Resource::indicator, Action::update),
          "Remove the target of an indicator for an academic year")
      .handle([&s](const Call& c, const Query<TargetKeyQuery>& q) -> Status {
        std::vector<FieldError> errors;
        if (q->indicator.empty()) errors.push_back({"indicator", "the indicator's id"});
        if (!q->year) errors.push_back({"year", "the year the academic year begins in"});
        if (!errors.empty()) return fail(Error::invalid("name the target", std::move(errors)));
        return s.indicators.remove_target(c.actor(), q->indicator, *q->year, q->org_unit);
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
