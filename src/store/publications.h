// The institution's publications and the institutions of their authors (domain/research), as
// an import of a bibliographic database's extract writes them, and what the co-publication
// indicators and list count from them: one grouped statement each, over the index on the
// publication year.
//
// Thread-safety: as the Transaction. Errors as the repositories' (store.h).
#pragma once

#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "common/error.h"
#include "domain/research/publication.h"
#include "store/store.h"

namespace orbis::store {

// Writes the publication, or replaces the one of its source id (its affiliations too); returns
// whether it was new.
Result<bool> save_publication(Transaction& tx, const domain::research::Publication& publication);

// The publications recorded whose source ids are not among `kept`: what an extract that is
// the whole record replaces (a work the source has since merged or withdrawn). By id.
Result<std::vector<long long>> publications_not_in(Transaction& tx,
                                                   const std::set<std::string>& kept);
// Removes those publications, with their institutions.
Status remove_publications(Transaction& tx, const std::vector<long long>& ids);

// How many publications there are.
Result<long long> count_publications(Transaction& tx);

// The publications of the years from..to (inclusive) per year: all of them, and those with an
// author at an institution of a known country other than `home_country` (ISO alpha-2).
struct PublicationCount {
  int year = 0;
  int publications = 0;
};
struct PublicationYear {
  int year = 0;
  int publications = 0;
  int international = 0;
};
Result<std::vector<PublicationYear>> publication_years(Transaction& tx, int from, int to,
                                                       const std::string& home_country);

// An institution the home institution published with, in one year: the publications of the
// year that name both (the institution by its ROR id; those without one are not partners).
struct CoPublications {
  std::string ror;
  std::string name;     // as its publications name it (the greatest, when they differ)
  std::string country;  // ISO alpha-2, as the source gives it; may be empty
  int year = 0;
  int publications = 0;
};
// Those of the years from..to, every institution but `home_ror`, by ROR id then year.
Result<std::vector<CoPublications>> co_publications(Transaction& tx, int from, int to,
                                                    const std::string& home_ror);

// The publications of the years from..to that name the institution of ROR id `ror`, per year
// (the years with any), by the index on the ROR id.
Result<std::vector<PublicationCount>> co_publications_with(Transaction& tx, int from, int to,
                                                           const std::string& ror);

}  // namespace orbis::store
