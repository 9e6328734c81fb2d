// Mobility: programmes, calls for applications, applications, placement runs and the
// stays abroad they lead to, outgoing and incoming (docs/mobility.md).
// Thread-safe: plain values and pure functions.
//
// The rules that need no database (durations, eligibility, scores, the moves of a status)
// live here so that the service, the import and the demo share them. The records have no
// JSON here: the API's codecs are in http/json/, the audit's forms in
// service/support/serialize.h.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "common/error.h"
#include "common/ids.h"
#include "domain/agreement.h"
#include "domain/person.h"

namespace orbis {
using ProgrammeId = Id<struct ProgrammeTag>;
using CallId = Id<struct CallTag>;
using ApplicationId = Id<struct ApplicationTag>;
using PlacementRunId = Id<struct PlacementRunTag>;
using MobilityId = Id<struct MobilityTag>;
}  // namespace orbis

namespace orbis::domain {

enum class ProgrammeKind {
  semester_exchange,
  year_exchange,
  summer_school,
  winter_school,
  internship,
  research_visit,
  staff_exchange,
  joint_degree
};
std::string_view to_string(ProgrammeKind kind);
std::optional<ProgrammeKind> parse_programme_kind(std::string_view name);
// The longest stay a programme of this kind allows unless it says otherwise: a year for
// exchanges, internships and research visits, three months for schools, six for staff.
int default_max_duration_months(ProgrammeKind kind);
// The agreement mobility type a stay on a programme of this kind has.
MobilityType mobility_type_of(ProgrammeKind kind, PersonKind person);

// An amount of money: a decimal string (never a float) and its ISO 4217 currency.
struct Money {
  std::string amount;    // "2500.00"; empty when there is none
  std::string currency;  // "EUR"
  bool empty() const { return amount.empty(); }
};
// Trims `m` and upper-cases its currency; an amount must be a decimal like 2500.00 and its
// currency an ISO 4217 code. An empty amount clears the currency. Adds what is wrong to
// `errors`, under `field`/amount and `field`/currency.
void check_money(Money& m, const std::string& field, std::vector<FieldError>& errors);

struct Scholarship {
  std::string code;  // unique within its programme: "WL-SUMMER-2026"
  std::string name;
  std::string name_zh;
  std::string sponsor;
  Money amount;             // per participant
  std::string eligibility;  // who may receive it, in words
  std::string eligibility_zh;
  std::vector<std::string> nationalities;  // ISO alpha-2; empty: anyone
  std::optional<int> places;
};

struct Programme {
  ProgrammeId id;
  std::string code;  // unique: "WL-EXCH-SEM"
  std::string name;
  std::string name_zh;
  ProgrammeKind kind = ProgrammeKind::semester_exchange;
  std::vector<InstitutionId> hosts;
  std::optional<AgreementId> agreement;
  std::vector<std::int64_t> conditions;  // of `agreement`
  std::string language;                  // ISO 639-1 language of instruction
  Money fee;
  std::optional<int> capacity;
  int max_duration_months = 12;
  std::string description;  // public, for prospective students
  std::string description_zh;
  std::vector<Scholarship> scholarships;
  bool published = false;  // listed on the public page
  int version = 0;
};

// Who may apply: every rule that is set must hold.
struct EligibilityRules {
  std::vector<int> levels;          // EQF; empty: any
  std::vector<int> years_of_study;  // empty: any
  std::optional<double> min_gpa;    // on `gpa_scale`
  std::string gpa_scale;
  std::string language;  // ISO 639-1; with min_cefr
  std::string min_cefr;  // A1..C2
  std::string field;     // ISCED-F broad/narrow/detailed code the applicant's field falls under
};

// How an application's score is made, each part on 0..100; the weights sum to 1.
struct ScoringWeights {
  double gpa = 0.6;
  double language = 0.2;
  double interview = 0.1;
  double motivation = 0.1;
};

// Seats a call opens at one host: from an agreement's condition or a programme.
struct Offer {
  std::int64_t id = 0;  // unique within the call
  std::optional<AgreementId> agreement;
  std::optional<std::int64_t> condition;
  std::optional<ProgrammeId> programme;
  InstitutionId host;
  int seats = 0;
  std::string title;  // "Oxford — Computer science, autumn"
  // Rules of this offer on top of the call's (the condition's levels, language, field).
  EligibilityRules eligibility;
};

enum class CallPhase { upcoming, open, closed };
std::string_view to_string(CallPhase phase);

struct Call {
  CallId id;
  std::string code;  // unique: "OUT-2027-AUT"
  std::string title;
  std::string title_zh;
  std::string academic_year;  // "2027/2028"
  std::string term;           // autumn, spring, full_year, summer, winter
  std::string opens_at;       // ISO 8601 with offset: "2027-01-10T09:00:00+08:00"
  std::string closes_at;
  std::string time_zone;              // IANA, for display: "Asia/Shanghai"
  std::optional<OrgUnitId> org_unit;  // a faculty's own call; empty: the whole university
  EligibilityRules eligibility;
  ScoringWeights weights;
  int max_preferences = 3;
  std::vector<Offer> offers;
  std::optional<PlacementRunId> published_run;
  int version = 0;

