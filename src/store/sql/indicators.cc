// What the indicators count (store/indicators.h).
#include "store/indicators.h"

#include <fmt/format.h>

#include <algorithm>
#include <map>
#include <tuple>
#include <utility>

#include "store/sql/agreement_filters.h"
#include "store/sql/begun_stays.h"
#include "store/sql/repositories.h"
#include "store/sql/statement.h"
#include "store/sql/support.h"

namespace orbis::store {
namespace {

using internal::add_begun;
using internal::kStaysFrom;
using internal::Students;
using sql::Where;

using internal::kBegunFrom;

}  // namespace

Result<std::map<std::string, int>> count_people(Transaction& tx, const BegunStays& q) {
  return internal::guarded(internal::context_of(tx), "counting people with stays",
                           [&]() -> Result<std::map<std::string, int>> {
                             std::map<std::string, int> out;
                             if (q.academic_years.empty()) return out;
                             // From the stays' index alone, without reading each stay's person.
                             Where where;
                             add_begun(where, q, q.academic_years, Students::by_id);
                             std::string year;
                             int people = 0;
                             soci::statement st =
                                 (internal::session_of(tx).prepare
                                      << "SELECT m.academic_year, COUNT(DISTINCT m.person_id)" +
                                             std::string(kStaysFrom) + where.sql() +
                                             " GROUP BY m.academic_year",
                                  soci::use(where.values()), soci::into(year), soci::into(people));
                             st.execute();
                             while (st.fetch()) out[year] = people;
                             return out;
                           });
}

Result<std::map<std::string, std::map<std::string, int>>> count_nationalities(Transaction& tx,
                                                                              const BegunStays& q) {
  using Out = std::map<std::string, std::map<std::string, int>>;
  return internal::guarded(
      internal::context_of(tx), "counting nationalities of people with stays",
      [&]() -> Result<Out> {
        Out out;
        if (q.academic_years.empty()) return out;
        Where where;
        add_begun(where, q, q.academic_years);
        std::string year;
        std::string nationality;
        int people = 0;
        soci::statement st =
            (internal::session_of(tx).prepare
                 << "SELECT m.academic_year, p.nationality, COUNT(DISTINCT m.person_id)" +
                        std::string(kBegunFrom) + where.sql() +
                        " GROUP BY m.academic_year, p.nationality",
             soci::use(where.values()), soci::into(year), soci::into(nationality),
             soci::into(people));
        st.execute();
        while (st.fetch()) out[year][nationality] = people;
        return out;
      });
}

Result<Page<StayPerson>> people_page(Transaction& tx, const BegunStays& q, const PageSpec& spec) {
  return internal::guarded(
      internal::context_of(tx), "listing people with stays", [&]() -> Result<Page<StayPerson>> {
        if (q.academic_years.empty()) return Page<StayPerson>{};
        auto& session = internal::session_of(tx);
        Where where;
        add_begun(where, q, {q.academic_years.front()});
        if (spec.after) where.add("m.person_id > " + where.bind(spec.after->id));
        std::vector<StayPerson> rows;
        StayPerson r;
        long long person = 0;
        long long first = 0;
        {
          soci::statement st =
              // Grouped by the person alone, in the order of the index on (year, direction,
              // person), so that the page stops reading after its last person; their names
              // are read for the page's people only.
              (session.prepare << "SELECT g.person_id, p.family_name, p.given_name, p.name_zh, "
                                  "p.nationality, g.academic_year, g.stays, g.first_stay FROM "
                                  "(SELECT m.person_id, MIN(m.academic_year) AS academic_year, "
                                  "COUNT(*) AS stays, MIN(m.id) AS first_stay" +
                                      std::string(kBegunFrom) + where.sql() +
                                      " GROUP BY m.person_id ORDER BY m.person_id LIMIT " +
                                      std::to_string(spec.limit + 1) +
                                      ") g JOIN people p ON p.id = g.person_id ORDER BY "
                                      "g.person_id",
               soci::use(where.values()), soci::into(person), soci::into(r.family_name),
               soci::into(r.given_name), soci::into(r.name_zh), soci::into(r.nationality),
               soci::into(r.academic_year), soci::into(r.stays), soci::into(first));
          st.execute();
          while (st.fetch()) {
            r.person = PersonId{person};
            r.first_stay = MobilityId{first};
            rows.push_back(r);
          }
        }
        auto page = sql::page_of(std::move(rows), spec.limit,
                                 [](const StayPerson& p) { return Cursor{{}, p.person.value}; });
        if (page.items.empty()) return page;
        // The partner of each first stay, in one statement for the page.
        std::map<long long, StayPerson*> by_stay;
        std::vector<long long> stays;
        for (auto& p : page.items) {
          by_stay[p.first_stay.value] = &p;
          stays.push_back(p.first_stay.value);
        }
        const char* partner_column =
            q.direction == domain::Direction::outgoing ? "m.receiving_id" : "m.sending_id";
        Where of;
        of.add("m.id IN " + of.bind_list(stays));
        long long stay = 0;
        long long partner = 0;
        std::string name;
        std::string country;
        soci::statement st =
            (session.prepare << std::string("SELECT m.id, i.id, i.name, i.country FROM "
                                            "mobilities m JOIN institutions i ON i.id = ") +
                                    partner_column + of.sql(),
             soci::use(of.values()), soci::into(stay), soci::into(partner), soci::into(name),
             soci::into(country));
        st.execute();
        while (st.fetch()) {
          auto* p = by_stay.at(stay);
          p->partner = InstitutionId{partner};
          p->partner_name = name;
          p->partner_country = country;
        }
        return page;
      });
}

Result<std::vector<PartnerExchange>> partner_exchanges(Transaction& tx,
                                                       const std::string& academic_year,
                                                       std::optional<OrgUnitId> org_unit,
                                                       ExchangeRows rows) {
  const bool by_agreement = rows == ExchangeRows::per_agreement;
  return internal::guarded(
      internal::context_of(tx), "counting the exchange with each partner",
      [&]() -> Result<std::vector<PartnerExchange>> {
        auto& session = internal::session_of(tx);
        const auto& dialect = internal::context_of(tx).dialect;
        Where where;
        internal::add_begun_students(where, academic_year, org_unit);
        const std::string days =
            dialect.days("COALESCE(NULLIF(m.actual_start, ''), m.planned_start)",
                         "COALESCE(NULLIF(m.actual_end, ''), m.planned_end)");
        // By (agreement or 0, partner).
        std::map<std::pair<long long, long long>, PartnerExchange> groups;
        {
          long long agreement = 0;
          soci::indicator agreement_set = soci::i_ok;
          long long partner = 0;
          std::string direction;
          int people = 0;
          double total_days = 0;
          soci::indicator days_set = soci::i_ok;
          soci::statement st =
              (session.prepare
                   << std::string("SELECT ") +
                          (by_agreement ? "m.agreement_id" : "CAST(NULL AS BIGINT)") +
                          ", CASE WHEN m.direction = 'outgoing' THEN m.receiving_id ELSE "
                          "m.sending_id END AS partner, m.direction, COUNT(DISTINCT m.person_id), "
                          "CAST(SUM(" +
                          days + ") AS DOUBLE PRECISION)" + std::string(kBegunFrom) + where.sql() +
                          " GROUP BY 1, 2, m.direction",
               soci::use(where.values()), soci::into(agreement, agreement_set), soci::into(partner),
               soci::into(direction), soci::into(people), soci::into(total_days, days_set));
          st.execute();
          while (st.fetch()) {
            const long long under = agreement_set == soci::i_null ? 0 : agreement;
            auto& row = groups[{under, partner}];
            row.partner = InstitutionId{partner};
            if (under != 0) row.agreement = AgreementId{under};
            const double months = days_set == soci::i_null ? 0 : total_days / 30.0;
            if (direction == "outgoing") {
              row.outgoing_people = people;
              row.outgoing_months = months;
            } else {
              row.incoming_people = people;
              row.incoming_months = months;
            }
          }
        }
        std::vector<PartnerExchange> out;
        if (groups.empty()) return out;
        // The partners' names, and the agreements' codes and titles, for the rows only.
        std::map<long long, std::pair<std::string, std::string>> partners;
        std::map<long long, std::pair<std::string, std::string>> agreements;
        for (const auto& [key, row] : groups) {
          partners[key.second];
          if (key.first != 0) agreements[key.first];
        }
        const auto read_names = [&](const char* table, const char* columns, auto& into) {
          std::vector<long long> ids;
          ids.reserve(into.size());
          for (const auto& [id, names] : into) ids.push_back(id);
          Where of;
          of.add("id IN " + of.bind_list(ids));
          long long id = 0;
          std::string first;
          std::string second;
          soci::statement st =
              (session.prepare << std::string("SELECT id, ") + columns + " FROM " + table +
                                      of.sql(),
               soci::use(of.values()), soci::into(id), soci::into(first), soci::into(second));
          st.execute();
          while (st.fetch()) into[id] = {first, second};
        };
        read_names("institutions", "name, country", partners);
        if (!agreements.empty()) read_names("agreements", "code, title", agreements);
        out.reserve(groups.size());
        for (auto& [key, row] : groups) {
          std::tie(row.name, row.country) = partners.at(key.second);
          if (key.first != 0)
            std::tie(row.agreement_code, row.agreement_title) = agreements.at(key.first);
          out.push_back(std::move(row));
        }
        std::ranges::sort(out, [](const PartnerExchange& a, const PartnerExchange& b) {
          const int left = a.outgoing_people + a.incoming_people;
          const int right = b.outgoing_people + b.incoming_people;
          if (left != right) return left > right;
          // Stays under an agreement before those under none.
          if (a.agreement.has_value() != b.agreement.has_value()) return a.agreement.has_value();
          if (a.agreement_code != b.agreement_code) return a.agreement_code < b.agreement_code;
          if (a.name != b.name) return a.name < b.name;
          if (a.partner.value != b.partner.value) return a.partner.value < b.partner.value;
          return a.agreement.value_or(AgreementId{0}).value <
                 b.agreement.value_or(AgreementId{0}).value;
        });
        return out;
      });
}

namespace {

// The conditions `q` selects, as `c` of agreements `a`.
void add_seats(Where& where, const SeatsQuery& q) {
  where.add("c.first_year <= " + where.bind(q.academic_year));
  where.add("c.last_year >= " + where.bind(q.academic_year));
  where.add("a.status IN ('signed', 'active', 'renewed')");
  if (q.org_unit) where.add(internal::home_party_of(where, *q.org_unit));
}

// The stays using condition `c` in the year bound as `year`.
std::string used_seats(const std::string& year) {
  return "(SELECT COUNT(*) FROM mobilities m WHERE m.agreement_id = c.agreement_id AND "
         "m.condition_id = c.id AND m.academic_year = " +
         year + " AND m.status <> 'cancelled')";
}

constexpr const char* kSeatsFrom =
    " FROM agreement_conditions c JOIN agreements a ON a.id = c.agreement_id";

}  // namespace

Result<Page<ConditionSeats>> condition_seats(Transaction& tx, const SeatsQuery& q,
                                             const PageSpec& spec) {
  return internal::guarded(
      internal::context_of(tx), "listing the seats of conditions",
      [&]() -> Result<Page<ConditionSeats>> {
        Where where;
        const std::string year = where.bind(q.academic_year);
        const std::string used = used_seats(year);
        add_seats(where, q);
        if (spec.after) where.add("c.id > " + where.bind(spec.after->id));
        std::vector<ConditionSeats> rows;
        ConditionSeats r;
        long long condition = 0;
        long long agreement = 0;
        long long sending = 0;
        long long receiving = 0;
        soci::statement st =
            (internal::session_of(tx).prepare
                 << "SELECT c.id, a.id, a.code, a.title, c.sending_id, si.name, c.receiving_id, "
                    "ri.name, c.mobility_type, c.seats_per_year, " +
                        used + std::string(kSeatsFrom) +
                        " JOIN institutions si ON si.id = c.sending_id JOIN institutions ri ON "
                        "ri.id = c.receiving_id" +
                        where.sql() + " ORDER BY c.id LIMIT " + std::to_string(spec.limit + 1),
             soci::use(where.values()), soci::into(condition), soci::into(agreement),
             soci::into(r.code), soci::into(r.title), soci::into(sending),
             soci::into(r.sending_name), soci::into(receiving), soci::into(r.receiving_name),
             soci::into(r.mobility_type), soci::into(r.seats), soci::into(r.used));
        st.execute();
        while (st.fetch()) {
          r.condition = condition;
          r.agreement = AgreementId{agreement};
          r.sending = InstitutionId{sending};
          r.receiving = InstitutionId{receiving};
          rows.push_back(r);
        }
        return sql::page_of(std::move(rows), spec.limit,
                            [](const ConditionSeats& c) { return Cursor{{}, c.condition}; });
      });
}

Result<SeatTotals> count_seats(Transaction& tx, const SeatsQuery& q) {
  return internal::guarded(
      internal::context_of(tx), "counting the seats of conditions", [&]() -> Result<SeatTotals> {
        Where where;
        const std::string year = where.bind(q.academic_year);
        const std::string used = used_seats(year);
        add_seats(where, q);
        SeatTotals t;
        soci::indicator seats_set = soci::i_ok;
        soci::indicator used_set = soci::i_ok;
        soci::indicator over_set = soci::i_ok;
        internal::session_of(tx) << "SELECT COUNT(*), SUM(u.seats), SUM(CASE WHEN u.used < "
                                    "u.seats THEN u.used ELSE u.seats END), SUM(CASE WHEN "
                                    "u.used > u.seats THEN 1 ELSE 0 END) FROM (SELECT "
                                    "c.seats_per_year AS seats, " +
                                        used + " AS used" + std::string(kSeatsFrom) + where.sql() +
                                        ") u",
            soci::use(where.values()), soci::into(t.conditions), soci::into(t.seats, seats_set),
            soci::into(t.used, used_set), soci::into(t.over, over_set);
        if (seats_set == soci::i_null) t.seats = 0;
        if (used_set == soci::i_null) t.used = 0;
        if (over_set == soci::i_null) t.over = 0;
        return t;
      });
}

namespace {

// The figures `where` selects, by measure and year.
std::vector<IndicatorFigure> select_figures(const sql::Context& context, Where& where) {
  auto& session = context.session;
  std::vector<IndicatorFigure> out;
  IndicatorFigure f;
  long long unit = 0;
  soci::indicator unit_set = soci::i_ok;
  soci::statement st = (session.prepare << "SELECT measure, year, org_unit_id, value, source, " +
                                               context.dialect.instant("updated_at") +
                                               ", updated_by FROM indicator_figures" + where.sql() +
                                               " ORDER BY measure, year",
                        soci::use(where.values()), soci::into(f.measure), soci::into(f.year),
                        soci::into(unit, unit_set), soci::into(f.value), soci::into(f.source),
                        soci::into(f.updated_at), soci::into(f.updated_by));
  st.execute();
  while (st.fetch()) {
    f.org_unit = unit_set == soci::i_null ? std::nullopt : std::optional(OrgUnitId{unit});
    out.push_back(f);
  }
  return out;
}

std::vector<IndicatorTarget> select_targets(const sql::Context& context, Where& where) {
  auto& session = context.session;
  std::vector<IndicatorTarget> out;
  IndicatorTarget t;
  long long unit = 0;
  soci::indicator unit_set = soci::i_null;
  soci::statement st = (session.prepare << "SELECT indicator, year, org_unit_id, value, note, " +
                                               context.dialect.instant("updated_at") +
                                               ", updated_by FROM indicator_targets" + where.sql() +
                                               " ORDER BY indicator, year",
                        soci::use(where.values()), soci::into(t.indicator), soci::into(t.year),
                        soci::into(unit, unit_set), soci::into(t.value), soci::into(t.note),
                        soci::into(t.updated_at), soci::into(t.updated_by));
  st.execute();
  while (st.fetch()) {
    t.org_unit = unit_set == soci::i_null ? std::nullopt : std::optional(OrgUnitId{unit});
    out.push_back(t);
  }
  return out;
}

void add_org_unit(Where& where, std::optional<OrgUnitId> org_unit) {
  if (org_unit)
    where.add("org_unit_id = " + where.bind(org_unit->value));
  else
    where.add("org_unit_id IS NULL");
}

}  // namespace

Result<std::vector<IndicatorFigure>> indicator_figures(Transaction& tx, int from, int to,
                                                       std::optional<OrgUnitId> org_unit) {
  return internal::guarded(internal::context_of(tx), "reading indicator figures",
                           [&]() -> Result<std::vector<IndicatorFigure>> {
                             Where where;
                             where.add("year >= " + where.bind(from));
                             where.add("year <= " + where.bind(to));
                             add_org_unit(where, org_unit);
                             return select_figures(internal::context_of(tx), where);
                           });
}

Result<std::optional<IndicatorFigure>> indicator_figure(Transaction& tx, const std::string& measure,
                                                        int year,
                                                        std::optional<OrgUnitId> org_unit) {
  return internal::guarded(internal::context_of(tx), "reading an indicator figure",
                           [&]() -> Result<std::optional<IndicatorFigure>> {
                             Where where;
                             where.add("measure = " + where.bind(measure));
                             where.add("year = " + where.bind(year));
                             add_org_unit(where, org_unit);
                             auto found = select_figures(internal::context_of(tx), where);
                             if (found.empty()) return std::optional<IndicatorFigure>{};
                             return std::optional(std::move(found.front()));
                           });
}

Status save_indicator_figure(Transaction& tx, const IndicatorFigure& f) {
  return internal::guarded(internal::context_of(tx), "saving an indicator figure", [&]() -> Status {
    auto& session = internal::session_of(tx);
    Where where;
    where.add("measure = " + where.bind(f.measure));
    where.add("year = " + where.bind(f.year));
    add_org_unit(where, f.org_unit);
    const std::string set = "UPDATE indicator_figures SET value = " + where.bind(f.value) +
                            ", source = " + where.bind(f.source) +
                            ", updated_at = " + where.bind(f.updated_at) +
                            ", updated_by = " + where.bind(f.updated_by);
    soci::statement update = (session.prepare << set + where.sql(), soci::use(where.values()));
    update.execute(true);
    if (update.get_affected_rows() > 0) return {};
    long long unit = f.org_unit ? f.org_unit->value : 0;
    soci::indicator unit_set = f.org_unit ? soci::i_ok : soci::i_null;
    session << "INSERT INTO indicator_figures (measure, year, org_unit_id, value, source, "
               "updated_at, updated_by) VALUES (:m, :y, :u, :v, :s, :at, :by)",
        soci::use(f.measure), soci::use(f.year), soci::use(unit, unit_set), soci::use(f.value),
        soci::use(f.source), soci::use(f.updated_at), soci::use(f.updated_by);
    return {};
  });
}

Result<std::vector<IndicatorTarget>> indicator_targets(Transaction& tx, int from, int to,
                                                       std::optional<OrgUnitId> org_unit) {
  return internal::guarded(internal::context_of(tx), "reading indicator targets",
                           [&]() -> Result<std::vector<IndicatorTarget>> {
                             Where where;
                             where.add("year >= " + where.bind(from));
                             where.add("year <= " + where.bind(to));
                             add_org_unit(where, org_unit);
                             return select_targets(internal::context_of(tx), where);
                           });
}

Result<std::optional<IndicatorTarget>> indicator_target(Transaction& tx,
                                                        const std::string& indicator, int year,
                                                        std::optional<OrgUnitId> org_unit) {
  return internal::guarded(internal::context_of(tx), "reading an indicator target",
                           [&]() -> Result<std::optional<IndicatorTarget>> {
                             Where where;
                             where.add("indicator = " + where.bind(indicator));
                             where.add("year = " + where.bind(year));
                             add_org_unit(where, org_unit);
                             auto found = select_targets(internal::context_of(tx), where);
                             if (found.empty()) return std::optional<IndicatorTarget>{};
                             return std::optional(std::move(found.front()));
                           });
}

Status save_indicator_target(Transaction& tx, const IndicatorTarget& t) {
  return internal::guarded(internal::context_of(tx), "saving an indicator target", [&]() -> Status {
    auto& session = internal::session_of(tx);
    Where where;
    where.add("indicator = " + where.bind(t.indicator));
    where.add("year = " + where.bind(t.year));
    add_org_unit(where, t.org_unit);
    const std::string set = "UPDATE indicator_targets SET value = " + where.bind(t.value) +
                            ", note = " + where.bind(t.note) +
                            ", updated_at = " + where.bind(t.updated_at) +
                            ", updated_by = " + where.bind(t.updated_by);
    soci::statement update = (session.prepare << set + where.sql(), soci::use(where.values()));
    update.execute(true);
    if (update.get_affected_rows() > 0) return {};
    long long unit = t.org_unit ? t.org_unit->value : 0;
    soci::indicator unit_set = t.org_unit ? soci::i_ok : soci::i_null;
    session << "INSERT INTO indicator_targets (indicator, year, org_unit_id, value, note, "
               "updated_at, updated_by) VALUES (:i, :y, :u, :v, :n, :at, :by)",
        soci::use(t.indicator), soci::use(t.year), soci::use(unit, unit_set), soci::use(t.value),
        soci::use(t.note), soci::use(t.updated_at), soci::use(t.updated_by);
    return {};
  });
}

Status remove_indicator_target(Transaction& tx, const std::string& indicator, int year,
                               std::optional<OrgUnitId> org_unit) {
  return internal::guarded(
      internal::context_of(tx), "removing an indicator target", [&]() -> Status {
        Where where;
        where.add("indicator = " + where.bind(indicator));
        where.add("year = " + where.bind(year));
        add_org_unit(where, org_unit);
        soci::statement st =
            (internal::session_of(tx).prepare << "DELETE FROM indicator_targets" + where.sql(),
             soci::use(where.values()));
        st.execute(true);
        if (st.get_affected_rows() == 0)
          return fail(Error::not_found(fmt::format("no target for {} in {}", indicator, year)));
        return {};
      });
}

}  // namespace orbis::store
