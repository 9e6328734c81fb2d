#include "service/support/access.h"

#include <fmt/format.h>

namespace orbis::service {
namespace {

Error denied(const domain::Actor& actor, std::string_view action) {
  return Error::denied(
      fmt::format("the role {} may not {}", domain::to_string(actor.role), action));
}

}  // namespace

Status require_reach(const domain::Actor& actor, domain::access::Resource resource,
                     domain::access::Action action, std::string_view what) {
  if (domain::access::scope_of(actor, resource, action).allowed()) return {};
  return fail(denied(actor, what));
}

}  // namespace orbis::service
