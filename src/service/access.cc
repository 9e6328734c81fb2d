#include "service/access.h"

#include <fmt/format.h>

#include <algorithm>

namespace orbis::service {

Status require_role(const domain::Actor& actor, std::initializer_list<domain::Role> roles,
                    std::string_view action) {
  if (std::find(roles.begin(), roles.end(), actor.role) != roles.end()) return {};
  return fail(
      Error::denied(fmt::format("the role {} may not {}", domain::to_string(actor.role), action)));
}

}  // namespace orbis::service
