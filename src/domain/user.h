// Users, roles and the actor a request runs as. Thread-safe: plain values.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "common/error.h"
#include "common/ids.h"

namespace orbis::domain {

// The roles of DESIGN.md §1. A role says what a user may do; a scope says where.
enum class Role { admin, officer, coordinator, student, partner, viewer };

std::string_view to_string(Role role);
std::optional<Role> parse_role(std::string_view name);
const std::vector<Role>& all_roles();

struct User {
  UserId id;
  std::string email;  // lower case
  std::string name;
  Role role = Role::viewer;
  std::optional<OrgUnitId> org_unit;         // coordinator's faculty or department
  std::optional<InstitutionId> institution;  // partner's institution
  bool active = true;
  bool totp_enabled = false;  // signs in with a second factor (read-only here)
  int version = 0;
};

// Checks email, name and that the scope fits the role (a partner needs an institution,
// a coordinator an org unit). Lower-cases the email. Returns invalid_argument by field.
Status validate_and_normalize(User& user);

// Who is acting: the user behind a request, a command-line operator, or the system.
struct Actor {
  UserId user;
  std::string email;  // "system" or "cli" when no user
  Role role = Role::viewer;
  std::optional<OrgUnitId> org_unit;
  std::optional<InstitutionId> institution;
  std::optional<PersonId> person;  // the caller's own person record, if any

  // The operator of the command line, who holds every right on the database it opens.
  static Actor command_line();
  // The user acting for themselves.
  static Actor of(const User& user);
  bool is(Role r) const { return role == r; }
};

}  // namespace orbis::domain
