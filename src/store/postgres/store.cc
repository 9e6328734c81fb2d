#include "store/postgres/store.h"

#include <fmt/format.h>
#include <soci/postgresql/soci-postgresql.h>
#include <soci/soci.h>
#include <spdlog/spdlog.h>

#include <cstdlib>
#include <fstream>
#include <mutex>
#include <optional>
#include <sstream>

#include "store/postgres/dialect.h"
#include "store/postgres/schema.sql.h"
#include "store/sql/migrations.h"
#include "store/sql/support.h"
#include "store/sql/transaction.h"

namespace orbis::store::postgres {
namespace {

using std::chrono::steady_clock;

// The advisory locks Orbis takes: one for every write transaction (writers take turns, on
// every server, as SQLite's writers do), one around migrations.
constexpr long long kWriteLock = 0x4f52424953'0001;    // "ORBIS" 1
constexpr long long kMigrateLock = 0x4f52424953'0002;  // "ORBIS" 2
// How long a writer waits for its turn, a statement for a row lock, before the write is
// refused as busy (SQLite's busy timeout).
constexpr int kLockTimeoutMs = 5000;

template <typename F>
auto guarded(std::string_view doing, F&& body) -> decltype(body()) {
  return internal::guarded(dialect(), doing, std::forward<F>(body));
}

// What every connection of the pool is told once it is open.
void set_up(soci::session& s) {
  s << "SET TIME ZONE 'UTC'";
  s << fmt::format("SET lock_timeout = {}", kLockTimeoutMs);
  s << "SET application_name = 'orbis'";
}

// Reopens a pooled connection the server or the network dropped; a connection that
// cannot be reopened throws, which the caller reports as unavailable.
void reconnect_if_lost(soci::session& s) {
  if (s.is_connected()) return;
  spdlog::warn("the connection to PostgreSQL was lost; reconnecting");
  s.reconnect();
  set_up(s);
}

// The outcome of the last write transaction, for the health check.
struct LastWrite {
  std::mutex mutex;
  std::optional<steady_clock::time_point> at;
  std::string problem;

  void note(std::string p) {
    std::lock_guard lock(mutex);
    at = steady_clock::now();
    problem = std::move(p);
  }
};

class PostgresTransaction final : public sql::SqlTransaction {
 public:
  PostgresTransaction(soci::connection_pool& pool, Access access, const Clock& clock,
                      LastWrite& last)
      : SqlTransaction(pool, access, clock, dialect(), &reconnect_if_lost), last_(last) {
    if (access == Access::write) {
      session() << fmt::format("SELECT pg_advisory_xact_lock({})", kWriteLock);
    }
  }

  Status commit() override {
    auto committed = SqlTransaction::commit();
    if (access() == Access::write) last_.note(committed ? "" : committed.error().message);
    return committed;
  }

 private:
  LastWrite& last_;
};

class PostgresStore final : public Store {
 public:
  PostgresStore(std::string connect, std::size_t pool_size, bool read_only, const Clock& clock)
      : connect_(std::move(connect)),
        pool_size_(pool_size),
        read_only_(read_only),
        clock_(clock),
        pool_(pool_size) {}

  Status connect() {
    return guarded("connecting to PostgreSQL", [&]() -> Status {
      for (std::size_t i = 0; i < pool_size_; ++i) {
        soci::session& s = pool_.at(i);
        s.open(soci::postgresql, connect_);
        set_up(s);
        if (read_only_) s << "SET default_transaction_read_only = on";
      }
      return {};
    });
  }

  Result<std::unique_ptr<Transaction>> begin(Access access) override {
    if (access == Access::write && read_only_) {
      return fail(Error::unavailable("writing: this store was opened read-only"));
    }
    return guarded("starting a transaction", [&]() -> Result<std::unique_ptr<Transaction>> {
      return std::make_unique<PostgresTransaction>(pool_, access, clock_, last_write_);
    });
  }

  WriteHealth write_health(steady_clock::duration max_age) override {
    {
      std::lock_guard lock(last_write_.mutex);
      if (last_write_.at && steady_clock::now() - *last_write_.at < max_age) {
        return {last_write_.problem.empty(), last_write_.problem};
      }
    }
    auto probed = sql::write_probe(*this);
    if (!probed) last_write_.note(probed.error().message);
    std::lock_guard lock(last_write_.mutex);
    return {last_write_.problem.empty(),
            last_write_.at ? last_write_.problem : std::string("no write was tried")};
  }

