// Runs of the placement engine (docs/mobility.md; store/store.h). Lists bounded by the page
// are in lists.h.
//
// Thread-safety: as the Transaction that hands the repository out: one thread at a time.
// Errors and rollback as every repository's (store/store.h): not_found, already_exists,
// conflict for a stale version, unavailable when the database is busy or its storage
// fails, internal for anything else; nothing is written until the transaction commits.
#pragma once

#include <string>
#include <string_view>

#include "common/error.h"
#include "common/ids.h"
#include "domain/mobility.h"

namespace orbis::store {

// One run of the placement engine over a call: what went in, what came out.
struct PlacementRunRecord {
  PlacementRunId id;
  CallId call;
  std::string mode;  // stable or optimal
  std::string seed;  // decimal, all 64 bits
  std::string input_sha256;
  std::string engine_version;
  std::string input;    // the placement problem, JSON
  std::string output;   // the engine's output, JSON
  std::string summary;  // statistics, JSON
  std::string created_at;
  std::string created_by;
  std::string published_at;  // empty until published
};

class PlacementRunRepository {
 public:
  virtual ~PlacementRunRepository() = default;
  virtual Result<PlacementRunRecord> get(PlacementRunId id) = 0;  // not_found
  virtual Result<PlacementRunId> insert(const PlacementRunRecord& run) = 0;
  virtual Status set_published(PlacementRunId id, std::string_view at) = 0;
};

}  // namespace orbis::store
