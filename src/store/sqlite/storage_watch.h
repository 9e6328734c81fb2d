// Internal to the store: whether a SQLite store's writes reach the disk. Thread-safe.
#pragma once

#include <soci/soci.h>
#include <sys/types.h>

#include <chrono>
#include <mutex>
#include <optional>
#include <string>

#include "common/error.h"

namespace orbis::store::sqlite {

// A file as the file system knows it, whatever its name.
struct FileIdentity {
  dev_t device = 0;
  ino_t inode = 0;
  friend bool operator==(const FileIdentity&, const FileIdentity&) = default;
};

// The file at `path` now; none when there is none.
std::optional<FileIdentity> identify(const std::string& path);

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
  Status files_unchanged(bool* newly_stopped = nullptr);

  // Copies what a vanished WAL holds into the database file, through `idle`, a session in
  // no transaction. Returns whether every committed write is in the database file now:
  // false when the files were replaced rather than the WAL deleted (what went into them
  // cannot be told apart from what another process wrote) or the copy failed.
  bool rescue(soci::session& idle);

  // Why writes stopped for good; empty while they have not.
  std::string stopped() const {
    std::lock_guard lock(mutex_);
    return stopped_;
  }

  struct Outcome {
    std::chrono::steady_clock::time_point at;
    std::string problem;  // empty: the write reached the disk
  };
  void note(std::string problem) {
    std::lock_guard lock(mutex_);
    last_ = Outcome{std::chrono::steady_clock::now(), std::move(problem)};
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

}  // namespace orbis::store::sqlite
