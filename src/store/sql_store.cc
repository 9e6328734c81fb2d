#include <fmt/format.h>
#include <soci/soci.h>
#include <soci/sqlite3/soci-sqlite3.h>
#include <sodium.h>

#include <filesystem>
#include <mutex>

#include "common/clock.h"
#include "store/migrations.h"
#include "store/sql_repositories.h"
#include "store/sql_support.h"
#include "store/store.h"

namespace orbis::store {
namespace internal {

Error translate(const std::exception& e, std::string_view doing) {
  const std::string what = e.what();
  if (what.find("UNIQUE constraint") != std::string::npos ||
      what.find("duplicate key") != std::string::npos) {
    return Error::exists(fmt::format("{}: a record with the same key exists", doing));
  }
  if (what.find("FOREIGN KEY constraint") != std::string::npos ||
      what.find("foreign key") != std::string::npos) {
    return Error::invalid(fmt::format("{}: it refers to a record that does not exist", doing));
  }
  if (what.find("database is locked") != std::string::npos ||
      what.find("database is busy") != std::string::npos) {
    return Error::unavailable(fmt::format("{}: the database is busy; try again", doing));
  }
  if (what.find("unable to open") != std::string::npos) {
    return Error::unavailable(fmt::format("{}: the database cannot be opened: {}", doing, what));
  }
  return Error::internal(fmt::format("{}: {}", doing, what));
}

std::string now_text() { return format_iso8601(SystemClock().now()); }

}  // namespace internal

namespace {

using internal::guarded;

constexpr int kBusyTimeoutMs = 5000;

class SqlTransaction final : public Transaction {
 public:
  SqlTransaction(soci::connection_pool& pool, Access access)
      : sql_(pool),
        institutions_(internal::make_institution_repository(sql_)),
        users_(internal::make_user_repository(sql_)),
        agreements_(internal::make_agreement_repository(sql_)),
        credentials_(internal::make_credential_repository(sql_)),
        people_(internal::make_person_repository(sql_)),
        programmes_(internal::make_programme_repository(sql_)),
        calls_(internal::make_call_repository(sql_)),
        applications_(internal::make_application_repository(sql_)),
        placement_runs_(internal::make_placement_run_repository(sql_)),
        mobilities_(internal::make_mobility_repository(sql_)),
        courses_(internal::make_course_repository(sql_)),
        learning_agreements_(internal::make_learning_agreement_repository(sql_)),
        audit_(internal::make_audit_repository(sql_)),
        settings_(internal::make_settings_repository(sql_)) {
    // IMMEDIATE takes the write lock now rather than at the first write, so that two
    // writers wait for each other instead of deadlocking on the upgrade.
    sql_ << (access == Access::write ? "BEGIN IMMEDIATE" : "BEGIN");
    open_ = true;
  }
  ~SqlTransaction() override {
    if (!open_) return;
    try {
      sql_ << "ROLLBACK";
    } catch (const std::exception&) {
      // The connection is unusable; SQLite has rolled back already.
    }
  }
  InstitutionRepository& institutions() override { return *institutions_; }
  UserRepository& users() override { return *users_; }
  AgreementRepository& agreements() override { return *agreements_; }
  CredentialRepository& credentials() override { return *credentials_; }
  PersonRepository& people() override { return *people_; }
  ProgrammeRepository& programmes() override { return *programmes_; }
  CallRepository& calls() override { return *calls_; }
  ApplicationRepository& applications() override { return *applications_; }
  PlacementRunRepository& placement_runs() override { return *placement_runs_; }
  MobilityRepository& mobilities() override { return *mobilities_; }
  CourseRepository& courses() override { return *courses_; }
  LearningAgreementRepository& learning_agreements() override { return *learning_agreements_; }
  AuditRepository& audit() override { return *audit_; }
  SettingsRepository& settings() override { return *settings_; }
  Status commit() override {
    return guarded("committing", [&]() -> Status {
      sql_ << "COMMIT";
      open_ = false;
      return {};
    });
  }

 private:
  soci::session sql_;
  bool open_ = false;
  std::unique_ptr<InstitutionRepository> institutions_;
  std::unique_ptr<UserRepository> users_;
  std::unique_ptr<AgreementRepository> agreements_;
  std::unique_ptr<CredentialRepository> credentials_;
  std::unique_ptr<PersonRepository> people_;
  std::unique_ptr<ProgrammeRepository> programmes_;
  std::unique_ptr<CallRepository> calls_;
  std::unique_ptr<ApplicationRepository> applications_;
  std::unique_ptr<PlacementRunRepository> placement_runs_;
  std::unique_ptr<MobilityRepository> mobilities_;
  std::unique_ptr<CourseRepository> courses_;
  std::unique_ptr<LearningAgreementRepository> learning_agreements_;
  std::unique_ptr<AuditRepository> audit_;
  std::unique_ptr<SettingsRepository> settings_;
};

class SqliteStore final : public Store {
 public:
  SqliteStore(std::string path, std::size_t pool_size)
      : path_(std::move(path)), pool_size_(pool_size), pool_(pool_size) {}

  Status connect() {
    return guarded("opening the database", [&]() -> Status {
      for (std::size_t i = 0; i < pool_size(); ++i) {
        soci::session& s = pool_.at(i);
        s.open(soci::sqlite3, fmt::format("db=\"{}\" timeout={}", path_, kBusyTimeoutMs / 1000));
        std::string mode;
        s << "PRAGMA journal_mode=WAL", soci::into(mode);
        s << "PRAGMA synchronous=FULL";
        s << "PRAGMA foreign_keys=ON";
        s << fmt::format("PRAGMA busy_timeout={}", kBusyTimeoutMs);
      }
      return {};
    });
  }

