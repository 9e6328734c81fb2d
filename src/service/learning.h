// Learning agreements, transcripts, grade conversion and recognition; course catalogues
// and credit systems (docs/learning.md).
//
// Thread-safety: thread-safe (every call runs in its own transaction).
//
// Who does what on a stay's learning agreement: its student, the sending side (our
// officers and the student's coordinator for outgoing stays; the partner for incoming ones)
// and the receiving side (the partner for outgoing stays; our office for incoming ones).
// Students and the sending side propose versions; all three approve; anyone of them
// comments. The receiving side enters the transcript; our coordinator or officer recognises.
// Anyone who cannot see the stay gets not_found.
#pragma once

#include <filesystem>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "common/clock.h"
#include "domain/learning.h"
#include "domain/mobility.h"
#include "domain/user.h"
#include "grades/scale.h"
#include "service/mobility/import_outcome.h"
#include "service/support/paging.h"
#include "store/store.h"

namespace orbis::service {

struct LearningAgreementView {
  domain::LearningAgreementRecord record;  // id 0 while nothing was proposed
  domain::Mobility mobility;
  domain::Person person;
  std::string party;  // the reader's: student, sending, receiving, or empty
  std::vector<std::string> warnings;
};

// One home course to credit: from which host results, and a coordinator's override.
struct RecognitionRequest {
  std::string home_code;
  std::string home_title;
  double home_credits = 0;  // 0: from the host credits and the credit systems
  std::vector<std::string> host_codes;
  std::string override_grade;
  std::string override_reason;
};

struct CreditSystem {
  std::string system = "ects";
  double ects_per_credit = 1;
};

class LearningAgreements {
 public:
  LearningAgreements(store::Store& store, const Clock& clock, std::filesystem::path schema_root);

  Result<LearningAgreementView> get(const domain::Actor& actor, MobilityId mobility) const;
  // A new version, or a new text of the version still being approved (its approvals reset).
  // A change to an approved version needs a reason.
  Result<LearningAgreementView> propose(const domain::Actor& actor, MobilityId mobility,
                                        std::vector<domain::LaComponent> components,
                                        std::string reason);
  // Signs the version whose SHA-256 is `sha256`; conflict when it is not the open version's.
  Result<LearningAgreementView> approve(const domain::Actor& actor, MobilityId mobility, int number,
                                        const std::string& sha256);
  // Comments instead of approving: the version goes back to its proposer.
  Result<LearningAgreementView> comment(const domain::Actor& actor, MobilityId mobility, int number,
                                        std::string text);
  // The host's results (replacing those from the same source); grades are checked on their scale.
  Result<LearningAgreementView> set_transcript(const domain::Actor& actor, MobilityId mobility,
                                               std::vector<domain::TranscriptEntry> entries,
                                               std::string source);
  // A transcript file: CSV (code,title,credits,grade,scale,date) or EWP/ELMO XML.
  Result<LearningAgreementView> import_transcript(const domain::Actor& actor, MobilityId mobility,
                                                  std::string_view body,
                                                  std::string_view content_type,
                                                  std::string_view default_scale);
  // Converts and credits; with `approve`, the stay becomes recognised.
  Result<LearningAgreementView> recognise(const domain::Actor& actor, MobilityId mobility,
                                          std::vector<RecognitionRequest> requests, bool approve);
  // The agreement as an EWP omobility-las v1.2 get-response, validated against the schema.
  Result<std::string> ewp_xml(const domain::Actor& actor, MobilityId mobility) const;
  // Per partner: ECTS in approved learning agreements and ECTS recognised, for indicators.
  Result<nlohmann::json> recognition_rates(const domain::Actor& actor) const;

  // Any signed-in role: a page of the institution's course catalogue by code. not_found
  // when there is no such institution; invalid_argument naming `limit` or `cursor` (a
  // cursor is for one institution's catalogue only).
  Result<Page<domain::Course>> courses(const domain::Actor& actor, InstitutionId institution,
                                       const PageRequest& page) const;
  Result<MobilityImportOutcome> import_courses(const domain::Actor& actor,
                                               InstitutionId institution,
                                               const std::string& csv_text, bool dry_run);
  Result<CreditSystem> credit_system(InstitutionId institution) const;
  Result<CreditSystem> set_credit_system(const domain::Actor& actor, InstitutionId institution,
                                         CreditSystem system);

  nlohmann::json view_json(const LearningAgreementView& view) const;

 private:
  store::Store& store_;
  const Clock& clock_;
  std::filesystem::path schema_root_;
  grades::ScaleRegistry scales_;
};

}  // namespace orbis::service
