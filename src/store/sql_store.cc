#include <fcntl.h>
#include <fmt/format.h>
#include <soci/soci.h>
#include <soci/sqlite3/soci-sqlite3.h>
#include <sodium.h>
#include <spdlog/spdlog.h>
#include <sys/stat.h>
#include <unistd.h>

#include <filesystem>
#include <mutex>

#include "common/clock.h"
#include "store/migrations.h"
#include "store/open.h"
#include "store/sql/context.h"
#include "store/sql/dialect.h"
#include "store/sql_repositories.h"
#include "store/sql_support.h"
#include "store/store.h"

namespace orbis::store {
namespace {

// The storage fault the last failing statement of this thread met, for the write
// transaction that ran it to report (transactions belong to one thread at a time).
thread_local std::string t_storage_fault;

// A SQLite result code that means the storage failed, in words; empty for other codes.
std::string_view storage_fault(int code) {
  switch (code & 0xff) {
    case SQLITE_FULL:
      return "the disk holding the database is full";
    case SQLITE_READONLY:
      return "the database is read-only";
    case SQLITE_IOERR:
      return "the disk reported an I/O error";
    case SQLITE_CANTOPEN:
      return "a database file cannot be opened";
    case SQLITE_PERM:
      return "access to the database file is denied";
    case SQLITE_CORRUPT:
      return "the database file is damaged";
    case SQLITE_NOTADB:
      return "the file is not a SQLite database";
    case SQLITE_NOLFS:
      return "the file system cannot hold a database this large";
    case SQLITE_NOMEM:
      return "the server is out of memory";
    case SQLITE_PROTOCOL:
      return "the database's file locks failed";
    default:
      return {};
  }
}

bool busy(int code) { return (code & 0xff) == SQLITE_BUSY || (code & 0xff) == SQLITE_LOCKED; }

}  // namespace

namespace internal {

// The error for SQLite result `code` met while `doing`; `what` is SQLite's own message.
// A storage fault or a busy database is logged here, once, with what the store was doing,
// because the error the client sees carries the cause but no file names or SQL.
Error sqlite_error(int code, std::string_view doing, std::string_view what) {
  if (busy(code)) {
    spdlog::warn("the database was busy while {} ({})", doing, what);
    return Error::unavailable(fmt::format("{}: the database is busy; try again", doing));
  }
  if (const auto cause = storage_fault(code); !cause.empty()) {
    spdlog::error("storage fault while {}: {} (SQLite error {}: {})", doing, cause, code, what);
    t_storage_fault = cause;
    return Error::unavailable(fmt::format("{}: {}", doing, cause));
  }
  return Error::internal(fmt::format("{}: {}", doing, what));
}

Error translate(const std::exception& e, std::string_view doing) {
  // SOCI appends the statement and its bound values (names, e-mails, hashes): they stay
  // out of errors and logs.
  std::string what = e.what();
  if (const auto statement = what.find(" while executing"); statement != std::string::npos)
    what.resize(statement);
  if (what.find("UNIQUE constraint") != std::string::npos ||
      what.find("duplicate key") != std::string::npos) {
    return Error::exists(fmt::format("{}: a record with the same key exists", doing));
  }
  if (what.find("FOREIGN KEY constraint") != std::string::npos ||
      what.find("foreign key") != std::string::npos) {
    return Error::invalid(fmt::format("{}: it refers to a record that does not exist", doing));
  }
  if (const auto* sqlite = dynamic_cast<const soci::sqlite3_soci_error*>(&e)) {
    return sqlite_error(sqlite->result(), doing, what);
  }
  if (what.find("database is locked") != std::string::npos ||
      what.find("database is busy") != std::string::npos) {
    return sqlite_error(SQLITE_BUSY, doing, what);
  }
  if (what.find("unable to open") != std::string::npos) {
    return sqlite_error(SQLITE_CANTOPEN, doing, what);
  }
  return Error::internal(fmt::format("{}: {}", doing, what));
}

}  // namespace internal

namespace {

using internal::guarded;
using std::chrono::steady_clock;

constexpr int kBusyTimeoutMs = 5000;
// The setting the health check's probe writes: how many probes this database has had.
constexpr std::string_view kWriteProbeSetting = "store.write_probe";

// A file as the file system knows it, whatever its name.
struct FileIdentity {
  dev_t device = 0;
  ino_t inode = 0;
  friend bool operator==(const FileIdentity&, const FileIdentity&) = default;
};

std::optional<FileIdentity> identify(const std::string& path) {
  struct stat st{};
  if (::stat(path.c_str(), &st) != 0) return std::nullopt;
  return FileIdentity{st.st_dev, st.st_ino};
}

// Watches whether a store's writes reach the disk: the outcome of the last write, and the
// database and WAL files compared with the ones opened. SQLite keeps writing into a file
// that was deleted or replaced under it, and the next process never sees what only that
// file holds. Thread-safe.
class StorageWatch {
 public:
  explicit StorageWatch(std::string db_path)
      : db_path_(std::move(db_path)), wal_path_(db_path_ + "-wal") {}

