// Stays abroad, outgoing and incoming (docs/mobility.md): officers, admins and viewers see
// them all; a coordinator their org unit's; a student their own; a partner those its
// institution sends or receives, without the call, application or (unless it hosts it or
// it is published) programme they came from: our internal records. Anything not visible
// is not_found, so that its existence does not leak. What a reader sees of the people in
// them follows domain/privacy.h: a viewer no personal data, and the users behind each
// action by name and role.
//
// Thread-safety: thread-safe (every call runs in its own transaction).
#pragma once

#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "common/clock.h"
#include "domain/mobility.h"
#include "domain/person.h"
#include "domain/privacy.h"
#include "domain/user.h"
#include "service/mobility/import_outcome.h"
#include "store/labels.h"
#include "store/store.h"

namespace orbis::service {

struct MobilityFilter {
  std::string direction;
  std::string status;
  std::string academic_year;
  std::optional<PersonId> person;
  std::optional<InstitutionId> institution;
  std::optional<AgreementId> agreement;
  std::string nomination;  // pending, accepted, rejected: only nominations in that state
  // Only stays whose learning agreement waits for the reader's side to sign its newest
  // version: a student's own signature, a partner's, else the home institution's.
  bool awaiting_signature = false;
  std::size_t limit = 50;
  std::string cursor;
};

// A stay as a reader sees it: what is not disclosed, or not the reader's to know, is cleared.
struct MobilityView {
  domain::Mobility mobility;
  domain::Person person;
  domain::Disclosure disclosure;
  // What the reader may do with the stay now, so that clients ask rather than copy the
  // rules: "update", "transition", "decide"; and the statuses a transition may move it to.
  std::vector<std::string> allowed_actions;
  std::vector<domain::MobilityStatus> allowed_transitions;
  // What it names, by the words its view shows: only what the reader may see of it.
  store::StayLabels labels;
};

struct MobilityPage {
  std::vector<MobilityView> items;
  std::optional<std::string> next;
  std::size_t total = 0;
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

  // Officers and admins: stays from CSV (docs/mobility.md lists the columns); a person is
  // found by email or added from the row. Every rule of create() applies. One transaction.
  Result<MobilityImportOutcome> import_csv(const domain::Actor& actor, const std::string& csv_text,
                                           bool dry_run);

 private:
  store::Store& store_;
  const Clock& clock_;
};

}  // namespace orbis::service
