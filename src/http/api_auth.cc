// Routes for signing in and out, password reset links, and one's own account: the
// password, sessions, the second factor and the calendar feed token.
#include <fmt/format.h>

#include "common/totp.h"
#include "domain/access/policy.h"
#include "http/api.h"
#include "http/api_support.h"
#include "service/serialize.h"

namespace orbis::http {
namespace {

using nlohmann::json;

// Cookie attributes: the session is HttpOnly (no script can read it) and SameSite=Strict
// (no other site's page sends it); the CSRF cookie is readable so the page can echo it.
// Behind HTTPS both are Secure, so that no plain-HTTP request ever carries them.
std::string cookie(std::string_view name, std::string_view value, long max_age, bool http_only,
                   const ApiOptions& options) {
  return fmt::format("{}={}; Path=/;{}{} SameSite=Strict; Max-Age={}", name, value,
                     http_only ? " HttpOnly;" : "", options.secure_cookies ? " Secure;" : "",
                     max_age);
}

void set_session_cookies(Response& r, std::string_view token, std::string_view csrf, long max_age,
                         const ApiOptions& options) {
  r.headers.emplace_back("Set-Cookie", cookie(kSessionCookie, token, max_age, true, options));
  r.headers.emplace_back("Set-Cookie", cookie(kCsrfCookie, csrf, max_age, false, options));
}

// What the actor may do, by resource, as the access policy says: {"call": ["read", …], …}.
json permissions_json(const domain::Actor& actor) {
  json out = json::object();
  for (const auto& [resource, action] : domain::access::permitted(actor))
    out[std::string(domain::access::to_string(resource))].push_back(
        std::string(domain::access::to_string(action)));
  return out;
}

// A new session, as login and a password change answer it: the tokens in the body for
// scripts, the cookies for browsers.
Response session_response(const service::LoginResult& login, const ApiOptions& options) {
  const long max_age =
      std::chrono::duration_cast<std::chrono::seconds>(service::kSessionLifetime).count();
  auto response =
      Response::json(200, {{"token", login.token},
                           {"csrf", login.csrf},
                           {"expires", format_iso8601(login.expires)},
                           {"user", service::user_json(login.user)},
                           {"second_factor_setup_required", login.second_factor_setup_required},
                           {"permissions", permissions_json(domain::Actor::of(login.user))}});
  set_session_cookies(response, login.token, login.csrf, max_age, options);
  response.headers.emplace_back("Cache-Control", "no-store");
  return response;
}

json session_json(const store::StoredSession& s, std::int64_t current) {
  return {{"id", s.id},
          {"created_at", s.created_at},
          {"last_used_at", s.last_used_at},
          {"expires_at", s.expires_at},
          {"client", s.client},
          {"user_agent", s.user_agent},
          {"current", s.id == current}};
}

json calendar_json(const std::optional<store::CalendarFeed>& feed) {
  if (!feed) return nullptr;
  return {{"url", "/api/v1/calendar/" + feed->token + ".ics"},
          {"created_at", feed->created_at.empty() ? json() : json(feed->created_at)}};
}

Response no_store(Response r) {
  r.headers.emplace_back("Cache-Control", "no-store");
  return r;
}

// The members of a body that must all be non-empty strings.
Result<std::vector<std::string>> required_texts(const json& body,
                                                std::initializer_list<const char*> names,
                                                std::string_view what) {
  internal::FieldReader r(body);
  std::vector<std::string> values;
  for (const auto* name : names) {
    auto value = r.text(name);
    if (value && value->empty()) r.error(name, "required");
    if (!value && !r.has(name)) r.error(name, "required");
    values.push_back(value.value_or(""));
  }
  if (auto ok = r.finish(what); !ok) return fail(ok.error());
  return values;
}

}  // namespace

void add_auth_routes(Router& router, service::Services& s, const ApiOptions& options) {
  router.add({.method = "POST",
              .pattern = "/api/v1/auth/login",
              .is_public = true,
              .summary = "Sign in with email and password (and the code of a second factor)",
              .tag = "auth",
              .request_schema = "LoginInput",
              .response_schema = "Login",
              .handler = [&s, options](Request& req) {
                auto body = internal::json_body(req);
                if (!body) return problem(body.error());
                if (auto ok = internal::only_fields(*body, {"email", "password", "code"}); !ok)
                  return problem(ok.error());
                internal::FieldReader r(*body);
                const auto email = r.text("email");
                const auto password = r.text("password");
                const auto code = r.text("code");
                if (!email || email->empty()) r.error("email", "required");
                if (!password || password->empty()) r.error("password", "required");
                if (auto ok = r.finish("sign-in"); !ok) return problem(ok.error());
                auto login = s.auth.login({.email = *email,
                                           .password = *password,
                                           .code = code,
                                           .client = req.client,
                                           .user_agent = req.header("user-agent")});
                if (!login) {
                  auto response = problem(login.error());
                  if (login.error().code == ErrorCode::resource_exhausted) {
                    response.headers.emplace_back(
                        "Retry-After",
                        std::to_string(s.auth.retry_after(*email, req.client).count()));
                  }
                  return response;
                }
                return session_response(*login, options);
              }});

  router.add({.method = "POST",
              .pattern = "/api/v1/auth/logout",
              .roles = any_role(),
              .summary = "Sign out (ends this session)",
              .tag = "auth",
              .success_status = 204,
              .before_second_factor = true,
              .handler = [&s, options](Request& req) {
                std::string token = cookie_value(req.header("cookie"), kSessionCookie);
                const auto authorization = req.header("authorization");
                if (authorization.size() > 7 && !req.via_cookie) token = authorization.substr(7);
                if (auto ok = s.auth.logout(token); !ok) return problem(ok.error());
                auto response = Response::empty(204);
                set_session_cookies(response, "", "", 0, options);
                return response;
              }});

  router.add({.method = "GET",
              .pattern = "/api/v1/auth/me",
              .roles = any_role(),
              .summary = "Read the signed-in user",
              .tag = "auth",
              .response_schema = "Me",
              .before_second_factor = true,
              .handler = [&s](Request& req) {
                const auto& actor = req.principal->actor;
                auto tx = s.store.begin(store::Access::read);
                if (!tx) return problem(tx.error());
                auto stored = (*tx)->users().get(actor.user);
                if (!stored) return problem(stored.error());
                auto body = service::user_json(*stored);
                body["second_factor_setup_required"] = req.principal->second_factor_setup_required;
                body["permissions"] = permissions_json(actor);
                return no_store(Response::json(200, body));
              }});

  router.add({.method = "POST",
              .pattern = "/api/v1/auth/password-reset",
              .is_public = true,
              .summary = "Set a new password with a one-time reset link's token",
              .tag = "auth",
              .request_schema = "PasswordResetInput",
              .success_status = 204,
              .handler = [&s](Request& req) {
                auto body = internal::json_body(req);
                if (!body) return problem(body.error());
                if (auto ok = internal::only_fields(*body, {"token", "password"}); !ok)
                  return problem(ok.error());
                auto fields = required_texts(*body, {"token", "password"}, "password reset");
                if (!fields) return problem(fields.error());
                if (auto ok = s.users.reset_password((*fields)[0], (*fields)[1]); !ok)
                  return problem(ok.error());
                return Response::empty(204);
              }});

  // One's own account.
  router.add({.method = "GET",
              .pattern = "/api/v1/account",
              .roles = any_role(),
              .summary = "Read one's own account: sessions, second factor, calendar feed",
              .tag = "account",
              .response_schema = "Account",
              .before_second_factor = true,
              .handler = [&s](Request& req) {
                auto view = s.accounts.view(req.principal->actor);
                if (!view) return problem(view.error());
                json sessions = json::array();
                for (const auto& session : view->sessions)
                  sessions.push_back(session_json(session, req.principal->session));
                return no_store(
                    Response::json(200, {{"user", service::user_json(view->user)},
                                         {"sessions", sessions},
                                         {"calendar", calendar_json(view->calendar)},
                                         {"second_factor",
                                          {{"enabled", view->user.totp_enabled},
                                           {"pending", view->second_factor_pending},
                                           {"required", view->second_factor_required}}}}));
              }});

  router.add(
      {.method = "POST",
       .pattern = "/api/v1/account/password",
       .roles = any_role(),
       .summary = "Change one's own password (ends every session and starts a new one)",
       .tag = "account",
       .request_schema = "PasswordChangeInput",
       .response_schema = "Login",
       .before_second_factor = true,
       .handler = [&s, options](Request& req) {
         auto body = internal::json_body(req);
         if (!body) return problem(body.error());
         if (auto ok = internal::only_fields(*body, {"current_password", "new_password"}); !ok)
           return problem(ok.error());
         auto fields = required_texts(*body, {"current_password", "new_password"}, "password");
         if (!fields) return problem(fields.error());
         auto changed = s.accounts.change_password(req.principal->actor, (*fields)[0], (*fields)[1],
                                                   req.client, req.header("user-agent"));
         if (!changed) {
           auto response = problem(changed.error());
           if (changed.error().code == ErrorCode::resource_exhausted) {
             response.headers.emplace_back(
                 "Retry-After",
                 std::to_string(
                     s.auth.retry_after(req.principal->actor.email, req.client).count()));
           }
           return response;
         }
         return session_response(*changed, options);
       }});

  router.add({.method = "DELETE",
              .pattern = "/api/v1/account/sessions/{id}",
              .roles = any_role(),
              .summary = "End one of one's own sessions",
              .tag = "account",
              .success_status = 204,
              .before_second_factor = true,
              .handler = [&s, options](Request& req) {
                auto id = internal::id_param(req, "id");
                if (!id) return problem(id.error());
                if (auto ok = s.accounts.end_session(req.principal->actor, *id); !ok)
                  return problem(ok.error());
                auto response = Response::empty(204);
                if (*id == req.principal->session && req.via_cookie)
                  set_session_cookies(response, "", "", 0, options);
                return response;
              }});

  router.add({.method = "POST",
              .pattern = "/api/v1/account/totp",
              .roles = any_role(),
              .summary = "Start setting up a second factor (TOTP): a new secret and its QR code",
              .tag = "account",
              .response_schema = "TotpEnrolment",
              .success_status = 201,
              .before_second_factor = true,
              .handler = [&s](Request& req) {
                auto enrolment = s.accounts.start_second_factor(req.principal->actor);
                if (!enrolment) return problem(enrolment.error());
                return no_store(
                    Response::json(201, {{"secret", totp::base32_encode(enrolment->secret)},
                                         {"uri", enrolment->uri},
                                         {"qr_svg", enrolment->qr_svg}}));
              }});

  router.add({.method = "POST",
              .pattern = "/api/v1/account/totp/confirm",
              .roles = any_role(),
              .summary = "Turn the second factor on with a code from the authenticator app",
              .tag = "account",
              .request_schema = "TotpCodeInput",
              .success_status = 204,
              .before_second_factor = true,
              .handler = [&s](Request& req) {
                auto body = internal::json_body(req);
                if (!body) return problem(body.error());
                if (auto ok = internal::only_fields(*body, {"code"}); !ok)
                  return problem(ok.error());
                auto fields = required_texts(*body, {"code"}, "second factor");
                if (!fields) return problem(fields.error());
                if (auto ok = s.accounts.confirm_second_factor(req.principal->actor, (*fields)[0]);
                    !ok) {
                  return problem(ok.error());
                }
                return Response::empty(204);
              }});

  router.add({.method = "POST",
              .pattern = "/api/v1/account/totp/disable",
              .roles = any_role(),
              .summary = "Turn the second factor off (the password and a current code)",
              .tag = "account",
              .request_schema = "TotpDisableInput",
              .success_status = 204,
              .before_second_factor = true,
              .handler = [&s](Request& req) {
                auto body = internal::json_body(req);
                if (!body) return problem(body.error());
                if (auto ok = internal::only_fields(*body, {"password", "code"}); !ok)
                  return problem(ok.error());
                auto fields = required_texts(*body, {"password", "code"}, "second factor");
                if (!fields) return problem(fields.error());
                if (auto ok = s.accounts.remove_second_factor(req.principal->actor, (*fields)[0],
                                                              (*fields)[1], req.client);
                    !ok) {
                  return problem(ok.error());
                }
                return Response::empty(204);
              }});

  router.add({.method = "DELETE",
              .pattern = "/api/v1/account/calendar-token",
              .roles = any_role(),
              .summary = "Revoke one's calendar feed token (its URL stops working)",
              .tag = "account",
              .success_status = 204,
              .before_second_factor = true,
              .handler = [&s](Request& req) {
                if (auto ok = s.accounts.revoke_calendar_token(req.principal->actor); !ok)
                  return problem(ok.error());
                return Response::empty(204);
              }});
}

}  // namespace orbis::http
