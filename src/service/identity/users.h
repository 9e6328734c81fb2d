// User accounts as admins manage them: add, change role and scope, disable and enable,
// reset a password through a one-time link, remove a second factor; and the password
// policy every password meets. Thread-safety: thread-safe.
#pragma once

#include <filesystem>
#include <optional>
#include <string_view>
#include <vector>

#include "common/clock.h"
#include "domain/password_policy.h"
#include "domain/user.h"
#include "service/support/paging.h"
#include "store/store.h"

namespace orbis::service {

// How long a password reset link works.
constexpr std::chrono::hours kResetLinkLifetime{72};

// The shipped policy: data_dir/common_passwords.txt; not_found when the file is missing.
// An empty data_dir gives the length rules alone.
Result<domain::PasswordPolicy> load_password_policy(const std::filesystem::path& data_dir);

// The length rules alone, for uses without the shipped data.
const domain::PasswordPolicy& length_only_password_policy();

// Ends every way `user` has into Orbis but the password: sessions, the calendar feed
// token and unused reset links. Inside the caller's transaction.
Status end_access(store::Transaction& tx, UserId user);

// What an admin may change of a user; an absent member stays as it is.
struct UserChange {
  std::optional<std::string> name;
  std::optional<domain::Role> role;
  std::optional<std::optional<OrgUnitId>> org_unit;         // nullopt inside: clear it
  std::optional<std::optional<InstitutionId>> institution;  // likewise
  std::optional<bool> active;
};

struct ResetLink {
  std::string token;  // shown once; only its SHA-256 is stored
  TimePoint expires;
};

struct SecuritySettings {
  bool admin_second_factor_required = false;
};

class Users {
 public:
  // `policy` must outlive the Users.
  Users(store::Store& store, const Clock& clock,
        const domain::PasswordPolicy& policy = length_only_password_policy());

  // Admins (and the command line). invalid_argument by field (email, scope, password);
  // already_exists for a taken email; the password is stored only as an Argon2id hash.
  Result<domain::User> add(const domain::Actor& actor, domain::User user,
                           std::string_view password);
  // Admins (and the command line): a page of users by email; invalid_argument naming
  // `limit` or `cursor`.
  Result<Page<domain::User>> list(const domain::Actor& actor, const PageRequest& page) const;
  // Admins; not_found.
  Result<domain::User> get(const domain::Actor& actor, UserId id) const;
  // Admins. At `version` (conflict when stale); invalid_argument by field when the scope
  // does not fit the role or does not exist. Disabling ends the user's sessions, calendar
  // token and reset links; one's own account cannot be disabled (invalid_argument), nor the
  // last active admin disabled or made another role (conflict).
  Result<domain::User> update(const domain::Actor& actor, UserId id, int version,
                              const UserChange& change);
  // Admins: a new link for `id` (earlier unused ones stop working). conflict for a
  // disabled user.
  Result<ResetLink> create_reset_link(const domain::Actor& actor, UserId id);
  // Whoever holds a link: sets the password (the policy applies; invalid_argument by
  // field), uses up the link, and ends every session and calendar token of the user.
  // invalid_argument naming `token` for a link that is unknown, used or expired.
  Status reset_password(std::string_view token, std::string_view password);
  // Admins: removes a user's second factor (a lost phone).
  Result<domain::User> remove_second_factor(const domain::Actor& actor, UserId id);
  // The command line's way in for an admin locked out: sets the password of `email`
  // directly and ends the user's sessions. not_found for an unknown email.
  Result<domain::User> set_password(const domain::Actor& actor, std::string_view email,
                                    std::string_view password);

  // Admins.
  Result<SecuritySettings> security(const domain::Actor& actor) const;
  // Admins. Requiring a second factor needs the acting admin to have one (conflict
  // otherwise), so that nobody locks out the person changing it.
  Result<SecuritySettings> set_security(const domain::Actor& actor,
                                        const SecuritySettings& settings);

 private:
  Status check_scope(store::Transaction& tx, const domain::User& user) const;

  store::Store& store_;
  const Clock& clock_;
  const domain::PasswordPolicy& policy_;
};

}  // namespace orbis::service
