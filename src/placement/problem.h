// The input of a placement: offers with seats, applicants with scores and ranked
// preferences. Thread-safe: plain values.
//
// A Problem is what a call hands to the engine; it is validated by allocate() (and by
// parse_problem() for JSON), never by construction, so a service can build one field by
// field. Identifiers are the caller's strings; the engine never invents or reorders them.
#pragma once

#include <compare>
#include <cstdint>
#include <string>
#include <vector>

namespace orbis::placement {

struct OfferId {
  std::string value;
  friend auto operator<=>(const OfferId&, const OfferId&) = default;
};

struct ApplicantId {
  std::string value;
  friend auto operator<=>(const ApplicantId&, const ApplicantId&) = default;
};

struct Offer {
  OfferId id;
  std::int64_t seats = 0;  // REQUIRES: >= 0
  // The offer's own priority over applicants, best first (e.g. a partner's language
  // requirement). Empty: the call's score order. Applicants not listed rank after all
  // listed ones, among themselves by score.
  std::vector<ApplicantId> priority;
};

// An offer this applicant may not be placed at, and why (shown to the applicant).
struct Ineligibility {
  OfferId offer;
  std::string reason;
};

struct Applicant {
  ApplicantId id;
  double score = 0;                  // REQUIRES: finite; higher is better
  std::vector<OfferId> preferences;  // best first, no repeats, every id a known offer
  std::vector<Ineligibility> ineligible;
};

struct Problem {
  std::vector<Offer> offers;
  std::vector<Applicant> applicants;
  // Breaks ties in score (see docs/placement.md); Options::seed overrides it.
  std::uint64_t seed = 0;
};

}  // namespace orbis::placement
