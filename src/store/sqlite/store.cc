#include "store/sqlite/store.h"

#include <fmt/format.h>
#include <soci/soci.h>
#include <soci/sqlite3/soci-sqlite3.h>
#include <spdlog/spdlog.h>

#include <filesystem>
#include <mutex>

#include "store/sql/migrations.h"
#include "store/sql/support.h"
#include "store/sql/transaction.h"
#include "store/sqlite/dialect.h"
#include "store/sqlite/files.h"
#include "store/sqlite/storage_watch.h"

namespace orbis::store::sqlite {
namespace {

using std::chrono::steady_clock;

constexpr int kBusyTimeoutMs = 5000;

// Runs `body`, turning an exception into an Error in SQLite's words.
template <typename F>
auto guarded(std::string_view doing, F&& body) -> decltype(body()) {
  return internal::guarded(dialect(), doing, std::forward<F>(body));
}

// A transaction of the SQLite store: a write commits only into the files the store opened,
// and one that met a storage fault tells the health check so.
class SqliteTransaction final : public sql::SqlTransaction {
 public:
  SqliteTransaction(soci::connection_pool& pool, Access access, StorageWatch& watch,
                    const Clock& clock)
      : SqlTransaction(pool, access, clock, dialect()), watch_(watch) {}
  ~SqliteTransaction() override {
    rollback();
    if (access() != Access::write) return;
    if (auto fault = take_storage_fault(); !fault.empty()) watch_.note(std::move(fault));
  }

  Status commit() override {
    if (access() != Access::write) return SqlTransaction::commit();
    // Not one write into a file the next process will not see.
    bool newly_stopped = false;
    if (auto files = watch_.files_unchanged(&newly_stopped); !files) {
      rollback();
      if (newly_stopped) watch_.rescue(session());
      return files;
    }
    if (auto committed = SqlTransaction::commit(); !committed) return committed;
    // The files may have gone while COMMIT ran: then the write counts only if it could be
    // copied into the database file.
    if (auto files = watch_.files_unchanged(); !files) {
      if (watch_.rescue(session())) return {};
      return fail(Error::unavailable(
          "committing: the write went into a database file that is no longer there and may be "
          "lost; " +
          files.error().message));
    }
    watch_.note({});
    return {};
  }

 private:
  StorageWatch& watch_;
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
    if (access == Access::write) forget_storage_fault();
    return guarded("starting a transaction", [&]() -> Result<std::unique_ptr<Transaction>> {
      return std::make_unique<SqliteTransaction>(pool_, access, watch_, clock_);
    });
  }

  WriteHealth write_health(steady_clock::duration max_age) override {
    if (auto files = files_unchanged(); !files) return {false, watch_.stopped()};
    if (const auto last = watch_.last(); last && steady_clock::now() - last->at < max_age) {
      return {last->problem.empty(), last->problem};
    }
    const auto started = steady_clock::now();
    if (auto probed = sql::write_probe(*this); !probed) {
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
                } catch (const std::exception& e) {
                  spdlog::error("foreign keys could not be turned back on after a migration: {}",
                                e.what());
                }
              }
            } keys_back_on{sql, m.rebuilds_tables};
            sql << "BEGIN IMMEDIATE";
            try {
              sql << "CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, "
                     "name TEXT NOT NULL, applied_at TEXT NOT NULL)";
              for (const auto& statement : internal::split_statements(dialect().schema(m.sql)))
                sql << statement;
              if (m.convert) m.convert(sql);
              for (const auto& statement : internal::split_statements(dialect().schema(m.after)))
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

  std::string path_;
  std::size_t pool_size_ = 0;
  bool read_only_ = false;
  const Clock& clock_;
  soci::connection_pool pool_;
  StorageWatch watch_;
  std::mutex migrate_mutex_;
};

}  // namespace

Result<std::unique_ptr<Store>> open(const std::string& path, const OpenOptions& options,
                                    const Clock& clock) {
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

}  // namespace orbis::store::sqlite
