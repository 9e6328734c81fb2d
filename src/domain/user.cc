#include "domain/user.h"

#include <array>

#include "common/text.h"

namespace orbis::domain {
namespace {
constexpr std::array<std::string_view, 6> kRoleNames = {"admin",   "officer", "coordinator",
                                                        "student", "partner", "viewer"};
}

std::string_view to_string(Role role) { return kRoleNames[static_cast<int>(role)]; }

std::optional<Role> parse_role(std::string_view name) {
  const auto lower = text::to_lower_ascii(text::trim(name));
  for (std::size_t i = 0; i < kRoleNames.size(); ++i) {
    if (kRoleNames[i] == lower) return static_cast<Role>(i);
  }
  return std::nullopt;
}

const std::vector<Role>& all_roles() {
  static const std::vector<Role> roles = {Role::admin,   Role::officer, Role::coordinator,
                                          Role::student, Role::partner, Role::viewer};
  return roles;
}

Status validate_and_normalize(User& user) {
  std::vector<FieldError> errors;
  user.email = text::to_lower_ascii(text::trim(user.email));
  user.name = std::string(text::trim(user.name));
  const auto at = user.email.find('@');
  if (at == std::string::npos || at == 0 || at + 1 >= user.email.size() ||
      user.email.find('.', at) == std::string::npos ||
      user.email.find_first_of(" \t<>,;\"") != std::string::npos || user.email.size() > 254) {
    errors.push_back({"email", "an email address looks like name@example.edu"});
  }
  if (!text::valid_utf8(user.name) || user.name.size() > 200) {
    errors.push_back({"name", "a name is UTF-8 text of at most 200 bytes"});
  }
  if (user.role == Role::partner && !user.institution) {
    errors.push_back({"institution_id", "a partner user needs the institution it belongs to"});
  }
  if (user.role == Role::coordinator && !user.org_unit) {
    errors.push_back({"org_unit_id", "a coordinator needs the org unit they coordinate"});
  }
  if (!errors.empty())
    return fail(Error::invalid("the user has invalid fields", std::move(errors)));
  return {};
}

Actor Actor::of(const User& user) {
  return Actor{user.id, user.email, user.role, user.org_unit, user.institution};
}

Actor Actor::command_line() { return Actor{UserId{}, "cli", Role::admin, {}, {}}; }

}  // namespace orbis::domain
