// What a CSV import of the mobility context did (or, in a dry run, would do): stays
// (Mobilities::import_csv) and a call's applications (Applications::import_csv).
//
// Thread-safety: a plain value.
#pragma once

#include <cstdint>
#include <vector>

#include "service/support/import.h"

namespace orbis::service {

struct MobilityImportOutcome {
  bool dry_run = true;
  std::size_t rows = 0;
  std::vector<ImportRowError> errors;  // every bad row; nothing is written when any
  std::vector<std::int64_t> created;   // ids, when written
};

}  // namespace orbis::service
