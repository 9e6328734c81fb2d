// Internal to the command line: what orbis backup and orbis restore share to copy a
// database file and check the copy. Not thread-safe.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

#include "domain/audit.h"

namespace orbis::cli {

// What a database file holds, once checked.
struct CheckedDatabase {
  int schema = 0;
  std::int64_t entries = 0;
  domain::ChainHead head;
};

// Opens the database `path` read-only and runs the back end's integrity check and the audit
// log's verification; a Failure that starts with `what` when either finds a problem.
CheckedDatabase check_database(const std::string& path, std::string_view what);

// "schema 9, integrity ok, audit log intact (...)".
std::string describe(const CheckedDatabase& d);

// Removes a half-made file (and SQLite's files beside it) when the command fails before it
// is done, and any leftover of an earlier attempt when it starts.
class PartialFile {
 public:
  explicit PartialFile(std::string path) : path_(std::move(path)) { remove(); }
  ~PartialFile() { remove(); }
  PartialFile(const PartialFile&) = delete;
  PartialFile& operator=(const PartialFile&) = delete;
  const std::string& path() const { return path_; }

 private:
  void remove();
  std::string path_;
};

}  // namespace orbis::cli
