// Read-only grouped queries for indicators: each runs as one statement per figure inside
// the caller's transaction and returns the groups, never the records behind them. An
// indicator reads every row it summarises, in the database, not in memory.
//
// Thread-safety: as the Transaction. Errors as the repositories' (store.h).
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "common/error.h"
#include "common/ids.h"
#include "store/query.h"
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
// Which stays a recognition indicator counts, and which page of its partners it answers.
struct RecognitionQuery {
  // The reader's scope (domain::access::scope_of, indicator read): the stays of a
  // coordinator's org unit; a student's own (the stays of the people linked to the account).
  // Unset: every stay.
  std::optional<OrgUnitId> org_unit;
  std::optional<UserId> user;
  // Partners by id, after the cursor's (Cursor::id is the last partner's id).
  PageSpec page;
};
// A page of the partners, by id. For every stay or an org unit's, the figures are read from
// the recognition tallies (migration 19), kept per partner and org unit as stays and learning
// agreements are saved: a page reads a range of the tallies' rows, whatever the stays per
// partner. For a student's stays (a few), each figure is grouped per partner in the database
// over the stays in scope, read in the order of an index on the receiving institution.
Result<Page<RecognitionTotals>> recognition_by_partner(Transaction& tx,
                                                       const RecognitionQuery& query);
// How many partners `query` has totals for, its page aside: a count over the tallies, or over
// a student's stays.
Result<std::size_t> count_recognition_partners(Transaction& tx, const RecognitionQuery& query);

}  // namespace orbis::store
