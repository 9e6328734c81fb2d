// The learning agreement of EWP Outgoing Mobility Learning Agreements API v1.2
// (omobility-las), as plain values.
// Thread-safety: plain values, no shared state.
//
// The model mirrors the `la` element of an `omobility-las-get-response`
// (ewp-specs-api-omobility-las-v1.2.0/endpoints/get-response.xsd) element for element, in
// schema order, so that to_xml → parse_learning_agreements gives back an equal value. Names
// follow the XML element names. Text is kept verbatim; decimals keep their lexical form.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "interop/iia.h"  // PhoneNumber, kPhoneNumberNs

namespace orbis::interop {

inline constexpr const char* kOmobilityLasGetResponseNs =
    "https://github.com/erasmus-without-paper/ewp-specs-api-omobility-las/blob/stable-v1/"
    "endpoints/get-response.xsd";
inline constexpr const char* kAcademicTermNs =
    "https://github.com/erasmus-without-paper/ewp-specs-types-academic-term/tree/stable-v2";

// The coordinator responsible for the student at one HEI (contact-person).
struct LaContactPerson {
  std::string given_names;
  std::string family_name;
  std::string email;
  std::optional<PhoneNumber> phone_number;
  bool operator==(const LaContactPerson&) const = default;
};

// sending-hei / receiving-hei (MobilityInstitution).
struct MobilityInstitution {
  std::string hei_id;                     // SCHAC code, e.g. "westlake.edu.cn"; immutable
  std::optional<std::string> ounit_name;  // required by EWP for the sending HEI
  std::optional<std::string> ounit_id;
  LaContactPerson contact_person;
  bool operator==(const MobilityInstitution&) const = default;
};

struct LaStudent {
  std::string given_names;
  std::string family_name;
  std::optional<std::string> global_id;   // European Student Identifier, urn:schac:…
  std::optional<std::string> birth_date;  // xs:date
  std::string citizenship;                // ISO 3166-1 alpha-2, upper case: "CN"
  std::optional<int> gender;              // ISO/IEC 5218: 0, 1, 2, 9
  std::string email;
  bool operator==(const LaStudent&) const = default;
};

// The student's personal data changed since the receiving HEI last approved (only the
// fields that changed are present).
struct StudentChanges {
  std::optional<std::string> given_names;
  std::optional<std::string> family_name;
  std::optional<std::string> global_id;
  std::optional<std::string> birth_date;
  std::optional<std::string> citizenship;
  std::optional<int> gender;
  std::optional<std::string> email;
  bool operator==(const StudentChanges&) const = default;
};

// trm:TermId: the term within the component owner's academic year ("2 of 2": the second
// semester).
struct TermId {
  int term_number = 1;
  int total_terms = 1;
  bool operator==(const TermId&) const = default;
};

struct Credit {
  std::string scheme = "ects";  // "ects" (lower case) or a custom scheme
  std::string value;            // xs:decimal as written: "6", "7.5"
  bool operator==(const Credit&) const = default;
};

// @status of a component that represents a change to the first version.
enum class ComponentChange { inserted, deleted };

// @reason-code (the EUC template's reasons). A code this version does not know reads as
// absent, as the API requires of clients.
enum class ReasonCode {
  not_available,             // deletions
  language_mismatch,         // deletions
  timetable_conflict,        // deletions
  substituting_deleted,      // insertions
  extending_mobility,        // insertions
  adding_virtual_component,  // insertions
};

// One row of a table of the learning agreement (component).
struct LaComponent {
  std::optional<std::string> los_id;    // Courses API id: "CR/…", "CLS/…", "MOD/…", "DEP/…"
  std::optional<std::string> los_code;  // the code shown to people, e.g. "CS-402"
  std::string title;
  std::optional<std::string> loi_id;  // "CRI/…", "CLSI/…", "MODI/…", "DEPI/…"
  std::optional<TermId> term_id;      // required in studied and recognised components
  std::vector<Credit> credits;
  std::optional<std::string> recognition_conditions;  // recognised components only
  std::optional<std::string> short_description;       // virtual / blended / doctoral
  std::optional<ComponentChange> status;              // only on changes
  std::optional<ReasonCode> reason_code;
  std::optional<std::string> reason_text;
  bool operator==(const LaComponent&) const = default;
};

// Signature: who signed which version, when, in which application.
struct LaSignature {
  std::optional<std::string> signer_name;  // not set for the student's signature
  std::optional<std::string> signer_position;
  std::optional<std::string> signer_email;
  std::string timestamp;  // xs:dateTime: "2025-06-03T10:15:00+08:00"
  std::optional<std::string> signer_app;
  bool operator==(const LaSignature&) const = default;
};

// ListOf_Components: the tables of one version, and its signatures. A list that is absent
// (nullopt) differs from one present but empty (`<components-recognized/>`).
struct ComponentTables {
  std::optional<std::vector<LaComponent>> components_studied;     // table A
  std::optional<std::vector<LaComponent>> components_recognized;  // table B
  std::optional<std::vector<LaComponent>> virtual_components;     // table C
  std::optional<std::vector<LaComponent>> blended_mobility_components;
  std::optional<std::vector<LaComponent>> short_term_doctoral_components;
  LaSignature student_signature;
  LaSignature sending_hei_signature;
  // Required except in a changes proposal, which awaits exactly this signature.
  std::optional<LaSignature> receiving_hei_signature;
  bool operator==(const ComponentTables&) const = default;
};

struct ChangesProposal : ComponentTables {
  std::string id;                         // @id: changes iff the proposal's content changes
  std::optional<StudentChanges> student;  // personal data changed since the last approval
  bool operator==(const ChangesProposal&) const = default;
};

struct LanguageSkillLevel {
  std::string language = "en";  // BCP 47
  std::string cefr_level;       // "A1" … "C2" or "NS"
  bool operator==(const LanguageSkillLevel&) const = default;
};

struct LearningAgreement {
  std::string omobility_id;  // the sending HEI's id of the mobility; immutable
  MobilityInstitution sending_hei;
  MobilityInstitution receiving_hei;
  std::string receiving_academic_year_id;  // the receiving HEI's year: "2025/2026"
  LaStudent student;
  // Planned arrival and departure: xs:date "2025-09-01", or xs:gYearMonth "2025-09" when the
  // day is not known (written as start-year-month / end-year-month).
  std::string start_date;
  std::string end_date;
  int eqf_level_studied_at_departure = 6;  // 1 … 8
  std::string isced_f_code;                // of the student's programme, e.g. "0613"
  std::optional<std::string> isced_clarification;
  LanguageSkillLevel student_language_skill;
  std::optional<ComponentTables> first_version;     // absent until first approved
  std::optional<ComponentTables> approved_changes;  // tables A2, B2, C2
  std::optional<ChangesProposal> changes_proposal;  // awaiting the receiving HEI
  std::optional<std::string> learning_outcomes_url;
  std::optional<std::string> provisions_url;
  bool operator==(const LearningAgreement&) const = default;
};

// Where an agreement stands, as the get-response shows it (EWP keeps no separate state:
// it follows from which versions are present).
enum class LaApprovalState {
  incomplete,              // neither a first version nor a proposal: not a valid agreement
  first_version_proposed,  // only a proposal: the first version awaits the receiving HEI
  approved,                // a first version and no open proposal
  changes_proposed,        // approved, with changes awaiting the receiving HEI
};

inline LaApprovalState approval_state(const LearningAgreement& la) {
  if (la.changes_proposal) {
    return la.first_version ? LaApprovalState::changes_proposed
                            : LaApprovalState::first_version_proposed;
  }
  return la.first_version ? LaApprovalState::approved : LaApprovalState::incomplete;
}

}  // namespace orbis::interop
