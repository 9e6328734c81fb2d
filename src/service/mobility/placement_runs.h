// Placement runs of a call (docs/placement.md): the call's eligible applications placed on
// its offers by the placement engine, compared, published, and re-filled after withdrawals
// and rejections. Officers and admins only.
//
// Thread-safety: thread-safe (every call runs in its own transaction).
#pragma once

#include <cstdint>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "common/clock.h"
#include "domain/user.h"
#include "service/support/paging.h"
#include "store/store.h"

namespace orbis::service {

// Where one run put an applicant: the offer and which preference it was, or neither.
struct PlacementOutcome {
  std::optional<std::int64_t> offer;
  std::optional<int> preference;
};

// An applicant two runs placed differently.
struct PlacementDifference {
  ApplicationId application;
  std::string name;
  PlacementOutcome a, b;
};

// Two runs of one call side by side.
struct PlacementComparison {
  store::PlacementRunRecord a, b;
  bool same_input = false;  // the same input (by its SHA-256)
  int unchanged = 0;        // applicants both runs placed alike
  std::vector<PlacementDifference> differences;
};

class PlacementRuns {
 public:
  PlacementRuns(store::Store& store, const Clock& clock) : store_(store), clock_(clock) {}

  // Places the call's eligible applications (the call must be closed).
  Result<store::PlacementRunRecord> run(const domain::Actor& actor, CallId call,
                                        std::string_view mode, std::optional<std::uint64_t> seed);
  // The call's runs, the newest first, without their input and output, a page at a time.
  Result<Page<store::PlacementRunRecord>> of_call(const domain::Actor& actor, CallId call,
                                                  std::size_t limit, std::string_view cursor) const;
  Result<store::PlacementRunRecord> get(const domain::Actor& actor, PlacementRunId id) const;
  // Two runs of one call side by side: statistics and every applicant whose result differs.
  Result<PlacementComparison> compare(const domain::Actor& actor, PlacementRunId a,
                                      PlacementRunId b) const;
  // Publishes a run: applications become placed, waitlisted or unplaced with their
  // explanation. One run per call is published; after that, changes go by nomination.
  Result<store::PlacementRunRecord> publish(const domain::Actor& actor, PlacementRunId id);
  // After withdrawals and host rejections, gives the freed seats to the next on the waiting
  // lists (placement::refill): a new run, published; applicants who now hold a seat become
  // placed and can be nominated. Returns the new run.
  Result<store::PlacementRunRecord> refill(const domain::Actor& actor, CallId call);

 private:
  store::Store& store_;
  const Clock& clock_;
};

}  // namespace orbis::service
