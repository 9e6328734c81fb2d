// Permission checks shared by the use cases. Thread-safe: pure functions.
#pragma once

#include <cstdint>
#include <string_view>

#include "common/error.h"
#include "domain/access/policy.h"
#include "domain/user.h"

namespace orbis::service {

// permission_denied unless the access policy (domain/access/policy.h) gives the actor some
// reach for `action` on `resource`; the message names what was asked ("the role
// student may not add people"). Whether the reach covers one record is the use case's next check
// (access::reaches), made once it has read the record.
Status require_reach(const domain::Actor& actor, domain::access::Resource resource,
                     domain::access::Action action, std::string_view what);

// Whether the actor may `action` one record it has read, whose subject is `subject`:
// not_found ("no scholar case 12") when it may not even read it, so that a record's existence
// does not leak to those who may not see it; permission_denied ("the role coordinator may not
// update this scholar case") when it may read it and not `action`. `what` names the kind.
Status require_record(const domain::Actor& actor, domain::access::Resource resource,
                      domain::access::Action action, const domain::access::Subject& subject,
                      std::string_view what, std::int64_t id);

// conflict unless a record is still at the version its writer read ("the scholar case is at
// version 4, not 3: someone changed it since you read it; reload and try again").
Status require_version(int current, int expected, std::string_view what);

}  // namespace orbis::service
