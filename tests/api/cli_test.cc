// The command line: one-line errors and exit codes, user add, audit verify on a
// tampered database.
#include "cli/cli.h"

#include <gtest/gtest.h>
#include <sqlite3.h>

#include <fstream>
#include <sstream>

#include "harness.h"
#include "run_orbis.h"

namespace orbis::testing {
namespace {

int lines(const std::string& s) { return static_cast<int>(std::count(s.begin(), s.end(), '\n')); }

class CliTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = shared_server().dir() / ("cli-" + std::to_string(counter_++));
    std::filesystem::create_directories(dir_);
    db_ = (dir_ / "orbis.db").string();
  }
  std::filesystem::path dir_;
  std::string db_;
  static inline int counter_ = 0;
};

TEST_F(CliTest, BadArgumentsGiveOneLineAndExitTwo) {
  for (const auto& args : std::vector<std::vector<std::string>>{
           {},
           {"fly"},
           {"serve"},
           {"serve", "--db", "x.db", "--port", "70000"},
           {"user", "add", "--db", "x.db"},
           {"user", "disable", "--db", "x.db"},
           {"user", "reset-password", "--email", "a@b.cn"},
           {"demo", "--db", "x.db", "--scale", "huge"},
           {"demo", "--db", "x.db", "--scale", "large", "--people", "10"}}) {
    const auto r = orbis(args);
    EXPECT_EQ(r.code, 2) << r.err;
    EXPECT_EQ(lines(r.err), 1) << r.err;
    EXPECT_TRUE(r.err.starts_with("orbis: ")) << r.err;
  }
}

TEST_F(CliTest, EverySubcommandHasHelp) {
  for (const auto& args :
       std::vector<std::vector<std::string>>{{"--help"},
                                             {"serve", "--help"},
                                             {"migrate", "--help"},
                                             {"demo", "--help"},
                                             {"openapi", "--help"},
                                             {"import", "institutions", "--help"},
                                             {"user", "add", "--help"},
                                             {"user", "list", "--help"},
                                             {"user", "disable", "--help"},
                                             {"user", "enable", "--help"},
                                             {"user", "reset-password", "--help"},
                                             {"audit", "verify", "--help"}}) {
    const auto r = orbis(args);
    EXPECT_EQ(r.code, 0) << args.front();
    EXPECT_NE(r.out.find("Usage"), std::string::npos) << r.out;
  }
}

TEST_F(CliTest, PrintsTheOpenApiDocumentTheServerServes) {
  const auto r = orbis({"openapi"});
  ASSERT_EQ(r.code, 0) << r.err;
  EXPECT_EQ(r.err, "");
  const auto printed = nlohmann::json::parse(r.out);
  const auto served = shared_server().request("GET", "/api/v1/openapi.json");
  ASSERT_EQ(served.status, 200);
  EXPECT_EQ(printed["openapi"], "3.1.0");
  EXPECT_FALSE(printed["paths"].empty());
  EXPECT_EQ(printed, served.json());
}

