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
  // What the partner may do comes from the policy table: nominate and decide nominations,
  // read agreements; no calls, users or credentials.
  const auto& may = me["permissions"];
  EXPECT_EQ(may["nomination"], nlohmann::json({"read", "create", "decide"}));
  EXPECT_EQ(may["agreement"], nlohmann::json({"read"}));
  EXPECT_FALSE(may.contains("call"));
  EXPECT_FALSE(may.contains("user"));
  EXPECT_FALSE(may.contains("credential"));

  // On an institution, only its own may it import courses to.
  const auto institution = [&](std::int64_t id) {
    return server.get("/api/v1/institutions/" + std::to_string(id), partner).json();
  };
  const std::int64_t own = me["institution_id"];
  EXPECT_EQ(institution(own)["allowed_actions"], nlohmann::json({"import_courses"}));
  const auto officer = server.login("officer@westlake.edu.cn");
  const auto home = server.get("/api/v1/settings/home", officer).json();
  const std::int64_t home_id = home["institution"]["id"];
  EXPECT_EQ(institution(home_id)["allowed_actions"], nlohmann::json::array());
  EXPECT_EQ(server.get("/api/v1/institutions/" + std::to_string(home_id), officer)
                .json()["allowed_actions"],
            nlohmann::json({"update", "add_org_unit", "import_courses"}));
}

TEST(Access, AViewerMayReadAndNothingElse) {
  auto& server = shared_server();
  const auto me = server.get("/api/v1/auth/me", server.login("viewer@westlake.edu.cn")).json();
  ASSERT_TRUE(me["permissions"].is_object());
  EXPECT_TRUE(me["permissions"].contains("mobility"));
  for (const auto& [resource, actions] : me["permissions"].items())
    EXPECT_EQ(actions, nlohmann::json({"read"})) << resource;
}

}  // namespace
}  // namespace orbis::testing
