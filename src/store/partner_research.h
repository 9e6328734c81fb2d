// What the institution does with a partner besides publishing with it (docs/research.md): the
// joint research projects the partner is in, the scholars' stays from or to it, and the
// agreements it is a party to, each with the projects and stays it carries. Read for one page
// of partners at a time: one grouped statement per count, over the indexes on the partner.
//
// Thread-safety: as the Transaction. Errors as the repositories' (store.h).
#pragma once

#include <map>
#include <string>
#include <vector>

#include "common/error.h"
#include "common/ids.h"
#include "domain/agreement.h"
#include "store/store.h"

namespace orbis::store {

// A scholar case counts as a visit unless it was declined or withdrawn.
struct PartnerTies {
  int projects = 0;    // research projects it is a partner in
  int visits_in = 0;   // scholar cases of people coming from it
  int visits_out = 0;  // scholar cases of ours going to it
  int agreements = 0;  // agreements in force with it: signed, active or expiring
};
// The ties of each of `partners`; one with none is absent.
Result<std::map<InstitutionId, PartnerTies>> partner_ties(
    Transaction& tx, const std::vector<InstitutionId>& partners);

// The registry's institutions of the ROR ids `rors` (bare, "052gg0110"), by ROR id; one the
// registry does not hold is absent. One statement per few hundred.
struct RegisteredPartner {
  InstitutionId id;
  std::string name;
  std::string name_zh;
};
Result<std::map<std::string, RegisteredPartner>> registered_by_ror(
    Transaction& tx, const std::vector<std::string>& rors);

struct AgreementTies {
  AgreementId agreement;
  std::string code;
  std::string title;
  std::string status;  // as stored: "active", "signed", …
  std::string start_date;
  std::string end_date;
  int projects = 0;  // research projects linked to it
  int visits = 0;    // scholar cases under it
};
// Every agreement `partner` is a party to, the latest start first, with what each carries.
Result<std::vector<AgreementTies>> agreement_ties(Transaction& tx, InstitutionId partner);

}  // namespace orbis::store