TEST_F(CliTest, CommandFailuresGiveOneLineAndExitOne) {
  auto r = orbis({"audit", "verify", "--db", (dir_ / "missing.db").string()});
  EXPECT_EQ(r.code, 1);
  EXPECT_EQ(lines(r.err), 1) << r.err;
  // Nothing listens on port 1: one line that says PostgreSQL cannot be reached.
  r = orbis({"migrate", "--db", "postgresql://orbis@127.0.0.1:1/orbis"});
  EXPECT_EQ(r.code, 1);
  EXPECT_EQ(lines(r.err), 1) << r.err;
  EXPECT_NE(r.err.find("PostgreSQL"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("cannot be reached"), std::string::npos) << r.err;
  // A password in the URL is refused, and not repeated.
  r = orbis({"migrate", "--db", "postgresql://orbis:hunter2@127.0.0.1:1/orbis"});
  EXPECT_EQ(r.code, 1);
  EXPECT_EQ(r.err.find("hunter2"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("ORBIS_DB_PASSWORD"), std::string::npos) << r.err;
  ASSERT_EQ(orbis({"migrate", "--db", db_}).code, 0);
  r = orbis({"user", "add", "--db", db_, "--email", "x@westlake.edu.cn", "--role", "wizard"},
            "a long password\n");
  EXPECT_EQ(r.code, 1);
  EXPECT_NE(r.err.find("not a role"), std::string::npos);
  r = orbis({"user", "add", "--db", db_, "--email", "x@westlake.edu.cn", "--role", "admin"},
            "short\n");
  EXPECT_EQ(r.code, 1);
  EXPECT_EQ(lines(r.err), 1) << r.err;
}

TEST_F(CliTest, ImportsAddsUsersAndVerifiesTheAuditLog) {
  ASSERT_EQ(orbis({"migrate", "--db", db_}).code, 0);
  const auto csv = dir_ / "ror.csv";
  {
    std::ofstream f(csv);
    f << "ror_id,display_name,name_zh,aliases,acronyms,labels_other_lang,country_code,city,types,"
         "established,links,domains,wikidata,status\n"
         "05hfa4n20,Westlake "
         "University,西湖大学,,WIAS,zh:西湖大学,CN,Hangzhou,education;funder,2018,https://"
         "westlake.edu.cn,westlake.edu.cn,Q28416699,active\n"
         "052gg0110,University of Oxford,,Oxford University,,cy:Prifysgol "
         "Rhydychen,GB,Oxford,education;funder,1096,https://www.ox.ac.uk,ox.ac.uk,Q34433,active\n"
         "000000000,Broken Row,,,,,XX,,education,,,,,active\n";
  }
  auto r = orbis({"import", "institutions", "--db", db_, csv.string()});
  ASSERT_EQ(r.code, 0) << r.err;
  EXPECT_NE(r.out.find("2 new institutions"), std::string::npos) << r.out;
  EXPECT_NE(r.err.find("line 4"), std::string::npos) << r.err;  // the bad row, named
  r = orbis({"import", "institutions", "--db", db_, csv.string()});
  EXPECT_NE(r.out.find("0 new institutions"), std::string::npos) << r.out;  // idempotent
  EXPECT_NE(r.out.find("0 updated"), std::string::npos) << r.out;
  r = orbis({"user", "add", "--db", db_, "--email", "p@ox.ac.uk", "--role", "partner",
             "--institution", "052gg0110"},
            "a long enough password\n");
  ASSERT_EQ(r.code, 0) << r.err;
  r = orbis({"audit", "verify", "--db", db_});
  ASSERT_EQ(r.code, 0) << r.err;
  EXPECT_NE(r.out.find("intact"), std::string::npos);

  // Tamper: edit an entry, then delete the newest.
  sqlite3* raw = nullptr;
  ASSERT_EQ(sqlite3_open(db_.c_str(), &raw), SQLITE_OK);
  ASSERT_EQ(sqlite3_exec(raw, "UPDATE audit_log SET actor = 'intruder' WHERE seq = 1", nullptr,
                         nullptr, nullptr),
            SQLITE_OK);
  r = orbis({"audit", "verify", "--db", db_});
  EXPECT_EQ(r.code, 1);
  EXPECT_NE(r.out.find("entry 1"), std::string::npos) << r.out;
  ASSERT_EQ(sqlite3_exec(raw,
                         "UPDATE audit_log SET actor = 'cli' WHERE seq = 1; "
                         "DELETE FROM audit_log WHERE seq = (SELECT MAX(seq) FROM audit_log)",
                         nullptr, nullptr, nullptr),
            SQLITE_OK);
  sqlite3_close(raw);
  r = orbis({"audit", "verify", "--db", db_});
  EXPECT_EQ(r.code, 1);
  EXPECT_NE(r.out.find("deleted"), std::string::npos) << r.out;
}

// JSON files given to the command line go through the bounded parse, and a member of the
// wrong type is a skipped record, not an exception.
// orbis import publications: a dry run, the import, a bad file named by its line, and a
// database without a home institution refused in one line.
TEST_F(CliTest, ImportsPublicationsFromAnOpenAlexExtract) {
  ASSERT_EQ(orbis({"migrate", "--db", db_}).code, 0);
  const auto works = (source_dir() / "tests/cases/openalex/works.jsonl").string();
  auto r = orbis({"import", "publications", "--db", db_, works});
  EXPECT_EQ(r.code, 1);
  EXPECT_EQ(lines(r.err), 1) << r.err;
  EXPECT_NE(r.err.find("no home institution"), std::string::npos) << r.err;

  // The demo's database, which names Westlake University its home.
  const char* demo = std::getenv("ORBIS_TEST_DEMO_TEMPLATE");
  std::filesystem::path template_dir = demo ? demo : (dir_ / "demo").string();
  if (!demo) write_demo_template(template_dir);
  const auto db = (dir_ / "demo.db").string();
  std::filesystem::copy_file(template_dir / "demo.db", db);
  r = orbis({"import", "publications", "--db", db, works, "--dry-run"});
  ASSERT_EQ(r.code, 0) << r.err;
  EXPECT_EQ(r.out, "9 works read: 9 new, 0 recorded before (a dry run: nothing was written)\n");
  r = orbis({"import", "publications", "--db", db, works});
  ASSERT_EQ(r.code, 0) << r.err;
  EXPECT_EQ(r.out, "9 works read: 9 new, 0 recorded before\n");
  r = orbis({"import", "publications", "--db", db, works});
  EXPECT_EQ(r.out, "9 works read: 0 new, 9 recorded before\n");

  const auto bad = dir_ / "bad.jsonl";
  {
    std::ofstream f(bad);
    f << "{\"id\":\"W1\",\"publication_year\":2024}\nnot json\n";
  }
  r = orbis({"import", "publications", "--db", db, bad.string()});
  EXPECT_EQ(r.code, 1);
  EXPECT_NE(r.err.find("line 2: not JSON"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("line 1: authorships: work W1 names no author at the home institution"),
            std::string::npos)
      << r.err;
  EXPECT_EQ(orbis({"import", "publications", "--db", db, (dir_ / "none.jsonl").string()}).code, 2);
}

// orbis import research-projects: a file with a bad row refused line by line with nothing
// written, then a dry run and the import of a good one.
TEST_F(CliTest, ImportsResearchProjectsFromACsvFile) {
  const char* demo = std::getenv("ORBIS_TEST_DEMO_TEMPLATE");
  std::filesystem::path template_dir = demo ? demo : (dir_ / "demo").string();
  if (!demo) write_demo_template(template_dir);
  const auto db = (dir_ / "demo.db").string();
  std::filesystem::copy_file(template_dir / "demo.db", db);
  const auto bad = dir_ / "bad.csv";
  std::ofstream(bad) << "title,start_date,end_date,partners\n"
                        "Glacier hydrology,2027-01-01,2029-12-31,052gg0110:coordinator\n"
                        "Wetlands,2027-01-01,2026-12-31,052gg0110:lead\n";
  auto r = orbis({"import", "research-projects", "--db", db, bad.string()});
  EXPECT_EQ(r.code, 1);
  EXPECT_NE(r.err.find("line 3: end_date: not before the start date"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("line 3: partners: 'lead' is no role"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("2 errors in 2 rows; nothing was written"), std::string::npos) << r.err;

  const auto good = dir_ / "good.csv";
  std::ofstream(good) << "title,start_date,end_date,partners\n"
                         "Glacier hydrology,2027-01-01,2029-12-31,052gg0110:coordinator\n";
  r = orbis({"import", "research-projects", "--db", db, good.string(), "--dry-run"});
  ASSERT_EQ(r.code, 0) << r.err;
  EXPECT_EQ(r.out, "1 projects read, 0 recorded (a dry run: nothing was written)\n");
  r = orbis({"import", "research-projects", "--db", db, good.string()});
  ASSERT_EQ(r.code, 0) << r.err;
  EXPECT_EQ(r.out, "1 projects read, 1 recorded\n");
}

TEST_F(CliTest, JsonFilesAreBoundedAndMembersOfTheWrongTypeAreSkipped) {
  ASSERT_EQ(orbis({"migrate", "--db", db_}).code, 0);
  const auto universities = dir_ / "world_universities.json";
  std::ofstream(universities) << R"([{"name": 1, "alpha_two_code": "GB"},
    {"name": "University of Oxford", "alpha_two_code": "GB", "domains": ["ox.ac.uk"]}])";
  auto r = orbis({"import", "institutions", "--db", db_, universities.string()});
  ASSERT_EQ(r.code, 0) << r.err;
  EXPECT_NE(r.out.find("1 new institutions"), std::string::npos) << r.out;
  EXPECT_NE(r.err.find("item 0"), std::string::npos) << r.err;

  const std::string deep = std::string(300000, '[') + std::string(300000, ']');
  const auto deep_file = dir_ / "deep.json";
  std::ofstream(deep_file) << deep;
  r = orbis({"import", "institutions", "--db", db_, deep_file.string()});
  EXPECT_EQ(r.code, 1);
  EXPECT_EQ(lines(r.err), 1) << r.err;
  EXPECT_NE(r.err.find("nested deeper than 128 levels at byte 129"), std::string::npos) << r.err;
  r = orbis({"verify", "--no-status", deep_file.string()});
  EXPECT_EQ(r.code, 2);
  EXPECT_NE(r.err.find("nested deeper than 128 levels at byte 129"), std::string::npos) << r.err;
}

}  // namespace
}  // namespace orbis::testing

namespace orbis::testing {
namespace {

TEST_F(CliTest, AllocatesAndWritesNothingOnBadInput) {
  const auto input = dir_ / "call.json";
  const auto output = dir_ / "result.json";
  {
    std::ofstream f(input);
    f << R"({"offers": [{"id": "oxford", "seats": 1}, {"id": "zju", "seats": 1}],
             "applicants": [{"id": "ana", "score": 90, "preferences": ["oxford", "zju"]},
                            {"id": "bo", "score": 80, "preferences": ["oxford"]}]})";
  }
  auto r = orbis({"allocate", "--input", input.string(), "--output", output.string()});
  ASSERT_EQ(r.code, 0) << r.err;
  std::ifstream in(output);
  const auto result = nlohmann::json::parse(in);
  ASSERT_EQ(result["assignments"].size(), 2u);
  EXPECT_EQ(result["assignments"][0]["applicant"], "ana");
  EXPECT_EQ(result["assignments"][0]["offer"], "oxford");
  EXPECT_TRUE(result["assignments"][1]["offer"].is_null());

  const auto bad = dir_ / "bad.json";
  const auto none = dir_ / "none.json";
  for (
      const std::string text :
      {R"({"offers": [{"id": "x", "seats": -1}], "applicants": []})",
       R"({"offers": [{"id": "x", "seats": 1}], "applicants": [{"id": "a", "score": 1, "preferences": ["y"]}]})",
       R"({"offers": [)"}) {
    {
      std::ofstream f(bad);
      f << text;
    }
    r = orbis({"allocate", "--input", bad.string(), "--output", none.string()});
    EXPECT_EQ(r.code, 1) << text;
    EXPECT_EQ(lines(r.err), 1) << r.err;
    EXPECT_FALSE(std::filesystem::exists(none)) << text;
  }
  r = orbis({"allocate", "--input", input.string(), "--output", none.string(), "--mode", "best"});
  EXPECT_EQ(r.code, 2);
}

}  // namespace
}  // namespace orbis::testing

