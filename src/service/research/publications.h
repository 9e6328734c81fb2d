// The institution's publications and its co-publications with partners (docs/research.md):
// an OpenAlex works extract imported (a dry run first), and per partner and year the
// publications it shares with the institution, the partners abroad with a sustained research
// partnership named.
//
// Thread-safety: thread-safe (each call runs its own transaction).
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "common/clock.h"
#include "common/ids.h"
#include "domain/user.h"
#include "service/support/import.h"
#include "service/support/paging.h"
#include "store/store.h"

namespace orbis::service {

// What an import of works did, or, in a dry run, would do.
struct PublicationImport {
  bool dry_run = true;
  std::size_t rows = 0;                // works read
  std::vector<ImportRowError> errors;  // every bad line; nothing is written when any
  std::size_t added = 0;               // new publications
  std::size_t updated = 0;             // publications already recorded, replaced
};

// A partner's co-publications in one year.
struct PublicationCount {
  int year = 0;
  int publications = 0;
};

// An institution the home institution published with over the years asked for.
struct CoPublicationPartner {
  std::string ror;
  std::optional<InstitutionId> institution;  // in the registry, when it holds the ROR id
  std::string name;                          // the registry's name, else the source's
  std::string name_zh;
  std::string country;
  bool abroad = false;   // of a known country other than the home institution's
  int publications = 0;  // over the years asked for, each once
  // Three or more co-publications in the five years to the last year asked for, abroad: QS's
  // sustained research partnership.
  bool sustained = false;
  std::vector<PublicationCount> years;  // the years with any, oldest first
};

// The years a list of co-publications covers, by calendar year.
struct CoPublicationQuery {
  std::optional<int> from;  // default: four years before `to`
  std::optional<int> to;    // default: this year
};

class Publications {
 public:
  Publications(store::Store& store, const Clock& clock) : store_(store), clock_(clock) {}

  // Reads an OpenAlex works extract (JSON Lines) and records each work of the home
  // institution (one of whose authors' institutions has its ROR id), replacing those recorded
  // before by their OpenAlex id. Every bad line, and every work that is not the home
  // institution's, is reported; nothing is written when there is one, or in a dry run.
  // failed_precondition when the registry names no home institution with a ROR id.
  Result<PublicationImport> import_openalex(const domain::Actor& actor, const std::string& text,
                                            bool dry_run);

  // The partners of the years asked for, the most co-publications first, then by name; one
  // page (a university's partners by co-publication are hundreds at most).
  Result<Page<CoPublicationPartner>> partners(const domain::Actor& actor,
                                              const CoPublicationQuery& query) const;

 private:
  store::Store& store_;
  const Clock& clock_;
};

}  // namespace orbis::service
