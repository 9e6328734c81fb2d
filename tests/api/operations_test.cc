// Backup, restore and audit checkpoints from the command line, against a database a real
// server is serving: a backup while it runs, a restore that refuses a database in use or
// a damaged backup, and checkpoints that catch a rewritten or truncated audit log that
// `audit verify` alone passes.
#include <gtest/gtest.h>
#include <sqlite3.h>

#include <fstream>
#include <sstream>

#include "cli/cli.h"
#include "credentials/keys.h"
#include "domain/audit.h"
#include "harness.h"
#include "run_orbis.h"

namespace orbis::testing {
namespace {

namespace fs = std::filesystem;

// Runs `sql` on the database file `db` with SQLite's own shell-less API.
void execute(const std::string& db, const std::string& sql) {
  sqlite3* raw = nullptr;
  ASSERT_EQ(sqlite3_open(db.c_str(), &raw), SQLITE_OK);
  char* message = nullptr;
  EXPECT_EQ(sqlite3_exec(raw, sql.c_str(), nullptr, nullptr, &message), SQLITE_OK)
      << (message ? message : "");
  sqlite3_free(message);
  sqlite3_close(raw);
}

std::int64_t count(const std::string& db, const std::string& sql) {
  sqlite3* raw = nullptr;
  EXPECT_EQ(sqlite3_open_v2(db.c_str(), &raw, SQLITE_OPEN_READONLY, nullptr), SQLITE_OK);
  sqlite3_stmt* statement = nullptr;
  EXPECT_EQ(sqlite3_prepare_v2(raw, sql.c_str(), -1, &statement, nullptr), SQLITE_OK);
  std::int64_t n = -1;
  if (sqlite3_step(statement) == SQLITE_ROW) n = sqlite3_column_int64(statement, 0);
  sqlite3_finalize(statement);
  sqlite3_close(raw);
  return n;
}

std::string column_text(sqlite3_stmt* statement, int column) {
  const auto* text = sqlite3_column_text(statement, column);
  return text ? reinterpret_cast<const char*>(text) : "";
}

// What someone who can write the database file can do: give every entry another actor and
// re-link the whole chain and its head, so that every link holds again.
void rewrite_whole_chain(const std::string& db) {
  sqlite3* raw = nullptr;
  ASSERT_EQ(sqlite3_open(db.c_str(), &raw), SQLITE_OK);
  sqlite3_stmt* select = nullptr;
  ASSERT_EQ(sqlite3_prepare_v2(raw,
                               "SELECT seq, at, actor, action, entity, entity_id, before_json, "
                               "after_json FROM audit_log ORDER BY seq",
                               -1, &select, nullptr),
            SQLITE_OK);
  std::vector<domain::AuditEntry> entries;
  while (sqlite3_step(select) == SQLITE_ROW) {
    domain::AuditEntry e;
    e.seq = sqlite3_column_int64(select, 0);
    e.at = column_text(select, 1);
    e.actor = "someone-else@example.org";
    e.action = column_text(select, 3);
    e.entity = column_text(select, 4);
    e.entity_id = column_text(select, 5);
    e.before = column_text(select, 6);
    e.after = column_text(select, 7);
    entries.push_back(std::move(e));
  }
  sqlite3_finalize(select);
  ASSERT_FALSE(entries.empty());
  std::string prev = domain::genesis_hash();
  sqlite3_exec(raw, "BEGIN", nullptr, nullptr, nullptr);
  for (auto& e : entries) {
    e.prev_hash = prev;
    e.hash = domain::compute_audit_hash(e);
    prev = e.hash;
    sqlite3_stmt* update = nullptr;
    ASSERT_EQ(sqlite3_prepare_v2(
                  raw, "UPDATE audit_log SET actor = ?, prev_hash = ?, hash = ? WHERE seq = ?", -1,
                  &update, nullptr),
              SQLITE_OK);
    sqlite3_bind_text(update, 1, e.actor.c_str(), -1, SQLITE_TRANSIENT);
    sqlite3_bind_text(update, 2, e.prev_hash.c_str(), -1, SQLITE_TRANSIENT);
    sqlite3_bind_text(update, 3, e.hash.c_str(), -1, SQLITE_TRANSIENT);
    sqlite3_bind_int64(update, 4, e.seq);
    ASSERT_EQ(sqlite3_step(update), SQLITE_DONE);
    sqlite3_finalize(update);
  }
  const std::string head = "UPDATE audit_head SET hash = '" + prev + "' WHERE id = 1";
  ASSERT_EQ(sqlite3_exec(raw, head.c_str(), nullptr, nullptr, nullptr), SQLITE_OK);
  ASSERT_EQ(sqlite3_exec(raw, "COMMIT", nullptr, nullptr, nullptr), SQLITE_OK);
  sqlite3_close(raw);
}

// Cuts the last `n` entries off and moves the head back to the new last one.
void truncate_chain(const std::string& db, int n) {
  execute(db, "DELETE FROM audit_log WHERE seq > (SELECT MAX(seq) FROM audit_log) - " +
                  std::to_string(n) +
                  "; UPDATE audit_head SET seq = (SELECT MAX(seq) FROM audit_log), hash = "
                  "(SELECT hash FROM audit_log WHERE seq = (SELECT MAX(seq) FROM audit_log)) "
                  "WHERE id = 1");
}

std::vector<std::string> leftovers(const fs::path& dir) {
  std::vector<std::string> found;
  for (const auto& entry : fs::directory_iterator(dir)) {
    const auto name = entry.path().filename().string();
    if (contains(name, ".orbis-") || name.ends_with("-journal")) found.push_back(name);
  }
  return found;
}

class Operations : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = server_.dir() / ("operations-" + std::to_string(counter_++));
    fs::create_directories(dir_);
    token_ = server_.login("officer@westlake.edu.cn");
    kek_file_ = (dir_ / "kek").string();
    std::ofstream(kek_file_) << server_.kek() << "\n";
    ::unsetenv("ORBIS_KEK");
  }
  std::string path(const std::string& name) const { return (dir_ / name).string(); }
  long add_institution(const std::string& name) {
    const auto r =
        server_.send("POST", "/api/v1/institutions", {{"name", name}, {"country", "CN"}}, token_);
    EXPECT_EQ(r.status, 201) << r.body;
    return r.status == 201 ? r.json()["id"].get<long>() : 0;
  }
  // A copy of the served database, by `orbis backup`.
  std::string backup(const std::string& name) {
    const auto out = path(name);
    const auto r = orbis({"backup", "--db", server_.db_path(), "--out", out});
    EXPECT_EQ(r.code, 0) << r.err;
    return out;
  }
  static std::int64_t named(const std::string& db, const std::string& name) {
    return count(db, "SELECT COUNT(*) FROM institutions WHERE name = '" + name + "'");
  }

