// What is due of agreements, selected and ordered in the database a page at a time: the
// agreements ending soon (reminders of expiry and the calendar feed) and the conditions whose
// seats are not all taken (service/partnerships/reminders.h). Each reads the rows of one page
// by an index and a keyset cursor (store/query.h), inside the caller's transaction.
//
// Thread-safety: as the Transaction. Errors as the repositories' (store.h).
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "common/error.h"
#include "common/ids.h"
#include "domain/agreement.h"
#include "store/query.h"
#include "store/store.h"

namespace orbis::store {

struct DueQuery {
  // A partner's scope: only the agreements this institution is a party to, and of those
  // the conditions that involve it.
  std::optional<InstitutionId> party;
  // The statuses (as stored) of the agreements selected; none selects none.
  std::vector<domain::AgreementStatus> statuses;
  int today = 0;   // days since 1970-01-01
  int within = 0;  // agreements_ending: ending between today and this many days from today
  // conditions_with_free_seats: the year whose seats are counted ("2026/2027").
  std::string academic_year;
  PageSpec page;
};

// An agreement with an end date on which a reminder is due.
struct DueEnd {
  AgreementId agreement;
  std::string end_date;  // ISO 8601
};
// The agreements `query` selects that end between today and `within` days from today, the
// soonest end first, then by id. The cursor's keys: {end_date}; its id: the agreement's.
Result<Page<DueEnd>> agreements_ending(Transaction& tx, const DueQuery& query);

// A condition of an agreement whose seats per year outnumber the stays under it in the year
// that are not cancelled.
struct FreeSeats {
  AgreementId agreement;
  std::int64_t condition = 0;  // the condition's id
  int position = 0;            // its place among the agreement's conditions, from 0
};
// The conditions with free seats of the agreements `query` selects: the newest agreement
// first, each one's conditions in order. The cursor's keys: {position}; its id: the
// agreement's. invalid_argument (field "cursor") for a cursor whose position is no number.
Result<Page<FreeSeats>> conditions_with_free_seats(Transaction& tx, const DueQuery& query);

}  // namespace orbis::store