  // Remembers the files as they are now: call once the store has opened them.
  void remember_files() {
    std::lock_guard lock(mutex_);
    db_ = identify(db_path_);
    wal_ = identify(wal_path_);
  }

  // OK while the files are the ones opened; after that, unavailable for good. Sets
  // `newly_stopped` when this call is the one that found the change.
  Status files_unchanged(bool* newly_stopped = nullptr) {
    std::lock_guard lock(mutex_);
    if (stopped_.empty()) {
      const auto db = identify(db_path_);
      const auto wal = identify(wal_path_);
      if (!wal_) wal_ = wal;  // a WAL made after opening (none when not in WAL mode)
      if (db != db_) {
        stopped_ = db ? "the database file was replaced by another file while Orbis ran"
                      : "the database file was deleted while Orbis ran";
      } else if (wal != wal_) {
        wal_vanished_ = !wal;
        stopped_ = wal ? "the database's write-ahead log (WAL file) was replaced by another file "
                         "while Orbis ran"
                       : "the database's write-ahead log (WAL file) was deleted while Orbis ran";
      }
      if (!stopped_.empty()) {
        stopped_ += ": writes are stopped until Orbis is restarted";
        spdlog::error("{} ({})", stopped_, db_path_);
        if (newly_stopped) *newly_stopped = true;
      }
    }
    if (stopped_.empty()) return {};
    return fail(Error::unavailable(stopped_));
  }

  // Copies what a vanished WAL holds into the database file, through `idle`, a session in
  // no transaction. Returns whether every committed write is in the database file now:
  // false when the files were replaced rather than the WAL deleted (what went into them
  // cannot be told apart from what another process wrote) or the copy failed.
  bool rescue(soci::session& idle) {
    std::lock_guard rescuing(rescue_mutex_);
    {
      std::lock_guard lock(mutex_);
      if (!wal_vanished_) return stopped_.empty();
    }
    try {
      // The deleted WAL is still open, so a checkpoint can still read it; FULL waits for
      // readers and copies every frame.
      int busy = 0, frames = 0, copied = 0;
      idle << "PRAGMA wal_checkpoint(FULL)", soci::into(busy), soci::into(frames),
          soci::into(copied);
      if (busy == 0 && frames == copied) {
        spdlog::warn(
            "the {} write-ahead log frames of the deleted WAL are in the database file now",
            frames);
        return true;
      }
      spdlog::error("only {} of the {} frames of the deleted WAL could be copied into {}", copied,
                    frames, db_path_);
    } catch (const std::exception& e) {
      spdlog::error("the deleted WAL could not be copied into {}: {}", db_path_, e.what());
    }
    return false;
  }

  // Why writes stopped for good; empty while they have not.
  std::string stopped() const {
    std::lock_guard lock(mutex_);
    return stopped_;
  }

