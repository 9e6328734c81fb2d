// What each role sees first after signing in (docs/home.md): the work waiting for it —
// agreements expiring, nominations to decide, applications to score, learning agreements to
// sign, stays ended without recognition, deadlines coming — and, for a student, their own
// applications, stays and the calls open to them.
//
// Every task is read through the list it links to (the same use case, filters and scope), so
// that its count is the number the list shows and a reader sees only what that list shows
// them. Each task reads one page of at most kHomeItems records and counts the rest in the
// database; tasks are read one after the other, each in a read transaction of its own.
//
// Thread-safety: thread-safe (every call runs in its own transactions).
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <utility>
#include <vector>

#include "common/clock.h"
#include "domain/user.h"
#include "service/mobility/applications.h"
#include "service/mobility/calls.h"
#include "service/mobility/mobilities.h"
#include "service/partnerships/agreements.h"
#include "service/scholars/cases.h"

namespace orbis::service {

inline constexpr std::size_t kHomeItems = 5;

// One record of a task, by the words the home page shows of it.
struct HomeItem {
  std::int64_t id = 0;  // the record's: an agreement's, a stay's, an application's, a call's
  std::string title;
  std::string detail;
  std::string date;    // ISO date, or empty
  std::string status;  // the record's status code, where the task shows it
};

// The query parameters of the list a task links to ("See all"), by name.
struct ListFilter {
  std::vector<std::pair<std::string, std::string>> params;
};

struct HomeTask {
  // agreements_expiring, nominations_to_decide, nominations_awaiting_partner,
  // applications_to_score, learning_agreements_to_approve, stays_without_recognition,
  // calls_closing, my_applications, my_stays, calls_open, scholar_clocks_overdue
  std::string kind;
  std::size_t count = 0;  // how many in all
  ListFilter filter;
  std::vector<HomeItem> items;  // the first kHomeItems of them
};

struct HomeView {
  domain::Role role = domain::Role::viewer;
  std::string today;            // ISO date (UTC)
  std::vector<HomeTask> tasks;  // in the order to show them; a task with nothing waiting too
};

class Home {
 public:
  Home(const Clock& clock, const Agreements& agreements, const Mobilities& mobilities,
       const Applications& applications, const Calls& calls, const ScholarCases& scholar_cases)
      : clock_(clock),
        agreements_(agreements),
        mobilities_(mobilities),
        applications_(applications),
        calls_(calls),
        scholar_cases_(scholar_cases) {}

  // The tasks of the actor's role, each within the actor's scope.
  Result<HomeView> of(const domain::Actor& actor) const;

 private:
  Result<HomeTask> agreements_expiring(const domain::Actor& actor) const;
  Result<HomeTask> stays(const domain::Actor& actor, std::string kind, MobilityFilter filter,
                         ListFilter link) const;
  Result<HomeTask> applications_to_score(const domain::Actor& actor) const;
  Result<HomeTask> my_applications(const domain::Actor& actor) const;
  Result<HomeTask> calls(const domain::Actor& actor, std::string kind, bool closing_soon) const;
  // China's legal clocks past their time on the scholars here now (service/scholars).
  Result<HomeTask> scholar_clocks_overdue(const domain::Actor& actor) const;

  const Clock& clock_;
  const Agreements& agreements_;
  const Mobilities& mobilities_;
  const Applications& applications_;
  const Calls& calls_;
  const ScholarCases& scholar_cases_;
};

}  // namespace orbis::service
