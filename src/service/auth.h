// Signing in and out, and finding who a request comes from.
//
// Thread-safety: thread-safe.
//
// A login returns a random token (the bearer token for scripts, and the session cookie
// for browsers) and a CSRF token that cookie-borne requests must echo. Only the token's
// SHA-256 is stored. Failed logins are limited per email (kMaxFailures within
// kFailureWindow) and per client address (kMaxClientFailures: higher, because an office
// behind one NAT address shares it); past a limit every attempt fails with
// resource_exhausted until the window has passed, whether or not the password is right.
#pragma once

#include <chrono>
#include <deque>
#include <mutex>
#include <string>
#include <unordered_map>

#include "common/clock.h"
#include "domain/user.h"
#include "store/store.h"

namespace orbis::service {

constexpr int kMaxFailures = 5;
constexpr int kMaxClientFailures = 50;
constexpr std::chrono::minutes kFailureWindow{15};
constexpr std::chrono::hours kSessionLifetime{12};

struct LoginResult {
  std::string token;
  std::string csrf;
  domain::User user;
  TimePoint expires;
};

struct Principal {
  domain::Actor actor;
  std::string csrf;
};

class Auth {
 public:
  Auth(store::Store& store, const Clock& clock);

  // unauthenticated for an unknown email, a wrong password or a disabled user (one
  // message for all three); resource_exhausted while rate-limited.
  Result<LoginResult> login(std::string_view email, std::string_view password,
                            std::string_view client);
  // How long `email` / `client` must wait before the next attempt (zero when free).
  std::chrono::seconds retry_after(std::string_view email, std::string_view client) const;
  // unauthenticated for an unknown, expired or revoked token.
  Result<Principal> authenticate(std::string_view token) const;
  // Ends the session; succeeds also when it had already ended.
  Status logout(std::string_view token);

 private:
  bool limited(const std::string& key, TimePoint now) const;
  static int limit_of(const std::string& key);
  void note_failure(const std::string& key, TimePoint now);

  store::Store& store_;
  const Clock& clock_;
  mutable std::mutex mutex_;
  mutable std::unordered_map<std::string, std::deque<TimePoint>> failures_;
};

}  // namespace orbis::service
