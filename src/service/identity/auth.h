// Signing in and out, and finding who a request comes from.
//
// Thread-safety: thread-safe.
//
// A login returns a random token (the bearer token for scripts, and the session cookie
// for browsers) and a CSRF token that cookie-borne requests must echo. Only the token's
// SHA-256 is stored. A user with a second factor also sends the current code of their
// authenticator app. Failed logins are limited per email and per client address; past a
// limit every attempt fails with resource_exhausted until the window has passed, whether or
// not the password is right.
//
// The failures are counted twice. In memory (LoginLimiter), which refuses a flood before it
// reaches the database and counts the attempts still being checked on this server. And in
// the database, which every server on it shares: a sign-in reads its subjects' failures,
// and records a wrong password, inside its own write transaction, and writers take turns on
// every server, so N servers behind a load balancer allow no more than one does. The
// database holds hashes of the email and the address, never either; a row is deleted once
// its window has passed. A wrong current password when changing a password or turning off
// a second factor (confirm_password) counts the same way, against the same limit: it is
// checked, and its failure recorded, in a write transaction of its own before the change's.
#pragma once

#include <chrono>
#include <optional>
#include <string>

#include "common/clock.h"
#include "domain/user.h"
#include "service/identity/login_limiter.h"
#include "store/store.h"

namespace orbis::service {

constexpr std::chrono::hours kSessionLifetime{12};
// A session's last use is written at most this often, so that most requests only read.
constexpr std::chrono::minutes kSessionTouchInterval{5};
// How much of a browser's User-Agent header a session keeps.
constexpr std::size_t kMaxUserAgentBytes = 300;

struct LoginRequest {
  std::string email;
  std::string password;
  std::optional<std::string> code;  // the second factor, for users who have one
  std::string client;               // the address the request came from
  std::string user_agent;
};

struct LoginResult {
  std::string token;
  std::string csrf;
  domain::User user;
  TimePoint expires;
  // An admin without a second factor while admins must have one: the session may only
  // set one up (and manage the account) until then.
  bool second_factor_setup_required = false;
};

struct Principal {
  domain::Actor actor;
  std::string csrf;
  std::int64_t session = 0;                   // the id of the session the request came with
  bool second_factor_setup_required = false;  // see LoginResult
};

class Auth {
 public:
  Auth(store::Store& store, const Clock& clock, LoginLimits limits = {});

  // unauthenticated for an unknown email, a wrong password or a disabled user (one
  // message for all three); after the right password of a user with a second factor,
  // unauthenticated naming the field `code` when the code is missing, wrong or already
  // used. resource_exhausted while rate-limited.
  Result<LoginResult> login(const LoginRequest& request);
  // How long `email` / `client` must wait before the next attempt (zero when free).
  std::chrono::seconds retry_after(std::string_view email, std::string_view client) const;
  // unauthenticated for an unknown, expired or revoked token, or a disabled user. Notes
  // the session's use (at most every kSessionTouchInterval; a failure to note it is
  // not the caller's).
  Result<Principal> authenticate(std::string_view token) const;
  // Ends the session; succeeds also when it had already ended.
  Status logout(std::string_view token);

  // Checks the password of `actor` in a write transaction of its own. A wrong one counts
  // against the sign-in limit of the actor's email and the client's address, on every
  // server: invalid_argument naming `field`, or resource_exhausted once the limit is reached
  // (then even the right password waits). Returns the stored hash the password matched; the
  // change it allows checks inside its own transaction, with still_current(), that the
  // password has not been changed meanwhile.
  Result<std::string> confirm_password(const domain::Actor& actor, std::string_view password,
                                       std::string_view client, std::string_view field);
  // conflict when the password of `actor` is no longer the one confirm_password() matched.
  static Status still_current(store::Transaction& tx, const domain::Actor& actor,
                              const std::string& confirmed);

  // Starts a session for `user` inside `tx`; committing is the caller's (its runner's).
  Result<LoginResult> start_session(store::Transaction& tx, const domain::User& user,
                                    std::string_view client, std::string_view user_agent) const;

  // Whether admins must sign in with a second factor (the setting, read inside `tx`).
  static Result<bool> admin_second_factor_required(store::Transaction& tx);

  // Keys the sign-in limiter holds in memory.
  std::size_t tracked_keys() const { return limiter_.tracked_keys(); }

 private:
  store::Store& store_;
  const Clock& clock_;
  const LoginLimits limits_;
  LoginLimiter limiter_;
};

}  // namespace orbis::service
