// Storage faults through the API: /health reports whether writes work (with a probe it
// writes at most once per interval), and a WAL deleted under the running server stops
// writes with 503 problems that say why. Full disks and read-only files need their own
// mounts: tests/faults/storage.test.mjs.
#include <gtest/gtest.h>

#include <filesystem>

#include "harness.h"

namespace orbis::testing {
namespace {

std::string probes(TestServer& server) {
  auto tx = server.services().store.begin(store::Access::read);
  if (!tx) return "error: " + tx.error().message;
  auto value = (*tx)->settings().get("store.write_probe");
  if (!value) return "error: " + value.error().message;
  return *value ? **value : "none";
}

void expect_unavailable(const Reply& r, const std::string& cause) {
  EXPECT_EQ(r.status, 503) << r.body;
  EXPECT_EQ(r.header("content-type"), "application/problem+json");
  EXPECT_EQ(r.header("retry-after"), "5");
  const auto body = nlohmann::json::parse(r.body, nullptr, false);
  ASSERT_TRUE(body.is_object()) << r.body;
  EXPECT_EQ(body["type"], "urn:orbis:problem:unavailable") << r.body;
  EXPECT_EQ(body["status"], 503);
  ASSERT_TRUE(body["detail"].is_string()) << r.body;
  EXPECT_NE(body["detail"].get<std::string>().find(cause), std::string::npos) << r.body;
}

TEST(StorageHealth, SaysWritesWorkAndProbesAtMostOncePerInterval) {
  auto& server = shared_server();
  const auto first = server.request("GET", "/api/v1/health");
  ASSERT_EQ(first.status, 200) << first.body;
  const auto body = first.json();
  EXPECT_EQ(body["status"], "ok");
  EXPECT_EQ(body["storage"]["writable"], true) << first.body;
  EXPECT_TRUE(body["storage"]["problem"].is_null()) << first.body;
  EXPECT_EQ(first.header("retry-after"), "");
  EXPECT_EQ(probes(server), "1");  // the first check wrote its probe
  for (int i = 0; i < 5; ++i) EXPECT_EQ(server.request("GET", "/api/v1/health").status, 200);
  EXPECT_EQ(probes(server), "1");  // and the next ones, within the interval, did not
}

TEST(DeletedWal, StopsWritesWith503AndHealthSaysWhy) {
  auto& server = shared_server();
  const auto token = server.login("officer@westlake.edu.cn");
  const auto before = server.send("POST", "/api/v1/institutions",
                                  {{"name", "Before The WAL Went"}, {"country", "CN"}}, token);
  ASSERT_EQ(before.status, 201) << before.body;
  const auto wal = server.db_path() + "-wal";
  ASSERT_TRUE(std::filesystem::exists(wal));
  std::filesystem::remove(wal);

  expect_unavailable(server.send("POST", "/api/v1/institutions",
                                 {{"name", "After The WAL Went"}, {"country", "CN"}}, token),
                     "WAL");
  // Signing in writes a session, so it stops too, with the same answer (not a 500).
  expect_unavailable(
      server.send("POST", "/api/v1/auth/login",
                  {{"email", "viewer@westlake.edu.cn"}, {"password", "orbis-demo-2026"}}, ""),
      "WAL");

  const auto health = server.request("GET", "/api/v1/health");
  EXPECT_EQ(health.status, 503) << health.body;
  EXPECT_EQ(health.header("retry-after"), "5");
  EXPECT_EQ(health.json()["status"], "unavailable");
  EXPECT_EQ(health.json()["storage"]["writable"], false);
  EXPECT_NE(health.json()["storage"]["problem"].get<std::string>().find("WAL"), std::string::npos)
      << health.body;

  // Reads go on, and what was written before is there.
  const auto read =
      server.get("/api/v1/institutions/" + std::to_string(before.json()["id"].get<long>()), token);
  EXPECT_EQ(read.status, 200);
  EXPECT_EQ(read.json()["name"], "Before The WAL Went");
  const auto search = server.get("/api/v1/institutions?q=After%20The%20WAL%20Went", token);
  ASSERT_EQ(search.status, 200);
  const nlohmann::json search_items = search.json()["items"];
  for (const auto& hit : search_items) EXPECT_NE(hit["name"], "After The WAL Went");
}

}  // namespace
}  // namespace orbis::testing