  const Offer* offer(std::int64_t id) const;
};

// Seconds since the epoch of "YYYY-MM-DDTHH:MM:SS[.fff]" with "Z" or "±HH:MM"; nullopt
// for anything else.
std::optional<std::int64_t> parse_instant(std::string_view text);

// Where `now` (UTC, "…Z") stands against the call's window.
CallPhase phase(const Call& call, std::string_view now_utc);
// How long after closes_at a submission begun before it is still accepted.
inline constexpr int kSubmissionGraceSeconds = 30 * 60;

enum class ApplicationStatus {
  draft,
  submitted,
  eligible,
  ineligible,
  placed,
  waitlisted,
  unplaced,
  nominated,
  accepted,
  rejected,
  confirmed,
  withdrawn
};
std::string_view to_string(ApplicationStatus status);
std::optional<ApplicationStatus> parse_application_status(std::string_view name);

// Whether the applicant may be placed at one preference, and if not why: a code the web
// pages translate, and the reason in English.
struct Verdict {
  std::int64_t offer = 0;
  bool eligible = true;
  std::string code;  // empty, or level, year_of_study, gpa, gpa_missing, language, field
  std::string reason;
};

struct ApplicationDocument {
  std::int64_t id = 0;
  std::string kind;  // transcript, language_certificate, motivation_letter, cv, other
  std::string name;
  std::string content_type;
  std::string sha256;
  std::int64_t size = 0;
  std::string uploaded_at;
};

// One preference ranked above the placed one and why it was not given (from a published
// placement run).
struct PlacementExplanation {
  std::int64_t offer = 0;
  std::string reason;  // not_eligible, no_seats, outranked, welfare_trade_off
  std::uint32_t priority_position = 0;
  std::optional<double> cutoff_score;
  std::string detail;  // the ineligibility's reason
};

struct PlacementResult {
  PlacementRunId run;
  std::optional<std::int64_t> offer;
  std::optional<int> preference;        // 1-based
  std::optional<int> waiting_position;  // on the first preference's waiting list
  std::vector<PlacementExplanation> explanations;
};

struct HistoryEntry {
  std::string at;
  std::string actor;
  std::string from;
  std::string to;
  std::string reason;
};

struct Application {
  ApplicationId id;
  CallId call;
  PersonId person;
  std::optional<OrgUnitId> org_unit;  // the applicant's, for the coordinator's scope
  ApplicationStatus status = ApplicationStatus::draft;
  std::vector<std::int64_t> preferences;  // offer ids, best first
  std::string motivation;                 // the student's statement
  std::vector<Verdict> verdicts;          // one per preference, when submitted
  std::optional<double> interview_score;  // 0..100, by a coordinator
  std::optional<double> motivation_score;
  std::string scored_by;
  std::optional<double> score;  // by the call's weights, when submitted and scored
  std::vector<ApplicationDocument> documents;
  std::optional<PlacementResult> result;  // when a run is published
  std::string submit_started_at;          // when the student opened the submission (grace period)
  std::string submitted_at;
  std::string created_at;
  std::string updated_at;
  std::vector<HistoryEntry> history;
  int version = 0;
};

enum class Direction { outgoing, incoming };
std::string_view to_string(Direction direction);
std::optional<Direction> parse_direction(std::string_view name);

enum class MobilityStatus {
  nominated,
  accepted,
  preparing,
  abroad,
  completed,
  recognised,
  cancelled
};
std::string_view to_string(MobilityStatus status);
std::optional<MobilityStatus> parse_mobility_status(std::string_view name);
// Whether a stay may move from `from` to `to` by a transition (the nomination decision
// makes nominated → accepted and nominated → cancelled).
bool may_move(MobilityStatus from, MobilityStatus to);

enum class NominationDecision { pending, accepted, rejected };
std::string_view to_string(NominationDecision decision);

struct Funding {
  std::string source;       // "scholarship", "erasmus", "csc", "self", "home"
  std::string scholarship;  // a programme scholarship's code, when from one
  std::string sponsor;
  Money amount;
};

struct Nomination {
  NominationDecision decision = NominationDecision::pending;
  std::string nominated_at;
  std::string nominated_by;
  std::string decided_at;
  std::string decided_by;
  std::string reason;  // required for a rejection
};

struct Mobility {
  MobilityId id;
  PersonId person;
  Direction direction = Direction::outgoing;
  MobilityType type = MobilityType::student_studies;
  InstitutionId sending;
  InstitutionId receiving;
  std::optional<OrgUnitId> org_unit;  // the home org unit it belongs to (coordinator scope)
  std::optional<AgreementId> agreement;
  std::optional<std::int64_t> condition;
  std::optional<ProgrammeId> programme;
  std::optional<CallId> call;
  std::optional<ApplicationId> application;
  std::string academic_year;  // "2026/2027"
  std::string planned_start;  // ISO dates
  std::string planned_end;
  std::string actual_start;
  std::string actual_end;
  std::vector<Funding> funding;
  double credits_planned = 0;  // ECTS, students
  MobilityStatus status = MobilityStatus::nominated;
  Nomination nomination;
  std::string cancel_reason;
  std::vector<HistoryEntry> history;
  int version = 0;
};

// Checks every field of a record on its own (references are the service's): invalid_argument
// naming each bad field. Fills defaults and normalises codes.
Status validate_and_normalize(Programme& programme);
Status validate_and_normalize(Call& call);
Status validate_and_normalize(Mobility& mobility);

// Whole months from `start` to `end` (ISO dates), counting a started month as whole when
// the end day passes the start day: 2026-09-01..2027-01-31 is 5 months, ..2027-02-01 is 6.
std::optional<int> months_between(std::string_view start, std::string_view end);
// Whether a stay from `start` to `end` fits in `months` (end ≤ start + months).
bool fits_in_months(std::string_view start, std::string_view end, int months);

// A GPA on its scale as 0..100 (for scoring and for comparing against a minimum on another
// scale); nullopt for an unknown scale or a value outside it.
std::optional<double> normalized_gpa(double gpa, std::string_view scale);
// The applicant's verdict at one offer under the call's and the offer's rules.
Verdict eligibility(const Person& person, const Call& call, const Offer& offer);
// The application's score by the call's weights, 0..100 rounded to 2 decimals: GPA
// normalised, the best certificate in the call's language (any language when it names
// none) as A1=0 … C2=100, the coordinator's interview and motivation scores (0 while missing).
double score_of(const Person& person, const Call& call, const Application& application);

}  // namespace orbis::domain
