#include "service/users.h"

#include <fmt/format.h>

#include "common/crypto.h"
#include "service/access.h"
#include "service/audit_log.h"
#include "service/serialize.h"

namespace orbis::service {

Users::Users(store::Store& store, const Clock& clock) : store_(store), clock_(clock) {}

Result<domain::User> Users::add(const domain::Actor& actor, domain::User user,
                                std::string_view password) {
  if (auto ok = require_role(actor, {domain::Role::admin}, "add users"); !ok)
    return fail(ok.error());
  if (auto ok = domain::validate_and_normalize(user); !ok) return fail(ok.error());
  if (auto ok = domain::validate_password(password); !ok) return fail(ok.error());
  auto hash = crypto::hash_password(password);
  if (!hash) return fail(hash.error());
  auto tx = store_.begin(store::Access::write);
  if (!tx) return fail(tx.error());
  if (user.org_unit) {
    if (auto unit = (*tx)->institutions().org_unit(*user.org_unit); !unit) {
      return fail(
          Error::invalid("the org unit does not exist", {{"org_unit_id", unit.error().message}}));
    }
  }
  if (user.institution) {
    if (auto in = (*tx)->institutions().get(*user.institution); !in) {
      return fail(Error::invalid("the institution does not exist",
                                 {{"institution_id", in.error().message}}));
    }
  }
  if (auto existing = (*tx)->users().find_by_email(user.email); !existing) {
    return fail(existing.error());
  } else if (*existing) {
    return fail(Error::exists(fmt::format("a user with the email {} exists", user.email)));
  }
  auto id = (*tx)->users().insert(user, *hash);
  if (!id) return fail(id.error());
  user.id = *id;
  user.version = 1;
  if (auto ok = record(**tx, clock_, actor, "user.create", "user", std::to_string(id->value),
                       nullptr, user_json(user));
      !ok) {
    return fail(ok.error());
  }
  if (auto ok = (*tx)->commit(); !ok) return fail(ok.error());
  return user;
}

Result<std::vector<domain::User>> Users::list(const domain::Actor& actor) const {
  if (auto ok = require_role(actor, {domain::Role::admin}, "list users"); !ok)
    return fail(ok.error());
  auto tx = store_.begin(store::Access::read);
  if (!tx) return fail(tx.error());
  return (*tx)->users().list();
}

}  // namespace orbis::service
