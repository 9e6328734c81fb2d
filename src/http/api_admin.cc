// Routes for administration: users and the audit log.
#include <fmt/format.h>

#include "domain/country.h"
#include "http/api.h"
#include "http/api_support.h"
#include "service/audit_log.h"
#include "service/countries.h"
#include "service/serialize.h"

namespace orbis::http {
namespace {

Response user_response(const domain::User& user) {
  auto r = Response::json(200, service::user_json(user));
  r.headers.emplace_back("ETag", fmt::format("\"{}\"", user.version));
  return r;
}

// A health check trusts the outcome of a write this recent instead of writing a probe, so
// that frequent checks stay cheap.
constexpr auto kWriteProbeInterval = std::chrono::seconds(10);

}  // namespace

void add_admin_routes(Router& router, service::Services& s) {
  using domain::Role;
  router.add({.method = "GET",
              .pattern = "/api/v1/users",
              .roles = {Role::admin},
              .summary = "List users",
              .tag = "admin",
              .query = internal::paged_query(),
              .response_schema = "UserList",
              .handler = [&s](Request& req) {
                return internal::paged_list(
                    req,
                    [&](const service::PageRequest& page) {
                      return s.users.list(req.principal->actor, page);
                    },
                    service::user_json);
              }});

  router.add({.method = "POST",
              .pattern = "/api/v1/users",
              .roles = {Role::admin},
              .summary = "Add a user with a role and scope",
              .tag = "admin",
              .request_schema = "UserInput",
              .response_schema = "User",
              .success_status = 201,
              .handler = [&s](Request& req) {
                auto body = internal::json_body(req);
                if (!body) return problem(body.error());
                if (auto ok = internal::only_fields(*body, {"email", "name", "role", "password",
                                                            "org_unit_id", "institution_id"});
                    !ok) {
                  return problem(ok.error());
                }
                internal::FieldReader r(*body);
                domain::User user;
                user.email = r.text("email").value_or("");
                user.name = r.text("name").value_or("");
                const auto role = r.text("role").value_or("");
                if (const auto parsed = domain::parse_role(role)) {
                  user.role = *parsed;
                } else {
                  r.error("role", "one of admin, officer, coordinator, student, partner, viewer");
                }
                if (const auto unit = r.id("org_unit_id")) user.org_unit = OrgUnitId{*unit};
                if (const auto inst = r.id("institution_id"))
                  user.institution = InstitutionId{*inst};
                const auto password = r.text("password").value_or("");
                if (auto ok = r.finish("user"); !ok) return problem(ok.error());
                return internal::respond(s.users.add(req.principal->actor, user, password),
                                         [](const auto& created) {
                                           return Response::json(201, service::user_json(created));
                                         });
              }});

  router.add({.method = "GET",
              .pattern = "/api/v1/users/{id}",
              .roles = {Role::admin},
              .summary = "Read a user",
              .tag = "admin",
              .response_schema = "User",
              .handler = [&s](Request& req) {
                auto id = internal::id_param(req, "id");
                if (!id) return problem(id.error());
                return internal::respond(s.users.get(req.principal->actor, UserId{*id}),
                                         [](const auto& user) { return user_response(user); });
              }});

  router.add({.method = "PATCH",
              .pattern = "/api/v1/users/{id}",
              .roles = {Role::admin},
              .summary = "Change a user's name, role, scope or whether it is active (If-Match)",
              .tag = "admin",
              .request_schema = "UserPatch",
              .response_schema = "User",
              .handler = [&s](Request& req) {
                auto id = internal::id_param(req, "id");
                if (!id) return problem(id.error());
                auto version = internal::required_version(req);
                if (!version) return std::move(version.error());
                auto body = internal::json_body(req);
                if (!body) return problem(body.error());
                if (auto ok = internal::only_fields(
                        *body, {"name", "role", "org_unit_id", "institution_id", "active"});
                    !ok) {
                  return problem(ok.error());
                }
                internal::FieldReader r(*body);
                service::UserChange change;
                change.name = r.text("name");
                if (const auto role = r.text("role")) {
                  if (const auto parsed = domain::parse_role(*role)) {
                    change.role = parsed;
                  } else {
                    r.error("role", "one of admin, officer, coordinator, student, partner, viewer");
                  }
                }
                if (r.has("org_unit_id")) {
                  const auto unit = r.id("org_unit_id");
                  change.org_unit = unit ? std::optional(OrgUnitId{*unit}) : std::nullopt;
                }
                if (r.has("institution_id")) {
                  const auto inst = r.id("institution_id");
                  change.institution = inst ? std::optional(InstitutionId{*inst}) : std::nullopt;
                }
                if (r.has("active")) {
                  if (r.raw("active").is_boolean()) {
                    change.active = r.raw("active").get<bool>();
                  } else {
                    r.error("active", "true or false");
                  }
                }
                if (auto ok = r.finish("user"); !ok) return problem(ok.error());
                return internal::respond(
                    s.users.update(req.principal->actor, UserId{*id}, *version, change),
                    [](const auto& user) { return user_response(user); });
              }});

  router.add({.method = "POST",
              .pattern = "/api/v1/users/{id}/password-reset",
              .roles = {Role::admin},
              .summary = "Make a one-time password reset link for a user (shown once)",
              .tag = "admin",
              .response_schema = "ResetLink",
              .success_status = 201,
              .handler = [&s](Request& req) {
                auto id = internal::id_param(req, "id");
                if (!id) return problem(id.error());
                auto link = s.users.create_reset_link(req.principal->actor, UserId{*id});
                if (!link) return problem(link.error());
                // The token rides in the fragment: browsers never send it to a server,
                // so it stays out of access logs and Referer headers.
                auto r = Response::json(201, {{"token", link->token},
                                              {"path", "/reset-password#token=" + link->token},
                                              {"expires", format_iso8601(link->expires)}});
                r.headers.emplace_back("Cache-Control", "no-store");
                return r;
              }});

  router.add({.method = "DELETE",
              .pattern = "/api/v1/users/{id}/totp",
              .roles = {Role::admin},
              .summary = "Remove a user's second factor (a lost phone)",
              .tag = "admin",
              .response_schema = "User",
              .handler = [&s](Request& req) {
                auto id = internal::id_param(req, "id");
                if (!id) return problem(id.error());
                return internal::respond(
                    s.users.remove_second_factor(req.principal->actor, UserId{*id}),
                    [](const auto& user) { return user_response(user); });
              }});

  router.add({.method = "GET",
              .pattern = "/api/v1/settings/security",
              .roles = {Role::admin},
              .summary = "Read the security settings",
              .tag = "admin",
              .response_schema = "SecuritySettings",
              .handler = [&s](Request& req) {
                return internal::respond(
                    s.users.security(req.principal->actor), [](const auto& settings) {
                      return Response::json(
                          200, {{"admin_totp_required", settings.admin_second_factor_required}});
                    });
              }});

  router.add({.method = "PUT",
              .pattern = "/api/v1/settings/security",
              .roles = {Role::admin},
              .summary = "Require admins to sign in with a second factor, or not",
              .tag = "admin",
              .request_schema = "SecuritySettings",
              .response_schema = "SecuritySettings",
              .handler = [&s](Request& req) {
                auto body = internal::json_body(req);
                if (!body) return problem(body.error());
                if (auto ok = internal::only_fields(*body, {"admin_totp_required"}); !ok)
                  return problem(ok.error());
                if (!body->contains("admin_totp_required") ||
                    !(*body)["admin_totp_required"].is_boolean()) {
                  return problem(Error::invalid("the security settings have invalid fields",
                                                {{"admin_totp_required", "true or false"}}));
                }
                service::SecuritySettings settings{(*body)["admin_totp_required"].get<bool>()};
                return internal::respond(
                    s.users.set_security(req.principal->actor, settings), [](const auto& saved) {
                      return Response::json(
                          200, {{"admin_totp_required", saved.admin_second_factor_required}});
                    });
              }});

  router.add(
      {.method = "GET",
       .pattern = "/api/v1/audit",
       .roles = {Role::admin},
       .summary = "Read the audit log, oldest first",
       .tag = "admin",
       .query = {{"after", "integer", "entries after this sequence number"},
                 {"limit", "integer", "page size, 1 to 500 (default 100)"}},
       .response_schema = "AuditPage",
       .handler = [&s](Request& req) {
         auto after = internal::size_param(req, "after", 0, 0, 1'000'000'000'000);
         auto limit = internal::size_param(req, "limit", 100, 1, 500);
         if (!after) return problem(after.error());
         if (!limit) return problem(limit.error());
         auto entries = service::list_audit_log(s.store, req.principal->actor,
                                                static_cast<std::int64_t>(*after), *limit);
         return internal::respond(entries, [&](const auto& list) {
           nlohmann::json items = nlohmann::json::array();
           for (const auto& e : list) {
             items.push_back(
                 {{"seq", e.seq},
                  {"at", e.at},
                  {"actor", e.actor},
                  {"action", e.action},
                  {"entity", e.entity},
                  {"entity_id", e.entity_id},
                  {"before", e.before.empty() ? nlohmann::json()
                                              : nlohmann::json::parse(e.before, nullptr, false)},
                  {"after", e.after.empty() ? nlohmann::json()
                                            : nlohmann::json::parse(e.after, nullptr, false)},
                  {"prev_hash", e.prev_hash},
                  {"hash", e.hash}});
           }
           const bool more = list.size() == *limit;
           return Response::json(
               200, {{"items", items},
                     {"next",
                      more ? nlohmann::json(std::to_string(list.back().seq)) : nlohmann::json()}});
         });
       }});

  router.add({.method = "GET",
              .pattern = "/api/v1/audit/verify",
              .roles = {Role::admin},
              .summary = "Check the audit log's hash chain",
              .tag = "admin",
              .response_schema = "AuditVerification",
              .handler = [&s](Request&) {
                return internal::respond(
                    service::verify_audit_log(s.store), [](const auto& report) {
                      nlohmann::json problems = nlohmann::json::array();
                      for (const auto& p : report.problems)
                        problems.push_back({{"seq", p.seq}, {"problem", p.what}});
                      return Response::json(200, {{"entries", report.entries},
                                                  {"intact", report.problems.empty()},
                                                  {"problems", problems}});
                    });
              }});
}

void add_meta_routes(Router& router, service::Services& s) {
  router.add({.method = "GET",
              .pattern = "/api/v1/health",
              .is_public = true,
              .summary = "Check that the server answers and its database can be written "
                         "(503 when not)",
              .tag = "meta",
              .response_schema = "Health",
              .handler = [&s](Request&) {
                auto version = s.store.schema_version();
                if (!version) return problem(version.error());
                const auto writes = s.store.write_health(kWriteProbeInterval);
                auto r = Response::json(
                    writes.writable ? 200 : 503,
                    {{"status", writes.writable ? "ok" : "unavailable"},
                     {"version", ORBIS_VERSION},
                     {"database", s.store.backend()},
                     {"schema", *version},
                     {"institutions", s.registry.size()},
                     {"storage",
                      {{"writable", writes.writable},
                       {"problem",
                        writes.writable ? nlohmann::json() : nlohmann::json(writes.problem)}}}});
                if (!writes.writable)
                  r.headers.emplace_back("Retry-After", std::to_string(kRetryAfterSeconds));
                return r;
              }});

  router.add(
      {.method = "GET",
       .pattern = "/api/v1/countries",
       .is_public = true,
       .summary = "List ISO 3166-1 countries with English and Chinese names, by code",
       .tag = "meta",
       .query = internal::paged_query(),
       .response_schema = "CountryList",
       .handler = [](Request& req) {
         auto r = internal::paged_list(req, service::country_page, [](const domain::Country& c) {
           return nlohmann::json{
               {"code", c.code}, {"name", c.name}, {"name_zh", c.name_zh}, {"region", c.region}};
         });
         if (r.status == 200) r.headers.emplace_back("Cache-Control", "public, max-age=86400");
         return r;
       }});

  router.add(
      {.method = "GET",
       .pattern = "/api/v1/openapi.json",
       .is_public = true,
       .summary = "Read this API's OpenAPI 3.1 description",
       .tag = "meta",
       .handler = [&router](Request&) { return Response::json(200, openapi_document(router)); }});
}

void add_registry_routes(Router& router, service::Services& s);
void add_auth_routes(Router& router, service::Services& s, const ApiOptions& options);
void add_agreement_routes(Router& router, service::Services& s);
void add_credential_routes(Router& router, service::Services& s);
void add_people_routes(Router& router, service::Services& s);
void add_mobility_api_routes(Router& router, service::Services& s);
void add_learning_routes(Router& router, service::Services& s);

void add_api_routes(Router& router, service::Services& services, const ApiOptions& options) {
  add_meta_routes(router, services);
  add_auth_routes(router, services, options);
  add_registry_routes(router, services);
  add_agreement_routes(router, services);
  add_credential_routes(router, services);
  add_people_routes(router, services);
  add_mobility_api_routes(router, services);
  add_learning_routes(router, services);
  router.add_public_path(
      [&services](const Request& request) { return well_known(request, services); });
  add_admin_routes(router, services);
}

}  // namespace orbis::http