  Status backup(const std::string&) override {
    return fail(Error::invalid(
        "a PostgreSQL database is backed up with pg_dump (docs/deployment.md), or copied into a "
        "SQLite file with 'orbis copy --from postgresql://... --to FILE.db'"));
  }

  std::string_view backend() const override { return "postgresql"; }

  Result<int> schema_version() override {
    return guarded("reading the schema version", [&]() -> Result<int> {
      soci::session sql(pool_);
      reconnect_if_lost(sql);
      return version_in(sql);
    });
  }

  // Every pending migration under one advisory lock, so that servers started together
  // migrate once. A new database gets the baseline (schema.sql.h) in one transaction,
  // recorded as migrations 1 to 20; each later one runs in its own transaction.
  Result<int> migrate() override {
    std::lock_guard lock(migrate_mutex_);
    return guarded("migrating the database", [&]() -> Result<int> {
      soci::session sql(pool_);
      reconnect_if_lost(sql);
      // A server started beside another waits for that one's migrations however long they
      // take, then finds nothing left to do.
      sql << "SET lock_timeout = 0";
      sql << fmt::format("SELECT pg_advisory_lock({})", kMigrateLock);
      struct Unlock {
        soci::session& sql;
        ~Unlock() {
          try {
            sql << fmt::format("SELECT pg_advisory_unlock({})", kMigrateLock);
            sql << fmt::format("SET lock_timeout = {}", kLockTimeoutMs);
          } catch (const std::exception& e) {
            spdlog::warn("releasing the migration lock: {}", e.what());
          }
        }
      } unlock{sql};
      const int current = version_in(sql);
      if (current > latest_schema_version()) {
        return fail(Error::conflict(fmt::format(
            "the database is at schema {} but this Orbis knows only {}; use a newer Orbis", current,
            latest_schema_version())));
      }
      const std::string now = format_iso8601(clock_.now());
      if (current == 0) {
        run_in_transaction(sql, [&] {
          sql << "CREATE TABLE IF NOT EXISTS schema_migrations (version BIGINT PRIMARY KEY, "
                 "name TEXT NOT NULL, applied_at TEXT NOT NULL)";
          for (const auto& statement : internal::split_statements(kBaselineSql)) sql << statement;
          for (const auto& m : internal::migrations()) {
            if (m.version > kBaselineVersion) break;
            record(sql, m.version, m.name, now);
          }
        });
      }
      for (const auto& m : internal::migrations()) {
        if (m.version <= std::max(current, kBaselineVersion)) continue;
        run_in_transaction(sql, [&] {
          for (const auto& statement : internal::split_statements(dialect().schema(m.sql)))
            sql << statement;
          if (m.convert) m.convert(sql);
          for (const auto& statement : internal::split_statements(dialect().schema(m.after)))
            sql << statement;
          for (const auto& statement : internal::split_statements(dialect().schema(m.postgresql)))
            sql << statement;
          record(sql, m.version, m.name, now);
        });
      }
      return latest_schema_version();
    });
  }

  int latest_schema_version() const override { return internal::migrations().back().version; }

  // PostgreSQL checks its pages itself (with data checksums when the cluster has them);
  // what is left to report is an index a failed build left invalid.
  Result<std::vector<std::string>> integrity_check() override {
    return guarded("checking integrity", [&]() -> Result<std::vector<std::string>> {
      soci::session sql(pool_);
      reconnect_if_lost(sql);
      std::vector<std::string> problems;
      std::string name;
      soci::statement st = (sql.prepare << "SELECT c.relname FROM pg_index i JOIN pg_class c ON "
                                           "c.oid = i.indexrelid WHERE NOT i.indisvalid",
                            soci::into(name));
      st.execute();
      while (st.fetch()) problems.push_back(fmt::format("index {} is not valid", name));
      return problems;
    });
  }

 private:
  static int version_in(soci::session& sql) {
    soci::indicator ind = soci::i_null;
    std::string table;
    sql << "SELECT CAST(to_regclass('schema_migrations') AS TEXT)", soci::into(table, ind);
    if (ind != soci::i_ok) return 0;
    long long version = 0;
    soci::indicator vind = soci::i_null;
    sql << "SELECT MAX(version) FROM schema_migrations", soci::into(version, vind);
    return vind == soci::i_ok ? static_cast<int>(version) : 0;
  }

