// A transcript of records as EWP carries it: ELMO (EMREX) inside an Incoming Mobility ToRs
// API v2 (imobility-tors) get-response, or a bare ELMO document. Plain values.
// Thread-safety: plain values, no shared state.
//
// The model holds what Orbis uses of ELMO v1.6 and v2.1 (the learner, each report's issuer,
// its learning opportunities with their results and credits, its grading schemes) and the
// grade conversion table of the ToR response. What it leaves out (attachments, diploma
// supplements, groups, extensions, the XML signature, …) is listed in docs/ewp-la.md.
// Values of xs:token type are whitespace-collapsed as the schema defines them; other text is
// verbatim; dates and decimals keep their lexical form.
#pragma once

#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "interop/iia.h"  // LangString

namespace orbis::interop {

inline constexpr const char* kImobilityTorsGetResponseNs =
    "https://github.com/erasmus-without-paper/ewp-specs-api-imobility-tors/blob/stable-v2/"
    "endpoints/get-response.xsd";
inline constexpr const char* kElmoV1Ns = "https://github.com/emrex-eu/elmo-schemas/tree/v1";
inline constexpr const char* kElmoV2Ns = "https://github.com/emrex-eu/elmo-schemas/tree/v2";

// <identifier type="schac">unibo.it</identifier>. Common types: "schac", "pic", "erasmus"
// (issuers); "local" (a course code), "ewp-los-id" (learning opportunities);
// "nationalIdentifier", "esi" (learners).
struct TypedIdentifier {
  std::string type;
  std::string value;
  bool operator==(const TypedIdentifier&) const = default;
};

// The value of the first identifier of `type`, if any ("schac" gives an issuer's hei-id).
std::optional<std::string> identifier_of(std::span<const TypedIdentifier> identifiers,
                                         std::string_view type);

struct Learner {
  // ISO 3166-1 alpha-2 ("CN"); ELMO v2 may instead give an EU country-authority URI.
  std::optional<std::string> citizenship;
  std::vector<TypedIdentifier> identifiers;
  std::string given_names;
  std::string family_name;
  // The full name in a non-Latin script (ELMO v2 only, where it is required): 王小明.
  std::optional<LangString> alternative_name;
  std::optional<std::string> birth_date;  // xs:date; v1 bday, v2 dateOfBirth (or bday)
  std::optional<int> gender;              // ISO/IEC 5218: 0, 1, 2, 9
  bool operator==(const Learner&) const = default;
};

// The institution that issued a report (where the student earned the credits).
struct Issuer {
  std::optional<std::string> country;        // ISO 3166-1 alpha-2
  std::vector<TypedIdentifier> identifiers;  // at least one; "schac" is the EWP hei-id
  std::vector<LangString> titles;            // at least one
  std::string url;
  bool operator==(const Issuer&) const = default;
};

struct TranscriptCredit {
  std::string scheme;                // "ects" (ELMO examples also write "ECTS")
  std::optional<std::string> value;  // xs:decimal as written
  bool operator==(const TranscriptCredit&) const = default;
};

// One bar of a grade distribution: how many students got `label`.
struct ResultCategory {
  std::string label;
  std::uint64_t count = 0;
  bool operator==(const ResultCategory&) const = default;
};

// A level the opportunity is at: type "EQF" with value "6"; other frameworks may follow.
struct StudyLevel {
  std::string type;
  std::optional<std::string> description;
  std::optional<std::string> value;
  bool operator==(const StudyLevel&) const = default;
};

struct AcademicTermSpan {
  std::vector<LangString> titles;  // at least one: "2025/2026 primo semestre"
  std::string start;               // xs:date
  std::string end;
  bool operator==(const AcademicTermSpan&) const = default;
};

// learningOpportunityInstance: the student's attempt and its result.
struct LearningOpportunityResult {
  std::vector<TypedIdentifier> identifiers;
  std::optional<std::string> start;  // xs:date
  std::optional<std::string> date;   // xs:date: when the result was given
  std::optional<AcademicTermSpan> academic_term;
  std::optional<std::string> status;  // "passed", "failed", "in-progress"
  // The report's GradingScheme::local_id the grade belongs to ("it30").
  std::optional<std::string> grading_scheme_local_id;
  std::optional<std::string> result_label;  // the grade as written: "28", "30 e lode", "C"
  std::vector<ResultCategory> result_distribution;
  std::vector<TranscriptCredit> credits;
  std::vector<StudyLevel> levels;
  std::optional<std::string> language_of_instruction;
  std::optional<std::string> engagement_hours;  // xs:decimal
  bool operator==(const LearningOpportunityResult&) const = default;
};

// learningOpportunitySpecification: a course, module, class or degree programme, with its
// parts (hasPart) nested below it.
struct LearningOpportunity {
  std::vector<TypedIdentifier> identifiers;  // the course code is usually type "local"
  std::vector<LangString> titles;            // at least one
  std::optional<std::string> type;           // "Course", "Module", "Class", "Degree Programme"
  std::optional<std::string> subject_area;
  std::optional<std::string> isced_code;
  std::optional<std::string> url;
  LearningOpportunityResult result;  // specifies/learningOpportunityInstance
  std::vector<LearningOpportunity> parts;
  bool operator==(const LearningOpportunity&) const = default;
};

// A grading scheme a report uses, referred to by LearningOpportunityResult's local id.
struct GradingScheme {
  std::string local_id;
  std::vector<LangString> descriptions;  // verbatim, may span lines
  bool operator==(const GradingScheme&) const = default;
};

struct TranscriptReport {
  Issuer issuer;
  std::vector<LearningOpportunity> learning_opportunities;
  std::string issue_date;  // xs:dateTime
  std::vector<GradingScheme> grading_schemes;
  bool operator==(const TranscriptReport&) const = default;
};

// gradeConversionTable/iscedTable of a ToR: how often each grade was given in a field.
struct GradeFrequency {
  std::string label;
  std::string percentage;  // xs:decimal as written: "24.7"
  bool operator==(const GradeFrequency&) const = default;
};

struct IscedGradeTable {
  std::string isced_code;                   // "0612"
  std::vector<GradeFrequency> frequencies;  // at least one
  bool operator==(const IscedGradeTable&) const = default;
};

struct Transcript {
  // The sending HEI's mobility id: set for a `tor` of an imobility-tors response, absent for
  // a bare ELMO document; required to write a response.
  std::optional<std::string> omobility_id;
  std::string generated_date;  // xs:dateTime
  Learner learner;
  std::vector<TranscriptReport> reports;          // at least one
  std::vector<IscedGradeTable> grade_conversion;  // ToR responses only
  bool operator==(const Transcript&) const = default;
};

}  // namespace orbis::interop
