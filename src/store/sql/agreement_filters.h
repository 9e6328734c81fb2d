// Internal to the store: an agreement query (store/lists.h) as SQL conditions on the
// agreements row `a`, the partner's view included. Not thread-safe: it writes into `where`.
#pragma once

#include <string>

#include "store/lists.h"
#include "store/sql/statement.h"

namespace orbis::store::internal {

// A partner's view (domain::as_seen_by_partner), as conditions on a party row `p` or a
// condition row `c` of the agreement: true for everyone else.
std::string seen_party(sql::Where& where, const AgreementQuery& q, const std::string& p);
std::string seen_condition(sql::Where& where, const AgreementQuery& q, const std::string& c);

// The agreements `a` whose home party is of `org_unit`, as a condition.
std::string home_party_of(sql::Where& where, OrgUnitId org_unit);

// Every filter of `q` but its words, on the agreements row `a`.
void add_agreement_filters(sql::Where& where, const AgreementQuery& q);

}  // namespace orbis::store::internal
