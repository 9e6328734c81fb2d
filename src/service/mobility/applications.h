// Applications to calls (docs/mobility.md): a student sees their own; a coordinator their
// org unit's (and scores them); officers and admins all; viewers all without motivation
// or documents; partners none. Anything not visible is not_found, so that its existence
// does not leak; what a reader sees of the applicant follows domain/privacy.h.
//
// Thread-safety: thread-safe (every call runs in its own transaction).
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "common/clock.h"
#include "domain/mobility.h"
#include "domain/person.h"
#include "domain/privacy.h"
#include "domain/user.h"
#include "service/mobility/import_outcome.h"
#include "service/support/paging.h"
#include "store/store.h"

namespace orbis::service {

// One application as a reader sees it: what is not disclosed is cleared.
struct ApplicationView {
  domain::Application application;
  domain::Person person;
  domain::Disclosure disclosure;
  // What the reader may do with it at its status, so that clients ask rather than copy the
  // rules: "edit", "add_document", "submit", "withdraw", "score", "confirm".
  std::vector<std::string> allowed_actions;
};

class Applications {
 public:
  Applications(store::Store& store, const Clock& clock) : store_(store), clock_(clock) {}

  // Applications of a call the actor may see (status filter optional), in the order they
  // were made, a page at a time; invalid_argument for a bad status, limit or cursor.
  Result<Page<ApplicationView>> of_call(const domain::Actor& actor, CallId call,
                                        std::string_view status, std::size_t limit,
                                        std::string_view cursor) const;
  // The applications the actor may score that wait for a score (store::ApplicationListQuery
  // ::to_score): an officer's all, a coordinator's org unit's; none for other roles. At most
  // `limit`, in the order they were made, and how many there are in all.
  Result<std::pair<Page<ApplicationView>, std::size_t>> to_score(const domain::Actor& actor,
                                                                 std::size_t limit) const;
  // The actor's own applications (students), or none, a page at a time.
  Result<Page<ApplicationView>> mine(const domain::Actor& actor, std::size_t limit,
                                     std::string_view cursor) const;
  Result<ApplicationView> get(const domain::Actor& actor, ApplicationId id) const;
  // A student applies for themselves (person_id may be left out); officers for anyone.
  // The application starts as a draft; the call must be open.
  Result<ApplicationView> apply(const domain::Actor& actor, CallId call, domain::Application draft);
  // Changes the preferences or motivation of a draft while the call is open.
  Result<ApplicationView> edit(const domain::Actor& actor, ApplicationId id,
                               std::vector<std::int64_t> preferences,
                               std::optional<std::string> motivation, int expected_version);
  // Records that the student opened the submission (the grace period starts from it).
  Result<ApplicationView> begin_submission(const domain::Actor& actor, ApplicationId id);
  // Submits: checks the preferences, decides eligibility per preference, computes the score.
  Result<ApplicationView> submit(const domain::Actor& actor, ApplicationId id,
                                 int expected_version);
  Result<ApplicationView> withdraw(const domain::Actor& actor, ApplicationId id,
                                   std::string reason);
  // A coordinator's (or officer's) interview and motivation scores, 0..100.
  Result<ApplicationView> score(const domain::Actor& actor, ApplicationId id,
                                std::optional<double> interview, std::optional<double> motivation,
                                int expected_version);
  // The student confirms a seat the host accepted.
  Result<ApplicationView> confirm(const domain::Actor& actor, ApplicationId id);
  Result<ApplicationView> add_document(const domain::Actor& actor, ApplicationId id,
                                       std::string kind, std::string name, std::string content_type,
                                       std::string_view content);
  Result<std::pair<domain::ApplicationDocument, std::string>> document(const domain::Actor& actor,
                                                                       ApplicationId id,
                                                                       std::int64_t document) const;

  // Officers and admins: submitted applications from CSV (email, preferences as offer ids
  // or hosts' ROR ids or domains separated by '|', motivation, interview_score,
  // motivation_score), decided and scored as on submission. One transaction.
  Result<MobilityImportOutcome> import_csv(const domain::Actor& actor, CallId call,
                                           const std::string& csv_text, bool dry_run);

 private:
  store::Store& store_;
  const Clock& clock_;
};

}  // namespace orbis::service
