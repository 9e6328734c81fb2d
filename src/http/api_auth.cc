// Routes for signing in and out.
#include <fmt/format.h>

#include "http/api.h"
#include "http/api_support.h"
#include "service/serialize.h"

namespace orbis::http {
namespace {

// Cookie attributes: the session is HttpOnly (no script can read it) and SameSite=Strict
// (no other site's page sends it); the CSRF cookie is readable so the page can echo it.
std::string session_cookie(std::string_view value, long max_age) {
  return fmt::format("{}={}; Path=/; HttpOnly; SameSite=Strict; Max-Age={}", kSessionCookie, value,
                     max_age);
}
std::string csrf_cookie(std::string_view value, long max_age) {
  return fmt::format("{}={}; Path=/; SameSite=Strict; Max-Age={}", kCsrfCookie, value, max_age);
}

}  // namespace

void add_auth_routes(Router& router, service::Services& s) {
  router.add(
      {.method = "POST",
       .pattern = "/api/v1/auth/login",
       .is_public = true,
       .summary = "Sign in with email and password",
       .tag = "auth",
       .request_schema = "LoginInput",
       .response_schema = "Login",
       .handler = [&s](Request& req) {
         auto body = internal::json_body(req);
         if (!body) return problem(body.error());
         if (auto ok = internal::only_fields(*body, {"email", "password"}); !ok)
           return problem(ok.error());
         internal::FieldReader r(*body);
         const auto email = r.text("email");
         const auto password = r.text("password");
         if (!email || email->empty()) r.error("email", "required");
         if (!password || password->empty()) r.error("password", "required");
         if (auto ok = r.finish("sign-in"); !ok) return problem(ok.error());
         auto login = s.auth.login(*email, *password, req.client);
         if (!login) {
           auto response = problem(login.error());
           if (login.error().code == ErrorCode::resource_exhausted) {
             response.headers.emplace_back(
                 "Retry-After", std::to_string(s.auth.retry_after(*email, req.client).count()));
           }
           return response;
         }
         const long max_age =
             std::chrono::duration_cast<std::chrono::seconds>(service::kSessionLifetime).count();
         auto response = Response::json(200, {{"token", login->token},
                                              {"csrf", login->csrf},
                                              {"expires", format_iso8601(login->expires)},
                                              {"user", service::user_json(login->user)}});
         response.headers.emplace_back("Set-Cookie", session_cookie(login->token, max_age));
         response.headers.emplace_back("Set-Cookie", csrf_cookie(login->csrf, max_age));
         response.headers.emplace_back("Cache-Control", "no-store");
         return response;
       }});

  router.add({.method = "POST",
              .pattern = "/api/v1/auth/logout",
              .roles = any_role(),
              .summary = "Sign out (ends this session)",
              .tag = "auth",
              .success_status = 204,
              .handler = [&s](Request& req) {
                std::string token = cookie_value(req.header("cookie"), kSessionCookie);
                const auto authorization = req.header("authorization");
                if (authorization.size() > 7 && !req.via_cookie) token = authorization.substr(7);
                if (auto ok = s.auth.logout(token); !ok) return problem(ok.error());
                auto response = Response::empty(204);
                response.headers.emplace_back("Set-Cookie", session_cookie("", 0));
                response.headers.emplace_back("Set-Cookie", csrf_cookie("", 0));
                return response;
              }});

  router.add({.method = "GET",
              .pattern = "/api/v1/auth/me",
              .roles = any_role(),
              .summary = "Read the signed-in user",
              .tag = "auth",
              .response_schema = "User",
              .handler = [&s](Request& req) {
                const auto& actor = req.principal->actor;
                domain::User user;
                user.id = actor.user;
                user.email = actor.email;
                user.role = actor.role;
                user.org_unit = actor.org_unit;
                user.institution = actor.institution;
                auto tx = s.store.begin(store::Access::read);
                if (!tx) return problem(tx.error());
                auto stored = (*tx)->users().get(actor.user);
                if (!stored) return problem(stored.error());
                return Response::json(200, service::user_json(*stored));
              }});
}

}  // namespace orbis::http
