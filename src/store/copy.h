// Moving an installation between back ends: every row of every table from one database into
// another, with the same ids, and a digest of each table to check the result against
// (`orbis copy`, docs/deployment.md). Thread-safe as the stores are.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "common/error.h"
#include "store/store.h"

namespace orbis::store {

// One table as read: how many rows, and the SHA-256 (hex) of its rows in the order of its
// primary key, each value with its kind (integer, real, text or null), so that the same
// rows give the same digest on either back end.
struct TableDigest {
  std::string table;
  std::int64_t rows = 0;
  std::string sha256;
};

struct CopyReport {
  std::vector<TableDigest> tables;  // in the order they were copied (referenced first)
  std::int64_t rows() const;
};

// Copies every row of every table of `from` into `to`: the source as of one moment (one read
// transaction, while writers go on), the target in one write transaction, so that a failure
// leaves it as it was. Both must be SQL stores at the same schema version with the same
// tables and columns, and `to` must hold no rows (schema_migrations, which each keeps for
// itself, aside). Ids are kept, and identity columns go on after the largest copied id.
// Before it commits, reads every table of `to` back and compares it with the source (rows and
// digest): internal, and nothing written, when they differ.
// Returns each source table's digest. failed_precondition when the two differ in schema or
// `to` holds data; invalid_argument for a column this copy cannot carry (binary data, or a
// NUL character PostgreSQL's text cannot hold).
Result<CopyReport> copy_database(Store& from, Store& to);

// Reads every table (schema_migrations aside) in one read transaction, as copy_database
// digests its source: to check a copy against its report.
Result<std::vector<TableDigest>> digest_tables(Store& store);

// The first table whose rows or digest differ between `expected` and `actual`, in words
// ("table users: 12 rows, expected 13"); empty when they agree table for table.
std::string first_difference(const std::vector<TableDigest>& expected,
                             const std::vector<TableDigest>& actual);

}  // namespace orbis::store
