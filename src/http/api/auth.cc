// Routes for signing in and out, password reset links, and one's own account: the
// password, sessions, the second factor and the calendar feed token.
#include <fmt/format.h>

#include "http/api/api.h"
#include "http/json/account.h"
#include "http/routing/endpoint.h"
#include "service/support/transaction.h"

namespace orbis::http {
namespace {

using routing::Call;

// Cookie attributes: the session is HttpOnly (no script can read it) and SameSite=Strict
// (no other site's page sends it); the CSRF cookie is readable so the page can echo it.
// Behind HTTPS both are Secure, so that no plain-HTTP request ever carries them.
std::string cookie(std::string_view name, std::string_view value, long max_age, bool http_only,
                   const ApiOptions& options) {
  return fmt::format("{}={}; Path=/;{}{} SameSite=Strict; Max-Age={}", name, value,
                     http_only ? " HttpOnly;" : "", options.secure_cookies ? " Secure;" : "",
                     max_age);
}

void set_session_cookies(const Call& c, std::string_view token, std::string_view csrf, long max_age,
                         const ApiOptions& options) {
  c.add_header("Set-Cookie", cookie(kSessionCookie, token, max_age, true, options));
  c.add_header("Set-Cookie", cookie(kCsrfCookie, csrf, max_age, false, options));
}

// A new session, as login and a password change answer it: the tokens in the body for
// scripts, the cookies for browsers; no cache keeps it.
Result<service::LoginResult> start_session(const Call& c, Result<service::LoginResult> login,
                                           const ApiOptions& options) {
  if (!login) return login;
  const long max_age =
      std::chrono::duration_cast<std::chrono::seconds>(service::kSessionLifetime).count();
  set_session_cookies(c, login->token, login->csrf, max_age, options);
  c.add_header("Cache-Control", "no-store");
  return login;
}

// A refusal for too many failed sign-ins says how long to wait.
void say_when_to_retry(const Call& c, const Error& error, const service::Auth& auth,
                       std::string_view email) {
  if (error.code == ErrorCode::resource_exhausted)
    c.add_header("Retry-After", std::to_string(auth.retry_after(email, c.request.client).count()));
}

using SessionId = Id<struct SessionTag>;

}  // namespace

void add_auth_routes(Router& router, service::Services& s, const ApiOptions& options) {
  using namespace routing;
  Api auth(router, "auth");

  auth.post("/api/v1/auth/login", Access::anyone(),
            "Sign in with email and password (and the code of a second factor)")
      .handle([&s, options](const Call& c, const SignIn& in) -> Result<service::LoginResult> {
        auto login = s.auth.login(
            {.email = in.email,
             .password = in.password,
             .code = in.code.empty() ? std::nullopt : std::optional<std::string>(in.code),
             .client = c.request.client,
             .user_agent = c.request.header("user-agent")});
        if (!login) say_when_to_retry(c, login.error(), s.auth, in.email);
        return start_session(c, std::move(login), options);
      });

  auth.post("/api/v1/auth/logout", Access::signed_in(), "Sign out (ends this session)")
      .before_second_factor()
      .handle([&s, options](const Call& c) -> Status {
        std::string token = cookie_value(c.request.header("cookie"), kSessionCookie);
        const auto authorization = c.request.header("authorization");
        if (authorization.size() > 7 && !c.request.via_cookie) token = authorization.substr(7);
        if (auto ok = s.auth.logout(token); !ok) return ok;
        set_session_cookies(c, "", "", 0, options);
        return {};
      });

  auth.get("/api/v1/auth/me", Access::signed_in(), "Read the signed-in user")
      .before_second_factor()
      .handle([&s](const Call& c) -> Result<Me> {
        auto stored = service::run(s.store, store::Access::read, [&](store::Transaction& tx) {
          return tx.users().get(c.actor().user);
        });
        if (!stored) return fail(stored.error());
        return Me{.user = std::move(*stored),
                  .second_factor_setup_required = c.request.principal->second_factor_setup_required,
                  .permissions = Permissions::of(c.actor())};
      });

  auth.post("/api/v1/auth/password-reset", Access::anyone(),
            "Set a new password with a one-time reset link's token")
      .handle([&s](const Call&, const PasswordReset& in) -> Status {
        return s.users.reset_password(in.token, in.password);
      });

  // One's own account.
  Api account(router, "account");

  account
      .get("/api/v1/account", Access::signed_in(),
           "Read one's own account: sessions, second factor, calendar feed")
      .before_second_factor()
      .handle([&s](const Call& c) -> Result<AccountPage> {
        auto view = s.accounts.view(c.actor());
        if (!view) return fail(view.error());
        return AccountPage::of(std::move(*view), c.request.principal->session);
      });

  account
      .post("/api/v1/account/password", Access::signed_in(),
            "Change one's own password (ends every session and starts a new one)")
      .before_second_factor()
      .handle([&s, options](const Call& c,
                            const PasswordChange& in) -> Result<service::LoginResult> {
        auto changed = s.accounts.change_password(c.actor(), in.current_password, in.new_password,
                                                  c.request.client, c.request.header("user-agent"));
        if (!changed) say_when_to_retry(c, changed.error(), s.auth, c.actor().email);
        return start_session(c, std::move(changed), options);
      });

  account.del("/api/v1/account/sessions/{id}", Access::signed_in(), "End one of one's own sessions")
      .before_second_factor()
      .handle([&s, options](const Call& c, SessionId id) -> Status {
        if (auto ok = s.accounts.end_session(c.actor(), id.value); !ok) return ok;
        if (id.value == c.request.principal->session && c.request.via_cookie)
          set_session_cookies(c, "", "", 0, options);
        return {};
      });

  account
      .post("/api/v1/account/totp", Access::signed_in(),
            "Start setting up a second factor (TOTP): a new secret and its QR code")
      .before_second_factor()
      .handle([&s](const Call& c) -> Result<Created<service::SecondFactorEnrolment>> {
        auto enrolment = s.accounts.start_second_factor(c.actor());
        if (!enrolment) return fail(enrolment.error());
        return Created<service::SecondFactorEnrolment>{std::move(*enrolment), {}};
      });

  account
      .post("/api/v1/account/totp/confirm", Access::signed_in(),
            "Turn the second factor on with a code from the authenticator app")
      .before_second_factor()
      .handle([&s](const Call& c, const TotpCode& in) -> Status {
        return s.accounts.confirm_second_factor(c.actor(), in.code);
      });

  account
      .post("/api/v1/account/totp/disable", Access::signed_in(),
            "Turn the second factor off (the password and a current code)")
      .before_second_factor()
      .handle([&s](const Call& c, const TotpDisable& in) -> Status {
        auto removed =
            s.accounts.remove_second_factor(c.actor(), in.password, in.code, c.request.client);
        if (!removed) say_when_to_retry(c, removed.error(), s.auth, c.actor().email);
        return removed;
      });

  account
      .del("/api/v1/account/calendar-token", Access::signed_in(),
           "Revoke one's calendar feed token (its URL stops working)")
      .before_second_factor()
      .handle(
          [&s](const Call& c) -> Status { return s.accounts.revoke_calendar_token(c.actor()); });
}

}  // namespace orbis::http
