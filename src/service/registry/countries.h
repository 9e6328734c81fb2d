// The ISO 3166-1 countries (domain/country.h), read a page at a time like the lists the
// database pages, with the same cursor. The table is compiled in, so a page is cut from it
// in memory. Thread-safety: a pure function of the static table.
#pragma once

#include "common/error.h"
#include "domain/country.h"
#include "service/support/paging.h"

namespace orbis::service {

// Anyone: a page of countries by code; invalid_argument naming `limit` or `cursor`.
Result<Page<domain::Country>> country_page(const PageRequest& page);

}  // namespace orbis::service
