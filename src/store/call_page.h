// What a page of calls shows besides the calls: their tallies and their offers' hosts, read for
// the whole page at once rather than call by call (a page of calls on a large university has
// thousands of offers, each call thousands of applications). Beside lists.h, whose
// call_tallies reads one call's.
//
// Thread-safety: as the Transaction. Errors as the repositories' (store.h).
#pragma once

#include <map>
#include <string>
#include <vector>

#include "common/error.h"
#include "common/ids.h"
#include "store/lists.h"
#include "store/store.h"

namespace orbis::store {

// The tallies of each of `calls` (lists.h; a call without applications has zeroes).
Result<std::map<CallId, CallTallies>> call_tallies(Transaction& tx,
                                                   const std::vector<CallId>& calls);

// What a call's view shows of an offer's host institution.
struct OfferHost {
  std::string name, name_zh, country;
};
// The hosts of the stored offers of `calls`, by id, read in one statement for the page.
Result<std::map<InstitutionId, OfferHost>> offer_hosts(Transaction& tx,
                                                       const std::vector<CallId>& calls);

}  // namespace orbis::store
