// What a stay's view names besides the stay — its institutions, agreement, programme and call
// — by the few words it shows of each, read for a whole page of stays at once rather than
// each record in full, stay by stay.
//
// Thread-safety: as the Transaction. Errors as the repositories' (store.h).
#pragma once

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "common/error.h"
#include "domain/mobility.h"
#include "store/store.h"

namespace orbis::store {

struct InstitutionLabel {
  InstitutionId id;
  std::string name, name_zh, country;
};
struct AgreementLabel {
  AgreementId id;
  std::string code, title;
};
struct ProgrammeLabel {
  ProgrammeId id;
  std::string code, name, name_zh;
};
struct CallLabel {
  CallId id;
  std::string code, title;
};

// The labels of one stay; empty where it names nothing, or a record that is gone.
struct StayLabels {
  std::optional<InstitutionLabel> sending, receiving;
  std::optional<AgreementLabel> agreement;
  std::optional<ProgrammeLabel> programme;
  std::optional<CallLabel> call;
};

// The labels of each of `stays`, in their order: one query per kind of record for them all.
Result<std::vector<StayLabels>> stay_labels(Transaction& tx,
                                            const std::vector<domain::Mobility>& stays);

// The labels of `institutions` by id, read in one query; an id naming no institution has none.
Result<std::map<InstitutionId, InstitutionLabel>> institution_labels(
    Transaction& tx, const std::vector<InstitutionId>& institutions);

}  // namespace orbis::store
