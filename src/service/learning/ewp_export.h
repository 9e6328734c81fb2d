// Learning agreements for Erasmus Without Paper (docs/learning.md): a stay's learning
// agreement as an omobility-las v1.2 get-response.
//
// Thread-safety: thread-safe (every call runs in its own transaction).
#pragma once

#include <filesystem>
#include <string>

#include "domain/user.h"
#include "store/store.h"

namespace orbis::service {

class EwpLearningAgreements {
 public:
  // `schema_root` is the folder of the EWP XSDs (data/ewp/schemas); empty: not validated.
  EwpLearningAgreements(store::Store& store, std::filesystem::path schema_root)
      : store_(store), schema_root_(std::move(schema_root)) {}

  // The agreement, validated against the schema, with what the actor may see of it; not_found
  // when nothing was proposed; permission_denied for viewers.
  Result<std::string> xml(const domain::Actor& actor, MobilityId mobility) const;

 private:
  store::Store& store_;
  std::filesystem::path schema_root_;
};

}  // namespace orbis::service
