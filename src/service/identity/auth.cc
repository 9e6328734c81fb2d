#include "service/identity/auth.h"

#include <spdlog/spdlog.h>

#include <algorithm>
#include <expected>
#include <utility>

#include "common/crypto.h"
#include "common/text.h"
#include "service/identity/second_factor.h"
#include "service/support/transaction.h"

namespace orbis::service {
namespace {

const std::string& dummy_hash() {
  // Verified against when the email is unknown, so that both failures take equally long.
  static const std::string hash = crypto::hash_password("orbis-timing-equaliser").value_or("");
  return hash;
}

// The User-Agent as a session keeps it: printable, valid UTF-8, at most kMaxUserAgentBytes.
std::string kept_user_agent(std::string_view header) {
  std::string out;
  for (const char c : header) {
    if (static_cast<unsigned char>(c) < 0x20 || c == 0x7f) continue;
    out.push_back(c);
  }
  if (out.size() > kMaxUserAgentBytes) out.resize(kMaxUserAgentBytes);
  while (!out.empty() && !text::valid_utf8(out)) out.pop_back();
  return out;
}

bool needs_second_factor_setup(store::Transaction& tx, const domain::User& user) {
  if (user.role != domain::Role::admin || user.totp_enabled) return false;
  return Auth::admin_second_factor_required(tx).value_or(false);
}

// The subjects a sign-in's failures are counted under in the database.
struct Subjects {
  std::string email, client;
};
Subjects subjects_of(std::string_view email, std::string_view client) {
  return {"e:" + crypto::sha256_hex(text::to_lower_ascii(text::trim(email))),
          "c:" + crypto::sha256_hex(client)};
}

// How long until `subject`, with `limit` failures allowed in `window`, may try again, by
// the failures the database holds (zero when it may now).
Result<std::chrono::seconds> shared_wait(store::Transaction& tx, const std::string& subject,
                                         int limit, std::chrono::milliseconds window,
                                         TimePoint now) {
  auto failures = tx.users().sign_in_failures(subject, format_iso8601(now - window),
                                              static_cast<std::size_t>(limit));
  if (!failures) return fail(failures.error());
  if (std::cmp_less(failures->size(), limit)) return std::chrono::seconds{0};
  // The oldest failure leaves the window first, and frees one attempt.
  const auto oldest = parse_iso8601(failures->front()).value_or(now);
  return std::max(std::chrono::seconds{1},
                  std::chrono::ceil<std::chrono::seconds>(oldest + window - now));
}

// The later of the two waits: by the e-mail's failures and by the address's.
Result<std::chrono::seconds> shared_wait(store::Transaction& tx, const Subjects& subjects,
                                         const LoginLimits& limits, TimePoint now) {
  auto by_email = shared_wait(tx, subjects.email, limits.per_email, limits.window, now);
  if (!by_email) return by_email;
  auto by_client = shared_wait(tx, subjects.client, limits.per_client, limits.window, now);
  if (!by_client) return by_client;
  return std::max(*by_email, *by_client);
}

// Records a wrong password or code against both subjects, and lets go of the window's past.
Status record_failure(store::Transaction& tx, const Subjects& subjects, TimePoint now,
                      std::chrono::milliseconds window) {
  const auto at = format_iso8601(now);
  for (const auto* subject : {&subjects.email, &subjects.client}) {
    if (auto recorded = tx.users().record_sign_in_failure(*subject, at); !recorded)
      return fail(recorded.error());
  }
  return tx.users().delete_sign_in_failures_before(format_iso8601(now - window));
}

Error too_many_failures() {
  return Error::exhausted("too many failed sign-ins; wait a few minutes and try again");
}

}  // namespace

Auth::Auth(store::Store& store, const Clock& clock, LoginLimits limits)
    : store_(store), clock_(clock), limits_(limits), limiter_(limits) {}

std::chrono::seconds Auth::retry_after(std::string_view email, std::string_view client) const {
  const auto now = clock_.now();
  const auto local = limiter_.retry_after(email, client, now);
  const auto subjects = subjects_of(email, client);
  auto shared =
      run(store_, store::Access::read, [&](store::Transaction& tx) -> Result<std::chrono::seconds> {
        return shared_wait(tx, subjects, limits_, now);
      });
  if (!shared) {
    spdlog::warn("the shared sign-in count could not be read: {}", shared.error().message);
    return local;
  }
  return std::max(local, *shared);
}

Result<bool> Auth::admin_second_factor_required(store::Transaction& tx) {
  auto value = tx.settings().get(kAdminSecondFactorSetting);
  if (!value) return fail(value.error());
  return *value && **value == "true";
}

Result<LoginResult> Auth::login(const LoginRequest& request) {
  const auto now = clock_.now();
  // The attempt is counted before the password is checked, so that concurrent attempts
  // cannot all slip under the limit.
  auto attempt = limiter_.begin(request.email, request.client, now);
  if (!attempt) return fail(too_many_failures());
  const auto wrong = Error::unauthenticated("the email or password is wrong");
  const auto subjects = subjects_of(request.email, request.client);
  // The body's value: a session, or a wrong password or code, which commits (its failure
  // is recorded). An error of the runner's rolls back: the limit was reached, the code was
  // asked for, or the store failed.
  using Outcome = std::expected<LoginResult, Error>;
  auto result = run(store_, store::Access::write, [&](store::Transaction& tx) -> Result<Outcome> {
    auto wait = shared_wait(tx, subjects, limits_, now);
    if (!wait) return fail(wait.error());
    if (wait->count() > 0) return fail(too_many_failures());
    // Counts a wrong password or code on every server.
    const auto wrong_secret = [&](Error error) -> Result<Outcome> {
      if (auto recorded = record_failure(tx, subjects, now, limits_.window); !recorded)
        return fail(recorded.error());
      return Outcome(std::unexpect, std::move(error));
    };
    auto user = tx.users().find_by_email(text::to_lower_ascii(text::trim(request.email)));
    if (!user) return fail(user.error());
    bool ok = false;
    if (*user && (*user)->active && request.password.size() <= 1024) {
      auto hash = tx.users().password_hash((*user)->id);
      if (!hash) return fail(hash.error());
      ok = crypto::verify_password(*hash, request.password);
    } else {
      crypto::verify_password(dummy_hash(), request.password);
    }
    if (!ok) return wrong_secret(wrong);
    if ((*user)->totp_enabled) {
      if (!request.code || request.code->empty()) {
        // The password was right: asking for the code is not a failure.
        return fail(Error{ErrorCode::unauthenticated,
                          "enter the code from your authenticator app",
                          {{"code", "required: this account signs in with a second factor"}}});
      }
      auto stored = tx.users().totp((*user)->id);
      if (!stored) return fail(stored.error());
      const auto step =
          matching_step(stored->secret, text::trim(*request.code), now, stored->last_step);
      auto used = step ? tx.users().use_totp_step((*user)->id, *step) : Result<bool>(false);
      if (!used) return fail(used.error());
      if (!*used) {
        return wrong_secret(Error{ErrorCode::unauthenticated,
                                  "the code is wrong, expired or already used",
                                  {{"code", "not the current code of your authenticator app"}}});
      }
    }
    if (auto cleaned = tx.users().delete_sessions_expired_before(format_iso8601(now)); !cleaned) {
      return fail(cleaned.error());
    }
    if (auto forgotten = tx.users().forget_sign_in_failures(subjects.email); !forgotten)
      return fail(forgotten.error());
    auto session = start_session(tx, **user, request.client, request.user_agent);
    if (!session) return fail(session.error());
    return Outcome(std::move(*session));
  });
  // The code was asked for, the limit was reached or the store failed: the attempt counts
  // as neither here (the database's count refused it, or holds no change).
  if (!result) return fail(result.error());
  if (!*result) {
    attempt->failed(now);
    return fail(result->error());
  }
  attempt->succeeded();
  return std::move(**result);
}

Result<LoginResult> Auth::start_session(store::Transaction& tx, const domain::User& user,
                                        std::string_view client,
                                        std::string_view user_agent) const {
  const auto now = clock_.now();
  LoginResult result;
  result.token = crypto::random_token();
  result.csrf = crypto::random_token();
  result.user = user;
  result.expires = now + std::chrono::duration_cast<std::chrono::milliseconds>(kSessionLifetime);
  result.second_factor_setup_required = needs_second_factor_setup(tx, user);
  store::StoredSession session;
  session.user = user.id;
  session.csrf_token = result.csrf;
  session.created_at = session.last_used_at = format_iso8601(now);
  session.expires_at = format_iso8601(result.expires);
  session.client = std::string(client);
  session.user_agent = kept_user_agent(user_agent);
  if (auto saved = tx.users().insert_session(crypto::sha256_hex(result.token), session); !saved)
    return fail(saved.error());
  return result;
}

Result<Principal> Auth::authenticate(std::string_view token) const {
  const auto denied =
      Error::unauthenticated("sign in first: the session is missing or has expired");
  if (token.empty() || token.size() > 200) return fail(denied);
  const auto token_hash = crypto::sha256_hex(token);
  const auto now = clock_.now();
  // The principal, and whether the session's last use is old enough to note this one.
  struct Found {
    Principal principal;
    bool stale = false;
  };
  auto found = run(store_, store::Access::read, [&](store::Transaction& tx) -> Result<Found> {
    auto session = tx.users().find_session(token_hash);
    if (!session) return fail(session.error());
    if (!*session) return fail(denied);
    const auto expires = parse_iso8601((*session)->expires_at);
    if (!expires || *expires <= now) return fail(denied);
    auto user = tx.users().get((*session)->user);
    if (!user) return fail(user.error());
    if (!user->active) return fail(denied);
    Found f;
    f.principal.actor = domain::Actor::of(*user);
    f.principal.csrf = (*session)->csrf_token;
    f.principal.session = (*session)->id;
    f.principal.second_factor_setup_required = needs_second_factor_setup(tx, *user);
    const auto used = parse_iso8601((*session)->last_used_at);
    f.stale = !used || now - *used >= kSessionTouchInterval;
    return f;
  });
  if (!found) return fail(found.error());
  if (found->stale) {
    // Best effort: a busy or read-only database must not refuse a valid session.
    auto noted = run(store_, store::Access::write, [&](store::Transaction& tx) {
      return tx.users().touch_session(token_hash, format_iso8601(now));
    });
    if (!noted) spdlog::debug("could not note a session's use: {}", noted.error().message);
  }
  return std::move(found->principal);
}

Status Auth::logout(std::string_view token) {
  return run(store_, store::Access::write, [&](store::Transaction& tx) -> Status {
    return tx.users().delete_session(crypto::sha256_hex(token));
  });
}

Result<std::string> Auth::confirm_password(const domain::Actor& actor, std::string_view password,
                                           std::string_view client, std::string_view field) {
  const auto now = clock_.now();
  const auto too_many =
      Error::exhausted("too many wrong passwords; wait a few minutes and try again");
  auto attempt = limiter_.begin(actor.email, client, now);
  if (!attempt) return fail(too_many);
  const auto subjects = subjects_of(actor.email, client);
  // The body's value: the matched hash, or a wrong password, which commits (its failure is
  // recorded). An error of the runner's rolls back: the limit was reached or the store failed.
  using Outcome = std::expected<std::string, Error>;
  auto result = run(store_, store::Access::write, [&](store::Transaction& tx) -> Result<Outcome> {
    auto wait = shared_wait(tx, subjects, limits_, now);
    if (!wait) return fail(wait.error());
    if (wait->count() > 0) return fail(too_many);
    auto hash = tx.users().password_hash(actor.user);
    if (!hash) return fail(hash.error());
    if (password.size() <= 1024 && crypto::verify_password(*hash, password)) {
      return Outcome(std::move(*hash));
    }
    if (auto recorded = record_failure(tx, subjects, now, limits_.window); !recorded)
      return fail(recorded.error());
    return Outcome(std::unexpect,
                   Error::invalid("the current password is wrong",
                                  {{std::string(field), "not your current password"}}));
  });
  if (!result) return fail(result.error());
  if (!*result) {
    attempt->failed(now);
    return fail(result->error());
  }
  // Success does not forget earlier failures here: only a sign-in does.
  return std::move(**result);
}

Status Auth::still_current(store::Transaction& tx, const domain::Actor& actor,
                           const std::string& confirmed) {
  auto hash = tx.users().password_hash(actor.user);
  if (!hash) return fail(hash.error());
  if (*hash != confirmed) {
    return fail(Error::conflict("the password was changed meanwhile; enter the new one"));
  }
  return {};
}

}  // namespace orbis::service
