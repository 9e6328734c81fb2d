#include "store/sqlite/storage_watch.h"

#include <spdlog/spdlog.h>
#include <sys/stat.h>

namespace orbis::store::sqlite {

std::optional<FileIdentity> identify(const std::string& path) {
  struct stat st{};
  if (::stat(path.c_str(), &st) != 0) return std::nullopt;
  return FileIdentity{st.st_dev, st.st_ino};
}

Status StorageWatch::files_unchanged(bool* newly_stopped) {
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

bool StorageWatch::rescue(soci::session& idle) {
  std::lock_guard rescuing(rescue_mutex_);
  {
    std::lock_guard lock(mutex_);
    if (!wal_vanished_) return stopped_.empty();
  }
  try {
    // The deleted WAL is still open, so a checkpoint can still read it; FULL waits for
    // readers and copies every frame.
    int busy = 0, frames = 0, copied = 0;
    idle << "PRAGMA wal_checkpoint(FULL)", soci::into(busy), soci::into(frames), soci::into(copied);
    if (busy == 0 && frames == copied) {
      spdlog::warn("the {} write-ahead log frames of the deleted WAL are in the database file now",
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

}  // namespace orbis::store::sqlite
