// `orbis copy` between the served database and the other back end, and back: every table
// arrives with its ids and content, the audit chain holds, new records go on after the
// copied ids, and a target that exists or holds data is refused with nothing written. Runs on
// both engines (api.copy and api-pg.copy): the source is whichever the server uses.
#include "store/copy.h"

#include <gtest/gtest.h>
#include <sqlite3.h>

#include <sstream>

#include "cli/cli.h"
#include "harness.h"
#include "run_orbis.h"
#include "store/testing/postgres_scratch.h"

namespace orbis::testing {
namespace {

namespace fs = std::filesystem;

std::unique_ptr<store::Store> open(const std::string& location) {
  auto store = store::open(location, {.pool_size = 1, .must_exist = true});
  EXPECT_TRUE(store) << location << ": " << store.error().message;
  return store ? std::move(*store) : nullptr;
}

std::vector<store::TableDigest> digests(const std::string& location) {
  auto store = open(location);
  if (!store) return {};
  auto read = store::digest_tables(*store);
  EXPECT_TRUE(read) << read.error().message;
  return read ? *read : std::vector<store::TableDigest>{};
}

std::int64_t rows(const std::vector<store::TableDigest>& tables, const std::string& table) {
  for (const auto& t : tables) {
    if (t.table == table) return t.rows;
  }
  return -1;
}

class Copy : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = server_.dir() / ("copy-" + std::to_string(counter_++));
    fs::create_directories(dir_);
    token_ = server_.login("officer@westlake.edu.cn");
    ASSERT_TRUE(store::testing::postgres_server()) << store::testing::kNoPostgres;
  }
  std::string path(const std::string& name) const { return (dir_ / name).string(); }
  // A new, empty PostgreSQL database.
  static std::string new_postgres(const std::string& prefix) {
    auto url = store::testing::create_database(prefix);
    EXPECT_TRUE(url) << url.error().message;
    return url ? *url : std::string();
  }
  // A new place on the back end the server does not use, and one on the back end it does.
  std::string other_engine(const std::string& name) const {
    return on_postgres() ? path(name + ".db") : new_postgres("orbis_" + name);
  }
  std::string same_engine(const std::string& name) const {
    return on_postgres() ? new_postgres("orbis_" + name) : path(name + ".db");
  }

  TestServer& server_ = shared_server();
  fs::path dir_;
  std::string token_;
  static inline int counter_ = 0;
};

TEST_F(Copy, ARoundTripThroughTheOtherBackEndKeepsEveryRowIdAndTheChain) {
  const std::string name = "Universität Zürich 苏黎世大学 — O'Brien \"quoted\"";
  auto created =
      server_.send("POST", "/api/v1/institutions", {{"name", name}, {"country", "CH"}}, token_);
  ASSERT_EQ(created.status, 201) << created.body;
  const auto id = created.json()["id"].get<std::int64_t>();

  const auto other = other_engine("copy");
  auto r = orbis({"copy", "--from", server_.db_path(), "--to", other});
  ASSERT_EQ(r.code, 0) << r.err;
  EXPECT_TRUE(contains(r.out, "every table reads back the same")) << r.out;
  EXPECT_TRUE(contains(r.out, "audit log intact")) << r.out;
  const auto back = same_engine("back");
  r = orbis({"copy", "--from", other, "--to", back});
  ASSERT_EQ(r.code, 0) << r.err;

  // Nothing is written while the tables are read: the server is idle between requests.
  const auto source = digests(server_.db_path());
  ASSERT_GT(source.size(), 40u);
  EXPECT_GT(rows(source, "institutions"), 1000);
  EXPECT_GT(rows(source, "audit_log"), 10);
  EXPECT_EQ(store::first_difference(source, digests(other)), "");
  EXPECT_EQ(store::first_difference(source, digests(back)), "");

  // The record as the repositories read it, under its own id, on both copies.
  for (const auto& copy : {other, back}) {
    auto store = open(copy);
    ASSERT_TRUE(store);
    auto tx = store->begin(store::Access::write);
    ASSERT_TRUE(tx) << tx.error().message;
    auto institution = (*tx)->institutions().get(InstitutionId{id});
    ASSERT_TRUE(institution) << institution.error().message;
    EXPECT_EQ(institution->name, name);
    EXPECT_EQ(institution->country, "CH");
    // A new record goes on after the copied ids.
    domain::Institution added;
    added.name = "Added after the copy";
    added.country = "CN";
    auto added_id = (*tx)->institutions().insert(added);
    ASSERT_TRUE(added_id) << copy << ": " << added_id.error().message;
    EXPECT_GT(added_id->value, id);
  }
  EXPECT_EQ(orbis({"audit", "verify", "--db", back}).code, 0);
  EXPECT_EQ(orbis({"audit", "verify", "--db", other}).code, 0);
}

TEST_F(Copy, ATargetThatExistsOrHoldsDataIsRefusedAndKeepsWhatItHeld) {
  const auto file = path("first.db");
  ASSERT_EQ(orbis({"copy", "--from", server_.db_path(), "--to", file}).code, 0);
  const auto before = digests(file);

  auto r = orbis({"copy", "--from", server_.db_path(), "--to", file});
  EXPECT_NE(r.code, 0);
  EXPECT_TRUE(contains(r.err, "exists; choose another file")) << r.err;
  EXPECT_EQ(store::first_difference(before, digests(file)), "");

  const auto database = new_postgres("orbis_full");
  ASSERT_EQ(orbis({"copy", "--from", file, "--to", database}).code, 0);
  r = orbis({"copy", "--from", file, "--to", database});
  EXPECT_NE(r.code, 0);
  EXPECT_TRUE(contains(r.err, "already holds data")) << r.err;
  EXPECT_EQ(store::first_difference(before, digests(database)), "");

  r = orbis({"copy", "--from", file, "--to", "sqlite:" + file});
  EXPECT_NE(r.code, 0);
  EXPECT_TRUE(contains(r.err, "the same database")) << r.err;

  // A source that is not there leaves nothing behind.
  r = orbis({"copy", "--from", path("missing.db"), "--to", path("never.db")});
  EXPECT_NE(r.code, 0);
  EXPECT_FALSE(fs::exists(path("never.db")));
  EXPECT_FALSE(fs::exists(path("missing.db")));
  EXPECT_FALSE(fs::exists(path("never.db.orbis-partial")));
}

TEST_F(Copy, TheDigestsFindOneChangedValue) {
  const auto file = path("changed.db");
  ASSERT_EQ(orbis({"copy", "--from", server_.db_path(), "--to", file}).code, 0);
  const auto before = digests(file);
  sqlite3* raw = nullptr;
  ASSERT_EQ(sqlite3_open(file.c_str(), &raw), SQLITE_OK);
  ASSERT_EQ(sqlite3_exec(raw, "UPDATE institutions SET city = city || '.' WHERE id = 1", nullptr,
                         nullptr, nullptr),
            SQLITE_OK);
  ASSERT_EQ(sqlite3_changes(raw), 1);
  sqlite3_close(raw);
  EXPECT_EQ(store::first_difference(before, digests(file)),
            "table institutions: " + std::to_string(rows(before, "institutions")) +
                " rows, but their content differs");
}

}  // namespace
}  // namespace orbis::testing
