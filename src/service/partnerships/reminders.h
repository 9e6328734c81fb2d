// Reminders of agreements: those about to expire and the seats left unused, and the
// iCalendar feed of expiries. For admins, officers and viewers.
//
// Thread-safety: thread-safe (every call runs in its own transaction).
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "common/clock.h"
#include "domain/user.h"
#include "service/partnerships/agreements.h"
#include "service/support/paging.h"
#include "store/store.h"

namespace orbis::service {

struct Reminder {
  AgreementView agreement;
  int days_left = 0;
  int window = 0;  // 30, 90 or 180: the smallest window it falls in
};

struct UnusedSeats {
  AgreementView agreement;
  std::size_t condition = 0;  // index into agreement.conditions
  ConditionUsage usage;
};

// A page of each list of reminders asked for (an empty list when not asked for).
struct Reminders {
  std::vector<Reminder> expiring;  // the soonest end first, then by agreement id
  // The newest agreement first, each one's conditions in order.
  std::vector<UnusedSeats> unused_seats;
  // The cursor of each list's next page; none when the list ended or was not asked for.
  std::optional<std::string> expiring_next;
  std::optional<std::string> unused_seats_next;
};

// Which reminders to read: the first page of both lists, or with `kind` ("expiring" or
// "unused_seats") a page of that list only, after `cursor` (the next of its page before).
struct ReminderRequest {
  std::string kind;
  std::size_t limit = kMaxKeysetPageSize;
  std::string cursor;
};

// How far ahead the calendar feed reaches: a year and a day, so that each 180-day alarm
// that falls within the next half-year has its event in the feed.
inline constexpr int kCalendarDays = 366;

class AgreementReminders {
 public:
  AgreementReminders(store::Store& store, const Clock& clock) : store_(store), clock_(clock) {}

  // Admins, officers and viewers: what is due, selected and ordered in the database a page
  // at a time (store/reminders.h). invalid_argument naming `kind`, `limit` or `cursor`.
  Result<Reminders> list(const domain::Actor& actor, const ReminderRequest& request = {}) const;
  // Admins, officers and viewers: the secret token of the actor's calendar feed, made on
  // first use.
  Result<std::string> calendar_token(const domain::Actor& actor);
  // The iCalendar (RFC 5545) feed for a token: the expiries the token's owner may see in the
  // coming year (kCalendarDays), read a page at a time.
  // not_found for an unknown token, or one whose owner may no longer have a feed.
  Result<std::string> calendar(const std::string& token) const;

 private:
  store::Store& store_;
  const Clock& clock_;
};

}  // namespace orbis::service