  struct Outcome {
    steady_clock::time_point at;
    std::string problem;  // empty: the write reached the disk
  };
  void note(std::string problem) {
    std::lock_guard lock(mutex_);
    last_ = Outcome{steady_clock::now(), std::move(problem)};
  }
  std::optional<Outcome> last() const {
    std::lock_guard lock(mutex_);
    return last_;
  }

 private:
  mutable std::mutex mutex_;
  std::mutex rescue_mutex_;  // one rescue at a time; never held with mutex_ waiting on it
  const std::string db_path_;
  const std::string wal_path_;
  std::optional<FileIdentity> db_;
  std::optional<FileIdentity> wal_;
  std::string stopped_;
  bool wal_vanished_ = false;
  std::optional<Outcome> last_;
};

// A connection of SQLite's own, for what SOCI does not offer: the backup API and locking
// a file that is about to be replaced.
struct CloseConnection {
  void operator()(sqlite_api::sqlite3* db) const { sqlite_api::sqlite3_close_v2(db); }
};
using Connection = std::unique_ptr<sqlite_api::sqlite3, CloseConnection>;

Error connection_error(sqlite_api::sqlite3* db, int code, std::string_view doing) {
  return internal::sqlite_error(
      code, doing, db ? sqlite_api::sqlite3_errmsg(db) : sqlite_api::sqlite3_errstr(code));
}

Result<Connection> connect_directly(const std::string& path, int flags, std::string_view doing) {
  sqlite_api::sqlite3* raw = nullptr;
  const int opened = sqlite_api::sqlite3_open_v2(path.c_str(), &raw, flags, nullptr);
  Connection db(raw);
  if (opened != SQLITE_OK) return fail(connection_error(db.get(), opened, doing));
  return db;
}

Status execute(const Connection& db, const char* sql, std::string_view doing) {
  const int done = sqlite_api::sqlite3_exec(db.get(), sql, nullptr, nullptr, nullptr);
  if (done != SQLITE_OK) return fail(connection_error(db.get(), done, doing));
  return {};
}

// Closes `db`, reporting what closing met (a last checkpoint, removing the WAL).
Status close_directly(Connection db, std::string_view doing) {
  auto* raw = db.release();
  const int closed = sqlite_api::sqlite3_close(raw);
  if (closed == SQLITE_OK) return {};
  auto error = connection_error(raw, closed, doing);
  sqlite_api::sqlite3_close_v2(raw);
  return fail(std::move(error));
}

// Copies the database that `source` is connected to into the new file `path`.
Status copy_database(sqlite_api::sqlite3* source, const std::string& path) {
  constexpr std::string_view kDoing = "backing up the database";
  auto target = connect_directly(path, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, kDoing);
  if (!target) return fail(target.error());
  auto* backup = sqlite_api::sqlite3_backup_init(target->get(), "main", source, "main");
  if (!backup) {
    return fail(
        connection_error(target->get(), sqlite_api::sqlite3_errcode(target->get()), kDoing));
  }
  // One step copies every page inside one read transaction of the source: the copy is the
  // database as of one moment, and in WAL mode writers go on meanwhile.
  const int stepped = sqlite_api::sqlite3_backup_step(backup, -1);
  const int finished = sqlite_api::sqlite3_backup_finish(backup);
  if (stepped != SQLITE_DONE) return fail(connection_error(target->get(), stepped, kDoing));
  if (finished != SQLITE_OK) return fail(connection_error(target->get(), finished, kDoing));
  return close_directly(std::move(*target), kDoing);
}

// Makes a rename in `folder` durable.
Status sync_folder(const std::filesystem::path& folder) {
  const int fd = ::open(folder.empty() ? "." : folder.c_str(), O_RDONLY | O_DIRECTORY);
  if (fd < 0 || ::fsync(fd) != 0) {
    if (fd >= 0) ::close(fd);
    return fail(
        Error::unavailable(fmt::format("the folder {} cannot be synced to disk", folder.string())));
  }
  ::close(fd);
  return {};
}

// SQLite's words and ways (store/sql/dialect.h).
class SqliteDialect final : public sql::Dialect {
 public:
  std::string_view name() const override { return "sqlite"; }
  std::string schema(std::string_view migration) const override {
    return sql::substitute(migration, "INTEGER PRIMARY KEY", "INTEGER", "1", "0", "BLOB");
  }
  // IMMEDIATE takes the write lock now rather than at the first write, so that two
  // writers wait for each other instead of deadlocking on the upgrade.
  std::string_view begin_write() const override { return "BEGIN IMMEDIATE"; }
  std::string_view begin_read() const override { return "BEGIN"; }
  Error error_of(const std::exception& e, std::string_view doing) const override {
    return internal::translate(e, doing);
  }
  std::string_view boolean(bool value) const override { return value ? "1" : "0"; }
};

const SqliteDialect kSqlite;

class SqlTransaction final : public Transaction {
 public:
  soci::session& session() { return sql_; }
  const sql::Context& context() const { return context_; }
  SqlTransaction(soci::connection_pool& pool, Access access, StorageWatch& watch,
                 const Clock& clock)
      : access_(access),
        watch_(watch),
        sql_(pool),
        context_{sql_, clock, kSqlite},
        institutions_(internal::make_institution_repository(context_)),
        users_(internal::make_user_repository(context_)),
        agreements_(internal::make_agreement_repository(context_)),
        credentials_(internal::make_credential_repository(context_)),
        people_(internal::make_person_repository(context_)),
        programmes_(internal::make_programme_repository(context_)),
        calls_(internal::make_call_repository(context_)),
        applications_(internal::make_application_repository(context_)),
        placement_runs_(internal::make_placement_run_repository(context_)),
        mobilities_(internal::make_mobility_repository(context_)),
        courses_(internal::make_course_repository(context_)),
        learning_agreements_(internal::make_learning_agreement_repository(context_)),
        audit_(internal::make_audit_repository(context_)),
        settings_(internal::make_settings_repository(context_)) {
    if (access == Access::write) t_storage_fault.clear();
    sql_ << (access == Access::write ? kSqlite.begin_write() : kSqlite.begin_read());
    open_ = true;
  }
  ~SqlTransaction() override {
    rollback();
    // A write that failed on its storage tells the health check so.
    if (access_ == Access::write && !t_storage_fault.empty())
      watch_.note(std::exchange(t_storage_fault, {}));
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
    if (access_ != Access::write) {
      return guarded("committing", [&]() -> Status {
        sql_ << "COMMIT";
        open_ = false;
        return {};
      });
    }
    // Not one write into a file the next process will not see.
    bool newly_stopped = false;
    if (auto files = watch_.files_unchanged(&newly_stopped); !files) {
      rollback();
      if (newly_stopped) watch_.rescue(sql_);
      return files;
    }
    auto committed = guarded("committing", [&]() -> Status {
      sql_ << "COMMIT";
      open_ = false;
      return {};
    });
    if (!committed) return committed;
    // The files may have gone while COMMIT ran: then the write counts only if it could be
    // copied into the database file.
    if (auto files = watch_.files_unchanged(); !files) {
      if (watch_.rescue(sql_)) return {};
      return fail(Error::unavailable(
          "committing: the write went into a database file that is no longer there and may be "
          "lost; " +
          files.error().message));
    }
    watch_.note({});
    return {};
  }

