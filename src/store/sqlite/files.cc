#include "store/sqlite/files.h"

#include <fcntl.h>
#include <fmt/format.h>
#include <unistd.h>

#include "store/sqlite/dialect.h"
#include "store/store.h"

namespace orbis::store::sqlite {
namespace {

// A connection of SQLite's own, for what SOCI does not offer: the backup API and locking
// a file that is about to be replaced.
struct CloseConnection {
  void operator()(sqlite_api::sqlite3* db) const { sqlite_api::sqlite3_close_v2(db); }
};
using Connection = std::unique_ptr<sqlite_api::sqlite3, CloseConnection>;

Error connection_error(sqlite_api::sqlite3* db, int code, std::string_view doing) {
  return error_of(code, doing,
                  db ? sqlite_api::sqlite3_errmsg(db) : sqlite_api::sqlite3_errstr(code));
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

}  // namespace

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

Status replace_database(const std::string& prepared, const std::string& path) {
  constexpr std::string_view kDoing = "replacing the database";
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

}  // namespace orbis::store::sqlite
