// What the scholar case file's services share (service/scholars/): who a case concerns, who
// sees its personal data, and a case read within the reader's reach.
#pragma once

#include <utility>

#include "common/error.h"
#include "domain/access/policy.h"
#include "domain/person.h"
#include "domain/privacy.h"
#include "domain/scholars/case.h"
#include "domain/user.h"
#include "store/store.h"

namespace orbis::service::scholar_rules {

// The case as the access policy sees it: the scholar's account, the host department, the
// partner.
domain::access::Subject subject_of(const domain::scholars::ScholarCase& c,
                                   const domain::Person& person);

// Who sees a case's personal data: its permits, clocks, notes, documents and e-mails.
bool personal(domain::Standing standing);

// A case and its person, when the actor may `action` it: not_found when the actor may not
// read it, so that a case's existence does not leak; denied when it may read and not `action`.
Result<std::pair<domain::scholars::ScholarCase, domain::Person>> reachable(
    store::Transaction& tx, const domain::Actor& actor, ScholarCaseId id,
    domain::access::Action action);

}  // namespace orbis::service::scholar_rules
