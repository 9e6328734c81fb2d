// Agreements between the home institution and its partners: kinds, parties, cooperation
// conditions and the life cycle. Thread-safe: plain values and pure functions.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "common/error.h"
#include "common/ids.h"

namespace orbis {
using AgreementId = Id<struct AgreementTag>;
}

namespace orbis::domain {

enum class AgreementKind {
  student_exchange,
  staff_exchange,
  joint_research,
  curriculum_development,
  joint_degree,
  summer_programme,
  internship,
  framework_mou
};
// `signed_`: the keyword is taken; its name in JSON and the database is "signed".
enum class AgreementStatus {
  draft,
  negotiation,
  signed_,
  active,
  expiring,
  expired,
  terminated,
  renewed
};
enum class MobilityType {
  student_studies,
  student_traineeship,
  staff_teaching,
  staff_training,
  summer_programme,
  research_visit,
  joint_degree
};

std::string_view to_string(AgreementKind);
std::string_view to_string(AgreementStatus);
std::string_view to_string(MobilityType);
std::optional<AgreementKind> parse_agreement_kind(std::string_view);
std::optional<AgreementStatus> parse_agreement_status(std::string_view);
std::optional<MobilityType> parse_mobility_type(std::string_view);
const std::vector<AgreementKind>& all_agreement_kinds();
const std::vector<AgreementStatus>& all_agreement_statuses();
const std::vector<MobilityType>& all_mobility_types();
bool is_staff(MobilityType type);

struct Contact {
  std::string name;
  std::string email;
  std::string phone;
  std::string title;  // for a signatory: "President", "Vice-Rector for International Affairs"
};

struct Party {
  InstitutionId institution;
  bool is_home = false;
  std::optional<OrgUnitId> org_unit;
  Contact contact;
  Contact signatory;
  std::string signed_on;  // ISO date or empty
};

struct LanguageRequirement {
  std::string language;  // ISO 639-1: "en", "zh"
  std::string cefr;      // "B2"
};

struct CooperationCondition {
  std::int64_t id = 0;
  InstitutionId sending;
  InstitutionId receiving;
  MobilityType mobility_type = MobilityType::student_studies;
  std::string first_academic_year;  // "2025/2026"
  std::string last_academic_year;
  std::vector<int> eqf_levels;
  std::string isced;  // ISCED-F 2013 code, or empty
  std::string isced_clarification;
  int seats_per_year = 0;
  std::optional<double> months_per_seat;
  std::optional<double> total_months_per_year;
  std::optional<int> total_days_per_year;
  std::vector<LanguageRequirement> languages;
  bool blended = false;
  std::string other_terms;
};

struct StatusChange {
  std::string at;
  std::string actor;
  AgreementStatus from;
  AgreementStatus to;
  std::string reason;
};

struct Agreement {
  AgreementId id;
  std::string code;
  std::string title;
  std::vector<AgreementKind> kinds;
  std::vector<Party> parties;
  std::string start_date;  // ISO date
  std::string end_date;    // ISO date, or empty for open-ended
  bool auto_renewal = false;
  std::string notes;
  std::vector<std::string> tags;
  AgreementStatus status = AgreementStatus::draft;  // as stored: never expiring/expired by date
  std::vector<CooperationCondition> conditions;
  std::vector<StatusChange> history;
  int version = 0;

  const Party* home() const;
  bool has_party(InstitutionId institution) const;
};

// Checks every field; returns invalid_argument naming each bad one (paths like
// "conditions/0/isced", "parties/1/institution_id"). Normalises codes, tags and CEFR.
// Exactly one party is the home institution; at least one other party; conditions run
// between two different parties.
Status validate_and_normalize(Agreement& agreement);

// What a partner institution sees of an agreement it is a party to: the header, the home
// party and its own, and the conditions that involve it. A party at the other end of one
// of those conditions stays, without its contact, signatory or org unit; other parties and
// their conditions are gone.
Agreement as_seen_by_partner(Agreement agreement, InstitutionId partner);

// The status a reader sees: an active agreement is `expiring` within `notice_days` of its
// end date, and `expired` after it. `today` is days since 1970-01-01.
AgreementStatus effective_status(const Agreement& agreement, int today, int notice_days);

// Whether the life cycle allows moving from `from` to `to` by hand (see docs/agreements.md).
bool transition_allowed(AgreementStatus from, AgreementStatus to);

// The academic year "2026/2027" that contains `day` (years start on 1 September).
std::string academic_year_of(int day);

}  // namespace orbis::domain
