// The reader's scope in a list's query: what the access policy lets them read of one record at
// a time, selected in SQL by the list itself. Thread-safe: a pure function.
#pragma once

#include "domain/access/policy.h"

namespace orbis::service {

// Puts `scope` into a store query (store/lists.h): every row, a coordinator's org unit
// (`org_unit`), a student's own records (`user`), a partner's institution (`party`, for the
// queries that have one). False when the scope reaches nothing the query can select: the
// list is empty.
template <typename Query>
bool scope_query(Query& query, const domain::access::Scope& scope) {
  namespace access = domain::access;
  switch (scope.reach) {
    case access::Reach::all:
      return true;
    case access::Reach::own_org_unit:
      query.org_unit = scope.org_unit;
      return true;
    case access::Reach::own_records:
      query.user = scope.user;
      return true;
    case access::Reach::own_institution:
      if constexpr (requires { query.party = scope.institution; }) {
        query.party = scope.institution;
        return true;
      } else {
        return false;
      }
    case access::Reach::none:
      return false;
  }
  return false;
}

}  // namespace orbis::service