namespace orbis::testing {
namespace {

TEST_F(CliTest, SignsAndVerifiesCredentialsOffline) {
  auto kek = orbis({"key", "kek"});
  ASSERT_EQ(kek.code, 0);
  kek.out.pop_back();
  ::setenv("ORBIS_KEK", kek.out.c_str(), 1);
  const auto key = (dir_ / "issuer.key").string();
  auto r = orbis({"key", "generate", "--out", key});
  ASSERT_EQ(r.code, 0) << r.err;
  EXPECT_TRUE(r.out.starts_with("did:key:z6Mk")) << r.out;
  EXPECT_EQ(orbis({"key", "generate", "--out", key}).code, 1);  // never overwrites a key
  const auto input = dir_ / "credentials.json";
  {
    std::ofstream f(input);
    f << R"([{"@context": ["https://www.w3.org/ns/credentials/v2"], "type": ["VerifiableCredential"],
              "validFrom": "2026-07-01T00:00:00Z", "credentialSubject": {"id": "did:example:1", "name": "王芳"}},
             {"@context": ["https://www.w3.org/ns/credentials/v2"], "type": ["VerifiableCredential"],
              "validFrom": "2026-07-01T00:00:00Z", "credentialSubject": {"id": "did:example:2", "name": "Emily Carter"}}])";
  }
  r = orbis({"credential", "sign", "--key", key, "--in", input.string()});
  ASSERT_EQ(r.code, 0) << r.err;
  const auto signed_path = dir_ / "signed.json";
  {
    std::ofstream f(signed_path);
    f << r.out;
  }
  r = orbis({"verify", signed_path.string(), "--no-status"});
  EXPECT_EQ(r.code, 0) << r.out;
  auto tampered = nlohmann::json::parse(std::ifstream(signed_path));
  tampered[1]["credentialSubject"]["name"] = "Emily Carver";
  {
    std::ofstream f(dir_ / "tampered.json");
    f << tampered.dump();
  }
  r = orbis({"verify", (dir_ / "tampered.json").string(), "--no-status"});
  EXPECT_EQ(r.code, 1);
  EXPECT_EQ(nlohmann::json::parse(r.out)[1]["verdict"], "invalid");
  EXPECT_EQ(orbis({"verify", (dir_ / "missing.json").string()}).code, 2);
  EXPECT_EQ(orbis({"verify", signed_path.string(), "--status-list", "no-equals-sign"}).code, 2);
  ::setenv("ORBIS_KEK", "not-a-key", 1);
  EXPECT_EQ(orbis({"credential", "sign", "--key", key, "--in", input.string()}).code, 1);
  ::unsetenv("ORBIS_KEK");
  r = orbis({"credential", "sign", "--key", key, "--in", input.string()});
  EXPECT_EQ(r.code, 1);
  EXPECT_NE(r.err.find("ORBIS_KEK"), std::string::npos);
}

}  // namespace
}  // namespace orbis::testing

