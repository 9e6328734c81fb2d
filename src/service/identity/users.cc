#include "service/identity/users.h"

#include <fmt/format.h>

#include <fstream>
#include <sstream>

#include "common/crypto.h"
#include "common/text.h"
#include "service/identity/auth.h"
#include "service/identity/second_factor.h"
#include "service/support/access.h"
#include "service/support/audit_log.h"
#include "service/support/serialize.h"
#include "service/support/transaction.h"
#include "store/lists.h"

namespace orbis::service {
namespace {

using domain::Role;
using domain::access::Action;
using domain::access::Resource;

Error no_active_admin_left() {
  return Error::conflict("Orbis needs at least one active admin: make another admin first");
}

}  // namespace

Result<domain::PasswordPolicy> load_password_policy(const std::filesystem::path& data_dir) {
  if (data_dir.empty()) return domain::PasswordPolicy();
  const auto file = data_dir / "common_passwords.txt";
  std::ifstream in(file, std::ios::binary);
  if (!in) {
    return fail(Error::not_found(
        fmt::format("the list of common passwords is missing: {}", file.string())));
  }
  std::ostringstream content;
  content << in.rdbuf();
  return domain::PasswordPolicy(content.str());
}

const domain::PasswordPolicy& length_only_password_policy() {
  static const domain::PasswordPolicy policy;
  return policy;
}

Status end_access(store::Transaction& tx, UserId user) {
  if (auto ok = tx.users().delete_sessions_of(user); !ok) return ok;
  if (auto ok = tx.users().delete_calendar_token(user); !ok) return ok;
  return tx.users().delete_password_resets_of(user);
}

Users::Users(store::Store& store, const Clock& clock, const domain::PasswordPolicy& policy)
    : store_(store), clock_(clock), policy_(policy) {}

Status Users::check_scope(store::Transaction& tx, const domain::User& user) const {
  if (user.org_unit) {
    if (auto unit = tx.institutions().org_unit(*user.org_unit); !unit) {
      return fail(
          Error::invalid("the org unit does not exist", {{"org_unit_id", unit.error().message}}));
    }
  }
  if (user.institution) {
    if (auto in = tx.institutions().get(*user.institution); !in) {
      return fail(Error::invalid("the institution does not exist",
                                 {{"institution_id", in.error().message}}));
    }
  }
  return {};
}

Result<domain::User> Users::add(const domain::Actor& actor, domain::User user,
                                std::string_view password) {
  if (auto ok = require_reach(actor, Resource::user, Action::create, "add users"); !ok)
    return fail(ok.error());
  if (auto ok = domain::validate_and_normalize(user); !ok) return fail(ok.error());
  if (auto ok = policy_.check(password, user.email); !ok) return fail(ok.error());
  auto hash = crypto::hash_password(password);
  if (!hash) return fail(hash.error());
  return run(store_, store::Access::write, [&](store::Transaction& tx) -> Result<domain::User> {
    if (auto ok = check_scope(tx, user); !ok) return fail(ok.error());
    if (auto existing = tx.users().find_by_email(user.email); !existing) {
      return fail(existing.error());
    } else if (*existing) {
      return fail(Error::exists(fmt::format("a user with the email {} exists", user.email)));
    }
    auto id = tx.users().insert(user, *hash);
    if (!id) return fail(id.error());
    domain::User added = user;
    added.id = *id;
    added.version = 1;
    added.totp_enabled = false;
    if (auto ok = record(tx, clock_, actor, "user.create", "user", std::to_string(id->value),
                         nullptr, user_json(added));
        !ok) {
      return fail(ok.error());
    }
    return added;
  });
}

Result<Page<domain::User>> Users::list(const domain::Actor& actor,
                                       const PageRequest& request) const {
  if (auto ok = require_reach(actor, Resource::user, Action::read, "list users"); !ok)
    return fail(ok.error());
  return read_page<domain::User>(store_, "users", "email", request,
                                 [](store::Transaction& tx, store::PageSpec spec) {
                                   return store::list_users(tx, {.page = std::move(spec)});
                                 });
}

Result<domain::User> Users::get(const domain::Actor& actor, UserId id) const {
  if (auto ok = require_reach(actor, Resource::user, Action::read, "read users"); !ok)
    return fail(ok.error());
  return run(store_, store::Access::read,
             [&](store::Transaction& tx) { return tx.users().get(id); });
}

Result<domain::User> Users::update(const domain::Actor& actor, UserId id, int version,
                                   const UserChange& change) {
  if (auto ok = require_reach(actor, Resource::user, Action::update, "change users"); !ok)
    return fail(ok.error());
  if (change.active == false && id == actor.user) {
    return fail(Error::invalid("you cannot disable your own account; ask another admin",
                               {{"active", "not for your own account"}}));
  }
  return run(store_, store::Access::write, [&](store::Transaction& tx) -> Result<domain::User> {
    auto before = tx.users().get(id);
    if (!before) return fail(before.error());
    if (auto ok = require_version(before->version, version, "user"); !ok) return fail(ok.error());
    auto after = *before;
    if (change.name) after.name = *change.name;
    if (change.role) after.role = *change.role;
    if (change.org_unit) after.org_unit = *change.org_unit;
    if (change.institution) after.institution = *change.institution;
    if (change.active) after.active = *change.active;
    if (auto ok = domain::validate_and_normalize(after); !ok) return fail(ok.error());
    if (auto ok = check_scope(tx, after); !ok) return fail(ok.error());
    const bool was_admin = before->active && before->role == Role::admin;
    const bool is_admin = after.active && after.role == Role::admin;
    if (was_admin && !is_admin) {
      auto admins = tx.users().count_active(Role::admin);
      if (!admins) return fail(admins.error());
      if (*admins <= 1) return fail(no_active_admin_left());
    }
    if (auto ok = tx.users().update(after); !ok) return fail(ok.error());
    const bool disabled = before->active && !after.active;
    if (disabled) {
      if (auto ok = end_access(tx, id); !ok) return fail(ok.error());
    }
    auto stored = tx.users().get(id);
    if (!stored) return fail(stored.error());
    const char* action = disabled                            ? "user.disable"
                         : (!before->active && after.active) ? "user.enable"
                                                             : "user.update";
    if (auto ok = record(tx, clock_, actor, action, "user", std::to_string(id.value),
                         user_json(*before), user_json(*stored));
        !ok) {
      return fail(ok.error());
    }
    return stored;
  });
}

Result<ResetLink> Users::create_reset_link(const domain::Actor& actor, UserId id) {
  if (auto ok = require_reach(actor, Resource::user, Action::update, "reset passwords"); !ok)
    return fail(ok.error());
  return run(store_, store::Access::write, [&](store::Transaction& tx) -> Result<ResetLink> {
    auto user = tx.users().get(id);
    if (!user) return fail(user.error());
    if (!user->active) {
      return fail(Error::conflict("the user is disabled: enable the account before resetting"));
    }
    const auto now = clock_.now();
    // A retried attempt makes a new link: only the committed one is handed out.
    ResetLink link{crypto::random_token(),
                   now + std::chrono::duration_cast<std::chrono::milliseconds>(kResetLinkLifetime)};
    if (auto ok = tx.users().delete_password_resets_of(id); !ok) return fail(ok.error());
    if (auto ok = tx.users().insert_password_reset(crypto::sha256_hex(link.token), id,
                                                   format_iso8601(now),
                                                   format_iso8601(link.expires), actor.email);
        !ok) {
      return fail(ok.error());
    }
    if (auto ok = record(tx, clock_, actor, "user.reset_link", "user", std::to_string(id.value),
                         nullptr, {{"expires", format_iso8601(link.expires)}});
        !ok) {
      return fail(ok.error());
    }
    return link;
  });
}

Status Users::reset_password(std::string_view token, std::string_view password) {
  const auto unusable =
      Error::invalid("the reset link is unknown, used or expired; ask an admin for a new one",
                     {{"token", "not a reset link that still works"}});
  if (token.empty() || token.size() > 200) return fail(unusable);
  return run(store_, store::Access::write, [&](store::Transaction& tx) -> Status {
    auto reset = tx.users().take_password_reset(crypto::sha256_hex(token));
    if (!reset) return fail(reset.error());
    if (!*reset) return fail(unusable);
    const auto expires = parse_iso8601((*reset)->expires_at);
    if (!expires || *expires <= clock_.now()) return fail(unusable);
    auto user = tx.users().get((*reset)->user);
    if (!user) return fail(user.error());
    if (!user->active) return fail(unusable);
    // A password the policy refuses leaves the link unused: nothing is committed.
    if (auto ok = policy_.check(password, user->email); !ok) return fail(ok.error());
    auto hash = crypto::hash_password(password);
    if (!hash) return fail(hash.error());
    if (auto ok = tx.users().set_password_hash(user->id, *hash); !ok) return fail(ok.error());
    if (auto ok = end_access(tx, user->id); !ok) return fail(ok.error());
    const domain::Actor self{user->id, user->email, user->role, user->org_unit, user->institution};
    return record(tx, clock_, self, "user.password_reset", "user", std::to_string(user->id.value),
                  nullptr, nullptr);
  });
}

Result<domain::User> Users::remove_second_factor(const domain::Actor& actor, UserId id) {
  if (auto ok = require_reach(actor, Resource::user, Action::update, "remove second factors"); !ok)
    return fail(ok.error());
  return run(store_, store::Access::write, [&](store::Transaction& tx) -> Result<domain::User> {
    auto before = tx.users().get(id);
    if (!before) return fail(before.error());
    if (!before->totp_enabled) return fail(Error::conflict("the user has no second factor"));
    if (auto ok = tx.users().clear_totp(id); !ok) return fail(ok.error());
    auto stored = tx.users().get(id);
    if (!stored) return fail(stored.error());
    if (auto ok = record(tx, clock_, actor, "user.totp_remove", "user", std::to_string(id.value),
                         user_json(*before), user_json(*stored));
        !ok) {
      return fail(ok.error());
    }
    return stored;
  });
}

Result<domain::User> Users::set_password(const domain::Actor& actor, std::string_view email,
                                         std::string_view password) {
  if (auto ok = require_reach(actor, Resource::user, Action::update, "set passwords"); !ok)
    return fail(ok.error());
  const auto key = text::to_lower_ascii(text::trim(email));
  if (auto ok = policy_.check(password, key); !ok) return fail(ok.error());
  auto hash = crypto::hash_password(password);
  if (!hash) return fail(hash.error());
  return run(store_, store::Access::write, [&](store::Transaction& tx) -> Result<domain::User> {
    auto user = tx.users().find_by_email(key);
    if (!user) return fail(user.error());
    if (!*user) return fail(Error::not_found(fmt::format("no user with the email {}", key)));
    if (auto ok = tx.users().set_password_hash((*user)->id, *hash); !ok) return fail(ok.error());
    if (auto ok = end_access(tx, (*user)->id); !ok) return fail(ok.error());
    if (auto ok = record(tx, clock_, actor, "user.password_set", "user",
                         std::to_string((*user)->id.value), nullptr, nullptr);
        !ok) {
      return fail(ok.error());
    }
    return tx.users().get((*user)->id);
  });
}

Result<SecuritySettings> Users::security(const domain::Actor& actor) const {
  if (auto ok =
          require_reach(actor, Resource::security_settings, Action::read, "read security settings");
      !ok)
    return fail(ok.error());
  return run(store_, store::Access::read, [](store::Transaction& tx) -> Result<SecuritySettings> {
    auto required = Auth::admin_second_factor_required(tx);
    if (!required) return fail(required.error());
    return SecuritySettings{*required};
  });
}

Result<SecuritySettings> Users::set_security(const domain::Actor& actor,
                                             const SecuritySettings& settings) {
  if (auto ok = require_reach(actor, Resource::security_settings, Action::update,
                              "change security settings");
      !ok)
    return fail(ok.error());
  return run(store_, store::Access::write, [&](store::Transaction& tx) -> Result<SecuritySettings> {
    auto before = Auth::admin_second_factor_required(tx);
    if (!before) return fail(before.error());
    if (settings.admin_second_factor_required && actor.user) {
      auto me = tx.users().get(actor.user);
      if (!me) return fail(me.error());
      if (!me->totp_enabled) {
        return fail(Error::conflict(
            "set up your own second factor first, so that requiring it does not lock you out"));
      }
    }
    if (auto ok = tx.settings().set(kAdminSecondFactorSetting,
                                    settings.admin_second_factor_required ? "true" : "false");
        !ok) {
      return fail(ok.error());
    }
    if (auto ok = record(tx, clock_, actor, "settings.security", "settings", "security",
                         {{"admin_totp_required", *before}},
                         {{"admin_totp_required", settings.admin_second_factor_required}});
        !ok) {
      return fail(ok.error());
    }
    return settings;
  });
}

}  // namespace orbis::service