 private:
  void rollback() {
    if (!open_) return;
    open_ = false;
    try {
      sql_ << "ROLLBACK";
    } catch (const std::exception&) {
      // The connection is unusable, or SQLite has rolled back already (after SQLITE_FULL).
    }
  }

  Access access_;
  StorageWatch& watch_;
  soci::session sql_;
  const sql::Context context_;
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
  SqliteStore(std::string path, std::size_t pool_size, bool read_only, const Clock& clock)
      : path_(std::move(path)),
        pool_size_(pool_size),
        read_only_(read_only),
        clock_(clock),
        pool_(pool_size),
        watch_(path_) {}

  Status connect() {
    auto connected = guarded("opening the database", [&]() -> Status {
      for (std::size_t i = 0; i < pool_size(); ++i) {
        soci::session& s = pool_.at(i);
        s.open(soci::sqlite3, fmt::format("db=\"{}\" timeout={}{}", path_, kBusyTimeoutMs / 1000,
                                          read_only_ ? " readonly=1" : ""));
        // A read-only connection cannot change the journal mode; it reads what is there.
        if (!read_only_) {
          std::string mode;
          s << "PRAGMA journal_mode=WAL", soci::into(mode);
        }
        s << "PRAGMA synchronous=FULL";
        s << "PRAGMA foreign_keys=ON";
        s << fmt::format("PRAGMA busy_timeout={}", kBusyTimeoutMs);
      }
      return {};
    });
    if (connected) watch_.remember_files();
    return connected;
  }

