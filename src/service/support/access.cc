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

Status require_record(const domain::Actor& actor, domain::access::Resource resource,
                      domain::access::Action action, const domain::access::Subject& subject,
                      std::string_view what, std::int64_t id) {
  using domain::access::Action;
  if (!domain::access::reaches(actor, resource, Action::read, subject))
    return fail(Error::not_found(fmt::format("no {} {}", what, id)));
  if (action != Action::read && !domain::access::reaches(actor, resource, action, subject))
    return fail(denied(actor, fmt::format("{} this {}", domain::access::to_string(action), what)));
  return {};
}

Status require_version(int current, int expected, std::string_view what) {
  if (current == expected) return {};
  return fail(Error::conflict(fmt::format(
      "the {} is at version {}, not {}: someone changed it since you read it; reload and try again",
      what, current, expected)));
}

}  // namespace orbis::service
