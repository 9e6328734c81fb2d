#include "harness.h"

#include <gtest/gtest.h>
#include <sodium.h>

#include <algorithm>
#include <boost/asio/connect.hpp>
#include <boost/asio/ip/tcp.hpp>
#include <boost/beast/core.hpp>
#include <boost/beast/http.hpp>
#include <fstream>
#include <set>

#include "app/application.h"
#include "common/crypto.h"
#include "credentials/key_file.h"
#include "http/api/api.h"
#include "seed/demo.h"
#include "store/store.h"
#include "store/testing/postgres_scratch.h"

namespace orbis::testing {

namespace asio = boost::asio;
namespace beast = boost::beast;
namespace bhttp = beast::http;

std::filesystem::path source_dir() {
  const char* env = std::getenv("ORBIS_SOURCE_DIR");
  return env ? env : ORBIS_SOURCE_DIR;
}

bool on_postgres() {
  const char* engine = std::getenv("ORBIS_TEST_ENGINE");
  return engine && std::string_view(engine) == "postgresql";
}

nlohmann::json Reply::json() const { return nlohmann::json::parse(body); }

std::string Reply::header(const std::string& name) const {
  const auto it = headers.find(name);
  return it == headers.end() ? std::string() : it->second;
}

namespace {

// The demo database every suite starts from, on the injected clock. On SQLite: built once
// per ctest run (write_demo_template), or else once per process in a folder removed at exit,
// then copied for each suite (a copy takes milliseconds; building takes seconds, a minute
// under the sanitizers). On PostgreSQL: built once per test cluster by the
// first process to get there (the others wait on an advisory lock), then each server's
// database is created from it as a template; its key-encryption key is the tests' fixed one.
constexpr std::string_view kPostgresTemplate = "orbis_api_demo";
constexpr long long kTemplateLock = 0x4f52424953'0101;

// The demo accounts' password hashed at Argon2id's lowest cost. A sign-in verifies the hash
// at the cost it records, and at the server's cost (64 MiB, a tenth of a second of CPU, more
// under the sanitizers) the suites' sign-ins were a third of their time. Only the template's
// stored hashes change: the server still hashes every password it is given at its own cost
// (the accounts suite sets and changes passwords through the API), and still verifies each
// sign-in against the stored hash.
void cheapen_demo_passwords(store::Store& store) {
  char hashed[crypto_pwhash_STRBYTES];
  if (crypto_pwhash_str_alg(hashed, seed::kDemoPassword.data(), seed::kDemoPassword.size(),
                            crypto_pwhash_OPSLIMIT_MIN, crypto_pwhash_MEMLIMIT_MIN,
                            crypto_pwhash_ALG_ARGON2ID13) != 0) {
    throw std::runtime_error("no memory to hash the demo password");
  }
  auto tx = store.begin(store::Access::write);
  if (!tx) throw std::runtime_error(tx.error().message);
  auto users = (*tx)->users().list();
  if (!users) throw std::runtime_error(users.error().message);
  for (const auto& user : *users) {
    auto stored = (*tx)->users().password_hash(user.id);
    if (!stored) throw std::runtime_error(stored.error().message);
    if (!crypto::verify_password(*stored, seed::kDemoPassword)) continue;
    if (auto set = (*tx)->users().set_password_hash(user.id, hashed); !set) {
      throw std::runtime_error(set.error().message);
    }
  }
  if (auto done = (*tx)->commit(); !done) throw std::runtime_error(done.error().message);
}

void build_demo(const std::string& location, const std::string& kek) {
  const FixedClock clock(*parse_iso8601(kDemoNow));
  // The store is closed before anyone copies the database.
  auto store = store::open(location, {.pool_size = 4, .clock = &clock});
  if (!store) throw std::runtime_error(store.error().message);
  auto demo = seed::create_demo(**store, clock, (source_dir() / "data").string(),
                                *credentials::KeyEncryptionKey::from_base64(kek));
  if (!demo) throw std::runtime_error(demo.error().message);
  cheapen_demo_passwords(**store);
}

// Whether the database at `location` is at this build's schema.
bool current_schema(const std::string& location) {
  auto store = store::open(location, {.pool_size = 1, .must_exist = true, .read_only = true});
  if (!store) return false;
  const auto version = (*store)->schema_version();
  return version && *version == (*store)->latest_schema_version();
}

struct DemoTemplate {
  std::filesystem::path dir;
  std::string kek;
  bool owned = true;  // the folder is this process's, removed at exit

