#include "store/sql/agreement_filters.h"

#include "domain/agreement.h"
#include "domain/mobility.h"
#include "domain/reference.h"

namespace orbis::store::internal {

std::string seen_party(sql::Where& where, const AgreementQuery& q, const std::string& p) {
  if (!q.party) return "1 = 1";
  return "(" + p + ".is_home = TRUE OR " + p + ".institution_id = " + where.bind(q.party->value) +
         " OR EXISTS (SELECT 1 FROM agreement_conditions sc WHERE sc.agreement_id = " + p +
         ".agreement_id AND (sc.sending_id = " + where.bind(q.party->value) +
         " OR sc.receiving_id = " + where.bind(q.party->value) + ") AND (sc.sending_id = " + p +
         ".institution_id OR sc.receiving_id = " + p + ".institution_id)))";
}
std::string seen_condition(sql::Where& where, const AgreementQuery& q, const std::string& c) {
  if (!q.party) return "1 = 1";
  return "(" + c + ".sending_id = " + where.bind(q.party->value) + " OR " + c +
         ".receiving_id = " + where.bind(q.party->value) + ")";
}

std::string home_party_of(sql::Where& where, OrgUnitId org_unit) {
  return "EXISTS (SELECT 1 FROM agreement_parties h WHERE h.agreement_id = a.id AND h.is_home = "
         "TRUE AND h.org_unit_id = " +
         where.bind(org_unit.value) + ")";
}

void add_agreement_filters(sql::Where& where, const AgreementQuery& q) {
  if (q.party) {
    where.add("a.id IN (SELECT agreement_id FROM agreement_parties WHERE institution_id = " +
              where.bind(q.party->value) + ")");
  }
  if (!q.ids.empty()) {
    std::vector<long long> ids;
    ids.reserve(q.ids.size());
    for (const auto id : q.ids) ids.push_back(id.value);
    where.add("a.id IN " + where.bind_list(ids));
  }
  if (q.kind) {
    where.add("a.id IN (SELECT agreement_id FROM agreement_kinds WHERE kind = " +
              where.bind(std::string(domain::to_string(*q.kind))) + ")");
  }
  const std::string active(domain::to_string(domain::AgreementStatus::active));
  if (q.status) {
    // domain::effective_status in SQL: an active agreement with an end date is expired
    // after it and expiring within the notice period before it. Dates are ISO 8601 text.
    const std::string today = domain::format_date(q.today),
                      horizon = domain::format_date(q.today + q.notice_days);
    const std::string stored(domain::to_string(*q.status));
    const auto live = [&] { return "a.status = " + where.bind(active) + " AND a.end_date <> ''"; };
    using S = domain::AgreementStatus;
    if (*q.status == S::expired) {
      where.add("(a.status = " + where.bind(stored) + " OR (" + live() + " AND a.end_date < " +
                where.bind(today) + "))");
    } else if (*q.status == S::expiring) {
      where.add("(a.status = " + where.bind(stored) + " OR (" + live() + " AND a.end_date >= " +
                where.bind(today) + " AND a.end_date <= " + where.bind(horizon) + "))");
    } else if (*q.status == S::active) {
      where.add("a.status = " + where.bind(active) + " AND (a.end_date = '' OR a.end_date > " +
                where.bind(horizon) + ")");
    } else {
      where.add("a.status = " + where.bind(stored));
    }
  }
  if (q.expiring_within) {
    where.add("a.status = " + where.bind(active) + " AND a.end_date <> '' AND a.end_date >= " +
              where.bind(domain::format_date(q.today)) + " AND a.end_date <= " +
              where.bind(domain::format_date(q.today + *q.expiring_within)));
  }
  if (q.partner) {
    where.add(
        "EXISTS (SELECT 1 FROM agreement_parties fp WHERE fp.agreement_id = a.id AND "
        "fp.institution_id = " +
        where.bind(q.partner->value) + " AND " + seen_party(where, q, "fp") + ")");
  }
  if (!q.country.empty()) {
    where.add(
        "EXISTS (SELECT 1 FROM agreement_parties cp JOIN institutions ci ON ci.id = "
        "cp.institution_id WHERE cp.agreement_id = a.id AND cp.is_home = FALSE AND ci.country = " +
        where.bind(q.country) + " AND " + seen_party(where, q, "cp") + ")");
  }
  if (!q.isced.empty()) {
    where.add(
        "EXISTS (SELECT 1 FROM agreement_conditions ic WHERE ic.agreement_id = a.id AND "
        "ic.isced <> '' AND substr(ic.isced, 1, " +
        std::to_string(q.isced.size()) + ") = " + where.bind(q.isced) + " AND " +
        seen_condition(where, q, "ic") + ")");
  }
}

}  // namespace orbis::store::internal
