// The Inter-Institutional Agreement of EWP IIAs API v7, as plain values.
// Thread-safety: plain values, no shared state.
//
// The model mirrors the `iia` element of an `iias-get-response`
// (ewp-specs-api-iias-v7.0.0/endpoints/get-response.xsd and the contact, phone-number
// and address types it imports) element for element, in schema order, so that
// to_get_response_xml → parse_get_response gives back an equal value. Names follow the
// XML element names. Decimal amounts keep their lexical form because the iia-hash covers
// the text exactly ("5" and "5.0" hash differently).
#pragma once

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace orbis::interop {

// Namespaces of the documents (exactly as the schemas declare them).
inline constexpr const char* kIiasGetResponseNs =
    "https://github.com/erasmus-without-paper/ewp-specs-api-iias/blob/stable-v7/endpoints/"
    "get-response.xsd";
inline constexpr const char* kContactNs =
    "https://github.com/erasmus-without-paper/ewp-specs-types-contact/tree/stable-v1";
inline constexpr const char* kPhoneNumberNs =
    "https://github.com/erasmus-without-paper/ewp-specs-types-phonenumber/tree/stable-v1";
inline constexpr const char* kAddressNs =
    "https://github.com/erasmus-without-paper/ewp-specs-types-address/tree/stable-v1";

// A string with an optional xml:lang (ewp:StringWithOptionalLang), e.g. a name in Chinese.
struct LangString {
  std::string text;
  std::optional<std::string> lang;  // BCP 47, e.g. "zh-Hans"; absent when not given
  bool operator==(const LangString&) const = default;
};

// p:PhoneNumber: E.164 ("+48123456789"), extension, or free text.
struct PhoneNumber {
  std::optional<std::string> e164;
  std::optional<std::string> ext;
  std::optional<std::string> other_format;
  bool operator==(const PhoneNumber&) const = default;
};

// a:FlexibleAddress. Either address_lines (at most 4) or the detailed fields
// (building_number … delivery_point_codes), never both: the schema makes them a choice.
struct FlexibleAddress {
  std::vector<std::string> recipient_names;
  std::vector<std::string> address_lines;
  std::optional<std::string> building_number;
  std::optional<std::string> building_name;
  std::optional<std::string> street_name;
  std::optional<std::string> unit;
  std::optional<std::string> floor;
  std::optional<std::string> post_office_box;
  std::vector<std::string> delivery_point_codes;
  std::optional<std::string> postal_code;
  std::optional<std::string> locality;
  std::optional<std::string> region;
  std::optional<std::string> country;  // ISO 3166-1 alpha-2, upper case
  bool operator==(const FlexibleAddress&) const = default;
};

// c:Contact. contact_names has at least one entry.
struct Contact {
  std::vector<LangString> contact_names;
  std::vector<LangString> person_given_names;
  std::vector<LangString> person_family_names;
  std::optional<int> person_gender;  // ISO/IEC 5218: 0 not known, 1 male, 2 female, 9 n/a
  std::vector<PhoneNumber> phone_numbers;
  std::vector<PhoneNumber> fax_numbers;
  std::vector<std::string> emails;
  std::optional<FlexibleAddress> street_address;
  std::optional<FlexibleAddress> mailing_address;
  std::vector<LangString> role_descriptions;
  bool operator==(const Contact&) const = default;
};

// One of the two HEIs of an agreement; the first partner is the HEI that serves the
// document (in Orbis's own export: this university).
struct Partner {
  std::string hei_id;                   // SCHAC code, e.g. "westlake.edu.cn"
  std::optional<std::string> ounit_id;  // the partner's own organisational-unit id
  std::optional<std::string> iia_id;    // that partner's surrogate id of the agreement
  std::optional<std::string> iia_code;  // that partner's human-readable number
  std::optional<Contact> signing_contact;
  std::optional<std::string> signing_date;  // xs:date, e.g. "2025-03-14"
  std::vector<Contact> contacts;
  bool operator==(const Partner&) const = default;
};

// SubjectArea: a four-digit ISCED-F 2013 code and an optional clarification.
struct SubjectArea {
  std::string isced_f_code;                   // four digits, e.g. "0613"
  std::optional<std::string> isced_v6_value;  // @v6-value: the 1–3 digit code approved in v6
  std::optional<std::string> isced_clarification;
  bool operator==(const SubjectArea&) const = default;
};

struct LanguageSkill {
  std::string language;                   // xs:language, e.g. "en", "zh"
  std::optional<std::string> cefr_level;  // "A1" … "C2"
  std::optional<SubjectArea> subject_area;
  bool not_yet_defined = false;  // @not-yet-defined="true" (legacy agreements only)
  bool operator==(const LanguageSkill&) const = default;
};

// What every mobility specification has (MobilitySpecification): one direction,
// sending → receiving.
struct MobilitySpec {
  std::string sending_hei_id;
  std::optional<std::string> sending_ounit_id;
  std::vector<Contact> sending_contacts;
  std::string receiving_hei_id;
  std::optional<std::string> receiving_ounit_id;
  std::vector<Contact> receiving_contacts;
  std::string receiving_first_academic_year_id;  // "2025/2026"
  std::string receiving_last_academic_year_id;
  std::uint32_t mobilities_per_year = 1;  // positive
  bool mobilities_per_year_not_yet_defined = false;
  // At least one for student-studies and staff-teacher specifications.
  std::vector<LanguageSkill> recommended_language_skills;
  std::vector<SubjectArea> subject_areas;
  std::optional<std::string> other_info_terms;
  bool operator==(const MobilitySpec&) const = default;
};

// student-studies-mobility-spec and student-traineeship-mobility-spec.
struct StudentMobilitySpec : MobilitySpec {
  std::optional<std::string> total_months_per_year;  // xs:decimal > 0, ≤ 2 decimals: "5", "4.5"
  bool blended = false;
  std::vector<int> eqf_levels;  // 1 … 8 (6 bachelor, 7 master, 8 doctorate)
  bool operator==(const StudentMobilitySpec&) const = default;
};

// staff-teacher-mobility-spec and staff-training-mobility-spec.
struct StaffMobilitySpec : MobilitySpec {
  std::optional<std::string> total_days_per_year;  // xs:decimal > 0, ≤ 2 decimals
  bool operator==(const StaffMobilitySpec&) const = default;
};

// The four kinds in the schema's order; the order inside each list is significant (it
// feeds the iia-hash).
struct CooperationConditions {
  std::vector<StudentMobilitySpec> student_studies;
  std::vector<StudentMobilitySpec> student_traineeship;
  std::vector<StaffMobilitySpec> staff_teacher;
  std::vector<StaffMobilitySpec> staff_training;
  std::optional<bool> terminated_as_a_whole;  // @terminated-as-a-whole; absent ≠ false in XML
  bool operator==(const CooperationConditions&) const = default;
};

struct Iia {
  std::array<Partner, 2> partners;
  bool in_effect = false;
  CooperationConditions cooperation_conditions;
  // As received. to_get_response_xml ignores it and writes the freshly computed hash.
  std::string iia_hash;
  std::optional<std::string> pdf_file;  // EWP File API identifier
  bool operator==(const Iia&) const = default;
};

}  // namespace orbis::interop
