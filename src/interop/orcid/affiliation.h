// ORCID record 3.0 affiliation items, an employment or an invited position, written as the
// XML document the ORCID member API takes to add one to a researcher's record
// (POST /v3.0/{orcid}/employment or …/invited-position). The output validates against the
// ORCID XSDs shipped in data/orcid (see data/orcid/README.md).
//
// Thread-safety: pure functions; no shared state.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

#include "common/error.h"

namespace orbis::interop::orcid {

inline constexpr const char* kCommonNs = "http://www.orcid.org/ns/common";
inline constexpr const char* kEmploymentNs = "http://www.orcid.org/ns/employment";
inline constexpr const char* kInvitedPositionNs = "http://www.orcid.org/ns/invited-position";

// ORCID's longest text (common:long-text) and date range (common:year), in characters and
// years.
inline constexpr std::size_t kLongestText = 4000;
inline constexpr int kFirstYear = 1900;
inline constexpr int kLastYear = 2100;

enum class AffiliationKind { employment, invited_position };

// The organization as ORCID records it. Text is UTF-8; leading and trailing spaces are
// dropped on writing.
struct Organization {
  std::string name;     // required
  std::string city;     // required
  std::string region;   // province or state; may be empty
  std::string country;  // ISO 3166-1 alpha-2, upper case: "CN"; required
  std::string ror;      // "https://ror.org/05hfa4n20" (a bare id is accepted too), or empty
};

// A new affiliation item (no put-code: ORCID assigns one when it stores the item).
struct Affiliation {
  AffiliationKind kind = AffiliationKind::employment;
  std::string department_name;  // may be empty
  std::string role_title;       // may be empty
  std::string start_date;       // ISO "YYYY-MM-DD", or "YYYY-MM" / "YYYY" when that is all known
  std::string end_date;         // the same forms, or empty while the affiliation lasts
  Organization organization;
  std::string url;  // http(s), or empty
};

// The schema, relative to data/orcid, that validates to_xml's output for `kind`:
// "record_3.0/employment-3.0.xsd" or "record_3.0/invited-position-3.0.xsd".
std::string_view schema_for(AffiliationKind kind);

// Writes `affiliation` as a complete UTF-8 document whose root is employment:employment or
// invited-position:invited-position, with its children in the common namespace in schema
// order; the dates as year, month and day elements, each part only when given; the
// organization's ROR id as a disambiguated-organization with source "ROR". Empty optional
// fields are left out. Deterministic: two-space indentation, text escaped.
// Fails with invalid_argument naming every offending field, by its name here
// ("organization.country"), in the message and in Error::fields, when: the organization's
// name, city or country is missing; the country is not two upper-case letters; a date is not
// a real ISO date of one of the forms above or lies outside ORCID's years 1900–2100; the end
// is before the start; the ROR id or the URL is malformed; a text is longer than ORCID's
// 4,000 characters, is not UTF-8 or holds a character XML does not allow.
Result<std::string> to_xml(const Affiliation& affiliation);

}  // namespace orbis::interop::orcid
