// Mobility use cases: programmes, calls for applications with their applications and
// placement runs, and the stays abroad (mobilities) with their nominations.
// docs/mobility.md has the model and the rules.
//
// Thread-safety: thread-safe (every call runs in its own transaction).
//
// Who sees what:
//   programmes  — every signed-in user reads; officers and admins write; the published
//                 ones are public.
//   calls       — officers, admins, coordinators and viewers read all; students read the
//                 open ones and those they applied to; partners none.
//   applications— a student their own; a coordinator their org unit's (and scores them);
//                 officers and admins all; viewers all without motivation or documents.
//   mobilities  — officers, admins and viewers all; a coordinator their org unit's; a
//                 student their own; a partner those its institution sends or receives,
//                 without the call, application or (unless it hosts it or it is
//                 published) programme they came from: our internal records.
// Anything not visible is not_found, so that its existence does not leak. What a reader
// sees of the people in them follows domain/privacy.h: a viewer no personal data, and the
// users behind each action by name and role.
#pragma once

#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <vector>

#include "common/clock.h"
#include "domain/mobility.h"
#include "domain/privacy.h"
#include "domain/user.h"
#include "service/agreements.h"
#include "store/store.h"

namespace orbis::service {

// What a CSV import did (or, in a dry run, would do).
struct MobilityImportOutcome {
  bool dry_run = true;
  std::size_t rows = 0;
  std::vector<ImportRowError> errors;  // every bad row; nothing is written when any
  std::vector<std::int64_t> created;   // ids, when written
};

class Programmes {
 public:
  Programmes(store::Store& store, const Clock& clock) : store_(store), clock_(clock) {}

  // Every programme the actor may read, by code; `published_only` for the public page.
  Result<std::vector<domain::Programme>> list(const domain::Actor* actor,
                                              bool published_only) const;
  Result<domain::Programme> get(const domain::Actor& actor, ProgrammeId id) const;
  Result<domain::Programme> create(const domain::Actor& actor, domain::Programme programme);
  Result<domain::Programme> update(const domain::Actor& actor, domain::Programme programme,
                                   int expected_version);
  // The programme with its hosts' names, as the API shows it.
  Result<nlohmann::json> view(const domain::Programme& programme) const;

 private:
  store::Store& store_;
  const Clock& clock_;
};

// One application as a reader sees it: what is not disclosed is cleared.
struct ApplicationView {
  domain::Application application;
  domain::Person person;
  domain::Disclosure disclosure;
};

class Calls {
 public:
  Calls(store::Store& store, const Clock& clock) : store_(store), clock_(clock) {}

  Result<std::vector<domain::Call>> list(const domain::Actor& actor) const;
  Result<domain::Call> get(const domain::Actor& actor, CallId id) const;
  Result<domain::Call> create(const domain::Actor& actor, domain::Call call);
  Result<domain::Call> update(const domain::Actor& actor, domain::Call call, int expected_version);
  // Adds an offer; seats, host and eligibility default from its condition or programme.
  Result<domain::Call> add_offer(const domain::Actor& actor, CallId call, domain::Offer offer);
  // The call as the API shows it: its phase, offers with host names and counts.
  Result<nlohmann::json> view(const domain::Actor& actor, const domain::Call& call) const;

  // Applications of a call the actor may see (status filter optional).
  Result<std::vector<ApplicationView>> applications(const domain::Actor& actor, CallId call,
                                                    std::string_view status) const;
  // The actor's own applications (students), or none.
  Result<std::vector<ApplicationView>> my_applications(const domain::Actor& actor) const;
  Result<ApplicationView> application(const domain::Actor& actor, ApplicationId id) const;
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

  // Places the call's eligible applications (the call must be closed).
  Result<store::PlacementRunRecord> run_placement(const domain::Actor& actor, CallId call,
                                                  std::string_view mode,
                                                  std::optional<std::uint64_t> seed);
  Result<std::vector<store::PlacementRunRecord>> runs(const domain::Actor& actor,
                                                      CallId call) const;
  Result<store::PlacementRunRecord> run(const domain::Actor& actor, PlacementRunId id) const;
  // Two runs of one call side by side: statistics and every applicant whose result differs.
  Result<nlohmann::json> compare(const domain::Actor& actor, PlacementRunId a,
                                 PlacementRunId b) const;
  // Publishes a run: applications become placed, waitlisted or unplaced with their
  // explanation. One run per call is published; after that, changes go by nomination.
  Result<store::PlacementRunRecord> publish(const domain::Actor& actor, PlacementRunId id);
  // After withdrawals and host rejections, gives the freed seats to the next on the waiting
  // lists (placement::refill): a new run, published; applicants who now hold a seat become
  // placed and can be nominated. Returns the new run.
  Result<store::PlacementRunRecord> refill(const domain::Actor& actor, CallId call);
  // Nominates every placed application of the call to its host: a mobility per
  // application, status nominated. Returns how many were nominated.
  Result<int> nominate_placed(const domain::Actor& actor, CallId call);