  DemoTemplate() {
    if (on_postgres()) {
      // Not secret: it seals the test issuers' keys in a throwaway cluster.
      kek = crypto::base64url(crypto::sha256("orbis api tests on postgresql"));
      const auto server = store::testing::postgres_server();
      if (!server) throw std::runtime_error(std::string(store::testing::kNoPostgres));
      soci::session admin(soci::postgresql, store::testing::connectable(*server));
      admin << "SET lock_timeout = 0";
      admin << "SELECT pg_advisory_lock(" + std::to_string(kTemplateLock) + ")";
      int built = 0;
      admin << "SELECT COUNT(*) FROM pg_database WHERE datname = :n",
          soci::use(std::string(kPostgresTemplate)), soci::into(built);
      // A cluster kept between builds may hold a template of an older schema: built again.
      if (built && !current_schema(store::testing::with_database(*server, kPostgresTemplate))) {
        admin << "DROP DATABASE " + std::string(kPostgresTemplate) + " WITH (FORCE)";
        built = 0;
      }
      if (!built) {
        const std::string building = std::string(kPostgresTemplate) + "_building";
        admin << "DROP DATABASE IF EXISTS " + building;
        admin << "CREATE DATABASE " + building;
        build_demo(store::testing::with_database(*server, building), kek);
        admin << "ALTER DATABASE " + building + " RENAME TO " + std::string(kPostgresTemplate);
      }
      admin << "SELECT pg_advisory_unlock(" + std::to_string(kTemplateLock) + ")";
      return;
    }
    // The one ctest built for every suite of its run (api-demo-template), when it is there
    // and of this build's schema; else this process builds its own.
    if (const char* shared = std::getenv("ORBIS_TEST_DEMO_TEMPLATE"); shared && *shared) {
      const std::filesystem::path shared_dir(shared);
      std::ifstream kek_file(shared_dir / "demo.kek");
      std::string shared_kek;
      if (kek_file && std::getline(kek_file, shared_kek) && !shared_kek.empty() &&
          current_schema((shared_dir / "demo.db").string())) {
        dir = shared_dir;
        kek = shared_kek;
        owned = false;
        return;
      }
    }
    dir = std::filesystem::temp_directory_path() /
          ("orbis-api-demo-" + crypto::to_hex(crypto::random_bytes(6)));
    std::filesystem::create_directories(dir);
    kek = crypto::base64url(crypto::random_bytes(32));
    build_demo((dir / "demo.db").string(), kek);
  }
  ~DemoTemplate() {
    if (dir.empty() || !owned) return;
    std::error_code ec;
    std::filesystem::remove_all(dir, ec);
  }
};

const DemoTemplate& demo_template() {
  static const DemoTemplate demo;
  return demo;
}

}  // namespace

void write_demo_template(const std::filesystem::path& dir) {
  if (!crypto::init()) throw std::runtime_error("libsodium");
  std::filesystem::create_directories(dir);
  for (const char* name : {"demo.db", "demo.db-wal", "demo.db-shm", "demo.kek"}) {
    std::filesystem::remove(dir / name);
  }
  const std::string kek = crypto::base64url(crypto::random_bytes(32));
  build_demo((dir / "demo.db").string(), kek);
  // The key last: a folder without it is one a suite does not use.
  std::ofstream(dir / "demo.kek") << kek << '\n';
}

TestServer::TestServer(const http::ApiOptions& options) : clock_(*parse_iso8601(kDemoNow)) {
  if (!crypto::init()) throw std::runtime_error("libsodium");
  const auto& demo = demo_template();
  dir_ = std::filesystem::temp_directory_path() /
         ("orbis-api-test-" + crypto::to_hex(crypto::random_bytes(6)));
  std::filesystem::create_directories(dir_);
  if (on_postgres()) {
    auto url = store::testing::create_database("orbis_api", kPostgresTemplate);
    if (!url) throw std::runtime_error(url.error().message);
    database_ = *url;
  } else {
    database_ = (dir_ / "demo.db").string();
    std::filesystem::copy_file(demo.dir / "demo.db", database_);
  }
  kek_ = demo.kek;
  start(options);
}

std::unique_ptr<TestServer> TestServer::beside(const TestServer& first) {
  return std::unique_ptr<TestServer>(new TestServer(first, Beside{}));
}

TestServer::TestServer(const TestServer& first, Beside) : clock_(*parse_iso8601(kDemoNow)) {
  dir_ = std::filesystem::temp_directory_path() /
         ("orbis-api-test-" + crypto::to_hex(crypto::random_bytes(6)));
  std::filesystem::create_directories(dir_);
  database_ = first.database_;
  owns_database_ = false;
  kek_ = first.kek_;
  start({});
}

void TestServer::start(const http::ApiOptions& options) {
  // What `orbis serve --db DB --port 0 --threads 2` runs with ORBIS_KEK set, on the
  // injected clock.
  app::Config config = app::defaults();
  config.database = db_path();
  config.data_dir = (source_dir() / "data").string();
  config.web_root = (dir_ / "web").string();
  config.port = 0;
  config.threads = 2;
  // The tests' clock stands still; scheduled work is tested on its own (app/scheduler_test.cc).
  config.scheduled_work = false;
  config.secure_cookies = options.secure_cookies;
  config.kek = kek_;
  // One connection more than serve's, for the tests that read the store themselves.
  auto started = app::Application::start(config, clock_, 1);
  if (!started) throw std::runtime_error(started.error().message);
  app_ = std::move(*started);
  schema_ = std::make_unique<SchemaCheck>(http::openapi_document(app_->router()));
  port_ = app_->port();
  thread_ = std::thread([this] { app_->run(); });
}

TestServer::~TestServer() {
  app_->stop();
  if (thread_.joinable()) thread_.join();
  app_.reset();
  if (on_postgres() && owns_database_) {
    const auto name = database_.substr(database_.rfind('/') + 1);
    store::testing::drop_database(name.substr(0, name.find('?')));
  }
  std::error_code ec;
  std::filesystem::remove_all(dir_, ec);
}

Reply TestServer::request(const std::string& method, const std::string& target,
                          const std::string& body,
                          const std::map<std::string, std::string>& headers) const {
  asio::io_context io;
  beast::tcp_stream stream(io);
  stream.connect(asio::ip::tcp::endpoint(asio::ip::make_address("127.0.0.1"), port_));
  bhttp::request<bhttp::string_body> req{bhttp::string_to_verb(method), target, 11};
  req.set(bhttp::field::host, "127.0.0.1");
  for (const auto& [name, value] : headers) req.set(name, value);
  if (!body.empty() || method == "POST" || method == "PATCH" || method == "PUT") {
    req.body() = body;
    req.prepare_payload();
  }
  bhttp::write(stream, req);
  beast::flat_buffer buffer;
  bhttp::response_parser<bhttp::string_body> parser;
  parser.body_limit(64 << 20);
  bhttp::read(stream, buffer, parser);
  const auto& res = parser.get();
  Reply reply;
  reply.status = res.result_int();
  for (const auto& field : res) {
    std::string name(field.name_string().data(), field.name_string().size());
    for (auto& c : name) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    reply.headers.emplace(name, std::string(field.value().data(), field.value().size()));
  }
  reply.body = res.body();
  beast::error_code ec;
  stream.socket().shutdown(asio::ip::tcp::socket::shutdown_both, ec);
  // Every answer of the API is held to the published document.
  if (target.rfind("/api/", 0) == 0) {
    for (const auto& mistake :
         schema_->check(method, target, reply.status, reply.header("content-type"), reply.body))
      ADD_FAILURE() << "the answer disagrees with the OpenAPI document: " << mistake;
  }
  return reply;
}

Reply TestServer::raw(const std::string& bytes) const {
  asio::io_context io;
  beast::tcp_stream stream(io);
  stream.connect(asio::ip::tcp::endpoint(asio::ip::make_address("127.0.0.1"), port_));
  asio::write(stream, asio::buffer(bytes));
  beast::flat_buffer buffer;
  bhttp::response<bhttp::string_body> res;
  bhttp::read(stream, buffer, res);
  Reply reply;
  reply.status = res.result_int();
  for (const auto& field : res) {
    std::string name(field.name_string().data(), field.name_string().size());
    for (auto& c : name) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    reply.headers.emplace(name, std::string(field.value().data(), field.value().size()));
  }
  reply.body = res.body();
  return reply;
}

std::string TestServer::login(const std::string& email) const {
  const auto reply =
      request("POST", "/api/v1/auth/login",
              nlohmann::json{{"email", email}, {"password", seed::kDemoPassword}}.dump(),
              {{"Content-Type", "application/json"}});
  if (reply.status != 200)
    throw std::runtime_error("login failed for " + email + ": " + reply.body);
  return reply.json()["token"];
}

Reply TestServer::get(const std::string& target, const std::string& token) const {
  return request("GET", target, "",
                 token.empty()
                     ? std::map<std::string, std::string>{}
                     : std::map<std::string, std::string>{{"Authorization", "Bearer " + token}});
}

Reply TestServer::send(const std::string& method, const std::string& target,
                       const nlohmann::json& body, const std::string& token,
                       std::map<std::string, std::string> headers) const {
  headers["Content-Type"] = "application/json";
  if (!token.empty()) headers["Authorization"] = "Bearer " + token;
  return request(method, target, body.dump(), headers);
}

}  // namespace orbis::testing

