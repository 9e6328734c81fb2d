// Transcripts of records (docs/learning.md): the host's results on a stay's learning
// agreement, entered by the receiving side or the office, by hand or from a file.
//
// Thread-safety: thread-safe (every call runs in its own transaction).
#pragma once

#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

#include "common/clock.h"
#include "domain/learning.h"
#include "domain/user.h"
#include "grades/scale.h"
#include "service/learning/learning_agreements.h"
#include "store/store.h"

namespace orbis::service {

class Transcripts {
 public:
  Transcripts(store::Store& store, const Clock& clock, std::filesystem::path schema_root);

  // The host's results (replacing those from the same course); grades are checked on their
  // scale. conflict once the stay is recognised.
  Result<LearningAgreementView> set(const domain::Actor& actor, MobilityId mobility,
                                    std::vector<domain::TranscriptEntry> entries,
                                    const std::string& source);
  // A transcript file: CSV (code,title,credits,grade,scale,date) or EWP/ELMO XML.
  Result<LearningAgreementView> import_file(const domain::Actor& actor, MobilityId mobility,
                                            std::string_view body, std::string_view content_type,
                                            std::string_view default_scale);

 private:
  store::Store& store_;
  const Clock& clock_;
  std::filesystem::path schema_root_;
  grades::ScaleRegistry scales_;
};

}  // namespace orbis::service
