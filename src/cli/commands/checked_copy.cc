#include "cli/commands/checked_copy.h"

#include <fmt/format.h>

#include <filesystem>

#include "cli/support.h"
#include "service/support/audit_log.h"

namespace orbis::cli {

namespace fs = std::filesystem;

CheckedDatabase check_database(const std::string& path, std::string_view what) {
  CheckedDatabase checked;
  {
    auto store = store::open(path, {.pool_size = 1, .must_exist = true, .read_only = true});
    if (!store) throw failure((store.error()));
    auto schema = (*store)->schema_version();
    if (!schema) throw failure(schema.error());
    if (*schema == 0) throw Failure{fmt::format("{} is not an Orbis database", what)};
    if (*schema > (*store)->latest_schema_version()) {
      throw Failure{fmt::format("{} is at schema {}, newer than this Orbis knows ({})", what,
                                *schema, (*store)->latest_schema_version())};
    }
    checked.schema = *schema;
    auto integrity = (*store)->integrity_check();
    if (!integrity) throw failure(integrity.error());
    if (!integrity->empty()) {
      throw Failure{
          fmt::format("{} fails the database's integrity check: {}", what, integrity->front())};
    }
    auto tx = (*store)->begin(store::Access::read);
    if (!tx) throw failure(tx.error());
    std::vector<domain::AuditEntry> entries;
    auto report = service::verify_audit_log(**tx, entries);
    if (!report) throw failure(report.error());
    if (!report->problems.empty()) {
      const auto& first = report->problems.front();
      throw Failure{fmt::format("{} fails audit verification ({} problems; entry {}: {})", what,
                                report->problems.size(), first.seq, first.what)};
    }
    checked.entries = report->entries;
    checked.head.seq = entries.empty() ? 0 : entries.back().seq;
    checked.head.hash = entries.empty() ? domain::genesis_hash() : entries.back().hash;
  }
  // A reader of a WAL database leaves an empty WAL and index beside it; they must not
  // travel with the file.
  std::error_code ec;
  for (const auto* suffix : {"-wal", "-shm"}) {
    const auto leftover = path + suffix;
    if (fs::exists(leftover, ec) && fs::file_size(leftover, ec) == 0) fs::remove(leftover, ec);
  }
  return checked;
}

std::string describe(const CheckedDatabase& d) {
  return fmt::format(
      "schema {}, integrity ok, audit log intact ({} entries, head entry {} with hash {})",
      d.schema, d.entries, d.head.seq, d.head.hash.substr(0, 16));
}

void PartialFile::remove() {
  std::error_code ec;
  for (const auto* suffix : {"", "-wal", "-shm", "-journal"}) fs::remove(path_ + suffix, ec);
}

}  // namespace orbis::cli
