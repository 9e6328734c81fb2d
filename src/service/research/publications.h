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
#include "store/partner_research.h"
#include "store/publications.h"
#include "store/store.h"

namespace orbis::service {

// What an import of works did, or, in a dry run, would do.
struct PublicationImport {
  bool dry_run = true;
  std::size_t rows = 0;                // works read
  std::vector<ImportRowError> errors;  // every bad line; nothing is written when any
  std::size_t added = 0;               // new publications
  std::size_t updated = 0;             // publications already recorded, replaced
  std::size_t removed = 0;             // recorded and not in the extract, when it replaces
};

// A partner's co-publications in one year.
using PublicationCount = store::PublicationCount;

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
  // What the institution does with it besides publishing, when it is in the registry (else
  // 0): joint projects it is in, scholars' stays from or to it (not declined or withdrawn),
  // agreements in force with it (signed, active or expiring).
  int projects = 0;
  int visits = 0;
  int agreements = 0;
};

// What the institution does with one partner in the registry: the works it published with it
// year by year, and beside them the joint projects, the scholars' visits and the agreements
// with what each carries.
struct PartnerResearch {
  InstitutionId institution;
  std::string ror;  // its ROR id, empty when the registry has none (then no co-publications)
  int from = 0;
  int to = 0;
  int publications = 0;                 // over from..to, each once
  bool sustained = false;               // as CoPublicationPartner's
  std::vector<PublicationCount> years;  // every year from..to, oldest first, zeros too
  int projects = 0;
  struct Visits {
    int incoming = 0;  // scholars of the partner coming here
    int outgoing = 0;  // ours going there
  } visits;
  std::vector<store::AgreementTies> agreements;  // every one it is a party to, newest first
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
  // With `replace`, the extract is the whole record: the works recorded and not in it are
  // removed (a work the source has merged or withdrawn, or a wrong extract imported before).
  // failed_precondition when the registry names no home institution with a ROR id.
  Result<PublicationImport> import_openalex(const domain::Actor& actor, const std::string& text,
                                            bool dry_run, bool replace = false);

  // The partners of the years asked for, the most co-publications first, then by name; one
  // page (a university's partners by co-publication are hundreds at most).
  Result<Page<CoPublicationPartner>> partners(const domain::Actor& actor,
                                              const CoPublicationQuery& query) const;

  // One partner's research with the institution. not_found for an institution the registry
  // does not hold; failed_precondition for the home institution itself.
  Result<PartnerResearch> partner(const domain::Actor& actor, InstitutionId institution,
                                  const CoPublicationQuery& query) const;

 private:
  store::Store& store_;
  const Clock& clock_;
};

}  // namespace orbis::service
