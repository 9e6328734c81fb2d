// Learning agreements (docs/learning.md): a stay's study plan, proposed in versions,
// approved by its three parties or sent back with comments.
//
// Thread-safety: thread-safe (every call runs in its own transaction).
//
// Who does what on a stay's learning agreement: its student, the sending side (our
// officers and the student's coordinator for outgoing stays; the partner for incoming ones)
// and the receiving side (the partner for outgoing stays; our office for incoming ones).
// Students and the sending side propose versions; all three approve; anyone of them
// comments. The receiving side enters the transcript (transcripts.h); our coordinator or
// officer recognises (recognitions.h). Anyone who cannot see the stay gets not_found.
#pragma once

#include <string>
#include <vector>

#include "common/clock.h"
#include "domain/learning.h"
#include "domain/mobility.h"
#include "domain/person.h"
#include "domain/user.h"
#include "store/store.h"

namespace orbis::service {

struct LearningAgreementView {
  domain::LearningAgreementRecord record;  // id 0 while nothing was proposed
  domain::Mobility mobility;
  domain::Person person;
  std::string party;  // the reader's: student, sending, receiving, or empty
  std::vector<std::string> warnings;
  // What the reader may do now, so that clients ask rather than copy the rules: "propose",
  // "approve" and "comment" (the latest version, while open), "enter_transcript",
  // "recognise", "download_ewp".
  std::vector<std::string> allowed_actions;
};

class LearningAgreements {
 public:
  LearningAgreements(store::Store& store, const Clock& clock) : store_(store), clock_(clock) {}

  Result<LearningAgreementView> get(const domain::Actor& actor, MobilityId mobility) const;
  // A new version, or a new text of the version still being approved (its approvals reset).
  // A change to an approved version needs a reason.
  Result<LearningAgreementView> propose(const domain::Actor& actor, MobilityId mobility,
                                        std::vector<domain::LaComponent> components,
                                        const std::string& reason);
  // Signs the version whose SHA-256 is `sha256`; conflict when it is not the open version's.
  Result<LearningAgreementView> approve(const domain::Actor& actor, MobilityId mobility, int number,
                                        const std::string& sha256);
  // Comments instead of approving: the version goes back to its proposer.
  Result<LearningAgreementView> comment(const domain::Actor& actor, MobilityId mobility, int number,
                                        std::string text);

 private:
  store::Store& store_;
  const Clock& clock_;
};

}  // namespace orbis::service