namespace orbis::testing {
namespace {

int count_rows(const std::string& db, const std::string& query) {
  sqlite3* raw = nullptr;
  if (sqlite3_open(db.c_str(), &raw) != SQLITE_OK) return -1;
  int count = -1;
  sqlite3_exec(
      raw, query.c_str(),
      [](void* out, int, char** values, char**) {
        *static_cast<int*>(out) = std::atoi(values[0]);
        return 0;
      },
      &count, nullptr);
  sqlite3_close(raw);
  return count;
}

void exec(const std::string& db, const std::string& statement) {
  sqlite3* raw = nullptr;
  ASSERT_EQ(sqlite3_open(db.c_str(), &raw), SQLITE_OK);
  ASSERT_EQ(sqlite3_exec(raw, statement.c_str(), nullptr, nullptr, nullptr), SQLITE_OK);
  sqlite3_close(raw);
}

// The way back in for a locked-out admin, and disabling from the command line.
TEST_F(CliTest, DisablesEnablesAndResetsPasswords) {
  ASSERT_EQ(orbis({"migrate", "--db", db_}).code, 0);
  ASSERT_EQ(orbis({"user", "add", "--db", db_, "--email", "a@westlake.edu.cn", "--role", "admin"},
                  "the admin passphrase\n")
                .code,
            0);
  ASSERT_EQ(orbis({"user", "add", "--db", db_, "--email", "v@westlake.edu.cn", "--role", "viewer"},
                  "the viewer passphrase\n")
                .code,
            0);
  // A common password is refused with the shipped list.
  auto r = orbis({"user", "add", "--db", db_, "--email", "w@westlake.edu.cn", "--role", "viewer"},
                 "1q2w3e4r5t\n");
  EXPECT_EQ(r.code, 1);
  EXPECT_NE(r.err.find("common"), std::string::npos) << r.err;

  r = orbis({"user", "disable", "--db", db_, "--email", "V@westlake.edu.cn"});
  ASSERT_EQ(r.code, 0) << r.err;
  EXPECT_NE(r.out.find("disabled"), std::string::npos) << r.out;
  r = orbis({"user", "list", "--db", db_});
  ASSERT_EQ(r.code, 0) << r.err;
  EXPECT_NE(r.out.find("v@westlake.edu.cn"), std::string::npos);
  EXPECT_NE(r.out.find("disabled"), std::string::npos) << r.out;
  r = orbis({"user", "enable", "--db", db_, "--email", "v@westlake.edu.cn"});
  ASSERT_EQ(r.code, 0) << r.err;
  EXPECT_EQ(count_rows(db_, "SELECT active FROM users WHERE email = 'v@westlake.edu.cn'"), 1);

  r = orbis({"user", "disable", "--db", db_, "--email", "a@westlake.edu.cn"});
  EXPECT_EQ(r.code, 1);
  EXPECT_EQ(lines(r.err), 1) << r.err;
  EXPECT_NE(r.err.find("at least one active admin"), std::string::npos) << r.err;
  r = orbis({"user", "disable", "--db", db_, "--email", "nobody@westlake.edu.cn"});
  EXPECT_EQ(r.code, 1);
  EXPECT_EQ(lines(r.err), 1) << r.err;

  // A session and a second factor the admin can no longer use.
  exec(db_,
       "INSERT INTO sessions (token_hash, user_id, csrf_token, created_at, expires_at, "
       "last_used_at) SELECT 'h', id, 'c', '2026-01-01', '2099-01-01', '2026-01-01' FROM users "
       "WHERE email = 'a@westlake.edu.cn'; "
       "UPDATE users SET totp_secret = 'c2VjcmV0' WHERE email = 'a@westlake.edu.cn'");
  r = orbis({"user", "reset-password", "--db", db_, "--email", "a@westlake.edu.cn"}, "short\n");
  EXPECT_EQ(r.code, 1);
  EXPECT_EQ(lines(r.err), 1) << r.err;
  EXPECT_EQ(count_rows(db_, "SELECT COUNT(*) FROM sessions"), 1);  // nothing changed
  r = orbis(
      {"user", "reset-password", "--db", db_, "--email", "a@westlake.edu.cn", "--remove-totp"},
      "a new admin passphrase\n");
  ASSERT_EQ(r.code, 0) << r.err;
  EXPECT_EQ(count_rows(db_, "SELECT COUNT(*) FROM sessions"), 0);
  EXPECT_EQ(count_rows(db_, "SELECT COUNT(*) FROM users WHERE totp_secret <> ''"), 0);
  r = orbis({"audit", "verify", "--db", db_});
  EXPECT_EQ(r.code, 0) << r.out;
}

}  // namespace
}  // namespace orbis::testing

