// Permission checks shared by the use cases. Thread-safe: pure functions.
#pragma once

#include <initializer_list>
#include <string_view>

#include "common/error.h"
#include "domain/user.h"

namespace orbis::service {

// permission_denied unless the actor has one of `roles`; the message names the action.
Status require_role(const domain::Actor& actor, std::initializer_list<domain::Role> roles,
                    std::string_view action);

}  // namespace orbis::service
