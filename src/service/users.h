// User accounts. Thread-safety: thread-safe.
#pragma once

#include <string_view>
#include <vector>

#include "common/clock.h"
#include "domain/user.h"
#include "store/store.h"

namespace orbis::service {

class Users {
 public:
  Users(store::Store& store, const Clock& clock);

  // Admins (and the command line). invalid_argument by field (email, scope, password);
  // already_exists for a taken email; the password is stored only as an Argon2id hash.
  Result<domain::User> add(const domain::Actor& actor, domain::User user,
                           std::string_view password);
  // Admins.
  Result<std::vector<domain::User>> list(const domain::Actor& actor) const;

 private:
  store::Store& store_;
  const Clock& clock_;
};

}  // namespace orbis::service