namespace orbis::testing {
namespace {

// Owns the running suite's server and stops it when the suite ends.
class SuiteServers : public ::testing::EmptyTestEventListener {
 public:
  TestServer& current() {
    const auto* suite = ::testing::UnitTest::GetInstance()->current_test_suite();
    const std::string name = suite ? suite->name() : "";
    if (!server_ || name != suite_) {
      server_.reset();
      server_ = std::make_unique<TestServer>();
      suite_ = name;
    }
    return *server_;
  }
  void OnTestSuiteEnd(const ::testing::TestSuite&) override { server_.reset(); }

 private:
  std::unique_ptr<TestServer> server_;
  std::string suite_;
};

SuiteServers* suite_servers() {
  // gtest owns the listener once appended; it outlives every test.
  static SuiteServers* servers = [] {
    auto* s = new SuiteServers();
    ::testing::UnitTest::GetInstance()->listeners().Append(s);
    return s;
  }();
  return servers;
}

// Registered before main() runs the tests, so that the listener sees every suite's end.
[[maybe_unused]] const bool kRegistered = (suite_servers(), true);

}  // namespace

TestServer& shared_server() { return suite_servers()->current(); }

Listed follow_pages(const TestServer& server, const std::string& list, const std::string& token,
                    int limit) {
  Listed out;
  std::string next;
  const std::string sep = list.find('?') == std::string::npos ? "?" : "&";
  for (int pages = 0; pages < 5000; ++pages) {
    const auto reply = server.get(
        list + sep + "limit=" + std::to_string(limit) + (next.empty() ? "" : "&cursor=" + next),
        token);
    EXPECT_EQ(reply.status, 200) << list << " " << reply.body;
    if (reply.status != 200) break;
    const auto page = reply.json();
    ++out.pages;
    EXPECT_LE(page["items"].size(), static_cast<std::size_t>(limit)) << list;
    // Lists that count (searches, agreements, stays, people) give the same total on each page.
    if (page.contains("total")) {
      if (out.total < 0) out.total = page["total"];
      EXPECT_EQ(page["total"], out.total) << list;
    }
    for (const auto& item : page["items"]) {
      out.in_order.push_back(item);
      if (!item.contains("id") || !item["id"].is_number_integer()) continue;
      out.ids.push_back(item["id"]);
      out.items[item["id"]] = item;
    }
    if (page["next"].is_null()) break;
    next = page["next"].get<std::string>();
  }
  return out;
}

Listed expect_pages_of_whole(const TestServer& server, const std::string& list,
                             const std::string& token, int limit, const std::string& key) {
  const auto whole = follow_pages(server, list, token, 100);
  EXPECT_EQ(whole.pages, 1u) << list << " does not fit one page";
  std::set<std::string> keys;
  for (const auto& item : whole.in_order) {
    EXPECT_TRUE(keys.insert(item.at(key).dump()).second) << list << " repeats " << item.at(key);
  }
  const auto paged = follow_pages(server, list, token, limit);
  EXPECT_EQ(paged.in_order, whole.in_order) << list << " read " << limit << " a page";
  const std::size_t n = whole.in_order.size();
  const std::size_t per_page = static_cast<std::size_t>(limit);
  EXPECT_EQ(paged.pages, std::max<std::size_t>(1, (n + per_page - 1) / per_page))
      << list << ": a page before the last is not full";
  return paged;
}

void expect_cursor_refused(const TestServer& server, const std::string& list,
                           const std::string& token, const std::string& cursor) {
  const std::string sep = list.find('?') == std::string::npos ? "?" : "&";
  const auto reply = server.get(list + sep + "cursor=" + cursor, token);
  EXPECT_EQ(reply.status, 422) << list << " took the cursor " << cursor;
  EXPECT_EQ(reply.header("content-type"), "application/problem+json") << list;
  const auto body = nlohmann::json::parse(reply.body, nullptr, false);
  ASSERT_TRUE(body.is_object()) << reply.body;
  EXPECT_EQ(body.value("type", ""), "urn:orbis:problem:invalid_argument") << reply.body;
  ASSERT_TRUE(body.contains("errors") && body["errors"].is_array()) << reply.body;
  ASSERT_EQ(body["errors"].size(), 1u) << reply.body;
  EXPECT_EQ(body["errors"][0]["field"], "cursor") << reply.body;
}

std::string first_cursor(const TestServer& server, const std::string& list,
                         const std::string& token, int limit) {
  const std::string sep = list.find('?') == std::string::npos ? "?" : "&";
  const auto reply = server.get(list + sep + "limit=" + std::to_string(limit), token);
  EXPECT_EQ(reply.status, 200) << list << " " << reply.body;
  const auto next =
      nlohmann::json::parse(reply.body, nullptr, false).value("next", nlohmann::json());
  EXPECT_TRUE(next.is_string()) << list << " has no second page";
  return next.is_string() ? next.get<std::string>() : std::string();
}

}  // namespace orbis::testing