namespace orbis::testing {
namespace {

// The demo's credentials name the address it will be served at, which scripts/demo passes;
// an address that gives no did:web is refused before any file is made.
TEST_F(CliTest, TheDemoNamesTheAddressItWillBeServedAt) {
  const auto data = (source_dir() / "data").string();
  auto r = orbis({"demo", "--db", db_, "--data", data, "--public-url", "http://bad host:8080"});
  EXPECT_EQ(r.code, 1);
  EXPECT_EQ(lines(r.err), 1) << r.err;
  EXPECT_NE(r.err.find("--public-url"), std::string::npos) << r.err;
  EXPECT_FALSE(std::filesystem::exists(db_));
  EXPECT_FALSE(std::filesystem::exists(db_ + ".kek"));

  r = orbis({"demo", "--db", db_, "--data", data, "--public-url", "https://orbis.example.edu"});
  ASSERT_EQ(r.code, 0) << r.err;
  EXPECT_NE(r.out.find("under https://orbis.example.edu"), std::string::npos) << r.out;
  EXPECT_EQ(count_rows(db_,
                       "SELECT COUNT(*) FROM settings WHERE key = 'credentials.public_url' "
                       "AND value = 'https://orbis.example.edu'"),
            1);
  const int issued = count_rows(db_, "SELECT COUNT(*) FROM credentials");
  EXPECT_GT(issued, 0);
  EXPECT_EQ(count_rows(db_,
                       "SELECT COUNT(*) FROM credentials WHERE document LIKE "
                       "'%\"did:web:orbis.example.edu\"%' AND document NOT LIKE "
                       "'%localhost%'"),
            issued);
}

}  // namespace
}  // namespace orbis::testing