  Result<std::unique_ptr<Transaction>> begin(Access access) override {
    return guarded("starting a transaction", [&]() -> Result<std::unique_ptr<Transaction>> {
      return std::make_unique<SqlTransaction>(pool_, access);
    });
  }

  std::string_view backend() const override { return "sqlite"; }

  Result<int> schema_version() override {
    return guarded("reading the schema version", [&]() -> Result<int> {
      soci::session sql(pool_);
      int exists = 0;
      sql << "SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name = "
             "'schema_migrations'",
          soci::into(exists);
      if (!exists) return 0;
      int version = 0;
      soci::indicator ind;
      sql << "SELECT MAX(version) FROM schema_migrations", soci::into(version, ind);
      return ind == soci::i_ok ? version : 0;
    });
  }

  Result<int> migrate() override {
    std::lock_guard lock(migrate_mutex_);
    auto current = schema_version();
    if (!current) return fail(current.error());
    if (*current > latest_schema_version()) {
      return fail(Error::conflict(fmt::format(
          "the database is at schema {} but this Orbis knows only {}; use a newer Orbis", *current,
          latest_schema_version())));
    }
    for (const auto& m : internal::migrations()) {
      if (m.version <= *current) continue;
      auto applied =
          guarded(fmt::format("applying migration {} ({})", m.version, m.name), [&]() -> Status {
            soci::session sql(pool_);
            sql << "BEGIN IMMEDIATE";
            try {
              sql << "CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, "
                     "name TEXT NOT NULL, applied_at TEXT NOT NULL)";
              std::string script(m.sql);
              for (std::size_t at; (at = script.find("{{id}}")) != std::string::npos;) {
                script.replace(at, 6, "INTEGER PRIMARY KEY");
              }
              for (const auto& statement : split_statements(script)) sql << statement;
              const std::string name(m.name);
              const std::string now = internal::now_text();
              sql << "INSERT INTO schema_migrations (version, name, applied_at) VALUES (:v, :n, "
                     ":t)",
                  soci::use(m.version), soci::use(name), soci::use(now);
              sql << "COMMIT";
            } catch (...) {
              sql << "ROLLBACK";
              throw;
            }
            return {};
          });
      if (!applied) return fail(applied.error());
    }
    return latest_schema_version();
  }

  int latest_schema_version() const override { return internal::migrations().back().version; }

  Result<std::vector<std::string>> integrity_check() override {
    return guarded("checking integrity", [&]() -> Result<std::vector<std::string>> {
      soci::session sql(pool_);
      std::vector<std::string> problems;
      std::string line;
      soci::statement st = (sql.prepare << "PRAGMA integrity_check", soci::into(line));
      st.execute();
      while (st.fetch()) {
        if (line != "ok") problems.push_back(line);
      }
      return problems;
    });
  }

 private:
  std::size_t pool_size() const { return pool_size_; }

  static std::vector<std::string> split_statements(const std::string& script) {
    std::vector<std::string> out;
    std::size_t start = 0;
    while (start < script.size()) {
      std::size_t end = script.find(";\n", start);
      if (end == std::string::npos) end = script.size();
      const std::string statement = script.substr(start, end - start);
      if (statement.find_first_not_of(" \n\t") != std::string::npos) out.push_back(statement);
      start = end + 2;
    }
    return out;
  }

  std::string path_;
  std::size_t pool_size_ = 0;
  soci::connection_pool pool_;
  std::mutex migrate_mutex_;
};

}  // namespace

Result<std::unique_ptr<Store>> open(std::string_view location, const OpenOptions& options) {
  if (location.starts_with("postgresql://") || location.starts_with("postgres://")) {
    return fail(
        Error::invalid("this build of Orbis stores data in SQLite only; give --db a file path "
                       "(the PostgreSQL back end is planned, see docs/decisions/0002-storage.md)"));
  }
  std::string path(location.starts_with("sqlite:") ? location.substr(7) : location);
  if (path.empty()) return fail(Error::invalid("no database given: pass --db FILE"));
  if (path.find('"') != std::string::npos) {
    return fail(Error::invalid("a database path may not contain a double quote"));
  }
  std::error_code ec;
  if (options.must_exist && !std::filesystem::exists(path, ec)) {
    return fail(Error::not_found(
        fmt::format("no database at {}; create it with 'orbis migrate' or 'orbis demo'", path)));
  }
  const auto parent = std::filesystem::path(path).parent_path();
  if (!parent.empty() && !std::filesystem::is_directory(parent, ec)) {
    return fail(Error::invalid(fmt::format("the folder {} does not exist", parent.string())));
  }
  const std::size_t pool_size = std::max<std::size_t>(1, options.pool_size);
  auto store = std::make_unique<SqliteStore>(path, pool_size);
  if (auto connected = store->connect(); !connected) return fail(connected.error());
  return std::unique_ptr<Store>(std::move(store));
}

}  // namespace orbis::store

namespace orbis::store::internal {

std::string base64(std::string_view bytes) {
  std::string out(sodium_base64_ENCODED_LEN(bytes.size(), sodium_base64_VARIANT_ORIGINAL), '\0');
  sodium_bin2base64(out.data(), out.size(), reinterpret_cast<const unsigned char*>(bytes.data()),
                    bytes.size(), sodium_base64_VARIANT_ORIGINAL);
  out.resize(std::char_traits<char>::length(out.c_str()));
  return out;
}

std::string unbase64(const std::string& text) {
  std::string out(text.size(), '\0');
  std::size_t len = 0;
  sodium_base642bin(reinterpret_cast<unsigned char*>(out.data()), out.size(), text.data(),
                    text.size(), nullptr, &len, nullptr, sodium_base64_VARIANT_ORIGINAL);
  out.resize(len);
  return out;
}

}  // namespace orbis::store::internal