  TestServer& server_ = shared_server();
  fs::path dir_;
  std::string token_, kek_file_;
  static inline int counter_ = 0;
};

TEST_F(Operations, BackupWhileServingIsCheckedAndNeverOverwrites) {
  add_institution("Backed Up Institute");
  const auto out = path("backup.db");
  auto r = orbis({"backup", "--db", server_.db_path(), "--out", out});
  ASSERT_EQ(r.code, 0) << r.err;
  EXPECT_TRUE(contains(r.out, "integrity ok")) << r.out;
  EXPECT_TRUE(contains(r.out, "audit log intact")) << r.out;
  EXPECT_EQ(named(out, "Backed Up Institute"), 1);
  EXPECT_EQ(count(out, "SELECT COUNT(*) FROM audit_log"),
            count(out, "SELECT seq FROM audit_head WHERE id = 1"));
  EXPECT_EQ(orbis({"audit", "verify", "--db", out}).code, 0);
  EXPECT_TRUE(leftovers(dir_).empty()) << leftovers(dir_).front();
  EXPECT_FALSE(fs::exists(out + "-wal"));

  r = orbis({"backup", "--db", server_.db_path(), "--out", out});
  EXPECT_EQ(r.code, 1);
  EXPECT_TRUE(contains(r.err, "exists")) << r.err;
  r = orbis({"backup", "--db", server_.db_path(), "--out", path("no/such/folder.db")});
  EXPECT_EQ(r.code, 1);
  EXPECT_TRUE(contains(r.err, "does not exist")) << r.err;
  r = orbis({"backup", "--db", path("missing.db"), "--out", path("other.db")});
  EXPECT_EQ(r.code, 1);
  EXPECT_FALSE(fs::exists(path("other.db")));
  // The server went on serving and writing throughout.
  EXPECT_GT(add_institution("After The Backup"), 0);
}

