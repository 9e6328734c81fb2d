#include "service/indicators/indicators.h"

#include <fmt/format.h>

#include <algorithm>
#include <charconv>
#include <cmath>
#include <map>
#include <nlohmann/json.hpp>
#include <set>
#include <tuple>

#include "common/csv.h"
#include "common/text.h"
#include "domain/person.h"
#include "indicators/catalogue.h"
#include "indicators/compute.h"
#include "service/indicators/scope.h"
#include "service/support/access.h"
#include "service/support/audit_log.h"
#include "service/support/home.h"
#include "service/support/import.h"
#include "service/support/transaction.h"
#include "store/publications.h"

namespace orbis::service {

namespace {

using domain::access::Action;
using domain::access::Resource;

using indicator_scope::academic_years;
using indicator_scope::kFirstYear;
using indicator_scope::kLastYear;
using indicator_scope::org_unit_for;
using indicator_scope::years_of;

// The largest figure an office enters (a headcount or FTE).
constexpr double kLargestFigure = 1e9;
constexpr std::size_t kLongestSource = 500;

IndicatorView view_of(const indicators::Definition& d, int year, const indicators::Value& v) {
  return {
      .id = std::string(d.id),
      .year = year,
      .academic_year = indicators::academic_year(year),
      .name = std::string(d.name),
      .name_zh = std::string(d.name_zh),
      .definition = std::string(d.definition),
      .definition_zh = std::string(d.definition_zh),
      .source = std::string(d.source),
      .unit = std::string(indicators::to_string(d.unit)),
      .value = v.value,
      .numerator = v.numerator,
      .denominator = v.denominator,
      .missing = v.missing,
      .no_data = v.no_data,
      .no_data_zh = v.no_data_zh,
      .records = d.basis == indicators::Basis::stays || d.basis == indicators::Basis::graduates};
}

// Which stays an indicator of stays counts.
domain::Direction direction_of(const indicators::Definition& d) {
  return d.id == "outbound_mobility_rate" || d.id == "outbound_students"
             ? domain::Direction::outgoing
             : domain::Direction::incoming;
}

// The graduates an indicator of graduates counts, of the years and org unit of `stays`.
store::GraduatesAbroad graduates_of(const indicators::Definition& d,
                                    const store::BegunStays& stays) {
  return {.academic_years = stays.academic_years,
          .org_unit = stays.org_unit,
          .min_days = d.stay_min_days,
          .min_ects = d.stay_min_ects};
}

nlohmann::json figure_json(const store::IndicatorFigure& f) {
  return {{"measure", f.measure},
          {"year", f.year},
          {"org_unit", f.org_unit ? nlohmann::json(f.org_unit->value) : nlohmann::json()},
          {"value", f.value},
          {"source", f.source}};
}

// What is wrong with a figure as entered, field by field; `f` is `input` trimmed.
std::vector<FieldError> check_figure(const store::IndicatorFigure& f, const FigureInput& input) {
  std::vector<FieldError> errors;
  if (!indicators::find_measure(f.measure)) {
    std::string names;
    for (const auto& m : indicators::measures())
      names += (names.empty() ? "" : ", ") + std::string(m.id);
    errors.push_back({"measure", "one of " + names});
  }
  if (!input.year || f.year < kFirstYear || f.year > kLastYear)
    errors.push_back({"year", fmt::format("the year the academic year begins in, {} to {}",
                                          kFirstYear, kLastYear)});
  if (!input.value || !std::isfinite(f.value) || f.value < 0 || f.value > kLargestFigure)
    errors.push_back({"value", "a number from 0 to 1,000,000,000"});
  if (f.source.empty())
    errors.push_back({"source", "where the figure comes from, e.g. the registrar's census"});
  else if (f.source.size() > kLongestSource)
    errors.push_back({"source", fmt::format("at most {} bytes", kLongestSource)});
  return errors;
}

nlohmann::json target_json(const store::IndicatorTarget& t) {
  return {{"indicator", t.indicator},
          {"year", t.year},
          {"org_unit", t.org_unit ? nlohmann::json(t.org_unit->value) : nlohmann::json()},
          {"value", t.value},
          {"note", t.note}};
}

constexpr std::size_t kLongestNote = 500;

// What is wrong with a target as set, field by field.
std::vector<FieldError> check_target(const store::IndicatorTarget& t, const TargetInput& input) {
  std::vector<FieldError> errors;
  const auto* d = indicators::find(t.indicator);
  if (!d) {
    errors.push_back({"indicator", "an indicator's id (GET /indicators)"});
  }
  if (t.year < kFirstYear || t.year > kLastYear)
    errors.push_back({"year", fmt::format("the year the academic year begins in, {} to {}",
                                          kFirstYear, kLastYear)});
  const bool share = d && indicators::at_most_one(*d);
  if (!input.value || !std::isfinite(t.value) || t.value < 0 ||
      t.value > (share ? 1.0 : kLargestFigure))
    errors.push_back({"value", share ? "a share from 0 to 1 (0.2 for 20%)"
                                     : "a number from 0 to 1,000,000,000"});
  if (t.note.size() > kLongestNote)
    errors.push_back({"note", fmt::format("at most {} bytes", kLongestNote)});
  return errors;
}

}  // namespace

Indicators::Indicators(store::Store& store, const Clock& clock) : store_(store), clock_(clock) {}

namespace {

// The inputs of the indicators of publications for each year asked for (by the calendar year
// of publication the academic year begins in), for the whole institution; none when no
// publication is recorded, no home institution is set, or it has no ROR id.
Result<std::map<int, indicators::Inputs>> publications_of(store::Transaction& tx,
                                                          indicator_scope::Years years,
                                                          std::optional<OrgUnitId> unit) {
  std::map<int, indicators::Inputs> out;
  if (unit) return out;
  auto recorded = store::count_publications(tx);
  if (!recorded) return fail(recorded.error());
  if (*recorded == 0) return out;
  auto home = indicator_scope::home_institution(tx);
  if (!home) return fail(home.error());
  if (!*home || (*home)->ror_id.empty()) return out;
  auto per_year = store::publication_years(tx, years.from, years.to, (*home)->country);
  if (!per_year) return fail(per_year.error());
  const int first = years.from - indicators::kNetworkYears + 1;
  auto partners = store::co_publications(tx, first, years.to, (*home)->ror_id);
  if (!partners) return fail(partners.error());
  for (int year = years.from; year <= years.to; ++year) {
    auto& in = out[year];
    in.publications = 0;
    for (const auto& y : *per_year) {
      if (y.year != year) continue;
      in.publications = y.publications;
      in.international_publications = y.international;
    }
    // QS's network: the partners abroad with three or more co-publications in the five
    // years to this one, and their countries and territories.
    std::map<std::string, int> joint;
    std::map<std::string, std::string> country;
    for (const auto& p : *partners) {
      if (p.year > year || p.year <= year - indicators::kNetworkYears) continue;
      if (p.country.empty() || p.country == (*home)->country) continue;
      joint[p.ror] += p.publications;
      country[p.ror] = p.country;
    }
    std::set<std::string> countries;
    for (const auto& [ror, n] : joint) {
      if (n < indicators::kSustainedCoPublications) continue;
      ++in.sustained_partners;
      countries.insert(country[ror]);
    }
    in.partner_countries = static_cast<int>(countries.size());
  }
  return out;
}

}  // namespace

Result<std::vector<IndicatorView>> Indicators::list(const domain::Actor& actor,
                                                    const IndicatorRequest& request) const {
  if (auto ok = require_reach(actor, Resource::indicator, Action::read, "see indicators"); !ok)
    return fail(ok.error());
  auto years = years_of(request, clock_);
  if (!years) return fail(years.error());
  return run(
      store_, store::Access::read,
      [&](store::Transaction& tx) -> Result<std::vector<IndicatorView>> {
        auto unit = org_unit_for(tx, actor, Action::read, request.org_unit);
        if (!unit) return fail(unit.error());
        // Counted in the database, one statement per group (store/indicators.h).
        const store::BegunStays out{domain::Direction::outgoing, academic_years(*years), *unit};
        store::BegunStays in = out;
        in.direction = domain::Direction::incoming;
        auto going = store::count_people(tx, out);
        if (!going) return fail(going.error());
        auto coming = store::count_people(tx, in);
        if (!coming) return fail(coming.error());
        auto nationalities = store::count_nationalities(tx, in);
        if (!nationalities) return fail(nationalities.error());
        std::map<std::string_view, std::map<std::string, int>> graduates;
        for (const auto& d : indicators::catalogue()) {
          if (d.basis != indicators::Basis::graduates) continue;
          auto counted = store::count_graduates_abroad(tx, graduates_of(d, out));
          if (!counted) return fail(counted.error());
          graduates[d.id] = std::move(*counted);
        }
        auto figures = store::indicator_figures(tx, years->from, years->to, *unit);
        if (!figures) return fail(figures.error());
        auto targets = store::indicator_targets(tx, years->from, years->to, *unit);
        if (!targets) return fail(targets.error());
        auto published = publications_of(tx, *years, *unit);
        if (!published) return fail(published.error());

        std::vector<IndicatorView> views;
        for (const auto& d : indicators::catalogue()) {
          for (int year = years->from; year <= years->to; ++year) {
            indicators::Inputs inputs;
            inputs.academic_year = indicators::academic_year(year);
            const auto& people = d.basis == indicators::Basis::graduates ? graduates.at(d.id)
                                 : direction_of(d) == domain::Direction::outgoing ? *going
                                                                                  : *coming;
            if (auto it = people.find(inputs.academic_year); it != people.end())
              inputs.people = it->second;
            if (auto it = nationalities->find(inputs.academic_year); it != nationalities->end()) {
              for (const auto& [nationality, n] : it->second) {
                if (nationality.empty())
                  inputs.missing += n;
                else
                  inputs.nationalities[nationality] = n;
              }
            }
            if (d.unit != indicators::Unit::index && !d.nationality_diversity) inputs.missing = 0;
            for (const auto& f : *figures)
              if (f.year == year) inputs.figures[f.measure] = f.value;
            if (auto it = published->find(year); it != published->end()) {
              inputs.publications = it->second.publications;
              inputs.international_publications = it->second.international_publications;
              inputs.sustained_partners = it->second.sustained_partners;
              inputs.partner_countries = it->second.partner_countries;
            }
            auto value = indicators::compute(d, inputs);
            if (d.basis == indicators::Basis::publications && *unit) {
              value.value.reset();
              value.no_data =
                  "publications are counted for the whole institution, not per org unit";
              value.no_data_zh = "论文按全校统计，不按院系统计";
            }
            views.push_back(view_of(d, year, value));
            for (const auto& t : *targets)
              if (t.indicator == d.id && t.year == year) views.back().target = t.value;
          }
        }
        return views;
      });
}

Result<Page<SeatUse>> Indicators::seat_utilisation(const domain::Actor& actor,
                                                   std::optional<int> year,
                                                   std::optional<OrgUnitId> org_unit,
                                                   const PageRequest& request) const {
  return indicator_scope::read_year<Page<SeatUse>>(
      store_, clock_, actor, year, org_unit,
      [&](store::Transaction& tx, const std::string& academic_year,
          std::optional<OrgUnitId> unit) -> Result<Page<SeatUse>> {
        auto spec = page_spec("seat utilisation", "condition", request);
        if (!spec) return fail(spec.error());
        const store::SeatsQuery query{academic_year, unit};
        auto page = store::condition_seats(tx, query, *spec);
        if (!page) return fail(page.error());
        auto totals = store::count_seats(tx, query);
        if (!totals) return fail(totals.error());
        auto home = home_institution_id(tx);
        if (!home) return fail(home.error());
        const std::optional<InstitutionId> home_id = *home;
        Page<SeatUse> out{
            {}, next_cursor("seat utilisation", "condition", page->next), totals->conditions};
        out.items.reserve(page->items.size());
        for (auto& c : page->items) {
          const auto direction = c.sending == home_id     ? "outgoing"
                                 : c.receiving == home_id ? "incoming"
                                                          : "other";
          out.items.push_back(
              {.condition_id = c.condition,
               .agreement = {c.agreement, std::move(c.code), std::move(c.title)},
               .sending = {c.sending, std::move(c.sending_name)},
               .receiving = {c.receiving, std::move(c.receiving_name)},
               .direction = direction,
               .mobility_type = std::move(c.mobility_type),
               .academic_year = academic_year,
               .seats = c.seats,
               .used = c.used,
               .free = std::max(0, c.seats - c.used),
               .share = c.seats > 0 ? std::optional(std::round(10000.0 * c.used / c.seats) / 10000)
                                    : std::nullopt});
        }
        return out;
      });
}

Result<SeatTotalsView> Indicators::seat_totals(const domain::Actor& actor, std::optional<int> year,
                                               std::optional<OrgUnitId> org_unit) const {
  return indicator_scope::read_year<SeatTotalsView>(
      store_, clock_, actor, year, org_unit,
      [&](store::Transaction& tx, const std::string& academic_year,
          std::optional<OrgUnitId> unit) -> Result<SeatTotalsView> {
        auto t = store::count_seats(tx, {academic_year, unit});
        if (!t) return fail(t.error());
        return SeatTotalsView{
            .academic_year = academic_year,
            .conditions = t->conditions,
            .seats = t->seats,
            .used = t->used,
            .over = t->over,
            .share = t->seats > 0 ? std::optional(std::round(10000.0 * t->used / t->seats) / 10000)
                                  : std::nullopt};
      });
}

namespace {

// The indicator of stays or graduates `indicator`, when `actor` may see indicators and `year`
// is one they are counted for.
Result<const indicators::Definition*> records_of(const domain::Actor& actor,
                                                 std::string_view indicator, int year) {
  if (auto ok = require_reach(actor, Resource::indicator, Action::read, "see indicators"); !ok)
    return fail(ok.error());
  const auto* d = indicators::find(indicator);
  if (!d) return fail(Error::not_found(fmt::format("no indicator {}", indicator)));
  if (d->basis != indicators::Basis::stays && d->basis != indicators::Basis::graduates)
    return fail(Error::invalid(
        fmt::format("{} counts figures the office enters, not records Orbis holds", d->id)));
  if (year < kFirstYear || year > kLastYear)
    return fail(
        Error::invalid("the year is not valid",
                       {{"year", fmt::format("a year from {} to {}", kFirstYear, kLastYear)}}));
  return d;
}

// A page of the people `d` counts among `stays`, as the store lists them.
Result<store::Page<store::StayPerson>> people_of(store::Transaction& tx,
                                                 const indicators::Definition& d,
                                                 const store::BegunStays& stays,
                                                 const store::PageSpec& spec) {
  if (d.basis == indicators::Basis::graduates)
    return store::graduates_abroad_page(tx, graduates_of(d, stays), spec);
  return store::people_page(tx, stays, spec);
}

IndicatorRecord record_of(store::StayPerson& p) {
  domain::Person named;
  named.family_name = std::move(p.family_name);
  named.given_name = std::move(p.given_name);
  named.name_zh = std::move(p.name_zh);
  std::string name = named.display_name();
  return {.person = {p.person, std::move(name), p.nationality},
          .academic_year = p.academic_year,
          .stays = p.stays,
          .stay = p.first_stay,
          .partner = {p.partner, p.partner_name, p.partner_country}};
}

}  // namespace

Result<Page<IndicatorRecord>> Indicators::records(const domain::Actor& actor,
                                                  std::string_view indicator, int year,
                                                  std::optional<OrgUnitId> org_unit,
                                                  const PageRequest& request) const {
  auto d = records_of(actor, indicator, year);
  if (!d) return fail(d.error());
  auto spec = page_spec("indicator records", "person", request);
  if (!spec) return fail(spec.error());
  return run(
      store_, store::Access::read, [&](store::Transaction& tx) -> Result<Page<IndicatorRecord>> {
        auto unit = org_unit_for(tx, actor, Action::read, org_unit);
        if (!unit) return fail(unit.error());
        const store::BegunStays stays{direction_of(**d), {indicators::academic_year(year)}, *unit};
        auto page = people_of(tx, **d, stays, *spec);
        if (!page) return fail(page.error());
        auto total = (*d)->basis == indicators::Basis::graduates
                         ? store::count_graduates_abroad(tx, graduates_of(**d, stays))
                         : store::count_people(tx, stays);
        if (!total) return fail(total.error());
        Page<IndicatorRecord> out{{},
                                  next_cursor("indicator records", "person", page->next),
                                  total->empty() ? 0 : total->begin()->second};
        out.items.reserve(page->items.size());
        for (auto& p : page->items) out.items.push_back(record_of(p));
        return out;
      });
}

Status Indicators::each_record(const domain::Actor& actor, std::string_view indicator, int year,
                               std::optional<OrgUnitId> org_unit,
                               const std::function<Status(const IndicatorRecord&)>& each) const {
  auto d = records_of(actor, indicator, year);
  if (!d) return fail(d.error());
  return run(store_, store::Access::read, [&](store::Transaction& tx) -> Status {
    auto unit = org_unit_for(tx, actor, Action::read, org_unit);
    if (!unit) return fail(unit.error());
    const store::BegunStays stays{direction_of(**d), {indicators::academic_year(year)}, *unit};
    store::PageSpec spec{.limit = 1000};
    do {
      auto page = people_of(tx, **d, stays, spec);
      if (!page) return fail(page.error());
      for (auto& p : page->items)
        if (auto ok = each(record_of(p)); !ok) return ok;
      spec.after = page->next;
    } while (spec.after);
    return {};
  });
}

Result<std::vector<store::IndicatorFigure>> Indicators::figures(
    const domain::Actor& actor, const IndicatorRequest& request) const {
  if (auto ok = require_reach(actor, Resource::indicator, Action::read, "see indicators"); !ok)
    return fail(ok.error());
  auto years = years_of(request, clock_);
  if (!years) return fail(years.error());
  return run(store_, store::Access::read,
             [&](store::Transaction& tx) -> Result<std::vector<store::IndicatorFigure>> {
               auto unit = org_unit_for(tx, actor, Action::read, request.org_unit);
               if (!unit) return fail(unit.error());
               auto figures = store::indicator_figures(tx, years->from, years->to, *unit);
               if (!figures) return fail(figures.error());
               // Who entered a figure (an e-mail address) is for those who enter them; a
               // viewer or a coordinator reads the figure and its source.
               if (!domain::access::scope_of(actor, Resource::indicator, Action::update).allowed())
                 for (auto& f : *figures) f.updated_by.clear();
               return figures;
             });
}

Result<store::IndicatorFigure> Indicators::save_figure(const domain::Actor& actor,
                                                       const FigureInput& input) {
  if (auto ok =
          require_reach(actor, Resource::indicator, Action::update, "enter indicator figures");
      !ok)
    return fail(ok.error());
  store::IndicatorFigure f{.measure = std::string(text::trim(input.measure)),
                           .year = input.year.value_or(0),
                           .org_unit = input.org_unit,
                           .value = input.value.value_or(0),
                           .source = std::string(text::trim(input.source)),
                           .updated_at = format_iso8601(clock_.now()),
                           .updated_by = actor.email};
  auto errors = check_figure(f, input);
  if (!errors.empty()) return fail(Error::invalid("the figure is not valid", std::move(errors)));
  return run(
      store_, store::Access::write, [&](store::Transaction& tx) -> Result<store::IndicatorFigure> {
        auto unit = org_unit_for(tx, actor, Action::update, f.org_unit);
        if (!unit) return fail(unit.error());
        auto before = store::indicator_figure(tx, f.measure, f.year, f.org_unit);
        if (!before) return fail(before.error());
        if (auto ok = store::save_indicator_figure(tx, f); !ok) return fail(ok.error());
        const std::string key = fmt::format("{}/{}/{}", f.measure, f.year,
                                            f.org_unit ? std::to_string(f.org_unit->value) : "all");
        if (auto ok = record(tx, clock_, actor, "indicator.figure", "indicator_figure", key,
                             *before ? figure_json(**before) : nlohmann::json(), figure_json(f));
            !ok)
          return fail(ok.error());
        return f;
      });
}

Result<std::vector<store::IndicatorTarget>> Indicators::targets(
    const domain::Actor& actor, const IndicatorRequest& request) const {
  if (auto ok = require_reach(actor, Resource::indicator, Action::read, "see indicators"); !ok)
    return fail(ok.error());
  auto years = years_of(request, clock_);
  if (!years) return fail(years.error());
  return run(store_, store::Access::read,
             [&](store::Transaction& tx) -> Result<std::vector<store::IndicatorTarget>> {
               auto unit = org_unit_for(tx, actor, Action::read, request.org_unit);
               if (!unit) return fail(unit.error());
               auto targets = store::indicator_targets(tx, years->from, years->to, *unit);
               if (!targets) return fail(targets.error());
               // Who set a target is for those who set them, as for figures.
               if (!domain::access::scope_of(actor, Resource::indicator, Action::update).allowed())
                 for (auto& t : *targets) t.updated_by.clear();
               return targets;
             });
}

Result<store::IndicatorTarget> Indicators::save_target(const domain::Actor& actor,
                                                       const TargetInput& input) {
  if (auto ok = require_reach(actor, Resource::indicator, Action::update, "set targets"); !ok)
    return fail(ok.error());
  store::IndicatorTarget t{.indicator = std::string(text::trim(input.indicator)),
                           .year = input.year,
                           .org_unit = input.org_unit,
                           .value = input.value.value_or(0),
                           .note = std::string(text::trim(input.note)),
                           .updated_at = format_iso8601(clock_.now()),
                           .updated_by = actor.email};
  if (!indicators::find(t.indicator))
    return fail(Error::not_found(fmt::format("no indicator {}", t.indicator)));
  auto errors = check_target(t, input);
  if (!errors.empty()) return fail(Error::invalid("the target is not valid", std::move(errors)));
  return run(
      store_, store::Access::write, [&](store::Transaction& tx) -> Result<store::IndicatorTarget> {
        auto unit = org_unit_for(tx, actor, Action::update, t.org_unit);
        if (!unit) return fail(unit.error());
        auto before = store::indicator_target(tx, t.indicator, t.year, t.org_unit);
        if (!before) return fail(before.error());
        if (auto ok = store::save_indicator_target(tx, t); !ok) return fail(ok.error());
        const std::string key = fmt::format("{}/{}/{}", t.indicator, t.year,
                                            t.org_unit ? std::to_string(t.org_unit->value) : "all");
        if (auto ok = record(tx, clock_, actor, "indicator.target", "indicator_target", key,
                             *before ? target_json(**before) : nlohmann::json(), target_json(t));
            !ok)
          return fail(ok.error());
        return t;
      });
}

Status Indicators::remove_target(const domain::Actor& actor, const std::string& indicator, int year,
                                 std::optional<OrgUnitId> org_unit) {
  if (auto ok = require_reach(actor, Resource::indicator, Action::update, "set targets"); !ok)
    return fail(ok.error());
  return run(store_, store::Access::write, [&](store::Transaction& tx) -> Status {
    auto unit = org_unit_for(tx, actor, Action::update, org_unit);
    if (!unit) return fail(unit.error());
    auto before = store::indicator_target(tx, indicator, year, org_unit);
    if (!before) return fail(before.error());
    if (!*before)
      return fail(Error::not_found(fmt::format("no target for {} in {}", indicator, year)));
    if (auto ok = store::remove_indicator_target(tx, indicator, year, org_unit); !ok)
      return fail(ok.error());
    const std::string key = fmt::format("{}/{}/{}", indicator, year,
                                        org_unit ? std::to_string(org_unit->value) : "all");
    return record(tx, clock_, actor, "indicator.target.remove", "indicator_target", key,
                  target_json(**before), nlohmann::json());
  });
}

Result<MobilityImportOutcome> Indicators::import_figures(const domain::Actor& actor,
                                                         const std::string& csv_text,
                                                         bool dry_run) {
  if (auto ok =
          require_reach(actor, Resource::indicator, Action::update, "enter indicator figures");
      !ok)
    return fail(ok.error());
  auto table = csv::parse(csv_text);
  if (!table) return fail(table.error());
  const CsvColumns col(table->header);
  if (auto ok = col.require({"measure", "year", "value", "source"}, "docs/indicators.md"); !ok)
    return fail(ok.error());
  const std::string now = format_iso8601(clock_.now());
  // One transaction: the rows are written as they are checked, and a dry run (or a file with
  // bad rows) is not committed.
  return run(
      store_, store::Access::write,
      [&](store::Transaction& tx) -> Result<MobilityImportOutcome> {
        MobilityImportOutcome out;
        out.dry_run = dry_run;
        // The home institution's org units by code, read once when a row names one.
        std::optional<std::map<std::string, OrgUnitId>> units;
        const auto unit_of = [&](const std::string& code) -> Result<std::optional<OrgUnitId>> {
          if (!units) {
            units.emplace();
            auto home = home_institution_id(tx);
            if (!home) return fail(home.error());
            if (*home) {
              auto all = tx.institutions().org_units(**home);
              if (!all) return fail(all.error());
              for (const auto& u : *all) (*units)[text::to_lower_ascii(u.code)] = u.id;
            }
          }
          const auto it = units->find(text::to_lower_ascii(code));
          if (it == units->end()) return std::optional<OrgUnitId>{};
          return std::optional(it->second);
        };
        std::set<std::string> seen;
        for (std::size_t r = 0; r < table->rows.size(); ++r) {
          const auto& row = table->rows[r];
          const int line = table->line_numbers[r];
          ++out.rows;
          const auto get = [&](const char* name) { return col.get(row, name); };
          FigureInput input;
          input.measure = get("measure");
          input.source = get("source");
          const std::string year = get("year");
          const std::string value = get("value");
          int y = 0;
          double v = 0;
          if (const auto [end, ec] = std::from_chars(year.data(), year.data() + year.size(), y);
              !year.empty() && ec == std::errc{} && end == year.data() + year.size())
            input.year = y;
          if (const auto [end, ec] = std::from_chars(value.data(), value.data() + value.size(), v);
              !value.empty() && ec == std::errc{} && end == value.data() + value.size())
            input.value = v;
          if (const std::string code = get("org_unit"); !code.empty()) {
            auto unit = unit_of(code);
            if (!unit) return fail(unit.error());
            if (!*unit) {
              out.errors.push_back(
                  {line, "org_unit", "no org unit of the home institution has this code"});
              continue;
            }
            input.org_unit = *unit;
          }
          const store::IndicatorFigure f{.measure = input.measure,
                                         .year = input.year.value_or(0),
                                         .org_unit = input.org_unit,
                                         .value = input.value.value_or(0),
                                         .source = input.source,
                                         .updated_at = now,
                                         .updated_by = actor.email};
          const auto errors = check_figure(f, input);
          for (const auto& e : errors) out.errors.push_back({line, e.field, e.message});
          if (!errors.empty()) continue;
          const std::string key = fmt::format("{}/{}/{}", f.measure, f.year,
                                              f.org_unit ? std::to_string(f.org_unit->value) : "");
          if (!seen.insert(key).second) {
            out.errors.push_back({line, "measure", "the file gives this figure twice"});
            continue;
          }
          if (auto ok = store::save_indicator_figure(tx, f); !ok) return fail(ok.error());
        }
        if (dry_run || !out.errors.empty()) return out;
        if (auto ok = record(tx, clock_, actor, "indicator.figure_import", "indicator_figure",
                             "import", nullptr, nlohmann::json{{"rows", out.rows}});
            !ok)
          return fail(ok.error());
        return out;
      },
      [](const MobilityImportOutcome& out) { return !out.dry_run && out.errors.empty(); });
}

}  // namespace orbis::service
