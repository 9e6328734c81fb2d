// Routes for administration (users, the security settings, the audit log) and of the
// server itself (health, countries, the OpenAPI document).
#include "http/json/admin.h"

#include <fmt/format.h>

#include <charconv>

#include "http/api/api.h"
#include "http/routing/endpoint.h"
#include "service/registry/countries.h"
#include "service/services.h"
#include "service/support/audit_log.h"

namespace orbis::http {

namespace routing {

// GET /users and /countries: a page (100 a page unless asked).
struct AdminPageQuery {
  PageRequest page;
};

template <>
struct QueryCodec<AdminPageQuery> : QueryObject<AdminPageQuery> {
  static constexpr auto params() {
    return std::tuple{Paging<AdminPageQuery>{&AdminPageQuery::page, kMaxPageSize}};
  }
};

// GET /audit: the entries after a sequence number, oldest first. `cursor` (the `next` of the
// page before) and `after` say the same; a page holds up to 500.
struct AuditQuery {
  std::optional<std::int64_t> after;
  std::optional<std::size_t> limit;
  std::string cursor;
};

template <>
struct QueryCodec<AuditQuery> : QueryObject<AuditQuery> {
  static constexpr auto params() {
    return std::tuple{
        Param{"after", &AuditQuery::after, "entries after this sequence number"},
        Param{"limit", &AuditQuery::limit, "page size, 1 to 500 (default 100)"},
        Param{"cursor", &AuditQuery::cursor, "the `next` of the page before (as after)"}};
  }
};

}  // namespace routing

namespace {

// A health check trusts the outcome of a write this recent instead of writing a probe, so
// that frequent checks stay cheap.
constexpr auto kWriteProbeInterval = std::chrono::seconds(10);

constexpr std::size_t kAuditPageSize = 100;
constexpr std::size_t kMaxAuditPageSize = 500;
constexpr std::int64_t kMaxAuditSeq = 1'000'000'000'000;

// invalid_argument naming a query parameter outside [min, max].
Error out_of_range(const char* name, std::int64_t min, std::int64_t max) {
  return Error::invalid("a query parameter is out of range",
                        {{name, fmt::format("a whole number from {} to {}", min, max)}});
}

// The page of the audit log a query asks for: the entry after which it starts, and its size.
Result<std::pair<std::int64_t, std::size_t>> audit_page(const routing::AuditQuery& q) {
  std::int64_t after = q.after.value_or(0);
  if (!q.cursor.empty()) {
    // A cursor is the sequence number of the last entry of the page before.
    const auto* end = q.cursor.data() + q.cursor.size();
    const auto [at, ec] = std::from_chars(q.cursor.data(), end, after);
    if (ec != std::errc() || at != end || after < 0 || after > kMaxAuditSeq)
      return fail(Error::invalid("a query parameter is out of range",
                                 {{"cursor", "the `next` of a page of this list"}}));
  } else if (after < 0 || after > kMaxAuditSeq) {
    return fail(out_of_range("after", 0, kMaxAuditSeq));
  }
  const std::size_t limit = q.limit.value_or(kAuditPageSize);
  if (limit < 1 || limit > kMaxAuditPageSize)
    return fail(out_of_range("limit", 1, static_cast<std::int64_t>(kMaxAuditPageSize)));
  return std::pair{after, limit};
}

}  // namespace

void add_admin_routes(Router& router, service::Services& s) {
  using domain::access::Action;
  using domain::access::Resource;
  using namespace routing;
  Api api(router, "admin");

  api.get("/api/v1/users", Access::policy(Resource::user, Action::read), "List users")
      .handle([&s](const Call& c, const Query<AdminPageQuery>& q) -> Result<Page<domain::User>> {
        auto page = s.users.list(c.actor(), {q->page.limit, q->page.cursor});
        if (!page) return fail(page.error());
        return Page<domain::User>{std::move(page->items), std::move(page->next), page->total};
      });

  api.post("/api/v1/users", Access::policy(Resource::user, Action::create),
           "Add a user with a role and scope")
      .handle([&s](const Call& c, json::UserDraft draft) -> Result<Created<domain::User>> {
        domain::User user;
        user.email = std::move(draft.email);
        user.name = std::move(draft.name);
        user.role = draft.role;
        user.org_unit = draft.org_unit;
        user.institution = draft.institution;
        auto created = s.users.add(c.actor(), std::move(user), draft.password);
        if (!created) return fail(created.error());
        std::string location = fmt::format("/api/v1/users/{}", created->id.value);
        return Created<domain::User>{std::move(*created), std::move(location)};
      });

  api.get("/api/v1/users/{id}", Access::policy(Resource::user, Action::read), "Read a user")
      .handle([&s](const Call& c, UserId id) -> Result<domain::User> {
        return s.users.get(c.actor(), id);
      });

  api.patch("/api/v1/users/{id}", Access::policy(Resource::user, Action::update),
            "Change a user's name, role, scope or whether it is active (If-Match)")
      .handle([&s](const Call& c, UserId id, Version v,
                   const service::UserChange& change) -> Result<domain::User> {
        return s.users.update(c.actor(), id, v.value, change);
      });

  api.post("/api/v1/users/{id}/password-reset", Access::policy(Resource::user, Action::update),
           "Make a one-time password reset link for a user (shown once)")
      .handle([&s](const Call& c, UserId id) -> Result<Created<Reply<service::ResetLink>>> {
        auto link = s.users.create_reset_link(c.actor(), id);
        if (!link) return fail(link.error());
        // Shown once: no cache keeps it.
        return Created<Reply<service::ResetLink>>{
            Reply<service::ResetLink>{std::move(*link), {{"Cache-Control", "no-store"}}}, {}};
      });

  api.del("/api/v1/users/{id}/totp", Access::policy(Resource::user, Action::update),
          "Remove a user's second factor (a lost phone)")
      .handle([&s](const Call& c, UserId id) -> Result<domain::User> {
        return s.users.remove_second_factor(c.actor(), id);
      });

  api.get("/api/v1/settings/security", Access::policy(Resource::security_settings, Action::read),
          "Read the security settings")
      .handle([&s](const Call& c) -> Result<service::SecuritySettings> {
        return s.users.security(c.actor());
      });

  api.put("/api/v1/settings/security", Access::policy(Resource::security_settings, Action::update),
          "Require admins to sign in with a second factor, or not")
      .handle([&s](const Call& c,
                   service::SecuritySettings settings) -> Result<service::SecuritySettings> {
        return s.users.set_security(c.actor(), settings);
      });

  api.get("/api/v1/audit", Access::policy(Resource::audit_log, Action::read),
          "Read the audit log, oldest first")
      .handle([&s](const Call& c, const Query<AuditQuery>& q) -> Result<Page<domain::AuditEntry>> {
        auto page = audit_page(*q);
        if (!page) return fail(page.error());
        const auto [after, limit] = *page;
        // One entry more than the page holds says whether another page follows.
        auto entries = service::list_audit_log(s.store, c.actor(), after, limit + 1);
        if (!entries) return fail(entries.error());
        std::optional<std::string> next;
        if (entries->size() > limit) {
          entries->resize(limit);
          next = std::to_string(entries->back().seq);
        }
        return Page<domain::AuditEntry>{std::move(*entries), std::move(next), std::nullopt};
      });

  api.get("/api/v1/audit/verify", Access::policy(Resource::audit_log, Action::read),
          "Check the audit log's hash chain")
      .handle([&s](const Call&) -> Result<service::AuditReport> {
        return service::verify_audit_log(s.store);
      });
}

void add_meta_routes(Router& router, service::Services& s) {
  using namespace routing;
  Api api(router, "meta");

  api.get("/api/v1/health", Access::anyone(),
          "Check that the server answers and its database can be written (503 when not)")
      .handle([&s](const Call&) -> Result<Reply<json::HealthReport>> {
        auto version = s.store.schema_version();
        if (!version) return fail(version.error());
        const auto writes = s.store.write_health(kWriteProbeInterval);
        Reply<json::HealthReport> reply{
            json::HealthReport{.version = ORBIS_VERSION,
                               .database = std::string(s.store.backend()),
                               .schema = *version,
                               .institutions = s.registry.size(),
                               .writable = writes.writable,
                               .problem = writes.problem},
            {}};
        if (!writes.writable) {
          reply.status = 503;
          reply.headers.emplace_back("Retry-After", std::to_string(kRetryAfterSeconds));
        }
        return reply;
      });

  api.get("/api/v1/countries", Access::anyone(),
          "List ISO 3166-1 countries with English and Chinese names, by code")
      .handle(
          [](const Call&, const Query<AdminPageQuery>& q) -> Result<Reply<Page<domain::Country>>> {
            auto page = service::country_page({q->page.limit, q->page.cursor});
            if (!page) return fail(page.error());
            return Reply<Page<domain::Country>>{
                Page<domain::Country>{std::move(page->items), std::move(page->next), page->total},
                {{"Cache-Control", "public, max-age=86400"}}};
          });

  api.get("/api/v1/openapi.json", Access::anyone(), "Read this API's OpenAPI 3.1 description")
      .handle([&router](const Call&) -> Result<json::OpenApiDocument> {
        return json::OpenApiDocument{openapi_document(router)};
      });
}

void add_registry_routes(Router& router, service::Services& s);
void add_auth_routes(Router& router, service::Services& s, const ApiOptions& options);
void add_agreement_routes(Router& router, service::Services& s);
void add_credential_routes(Router& router, service::Services& s);
void add_people_routes(Router& router, service::Services& s);
void add_mobility_api_routes(Router& router, service::Services& s);
void add_learning_routes(Router& router, service::Services& s);
void add_indicator_routes(Router& router, service::Services& s);
void add_home_routes(Router& router, service::Services& s);
void add_research_routes(Router& router, service::Services& s);
void add_research_project_routes(Router& router, service::Services& s);
void add_scholar_routes(Router& router, service::Services& s);
void add_teaching_routes(Router& router, service::Services& s);

void add_api_routes(Router& router, service::Services& services, const ApiOptions& options) {
  add_meta_routes(router, services);
  add_auth_routes(router, services, options);
  add_registry_routes(router, services);
  add_agreement_routes(router, services);
  add_credential_routes(router, services);
  add_people_routes(router, services);
  add_mobility_api_routes(router, services);
  add_learning_routes(router, services);
  add_indicator_routes(router, services);
  add_home_routes(router, services);
  add_research_routes(router, services);
  add_research_project_routes(router, services);
  add_scholar_routes(router, services);
  add_teaching_routes(router, services);
  router.add_public_path(
      [&services](const Request& request) { return well_known(request, services); });
  add_admin_routes(router, services);
}

}  // namespace orbis::http
