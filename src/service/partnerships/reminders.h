// Reminders of agreements: those about to expire and the seats left unused, and the
// iCalendar feed of expiries. For admins, officers and viewers.
//
// Thread-safety: thread-safe (every call runs in its own transaction).
#pragma once

#include <string>
#include <vector>

#include "common/clock.h"
#include "domain/user.h"
#include "service/partnerships/agreements.h"
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

struct Reminders {
  std::vector<Reminder> expiring;
  std::vector<UnusedSeats> unused_seats;
};

class AgreementReminders {
 public:
  AgreementReminders(store::Store& store, const Clock& clock) : store_(store), clock_(clock) {}

  // Admins, officers and viewers.
  Result<Reminders> list(const domain::Actor& actor) const;
  // Admins, officers and viewers: the secret token of the actor's calendar feed, made on
  // first use.
  Result<std::string> calendar_token(const domain::Actor& actor);
  // The iCalendar (RFC 5545) feed for a token: the expiries the token's owner may see.
  // not_found for an unknown token, or one whose owner may no longer have a feed.
  Result<std::string> calendar(const std::string& token) const;

 private:
  store::Store& store_;
  const Clock& clock_;
};

}  // namespace orbis::service
