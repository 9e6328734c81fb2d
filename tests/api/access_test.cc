// Walks the whole route table with every role, and with no sign-in: each endpoint lets
// in exactly the roles it declares.
#include <fmt/format.h>
#include <gtest/gtest.h>

#include "harness.h"

namespace orbis::testing {
namespace {

TEST(Access, EveryRouteAdmitsExactlyItsRoles) {
  auto& server = shared_server();
  const std::map<domain::Role, std::string> accounts = {
      {domain::Role::admin, "admin@westlake.edu.cn"},
      {domain::Role::officer, "officer@westlake.edu.cn"},
      {domain::Role::coordinator, "coordinator@westlake.edu.cn"},
      {domain::Role::student, "student@westlake.edu.cn"},
      {domain::Role::partner, "partner@ox.ac.uk"},
      {domain::Role::viewer, "viewer@westlake.edu.cn"}};
  ASSERT_EQ(accounts.size(), domain::all_roles().size());
  const auto home =
      server.get("/api/v1/settings/home", server.login("viewer@westlake.edu.cn")).json();
  const std::string id = std::to_string(home["institution"]["id"].get<std::int64_t>());

  // Logout ends the session it is called with, so it goes last.
  std::vector<const http::Route*> routes;
  for (const auto& r : server.router().routes()) routes.push_back(&r);
  std::stable_partition(routes.begin(), routes.end(),
                        [](const http::Route* r) { return r->pattern != "/api/v1/auth/logout"; });

  std::map<domain::Role, std::string> tokens;
  for (const auto& [role, email] : accounts) tokens[role] = server.login(email);
  std::size_t checked = 0;
  for (const auto* route : routes) {
    std::string target = route->pattern;
    if (const auto at = target.find("{id}"); at != std::string::npos) target.replace(at, 4, id);
    // An empty object: enough to pass the role check; the handler then rejects the fields
    // (422) or the missing If-Match (428), so nothing is changed.
    const std::string body = route->method == "GET" ? "" : "{}";
    const auto anonymous =
        server.request(route->method, target, body, {{"Content-Type", "application/json"}});
    if (route->is_public) {
      EXPECT_NE(anonymous.status, 401) << route->method << " " << route->pattern;
    } else {
      EXPECT_EQ(anonymous.status, 401) << route->method << " " << route->pattern;
    }
    for (const auto role : domain::all_roles()) {
      const auto reply = server.request(
          route->method, target, body,
          {{"Content-Type", "application/json"}, {"Authorization", "Bearer " + tokens[role]}});
      const bool allowed = route->is_public || std::find(route->roles.begin(), route->roles.end(),
                                                         role) != route->roles.end();
      const auto where =
          fmt::format("{} {} as {}: {} {}", route->method, route->pattern, domain::to_string(role),
                      reply.status, reply.body.substr(0, 200));
      if (allowed) {
        EXPECT_NE(reply.status, 401) << where;
        EXPECT_NE(reply.status, 403) << where;
        EXPECT_LT(reply.status, 500) << where;
      } else {
        EXPECT_EQ(reply.status, 403) << where;
      }
      ++checked;
    }
  }
  EXPECT_EQ(checked, server.router().routes().size() * domain::all_roles().size());
}

TEST(Access, PartnerSeesTheRegistryButNotAdministration) {
  auto& server = shared_server();
  const auto partner = server.login("partner@ox.ac.uk");
  EXPECT_EQ(server.get("/api/v1/institutions?q=oxford", partner).status, 200);
  EXPECT_EQ(server.get("/api/v1/users", partner).status, 403);
  EXPECT_EQ(server.get("/api/v1/audit", partner).status, 403);
  const auto me = server.get("/api/v1/auth/me", partner).json();
  EXPECT_EQ(me["role"], "partner");
  EXPECT_FALSE(me["institution_id"].is_null());
}

}  // namespace
}  // namespace orbis::testing
