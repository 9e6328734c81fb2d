// Importing institutions from the public registries. Thread-safety: thread-safe (each
// call runs in its own transaction).
#pragma once

#include <string>
#include <vector>

#include "common/clock.h"
#include "domain/institution.h"
#include "domain/user.h"
#include "store/store.h"

namespace orbis::service {

// One file's content and its name; the name's ending says the format: ".csv" is a ROR
// export (columns ror_id, display_name, name_zh, aliases, acronyms, labels_other_lang,
// country_code, city, types, established, links, domains, wikidata, status), ".json" the
// world-universities list (name, domains, web_pages, alpha_two_code, state-province).
struct ImportSource {
  std::string name;
  std::string content;
};

struct ImportReport {
  std::size_t read = 0;     // records in the sources
  std::size_t created = 0;  // new institutions
  std::size_t merged = 0;   // records joined to an existing institution by ROR id or domain
  std::size_t updated = 0;  // existing institutions whose stored data changed
  std::size_t skipped = 0;  // invalid records, each with a warning
  std::vector<std::string> warnings;  // at most kMaxWarnings, then a count
};

constexpr std::size_t kMaxWarnings = 50;

// Parses every source, joins the records to the registry and to each other — by ROR id,
// then by web domain — and writes the result in one transaction with one audit entry
// naming each source's SHA-256. Running it again on the same files changes nothing.
// ROR records come first, so a university both lists keeps ROR's data and gains the
// other list's names and domains. Officers and admins; invalid_argument for a source in
// an unknown format or that cannot be parsed at all.
Result<ImportReport> import_institutions(store::Store& store, const Clock& clock,
                                         const domain::Actor& actor,
                                         const std::vector<ImportSource>& sources);

}  // namespace orbis::service
