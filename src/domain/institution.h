// Institutions of the registry and their org units. Thread-safe: plain values.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "common/error.h"
#include "common/ids.h"

namespace orbis::domain {

// The kinds ROR uses, which cover the seeds' universities, research institutes,
// enterprises, NGOs and international organisations.
enum class InstitutionType {
  education,
  company,
  facility,
  funder,
  government,
  healthcare,
  nonprofit,
  archive,
  other
};
std::string_view to_string(InstitutionType type);
std::optional<InstitutionType> parse_institution_type(std::string_view name);
const std::vector<InstitutionType>& all_institution_types();

// How a name relates to the institution: the display name, the Chinese name, a former or
// alternative name, an acronym, or a name in another language.
enum class NameKind { display, zh, alias, acronym, label };
std::string_view to_string(NameKind kind);
std::optional<NameKind> parse_name_kind(std::string_view name);

struct InstitutionName {
  std::string name;
  std::string lang;  // ISO 639-1 when known ("zh", "de"), else empty
  NameKind kind = NameKind::alias;
};

struct Institution {
  InstitutionId id;
  std::string ror_id;  // the 9-character ROR id ("05hfa4n20"), empty when not in ROR
  std::string name;    // display name, usually English
  std::string name_zh;
  std::string country;  // ISO 3166-1 alpha-2
  std::string city;
  std::string state_province;
  std::vector<InstitutionType> types;
  std::optional<int> established;
  std::string website;
  std::string wikidata;  // "Q123"
  std::string status = "active";
  std::vector<InstitutionName> names;  // every other name: aliases, acronyms, labels
  std::vector<std::string> domains;    // lower case, without "www."
  int version = 0;

  std::string ror_url() const;  // "https://ror.org/<id>", or empty
};

// Checks the fields an officer may set; returns invalid_argument naming every bad field.
// Normalises on the way: trims names, lower-cases domains and strips "www.", upper-cases
// the country, accepts a ROR id given as a URL.
Status validate_and_normalize(Institution& institution);

// "https://www.Westlake.edu.cn/en/" -> "westlake.edu.cn"; nullopt when it is no domain.
std::optional<std::string> normalize_domain(std::string_view text);

// A ROR id from "05hfa4n20" or "https://ror.org/05hfa4n20"; nullopt when malformed.
std::optional<std::string> normalize_ror_id(std::string_view text);

struct OrgUnit {
  OrgUnitId id;
  InstitutionId institution;
  std::optional<OrgUnitId> parent;
  std::string code;
  std::string name;
  std::string name_zh;
  int version = 0;
};

Status validate_and_normalize(OrgUnit& unit);

}  // namespace orbis::domain
