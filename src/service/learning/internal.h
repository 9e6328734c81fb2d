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
#include "domain/learning.h"
#include "domain/mobility.h"
#include "domain/person.h"
#include "domain/privacy.h"
#include "domain/user.h"
#include "service/learning/catalogues.h"
#include "service/learning/learning_agreements.h"
#include "service/privacy.h"
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
// permission_denied unless the actor, who sees the stay, enters its host's results: the
// receiving side or the office.
Status may_enter_transcript(const domain::Actor& actor, const Loaded& l);
// The learning agreement as its reader may see it: personal data, grades and actors as
// domain/privacy.h says.
LearningAgreementView shown(Loaded&& l, std::vector<std::string> warnings);
// The stay's planned length in months (5 when its dates say nothing).
int months_of(const domain::Mobility& mobility);
// The setting that holds the institution's credit system.
std::string credit_key(InstitutionId institution);
// The institution's credit system: its setting, else Chinese credits for a Chinese
// institution, else ECTS.
Result<CreditSystem> credit_system_in(store::Transaction& tx, InstitutionId institution);

}  // namespace orbis::service::learning_rules
