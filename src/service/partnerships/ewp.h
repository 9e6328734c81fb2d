// Agreements for Erasmus Without Paper: ours as an IIA v7 document, the partner's copy kept
// beside it and compared, and its approval.
//
// Thread-safety: thread-safe (every call runs in its own transaction).
#pragma once

#include <filesystem>
#include <string>
#include <tuple>
#include <vector>

#include "common/clock.h"
#include "domain/user.h"
#include "store/store.h"

namespace orbis::service {

// The agreement as an EWP IIA v7 get-response, and what could not be carried.
struct EwpExport {
  std::string xml;
  std::string iia_hash;
  std::vector<std::string> omitted;  // e.g. "conditions/3: summer_programme has no EWP counterpart"
};

// Our copy against the partner's, field by field.
struct EwpComparison {
  std::string our_hash;
  std::string partner_hash;
  bool hashes_match = false;
  std::vector<std::tuple<std::string, std::string, std::string>> differences;  // path, ours, theirs
  store::EwpState state;
};

class EwpAgreements {
 public:
  // `ewp_schemas` is the folder of the EWP XSDs (data/ewp/schemas), for checking what
  // partners send; empty: not checked.
  EwpAgreements(store::Store& store, const Clock& clock, std::filesystem::path ewp_schemas)
      : store_(store), clock_(clock), ewp_schemas_(std::move(ewp_schemas)) {}

  // The agreement as an IIA v7 get-response document that validates against the official
  // schema, carrying its iia-hash, with what the actor may see of its contacts.
  // invalid_argument when EWP cannot express it: a multilateral agreement (whoever asks),
  // or a party without a web domain (its SCHAC code).
  Result<EwpExport> export_iia(const domain::Actor& actor, AgreementId id) const;
  // Officers and admins: keeps the partner's IIA v7 document beside ours and compares the
  // two. invalid_argument when it is not a valid IIA v7 get-response with one agreement.
  Result<EwpComparison> import_partner_copy(const domain::Actor& actor, AgreementId id,
                                            const std::string& xml);
  // Officers and admins: approves the partner's copy, recording its hash. conflict when
  // there is no partner copy, or its hash differs from ours.
  Result<EwpComparison> approve_partner_copy(const domain::Actor& actor, AgreementId id);

 private:
  store::Store& store_;
  const Clock& clock_;
  std::filesystem::path ewp_schemas_;
};

}  // namespace orbis::service
