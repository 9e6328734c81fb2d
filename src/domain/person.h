// People: students and staff, at home or at a partner, who apply, move and are
// recognised. Thread-safe: plain values and pure functions.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "common/error.h"
#include "common/ids.h"

namespace orbis::domain {

enum class PersonKind { student, staff };
std::string_view to_string(PersonKind kind);
std::optional<PersonKind> parse_person_kind(std::string_view name);

struct LanguageCertificate {
  std::string language;     // ISO 639-1
  std::string cefr;         // A1..C2
  std::string certificate;  // "IELTS 7.0", "HSK 5"
  std::string date;         // ISO date, or empty
};

struct Person {
  PersonId id;
  PersonKind kind = PersonKind::student;
  std::string family_name;  // Latin script
  std::string given_name;
  std::string name_zh;  // Chinese script, if any
  std::string email;
  std::string nationality;  // ISO 3166-1 alpha-2
  InstitutionId home_institution;
  std::optional<OrgUnitId> org_unit;
  std::optional<int> level;  // EQF 5..8 (students)
  std::string position;      // staff: "Associate Professor"
  std::string field;         // ISCED-F code
  std::optional<double> gpa;
  std::string gpa_scale;  // a grade scale id: cn100, us4, ...
  std::optional<int> year_of_study;
  // Students: the academic year they graduated in ("2025/2026"), once they have; the
  // graduates_with_stay_abroad indicator counts graduates by it.
  std::string graduated_in;
  std::vector<LanguageCertificate> languages;
  std::optional<UserId> user;  // the account of a person who signs in
  // Personal data: seen only by officers, admins, the person's coordinator and the person.
  std::string date_of_birth;
  std::string passport_number;
  std::string phone;
  int version = 0;

  std::string display_name() const;  // "Wang Fang 王芳"
};

// Checks every field; invalid_argument naming each bad one. Normalises codes and email.
Status validate_and_normalize(Person& person);

}  // namespace orbis::domain