  Result<std::unique_ptr<Transaction>> begin(Access access) override {
    if (access == Access::write) {
      if (auto files = files_unchanged(); !files) return fail(files.error());
    }
    return guarded("starting a transaction", [&]() -> Result<std::unique_ptr<Transaction>> {
      return std::make_unique<SqlTransaction>(pool_, access, watch_, clock_);
    });
  }

  WriteHealth write_health(steady_clock::duration max_age) override {
    if (auto files = files_unchanged(); !files) return {false, watch_.stopped()};
    if (const auto last = watch_.last(); last && steady_clock::now() - last->at < max_age) {
      return {last->problem.empty(), last->problem};
    }
    const auto started = steady_clock::now();
    if (auto probed = probe(); !probed) {
      // A storage fault has been noted with its cause; anything else (a busy database) is
      // noted here, so that the next health check within max_age does not probe again.
      const auto last = watch_.last();
      if (!last || last->at < started || last->problem.empty()) watch_.note(probed.error().message);
    }
    const auto last = watch_.last();
    return {last && last->problem.empty(), last ? last->problem : "no write was tried"};
  }

  Status backup(const std::string& path) override {
    std::error_code ec;
    if (std::filesystem::exists(path, ec)) {
      return fail(Error::exists(fmt::format("{} exists; choose another file", path)));
    }
    auto copied = guarded("backing up the database", [&]() -> Status {
      soci::session sql(pool_);
      auto* source = static_cast<soci::sqlite3_session_backend*>(sql.get_backend())->conn_;
      return copy_database(source, path);
    });
    if (!copied) std::filesystem::remove(path, ec);
    return copied;
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
            // SQLite ignores this pragma inside a transaction, so it is set before BEGIN and
            // restored on this pooled connection whatever happens.
            if (m.rebuilds_tables) sql << "PRAGMA foreign_keys=OFF";
            struct KeysBackOn {
              soci::session& sql;
              bool on;
              ~KeysBackOn() {
                if (!on) return;
                try {
                  sql << "PRAGMA foreign_keys=ON";
                } catch (...) {
                }
              }
            } keys_back_on{sql, m.rebuilds_tables};
            sql << "BEGIN IMMEDIATE";
            try {
              sql << "CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, "
                     "name TEXT NOT NULL, applied_at TEXT NOT NULL)";
              for (const auto& statement : split_statements(kSqlite.schema(m.sql)))
                sql << statement;
              if (m.rebuilds_tables) {
                std::string table;
                soci::indicator ind = soci::i_null;
                sql << "SELECT \"table\" FROM pragma_foreign_key_check LIMIT 1",
                    soci::into(table, ind);
                if (sql.got_data()) {
                  sql << "ROLLBACK";
                  return fail(Error::internal(fmt::format(
                      "migration {} would leave rows of {} referring to rows that do not exist",
                      m.version, table)));
                }
              }
              const std::string name(m.name);
              const std::string now = format_iso8601(clock_.now());
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

  // StorageWatch::files_unchanged, rescuing what a WAL deleted under us holds the first
  // time the change is seen.
  Status files_unchanged() {
    bool newly_stopped = false;
    auto files = watch_.files_unchanged(&newly_stopped);
    if (newly_stopped) {
      soci::session idle(pool_);
      watch_.rescue(idle);
    }
    return files;
  }

  // Writes and commits the probe setting: a real write, as far as the disk is concerned.
  Status probe() {
    auto tx = begin(Access::write);
    if (!tx) return fail(tx.error());
    auto count = (*tx)->settings().get(kWriteProbeSetting);
    if (!count) return fail(count.error());
    const long long probes = *count ? std::atoll((*count)->c_str()) : 0;
    if (auto ok = (*tx)->settings().set(kWriteProbeSetting, std::to_string(probes + 1)); !ok)
      return ok;
    return (*tx)->commit();
  }

  std::string path_;
  std::size_t pool_size_ = 0;
  bool read_only_ = false;
  const Clock& clock_;
  soci::connection_pool pool_;
  StorageWatch watch_;
  std::mutex migrate_mutex_;
};

}  // namespace

Result<std::unique_ptr<Store>> open(std::string_view location, const OpenOptions& options) {
  static const SystemClock system_clock;
  return open(location, options, system_clock);
}

Result<std::unique_ptr<Store>> open(std::string_view location, const OpenOptions& options,
                                    const Clock& clock) {
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
  auto store = std::make_unique<SqliteStore>(path, pool_size, options.read_only, clock);
  if (auto connected = store->connect(); !connected) return fail(connected.error());
  return std::unique_ptr<Store>(std::move(store));
}

Status replace_database(const std::string& prepared, std::string_view location) {
  constexpr std::string_view kDoing = "replacing the database";
  const std::string path(location.starts_with("sqlite:") ? location.substr(7) : location);
  std::error_code ec;
  if (!std::filesystem::is_regular_file(prepared, ec)) {
    return fail(Error::not_found(fmt::format("no database file at {}", prepared)));
  }
  if (std::filesystem::exists(path, ec)) {
    auto db = connect_directly(path, SQLITE_OPEN_READWRITE, kDoing);
    if (!db) return fail(db.error());
    // In exclusive locking mode the write lock is had only when no other connection has
    // the database open, readers of a WAL database included; it is kept until closing.
    if (auto ok = execute(*db, "PRAGMA locking_mode=EXCLUSIVE", kDoing); !ok) return ok;
    const int locked =
        sqlite_api::sqlite3_exec(db->get(), "BEGIN EXCLUSIVE", nullptr, nullptr, nullptr);
    if ((locked & 0xff) == SQLITE_BUSY || (locked & 0xff) == SQLITE_LOCKED) {
      return fail(Error::unavailable(fmt::format(
          "the database {} is in use: another process (orbis serve?) has it open; stop it first",
          path)));
    }
    if (locked != SQLITE_OK) return fail(connection_error(db->get(), locked, kDoing));
    if (auto ok = execute(*db, "COMMIT", kDoing); !ok) return ok;
    // Fold the old WAL in, so that closing removes it: a WAL left beside the new file would
    // be applied to it.
    if (auto ok = execute(*db, "PRAGMA wal_checkpoint(TRUNCATE)", kDoing); !ok) return ok;
    if (auto ok = close_directly(std::move(*db), kDoing); !ok) return ok;
    const std::string wal = path + "-wal";
    if (std::filesystem::exists(wal, ec) && std::filesystem::file_size(wal, ec) > 0) {
      return fail(Error::unavailable(
          fmt::format("the WAL of {} could not be folded into it; nothing was replaced", path)));
    }
    std::filesystem::remove(wal, ec);
    std::filesystem::remove(path + "-shm", ec);
  }
  std::filesystem::rename(prepared, path, ec);
  if (ec) {
    return fail(Error::unavailable(
        fmt::format("{} cannot be moved to {}: {}", prepared, path, ec.message())));
  }
  return sync_folder(std::filesystem::path(path).parent_path());
}

}  // namespace orbis::store

namespace orbis::store::internal {

soci::session& session_of(Transaction& tx) { return dynamic_cast<SqlTransaction&>(tx).session(); }

const sql::Context& context_of(Transaction& tx) {
  return dynamic_cast<SqlTransaction&>(tx).context();
}

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
