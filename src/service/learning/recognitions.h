// Recognition (docs/learning.md): the home institution credits a stay's host results as
// home courses, converting their grades, and the indicator of how much is recognised.
//
// Thread-safety: thread-safe (every call runs in its own transaction).
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "common/clock.h"
#include "domain/user.h"
#include "grades/scale.h"
#include "service/learning/learning_agreements.h"
#include "service/support/paging.h"
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

// One partner's line of the recognition indicator: ECTS its approved learning agreements
// plan and ECTS our recognitions credited from its results.
struct RecognitionRate {
  struct Partner {
    InstitutionId id;
    std::string name;
    std::string country;  // ISO 3166-1 alpha-2
  };
  Partner institution;
  int stays = 0;
  int recognised_stays = 0;
  double planned_ects = 0;
  double recognised_ects = 0;
  std::optional<double> rate;  // recognised / planned, to 3 places; none when nothing planned
};

class Recognitions {
 public:
  Recognitions(store::Store& store, const Clock& clock);

  // Our coordinator or officer on an outgoing stay with an approved learning agreement:
  // converts and credits; with `approve`, the completed stay becomes recognised.
  Result<LearningAgreementView> recognise(const domain::Actor& actor, MobilityId mobility,
                                          std::vector<RecognitionRequest> requests, bool approve);
  // Per partner, a page at a time by partner id: ECTS in approved learning agreements and
  // ECTS recognised, over the stays in the reader's scope (a coordinator's org unit's), with
  // how many partners there are; for indicators.
  Result<Page<RecognitionRate>> rates(const domain::Actor& actor, const PageRequest& request) const;

 private:
  store::Store& store_;
  const Clock& clock_;
  grades::ScaleRegistry scales_;
};

}  // namespace orbis::service