  // Officers and admins: submitted applications from CSV (email, preferences as offer ids
  // or hosts' ROR ids or domains separated by '|', motivation, interview_score,
  // motivation_score), decided and scored as on submission. One transaction.
  Result<MobilityImportOutcome> import_applications(const domain::Actor& actor, CallId call,
                                                    const std::string& csv_text, bool dry_run);

  nlohmann::json application_json(const ApplicationView& view) const;

 private:
  store::Store& store_;
  const Clock& clock_;
};

struct MobilityFilter {
  std::string direction;
  std::string status;
  std::string academic_year;
  std::optional<PersonId> person;
  std::optional<InstitutionId> institution;
  std::optional<AgreementId> agreement;
  std::string nomination;  // pending, accepted, rejected: only nominations in that state
  std::size_t limit = 50;
  std::string cursor;
};

// A stay as a reader sees it: what is not disclosed, or not the reader's to know, is cleared.
struct MobilityView {
  domain::Mobility mobility;
  domain::Person person;
  domain::Disclosure disclosure;
};

struct MobilityPage {
  std::vector<MobilityView> items;
  std::optional<std::string> next;
  std::size_t total = 0;
};

// An incoming nomination a partner sends: the student and the stay.
struct IncomingNomination {
  domain::Person person;  // home_institution is the partner's
  domain::Mobility mobility;
};

class Mobilities {
 public:
  Mobilities(store::Store& store, const Clock& clock) : store_(store), clock_(clock) {}

  Result<MobilityPage> list(const domain::Actor& actor, const MobilityFilter& filter) const;
  Result<MobilityView> get(const domain::Actor& actor, MobilityId id) const;
  // Officers and admins record a stay directly (staff exchanges, stays outside calls).
  Result<MobilityView> create(const domain::Actor& actor, domain::Mobility mobility);
  Result<MobilityView> update(const domain::Actor& actor, domain::Mobility mobility,
                              int expected_version);
  // Moves the stay (docs/mobility.md): accepted → preparing → abroad → completed →
  // recognised, or cancelled with a reason. `date` sets the actual start or end.
  Result<MobilityView> transition(const domain::Actor& actor, MobilityId id, std::string_view to,
                                  std::string reason, std::string date, int expected_version);
  // The receiving side decides a nomination: a partner for its institution, an officer for
  // the home institution (or on a partner's behalf). A rejection needs a reason.
  Result<MobilityView> decide(const domain::Actor& actor, MobilityId id, bool accept,
                              std::string reason);
  // A partner (or an officer on its behalf) nominates one of its students to us.
  Result<MobilityView> nominate_incoming(const domain::Actor& actor, IncomingNomination nomination);

  // Officers and admins: stays from CSV (docs/mobility.md lists the columns); a person is
  // found by email or added from the row. Every rule of create() applies. One transaction.
  Result<MobilityImportOutcome> import_csv(const domain::Actor& actor, const std::string& csv_text,
                                           bool dry_run);

  nlohmann::json mobility_json(const MobilityView& view) const;

 private:
  store::Store& store_;
  const Clock& clock_;
};

// Internal helpers shared by the mobility use cases and the import.
namespace mobility_rules {
// The home institution, or not_found when none is set.
Result<InstitutionId> home_institution(store::Transaction& tx);
// Checks a stay against the agreement, its condition, the programme's duration and the
// one year a student may spend abroad; invalid_argument by field.
Status check_mobility(store::Transaction& tx, const domain::Mobility& mobility,
                      const domain::Person& person);
// Whether the actor may see the stay.
bool visible(const domain::Actor& actor, const domain::Mobility& mobility,
             const domain::Person& person);
// How the actor, who may see the stay, stands to its person (domain/privacy.h).
domain::Standing standing(const domain::Actor& actor, const domain::Mobility& mobility,
                          const domain::Person& person);
// Whether a partner may see, or name, the programme: one it hosts, or a published one.
bool programme_visible(const domain::Actor& actor, const domain::Programme& programme);
}  // namespace mobility_rules

}  // namespace orbis::service
