// Read-only grouped queries for indicators: each runs as one statement per figure inside
// the caller's transaction and returns the groups, never the records behind them. An
// indicator reads every row it summarises, in the database, not in memory.
//
// Thread-safety: as the Transaction. Errors as the repositories' (store.h).
#pragma once

#include <cstdint>
#include <map>
#include <string>
#include <vector>

#include "common/error.h"
#include "store/store.h"

namespace orbis::store {

// Outgoing stays that are completed or recognised and have an approved learning agreement,
// grouped by the receiving institution.
struct RecognitionTotals {
  std::int64_t partner = 0;  // the receiving institution's id
  std::string name;          // and its name and country (ISO 3166-1 alpha-2)
  std::string country;
  int stays = 0;
  int recognised = 0;  // stays whose recognition is recorded
  // The host credits the latest approved version of each agreement plans, per credit
  // system ("ects", "cn", …): the caller converts them.
  std::map<std::string, double> planned_by_system;
  // The credits of the transcript results that recognised stays' recognition entries name.
  double credited = 0;
};
// By partner id.
Result<std::vector<RecognitionTotals>> recognition_by_partner(Transaction& tx);

}  // namespace orbis::store