TEST_F(Operations, RestoreRefusesADatabaseInUseAndReplacesAStoppedOneAtomically) {
  add_institution("Restored Institute");
  const auto copy = backup("backup.db");
  add_institution("Not In The Backup");

  // Into a new file: no --force needed.
  const auto restored = path("restored.db");
  auto r = orbis({"restore", "--from", copy, "--db", restored});
  ASSERT_EQ(r.code, 0) << r.err;
  EXPECT_TRUE(contains(r.out, "audit log intact")) << r.out;
  EXPECT_EQ(named(restored, "Restored Institute"), 1);
  EXPECT_EQ(named(restored, "Not In The Backup"), 0);
  EXPECT_EQ(orbis({"audit", "verify", "--db", restored}).code, 0);

  // Over the database the server is serving: refused, even with --force.
  r = orbis({"restore", "--from", copy, "--db", server_.db_path(), "--force"});
  EXPECT_EQ(r.code, 1);
  EXPECT_TRUE(contains(r.err, "in use")) << r.err;
  const auto still = server_.get("/api/v1/institutions?q=Not%20In%20The%20Backup", token_);
  ASSERT_EQ(still.status, 200);
  EXPECT_EQ(still.json()["items"][0]["name"], "Not In The Backup");
  EXPECT_GT(add_institution("Written After The Refusal"), 0);

  // Over a database nobody uses: only with --force.
  execute(restored,
          "UPDATE institutions SET name = 'Changed Since' WHERE name = 'Restored Institute'");
  r = orbis({"restore", "--from", copy, "--db", restored});
  EXPECT_EQ(r.code, 1);
  EXPECT_TRUE(contains(r.err, "--force")) << r.err;
  EXPECT_EQ(named(restored, "Changed Since"), 1);
  r = orbis({"restore", "--from", copy, "--db", restored, "--force"});
  ASSERT_EQ(r.code, 0) << r.err;
  // No WAL of the replaced database is left to be applied to the new one. (Checked before
  // reading: a read-only connection leaves an empty WAL of its own.)
  EXPECT_FALSE(fs::exists(restored + "-wal"));
  EXPECT_EQ(named(restored, "Changed Since"), 0);
  EXPECT_EQ(named(restored, "Restored Institute"), 1);
  const auto left = leftovers(dir_);
  EXPECT_TRUE(left.empty()) << left.front();

  r = orbis({"restore", "--from", copy, "--db", copy, "--force"});
  EXPECT_EQ(r.code, 1);
  EXPECT_TRUE(contains(r.err, "same file")) << r.err;
}

TEST_F(Operations, RestoreRefusesABackupThatFailsItsChecks) {
  const auto tampered = backup("tampered.db");
  execute(tampered, "UPDATE audit_log SET actor = 'intruder' WHERE seq = 5");
  const auto target = path("target.db");
  auto r = orbis({"restore", "--from", tampered, "--db", target});
  EXPECT_EQ(r.code, 1);
  EXPECT_TRUE(contains(r.err, "fails audit verification")) << r.err;
  EXPECT_FALSE(fs::exists(target));

  const auto junk = path("junk.db");
  std::ofstream(junk) << "not a database at all, just some text that is long enough to look";
  r = orbis({"restore", "--from", junk, "--db", target});
  EXPECT_EQ(r.code, 1);
  EXPECT_FALSE(fs::exists(target));
  r = orbis({"restore", "--from", path("missing.db"), "--db", target});
  EXPECT_EQ(r.code, 1);
  EXPECT_TRUE(contains(r.err, "no backup")) << r.err;
  EXPECT_TRUE(leftovers(dir_).empty());
}

TEST_F(Operations, ACheckpointCatchesAWholeChainRewrittenConsistently) {
  add_institution("Checkpointed Institute");
  const auto db = backup("rewritten.db");
  const auto checkpoint = path("checkpoint.json");
  auto r = orbis({"audit", "checkpoint", "--db", db, "--out", checkpoint, "--kek-file", kek_file_});
  ASSERT_EQ(r.code, 0) << r.err;
  EXPECT_TRUE(contains(r.out, "signed by did:key:z6Mk")) << r.out;
  r = orbis({"audit", "verify", "--db", db, "--checkpoint", checkpoint});
  ASSERT_EQ(r.code, 0) << r.err << r.out;
  EXPECT_TRUE(contains(r.out, "as the checkpoint of")) << r.out;

  rewrite_whole_chain(db);
  r = orbis({"audit", "verify", "--db", db});
  EXPECT_EQ(r.code, 0) << r.out;  // every link holds: the log alone cannot tell
  EXPECT_TRUE(contains(r.out, "intact")) << r.out;
  r = orbis({"audit", "verify", "--db", db, "--checkpoint", checkpoint});
  EXPECT_EQ(r.code, 1) << r.out;
  EXPECT_TRUE(contains(r.out, "rewritten")) << r.out;
  EXPECT_TRUE(contains(r.err, "tampered")) << r.err;
}

