// Permission checks shared by the use cases. Thread-safe: pure functions.
#pragma once

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

}  // namespace orbis::service
