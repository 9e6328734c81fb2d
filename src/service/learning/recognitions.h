// Recognition (docs/learning.md): the home institution credits a stay's host results as
// home courses, converting their grades, and the indicator of how much is recognised.
//
// Thread-safety: thread-safe (every call runs in its own transaction).
#pragma once

#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "common/clock.h"
#include "domain/user.h"
#include "grades/scale.h"
#include "service/learning/learning_agreements.h"
#include "store/store.h"

namespace orbis::service {

// One home course to credit: from which host results, and a coordinator's override.
struct RecognitionRequest {
  std::string home_code;
  std::string home_title;
  double home_credits = 0;  // 0: from the host credits and the credit systems
  std::vector<std::string> host_codes;
  std::string override_grade;
  std::string override_reason;
};

class Recognitions {
 public:
  Recognitions(store::Store& store, const Clock& clock);

  // Our coordinator or officer on an outgoing stay with an approved learning agreement:
  // converts and credits; with `approve`, the completed stay becomes recognised.
  Result<LearningAgreementView> recognise(const domain::Actor& actor, MobilityId mobility,
                                          std::vector<RecognitionRequest> requests, bool approve);
  // Per partner: ECTS in approved learning agreements and ECTS recognised, for indicators.
  Result<nlohmann::json> rates(const domain::Actor& actor) const;

 private:
  store::Store& store_;
  const Clock& clock_;
  grades::ScaleRegistry scales_;
};

}  // namespace orbis::service
