// A real Orbis server for API tests: the demo database in a temporary folder, the
// services on an injected clock, the HTTP server on a free port (port 0), and a small
// HTTP client. Thread-safety: one test at a time.
#pragma once

#include <cstdint>
#include <filesystem>
#include <map>
#include <memory>
#include <nlohmann/json.hpp>
#include <string>
#include <thread>
#include <vector>

#include "app/application.h"
#include "common/clock.h"
#include "http/api/api.h"
#include "http/routing/router.h"
#include "http/server/server.h"
#include "schema_check.h"
#include "service/services.h"
#include "store/store.h"

namespace orbis::testing {

// The moment the tests' injected clock starts at.
inline constexpr const char* kDemoNow = "2026-11-23T09:00:00Z";

struct Reply {
  int status = 0;
  std::multimap<std::string, std::string> headers;  // names in lower case
  std::string body;

  nlohmann::json json() const;
  std::string header(const std::string& lower_name) const;
};

class TestServer {
 public:
  // Copies the demo database (the full shipped registry and the demo accounts; built once
  // per ctest run, or once per process run alone) into a fresh folder and starts serving it with
  // `options`. Throws on any error.
  explicit TestServer(const http::ApiOptions& options = {});
  // A second server on `first`'s database (its own process state: search index, login
  // limits, caches), as another `orbis serve` behind the same load balancer would be.
  // `first` must outlive it.
  static std::unique_ptr<TestServer> beside(const TestServer& first);
  ~TestServer();

  // Sends one request and reads its answer. Every JSON answer from /api/ is checked
  // against the schema the published OpenAPI document gives for it; a mismatch fails the
  // running test (schema_check.h).
  Reply request(const std::string& method, const std::string& target, const std::string& body = "",
                const std::map<std::string, std::string>& headers = {}) const;
  // Writes `bytes` as they are and reads one response: for requests no client would
  // make (a body larger than it says, malformed HTTP).
  Reply raw(const std::string& bytes) const;
  // Signs in as a demo account and returns its bearer token.
  std::string login(const std::string& email) const;
  Reply get(const std::string& target, const std::string& token) const;
  Reply send(const std::string& method, const std::string& target, const nlohmann::json& body,
             const std::string& token, std::map<std::string, std::string> headers = {}) const;

  FixedClock& clock() { return clock_; }
  service::Services& services() { return app_->services(); }
  const http::Router& router() const { return app_->router(); }
  const std::filesystem::path& dir() const { return dir_; }
  unsigned short port() const { return port_; }
  // The server's database: a file in dir(), or on PostgreSQL (on_postgres()) its URL.
  std::string db_path() const { return database_; }
  // The key-encryption key that opens the database's issuer keys (base64url).
  const std::string& kek() const { return kek_; }

 private:
  struct Beside {};
  TestServer(const TestServer& first, Beside);
  // Starts the application on database_ with kek_ (both set).
  void start(const http::ApiOptions& options);

  std::filesystem::path dir_;
  std::string database_;
  bool owns_database_ = true;
  std::string kek_;
  FixedClock clock_;
  std::unique_ptr<app::Application> app_;  // what `orbis serve` runs
  std::unique_ptr<SchemaCheck> schema_;    // the published document, to check every answer
  std::thread thread_;
  unsigned short port_ = 0;
};

// Builds the demo database the servers copy (demo.db, its key-encryption key in demo.kek)
// into `dir`, replacing what is there. ctest runs it once before the SQLite suites
// (api-demo-template) and names the folder in ORBIS_TEST_DEMO_TEMPLATE, so that each suite
// copies it instead of building its own; a suite run without it builds its own. Throws on
// any error.
void write_demo_template(const std::filesystem::path& dir);

// The repository root (from ORBIS_SOURCE_DIR).
std::filesystem::path source_dir();

// Whether the servers of this run keep their data in PostgreSQL: ORBIS_TEST_ENGINE is
// "postgresql", on the server ORBIS_TEST_POSTGRES names (store/testing/postgres_scratch.h).
// Each server then gets a new database copied from a demo database built once per test
// cluster. The suites bound to SQLite's files run on SQLite only (tests/api/CMakeLists.txt).
bool on_postgres();

}  // namespace orbis::testing

namespace orbis::testing {
// The server of the running test suite: the first call in a suite starts one on a fresh
// copy of the demo database, and it stops when the suite ends. Suites never see each
// other's writes, so they repeat (--gtest_repeat) and run in parallel processes.
TestServer& shared_server();

// A list read to its end by following `next`: its ids in order and its items by id (for
// items whose id is a number), every item in order whatever its key, the `total` its pages
// gave (-1 for a list that does not count), and how many pages it took.
struct Listed {
  std::vector<std::int64_t> ids;
  std::map<std::int64_t, nlohmann::json> items;
  std::vector<nlohmann::json> in_order;
  std::int64_t total = -1;
  std::size_t pages = 0;
};
// Reads `list` (a path, with or without a query) `limit` items a page. Fails the running
// test when a page is not 200, holds more than `limit` items, or gives another `total`.
Listed follow_pages(const TestServer& server, const std::string& list, const std::string& token,
                    int limit);

// Reads `list` whole in one page of 100, then `limit` a page: fails the running test unless
// the whole fits one page, each item of it has a distinct `key`, and the pages give exactly
// its items (as sent) in its order, every page but the last full. Returns the pages read.
Listed expect_pages_of_whole(const TestServer& server, const std::string& list,
                             const std::string& token, int limit, const std::string& key = "id");

// Fails the running test unless `list` refuses `cursor` with a 422 problem of type
// invalid_argument whose errors name the field `cursor` and nothing else.
void expect_cursor_refused(const TestServer& server, const std::string& list,
                           const std::string& token, const std::string& cursor);
// The `next` of the first page of `list` read `limit` a page (that page must have one).
std::string first_cursor(const TestServer& server, const std::string& list,
                         const std::string& token, int limit = 1);
}  // namespace orbis::testing
