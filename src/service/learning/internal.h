// Rules and helpers the learning context's use cases share (learning agreements,
// transcripts, recognition, catalogues and their EWP export). Internal to the service
// layer: only service/learning/ includes it.
//
// Each helper works inside the caller's transaction and opens none of its own.
// Thread-safety: as the Transaction passed in; the rest are pure functions.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "common/clock.h"
#include "common/error.h"
#include "domain/access/policy.h"
#include "domain/learning.h"
#include "domain/mobility.h"
#include "domain/person.h"
#include "domain/privacy.h"
#include "domain/user.h"
#include "service/learning/catalogues.h"
#include "service/learning/learning_agreements.h"
#include "service/support/privacy.h"
#include "store/store.h"

namespace orbis::service::learning_rules {

// A stay's learning agreement as one use case reads it, with what its reader may see.
struct Loaded {
  domain::Mobility mobility;
  domain::Person person;
  domain::LearningAgreementRecord record;  // id 0 while nothing was proposed
  std::string party;                       // the reader's: student, sending, receiving, or empty
  domain::Disclosure disclosure;           // what the reader may see (domain/privacy.h)
  ActorNames names;                        // read with the rest, for naming the actors
};

// The stay `id`'s learning agreement; not_found when the actor may not see the stay.
Result<Loaded> load(store::Transaction& tx, const domain::Actor& actor, MobilityId id);
// Writes the record (inserting it when new) with an audit entry of `action`; the caller's
// transaction commits.
Status save(store::Transaction& tx, Loaded& l, const Clock& clock, const domain::Actor& actor,
            std::string_view action, const domain::LearningAgreementRecord& before);
// What the access policy bounds a stay's learning agreement by: the stay's person's
// account, its org unit, and both institutions.
domain::access::Subject subject_of(const domain::Mobility& mobility, const domain::Person& person);
// The version still open for approval or comments (the latest, while proposed or
// commented), or nullptr.
domain::LaVersion* open_version(domain::LearningAgreementRecord& record);
const domain::LaVersion* open_version(const domain::LearningAgreementRecord& record);
// Whether the reader takes part in the learning agreement for `action` (approve, comment):
// it has a side on the stay, and the policy's reach for the action covers the stay.
bool takes_part(const domain::Actor& actor, const Loaded& l, domain::access::Action action);
// permission_denied unless the reader proposes versions: the student or the sending side,
// as the policy reaches them.
Status may_propose(const domain::Actor& actor, const Loaded& l);
// conflict when the stay is over (completed, recognised or cancelled): its learning
// agreement is closed.
Status still_open(const Loaded& l);
// permission_denied unless the actor, who sees the stay, enters its host's results: whom the
// policy lets enter transcripts of the receiving institution (its partner account, the
// office).
Status may_enter_transcript(const domain::Actor& actor, const Loaded& l);
// permission_denied unless the actor credits the stay at home: whom the policy lets
// recognise in the stay's org unit, on an outgoing stay.
Status may_recognise(const domain::Actor& actor, const Loaded& l);
// What the reader may do with the learning agreement now, from the policy, the reader's side
// and the record's state (LearningAgreementView::allowed_actions).
std::vector<std::string> allowed_actions(const domain::Actor& actor, const Loaded& l);
// The learning agreement as its reader may see it: personal data, grades and actors as
// domain/privacy.h says, with what the reader may do with it.
LearningAgreementView shown(const domain::Actor& actor, Loaded&& l,
                            std::vector<std::string> warnings);
// The stay's planned length in months (5 when its dates say nothing).
int months_of(const domain::Mobility& mobility);
// The setting that holds the institution's credit system.
std::string credit_key(InstitutionId institution);
// The institution's credit system: its setting, else Chinese credits for a Chinese
// institution, else ECTS.
Result<CreditSystem> credit_system_in(store::Transaction& tx, InstitutionId institution);

}  // namespace orbis::service::learning_rules