TEST_F(Operations, ACheckpointCatchesATruncatedChain) {
  const auto db = backup("truncated.db");
  const auto checkpoint = path("checkpoint.json");
  ASSERT_EQ(
      orbis({"audit", "checkpoint", "--db", db, "--out", checkpoint, "--kek-file", kek_file_}).code,
      0);
  truncate_chain(db, 3);
  auto r = orbis({"audit", "verify", "--db", db});
  EXPECT_EQ(r.code, 0) << r.out;  // the head was moved back with the entries
  r = orbis({"audit", "verify", "--db", db, "--checkpoint", checkpoint});
  EXPECT_EQ(r.code, 1) << r.out;
  EXPECT_TRUE(contains(r.out, "cut off")) << r.out;
}

TEST_F(Operations, ACheckpointIsSignedAndNamesItsDatabase) {
  const auto db = backup("signed.db");
  const auto checkpoint = path("checkpoint.json");
  auto r = orbis({"audit", "checkpoint", "--db", db, "--out", checkpoint});
  EXPECT_EQ(r.code, 1);  // no key-encryption key: none given, none beside the database
  EXPECT_TRUE(contains(r.err, "key-encryption key")) << r.err;
  EXPECT_FALSE(fs::exists(checkpoint));
  r = orbis({"audit", "checkpoint", "--db", db, "--out", checkpoint, "--kek-file", kek_file_});
  ASSERT_EQ(r.code, 0) << r.err;
  const auto statement = nlohmann::json::parse(std::ifstream(checkpoint));
  const std::string signer = statement["verificationMethod"];
  const auto multikey = signer.substr(signer.find('#') + 1);
  EXPECT_TRUE(contains(r.out, "--public-key " + multikey)) << r.out;
  EXPECT_EQ(statement["sequence"], count(db, "SELECT MAX(seq) FROM audit_log"));
  r = orbis({"audit", "checkpoint", "--db", db, "--out", checkpoint, "--kek-file", kek_file_});
  EXPECT_EQ(r.code, 1);  // checkpoints are kept, never overwritten
  EXPECT_TRUE(contains(r.err, "exists")) << r.err;

  // Pinned to the right key, and to another one.
  r = orbis({"audit", "verify", "--db", db, "--checkpoint", checkpoint, "--public-key", multikey});
  EXPECT_EQ(r.code, 0) << r.out;
  r = orbis({"audit", "verify", "--db", db, "--checkpoint", checkpoint, "--public-key",
             "did:key:" + multikey});
  EXPECT_EQ(r.code, 0) << r.out;
  const auto stranger = credentials::to_multikey(credentials::KeyPair::generate().public_key());
  r = orbis({"audit", "verify", "--db", db, "--checkpoint", checkpoint, "--public-key", stranger});
  EXPECT_EQ(r.code, 1);
  EXPECT_TRUE(contains(r.out, "not by the key given")) << r.out;

  // An edited statement: its signature no longer holds.
  auto edited = statement;
  edited["sequence"] = statement["sequence"].get<int>() - 1;
  const auto forged = path("forged.json");
  std::ofstream(forged) << edited.dump(2);
  r = orbis({"audit", "verify", "--db", db, "--checkpoint", forged});
  EXPECT_EQ(r.code, 1);
  EXPECT_TRUE(contains(r.err, "signature does not hold")) << r.err;
  std::ofstream(path("garbage.json")) << "{\"type\": 1}";
  r = orbis({"audit", "verify", "--db", db, "--checkpoint", path("garbage.json")});
  EXPECT_EQ(r.code, 1);
  EXPECT_TRUE(contains(r.err, "not a valid Orbis audit checkpoint")) << r.err;

  // Another database entirely (with the same key pinned): not the one checkpointed.
  const auto other = path("other.db");
  ASSERT_EQ(orbis({"migrate", "--db", other}).code, 0);
  r = orbis(
      {"audit", "verify", "--db", other, "--checkpoint", checkpoint, "--public-key", multikey});
  EXPECT_EQ(r.code, 1);
  EXPECT_TRUE(contains(r.out, "checkpoint is of database")) << r.out;
}

}  // namespace
}  // namespace orbis::testing
