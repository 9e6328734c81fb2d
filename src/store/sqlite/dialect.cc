#include "store/sqlite/dialect.h"

#include <fmt/format.h>
#include <soci/sqlite3/soci-sqlite3.h>
#include <spdlog/spdlog.h>

#include <utility>

namespace orbis::store::sqlite {
namespace {

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
    return sqlite::error_of(e, doing);
  }
  std::string_view boolean(bool value) const override { return value ? "1" : "0"; }
  // An instant is ISO 8601 text; read in the one form (UTC, milliseconds) whatever form it was
  // written in ("…Z", "+08:00"), as PostgreSQL prints its `timestamptz`.
  std::string instant(std::string_view expression) const override {
    return fmt::format("COALESCE(strftime('%Y-%m-%dT%H:%M:%fZ', {}), '')", expression);
  }
  std::string days(std::string_view start, std::string_view end) const override {
    return fmt::format("(julianday({}) - julianday({}) + 1)", end, start);
  }
  std::string_view columns_query() const override {
    return "SELECT m.name, c.name, c.type, 0, c.pk FROM sqlite_master m "
           "JOIN pragma_table_info(m.name) c "
           "WHERE m.type = 'table' AND substr(m.name, 1, 7) <> 'sqlite_' ORDER BY m.name, c.cid";
  }
  std::string_view references_query() const override {
    return "SELECT m.name, f.\"table\", f.\"from\" FROM sqlite_master m "
           "JOIN pragma_foreign_key_list(m.name) f WHERE m.type = 'table'";
  }
};

}  // namespace

const sql::Dialect& dialect() {
  static const SqliteDialect kSqlite;
  return kSqlite;
}

Error error_of(int code, std::string_view doing, std::string_view what) {
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

Error error_of(const std::exception& e, std::string_view doing) {
  // SOCI appends the statement and its bound values (names, e-mails, hashes): they stay
  // out of errors and logs.
  std::string what = e.what();
  if (const auto statement = what.find(" while executing"); statement != std::string::npos)
    what.resize(statement);
  if (what.find("UNIQUE constraint") != std::string::npos) {
    return Error::exists(fmt::format("{}: a record with the same key exists", doing));
  }
  if (what.find("FOREIGN KEY constraint") != std::string::npos) {
    return Error::invalid(fmt::format("{}: it refers to a record that does not exist", doing));
  }
  if (const auto* sqlite = dynamic_cast<const soci::sqlite3_soci_error*>(&e)) {
    return error_of(sqlite->result(), doing, what);
  }
  if (what.find("database is locked") != std::string::npos ||
      what.find("database is busy") != std::string::npos) {
    return error_of(SQLITE_BUSY, doing, what);
  }
  if (what.find("unable to open") != std::string::npos) {
    return error_of(SQLITE_CANTOPEN, doing, what);
  }
  return Error::internal(fmt::format("{}: {}", doing, what));
}

void forget_storage_fault() { t_storage_fault.clear(); }

std::string take_storage_fault() { return std::exchange(t_storage_fault, {}); }

}  // namespace orbis::store::sqlite
