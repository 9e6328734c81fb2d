// Course catalogues and credit systems (docs/learning.md): what the institutions teach, and
// how their credits count in ECTS.
//
// Thread-safety: thread-safe (every call runs in its own transaction).
#pragma once

#include <string>

#include "common/clock.h"
#include "domain/learning.h"
#include "domain/user.h"
#include "service/mobility/import_outcome.h"
#include "service/support/paging.h"
#include "store/store.h"

namespace orbis::service {

struct CreditSystem {
  std::string system = "ects";
  double ects_per_credit = 1;
};

class CourseCatalogues {
 public:
  CourseCatalogues(store::Store& store, const Clock& clock) : store_(store), clock_(clock) {}

  // Any signed-in role: a page of the institution's course catalogue by code. not_found
  // when there is no such institution; invalid_argument naming `limit` or `cursor` (a
  // cursor is for one institution's catalogue only).
  Result<Page<domain::Course>> courses(const domain::Actor& actor, InstitutionId institution,
                                       const PageRequest& page) const;
  // The office, or a partner for its own institution: courses from CSV, replacing those
  // with the same code. With `dry_run`, or when any row is bad, nothing is written.
  Result<MobilityImportOutcome> import_courses(const domain::Actor& actor,
                                               InstitutionId institution,
                                               const std::string& csv_text, bool dry_run);
  Result<CreditSystem> credit_system(InstitutionId institution) const;
  // Officers and admins; invalid_argument by field.
  Result<CreditSystem> set_credit_system(const domain::Actor& actor, InstitutionId institution,
                                         CreditSystem system);

 private:
  store::Store& store_;
  const Clock& clock_;
};

}  // namespace orbis::service