  static void record(soci::session& sql, int version, std::string_view name,
                     const std::string& now) {
    const std::string n(name);
    sql << "INSERT INTO schema_migrations (version, name, applied_at) VALUES (:v, :n, :t)",
        soci::use(version), soci::use(n), soci::use(now);
  }

  template <typename F>
  static void run_in_transaction(soci::session& sql, F&& body) {
    sql << "BEGIN";
    try {
      body();
      sql << "COMMIT";
    } catch (...) {
      try {
        sql << "ROLLBACK";
      } catch (const std::exception& e) {
        spdlog::debug("rolling back a migration: {}", e.what());
      }
      throw;
    }
  }

  std::string connect_;
  std::size_t pool_size_ = 0;
  bool read_only_ = false;
  const Clock& clock_;
  soci::connection_pool pool_;
  LastWrite last_write_;
  std::mutex migrate_mutex_;
};

// `text` with every byte that is not unreserved in a URI percent-encoded.
std::string percent_encoded(std::string_view text) {
  std::string out;
  for (const unsigned char c : text) {
    if (std::isalnum(c) || c == '-' || c == '.' || c == '_' || c == '~') {
      out += static_cast<char>(c);
    } else {
      out += fmt::format("%{:02X}", c);
    }
  }
  return out;
}

Result<std::string> read_password_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return fail(Error::invalid(fmt::format("cannot read the password file {}", path)));
  std::string line;
  std::getline(in, line);
  while (!line.empty() && (line.back() == '\r' || line.back() == ' ')) line.pop_back();
  if (line.empty()) return fail(Error::invalid(fmt::format("the password file {} is empty", path)));
  return line;
}

// The password, from the first source that has one; empty: libpq's own sources.
Result<std::string> password_of(const OpenOptions& options) {
  if (!options.password.empty()) return options.password;
  if (const char* p = std::getenv("ORBIS_DB_PASSWORD"); p && *p) return std::string(p);
  std::string file = options.password_file;
  if (file.empty()) {
    if (const char* f = std::getenv("ORBIS_DB_PASSWORD_FILE"); f && *f) file = f;
  }
  if (!file.empty()) return read_password_file(file);
  return std::string();
}

}  // namespace

bool is_postgres_url(std::string_view location) {
  return location.starts_with("postgresql://") || location.starts_with("postgres://");
}

Result<std::unique_ptr<Store>> open(const std::string& url, const OpenOptions& options,
                                    const Clock& clock) {
  const auto authority = url.substr(url.find("://") + 3);
  const auto userinfo_end = authority.find('@');
  const auto path_start = authority.find('/');
  if (userinfo_end != std::string::npos &&
      (path_start == std::string::npos || userinfo_end < path_start) &&
      authority.substr(0, userinfo_end).find(':') != std::string::npos) {
    return fail(Error::invalid(
        "the database URL holds a password; give it in ORBIS_DB_PASSWORD or a file named by "
        "database_password_file (ORBIS_DB_PASSWORD_FILE) instead, so that no process list or "
        "log shows it"));
  }
  if (url.find("password=") != std::string::npos) {
    return fail(Error::invalid(
        "the database URL holds a password; give it in ORBIS_DB_PASSWORD or a file named by "
        "database_password_file (ORBIS_DB_PASSWORD_FILE) instead"));
  }
  auto password = password_of(options);
  if (!password) return fail(password.error());
  std::string connect = url;
  auto add = [&](std::string_view key, std::string_view value) {
    connect += connect.find('?') == std::string::npos ? '?' : '&';
    connect += fmt::format("{}={}", key, percent_encoded(value));
  };
  if (!password->empty()) add("password", *password);
  if (url.find("connect_timeout=") == std::string::npos) add("connect_timeout", "10");
  const std::size_t pool_size = std::max<std::size_t>(1, options.pool_size);
  auto store = std::make_unique<PostgresStore>(connect, pool_size, options.read_only, clock);
  if (auto connected = store->connect(); !connected) return fail(connected.error());
  return std::unique_ptr<Store>(std::move(store));
}

}  // namespace orbis::store::postgres
