#include "service/identity/account.h"

#include "common/crypto.h"
#include "common/text.h"
#include "service/credentials/credentials.h"
#include "service/identity/second_factor.h"
#include "service/identity/users.h"
#include "service/support/audit_log.h"
#include "service/support/transaction.h"

namespace orbis::service {
namespace {

Error not_signed_in() {
  return Error::unauthenticated("sign in first: this is about one's own account");
}

}  // namespace

Accounts::Accounts(store::Store& store, const Clock& clock, Auth& auth,
                   const domain::PasswordPolicy& policy)
    : store_(store), clock_(clock), auth_(auth), policy_(policy) {}

Result<AccountView> Accounts::view(const domain::Actor& actor) const {
  if (!actor.user) return fail(not_signed_in());
  return run(store_, store::Access::read, [&](store::Transaction& tx) -> Result<AccountView> {
    AccountView view;
    auto user = tx.users().get(actor.user);
    if (!user) return fail(user.error());
    view.user = *user;
    auto sessions = tx.users().sessions_of(actor.user);
    if (!sessions) return fail(sessions.error());
    const auto now = format_iso8601(clock_.now());
    for (auto& s : *sessions) {
      if (s.expires_at > now) view.sessions.push_back(std::move(s));
    }
    auto calendar = tx.users().calendar_feed(actor.user);
    if (!calendar) return fail(calendar.error());
    view.calendar = *calendar;
    auto totp = tx.users().totp(actor.user);
    if (!totp) return fail(totp.error());
    view.second_factor_pending = !totp->pending.empty();
    if (user->role == domain::Role::admin) {
      auto required = Auth::admin_second_factor_required(tx);
      if (!required) return fail(required.error());
      view.second_factor_required = *required;
    }
    return view;
  });
}

Result<LoginResult> Accounts::change_password(const domain::Actor& actor, std::string_view current,
                                              std::string_view replacement, std::string_view client,
                                              std::string_view user_agent) {
  if (!actor.user) return fail(not_signed_in());
  if (auto ok = policy_.check(replacement, actor.email, "new_password"); !ok)
    return fail(ok.error());
  if (current == replacement) {
    return fail(Error::invalid("the new password is the current one",
                               {{"new_password", "different from the current password"}}));
  }
  auto hash = crypto::hash_password(replacement);
  if (!hash) return fail(hash.error());
  auto confirmed = auth_.confirm_password(actor, current, client, "current_password");
  if (!confirmed) return fail(confirmed.error());
  return run(store_, store::Access::write, [&](store::Transaction& tx) -> Result<LoginResult> {
    if (auto ok = Auth::still_current(tx, actor, *confirmed); !ok) return fail(ok.error());
    auto user = tx.users().get(actor.user);
    if (!user) return fail(user.error());
    if (auto ok = tx.users().set_password_hash(actor.user, *hash); !ok) return fail(ok.error());
    if (auto ok = end_access(tx, actor.user); !ok) return fail(ok.error());
    if (auto ok = record(tx, clock_, actor, "user.password_change", "user",
                         std::to_string(actor.user.value), nullptr, nullptr);
        !ok) {
      return fail(ok.error());
    }
    auto stored = tx.users().get(actor.user);
    if (!stored) return fail(stored.error());
    return auth_.start_session(tx, *stored, client, user_agent);
  });
}

Status Accounts::end_session(const domain::Actor& actor, std::int64_t session) {
  if (!actor.user) return fail(not_signed_in());
  return run(store_, store::Access::write, [&](store::Transaction& tx) -> Status {
    auto ended = tx.users().delete_session_of(actor.user, session);
    if (!ended) return fail(ended.error());
    if (!*ended) return fail(Error::not_found("you have no such session"));
    return {};
  });
}

Result<SecondFactorEnrolment> Accounts::start_second_factor(const domain::Actor& actor) {
  if (!actor.user) return fail(not_signed_in());
  return run(
      store_, store::Access::write, [&](store::Transaction& tx) -> Result<SecondFactorEnrolment> {
        auto totp = tx.users().totp(actor.user);
        if (!totp) return fail(totp.error());
        if (!totp->secret.empty()) {
          return fail(
              Error::conflict("the second factor is already on; turn it off to set up another"));
        }
        // A retried attempt draws a new secret: only the committed one is shown.
        SecondFactorEnrolment enrolment;
        enrolment.secret = crypto::random_bytes(kTotpSecretBytes);
        enrolment.uri = totp::otpauth_uri(kTotpIssuer, actor.email, enrolment.secret, kTotp);
        auto qr = qr_code_svg(enrolment.uri);
        if (!qr) return fail(qr.error());
        enrolment.qr_svg = std::move(*qr);
        if (auto ok = tx.users().set_totp_pending(actor.user, enrolment.secret); !ok)
          return fail(ok.error());
        return enrolment;
      });
}

Status Accounts::confirm_second_factor(const domain::Actor& actor, std::string_view code) {
  if (!actor.user) return fail(not_signed_in());
  return run(store_, store::Access::write, [&](store::Transaction& tx) -> Status {
    auto totp = tx.users().totp(actor.user);
    if (!totp) return fail(totp.error());
    if (totp->pending.empty()) {
      return fail(Error::conflict("no second factor is being set up: start again"));
    }
    const auto step = matching_step(totp->pending, text::trim(code), clock_.now(), 0);
    if (!step) {
      return fail(Error::invalid("the code does not match",
                                 {{"code", "the six digits your authenticator app shows now"}}));
    }
    auto before = tx.users().get(actor.user);
    if (!before) return fail(before.error());
    // The confirming code is used up: it cannot also sign in.
    if (auto ok = tx.users().set_totp(actor.user, totp->pending, *step); !ok)
      return fail(ok.error());
    return record(tx, clock_, actor, "user.totp_enable", "user", std::to_string(actor.user.value),
                  {{"totp_enabled", false}}, {{"totp_enabled", true}});
  });
}

Status Accounts::remove_second_factor(const domain::Actor& actor, std::string_view password,
                                      std::string_view code, std::string_view client) {
  if (!actor.user) return fail(not_signed_in());
  auto confirmed = auth_.confirm_password(actor, password, client, "password");
  if (!confirmed) return fail(confirmed.error());
  return run(store_, store::Access::write, [&](store::Transaction& tx) -> Status {
    auto totp = tx.users().totp(actor.user);
    if (!totp) return fail(totp.error());
    if (totp->secret.empty()) return fail(Error::conflict("the second factor is not on"));
    if (actor.role == domain::Role::admin) {
      auto required = Auth::admin_second_factor_required(tx);
      if (!required) return fail(required.error());
      if (*required) {
        return fail(Error::conflict(
            "admins must sign in with a second factor here: it cannot be turned off"));
      }
    }
    if (auto ok = Auth::still_current(tx, actor, *confirmed); !ok) return fail(ok.error());
    const auto step = matching_step(totp->secret, text::trim(code), clock_.now(), totp->last_step);
    auto used = step ? tx.users().use_totp_step(actor.user, *step) : Result<bool>(false);
    if (!used) return fail(used.error());
    if (!*used) {
      return fail(Error::invalid("the code is wrong, expired or already used",
                                 {{"code", "the six digits your authenticator app shows now"}}));
    }
    if (auto ok = tx.users().clear_totp(actor.user); !ok) return fail(ok.error());
    return record(tx, clock_, actor, "user.totp_disable", "user", std::to_string(actor.user.value),
                  {{"totp_enabled", true}}, {{"totp_enabled", false}});
  });
}

Status Accounts::revoke_calendar_token(const domain::Actor& actor) {
  if (!actor.user) return fail(not_signed_in());
  return run(store_, store::Access::write, [&](store::Transaction& tx) -> Status {
    auto feed = tx.users().calendar_feed(actor.user);
    if (!feed) return fail(feed.error());
    if (!*feed) return {};
    if (auto ok = tx.users().delete_calendar_token(actor.user); !ok) return fail(ok.error());
    return record(tx, clock_, actor, "user.calendar_revoke", "user",
                  std::to_string(actor.user.value), nullptr, nullptr);
  });
}

}  // namespace orbis::service
