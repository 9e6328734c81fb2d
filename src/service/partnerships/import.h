// CSV import of agreements as offices keep them (docs/agreements.md lists the columns).
//
// Thread-safety: thread-safe (every call runs in its own transaction).
#pragma once

#include <string>
#include <vector>

#include "common/clock.h"
#include "domain/user.h"
#include "service/registry/registry.h"
#include "service/support/import.h"
#include "store/store.h"

namespace orbis::service {

struct ImportOutcome {
  bool dry_run = true;
  std::size_t agreements = 0;  // read (dry run) or created
  std::size_t conditions = 0;
  std::vector<ImportRowError> errors;  // every bad row; nothing is written when any
  std::vector<AgreementId> created;
};

class AgreementImports {
 public:
  AgreementImports(store::Store& store, const Clock& clock, const Registry& registry)
      : store_(store), clock_(clock), registry_(registry) {}

  // Officers and admins. Reads agreements from CSV (one row per agreement, or per condition
  // with the agreement's columns repeated). With `dry_run`, or when any row is bad, nothing
  // is written and every bad row is reported; otherwise all agreements are created in one
  // transaction. invalid_argument when the file itself cannot be read as CSV.
  Result<ImportOutcome> import_csv(const domain::Actor& actor, const std::string& csv_text,
                                   bool dry_run);

 private:
  store::Store& store_;
  const Clock& clock_;
  const Registry& registry_;
};

}  // namespace orbis::service
