// Who may see a stay, and how they stand to its person: the mobility context's rules that
// other contexts follow (a stay's learning agreement is seen by whoever sees the stay).
//
// Thread-safety: pure functions.
#pragma once

#include "domain/mobility.h"
#include "domain/person.h"
#include "domain/privacy.h"
#include "domain/user.h"

namespace orbis::service::mobility_rules {

// Whether the actor may see the stay.
bool visible(const domain::Actor& actor, const domain::Mobility& mobility,
             const domain::Person& person);
// How the actor, who may see the stay, stands to its person (domain/privacy.h).
domain::Standing standing(const domain::Actor& actor, const domain::Mobility& mobility,
                          const domain::Person& person);

}  // namespace orbis::service::mobility_rules
