#include "domain/person.h"

#include <fmt/format.h>

#include "common/text.h"
#include "domain/country.h"
#include "domain/reference.h"

namespace orbis::domain {

std::string_view to_string(PersonKind kind) {
  return kind == PersonKind::student ? "student" : "staff";
}

std::optional<PersonKind> parse_person_kind(std::string_view name) {
  if (name == "student") return PersonKind::student;
  if (name == "staff") return PersonKind::staff;
  return std::nullopt;
}

std::string Person::display_name() const {
  std::string name = given_name.empty() ? family_name : family_name + " " + given_name;
  if (!name_zh.empty()) name += " " + name_zh;
  return name;
}

Status validate_and_normalize(Person& p) {
  std::vector<FieldError> errors;
  const auto bad = [&](std::string field, std::string message) {
    errors.push_back({std::move(field), std::move(message)});
  };
  for (auto* field :
       {&p.family_name, &p.given_name, &p.name_zh, &p.position, &p.phone, &p.passport_number}) {
    *field = std::string(text::trim(*field));
  }
  if (p.family_name.empty()) bad("family_name", "a family name is required");
  for (const auto& [name, value] : {std::pair{"family_name", &p.family_name},
                                    {"given_name", &p.given_name},
                                    {"name_zh", &p.name_zh}}) {
    if (!text::valid_utf8(*value) || value->size() > 200)
      bad(name, "UTF-8 text of at most 200 bytes");
  }
  p.email = text::to_lower_ascii(text::trim(p.email));
  if (!p.email.empty()) {
    const auto at = p.email.find('@');
    if (at == std::string::npos || at == 0 || p.email.find('.', at) == std::string::npos ||
        p.email.find_first_of(" <>,;\"") != std::string::npos) {
      bad("email", "an email address like name@example.edu");
    }
  }
  if (const auto c = CountryCode::parse(p.nationality)) {
    p.nationality = c->str();
  } else {
    bad("nationality", fmt::format("'{}' is not an ISO 3166-1 alpha-2 code", p.nationality));
  }
  if (!p.home_institution) bad("home_institution_id", "the person's home institution is required");
  if (p.level && (*p.level < 5 || *p.level > 8)) bad("level", "an EQF level from 5 to 8");
  if (!p.field.empty() && !find_isced(p.field))
    bad("field", fmt::format("'{}' is not an ISCED-F 2013 code", p.field));
  if (p.gpa && (*p.gpa < 0 || *p.gpa > 100)) bad("gpa", "between 0 and 100 on its scale");
  if (p.gpa && p.gpa_scale.empty()) bad("gpa_scale", "say the scale of the GPA (cn100, us4, ...)");
  if (p.year_of_study && (*p.year_of_study < 1 || *p.year_of_study > 10))
    bad("year_of_study", "from 1 to 10");
  p.graduated_in = std::string(text::trim(p.graduated_in));
  if (!p.graduated_in.empty() && !parse_academic_year(p.graduated_in))
    bad("graduated_in", "an academic year like 2025/2026");
  else if (!p.graduated_in.empty() && p.kind != PersonKind::student)
    bad("graduated_in", "only a student graduates");
  for (std::size_t i = 0; i < p.languages.size(); ++i) {
    auto& l = p.languages[i];
    l.language = text::to_lower_ascii(text::trim(l.language));
    for (auto& ch : l.cefr) ch = static_cast<char>(std::toupper(static_cast<unsigned char>(ch)));
    if (l.language.size() < 2 || l.language.size() > 3)
      bad(fmt::format("languages/{}/language", i), "an ISO 639-1 code");
    if (!cefr_rank(l.cefr)) bad(fmt::format("languages/{}/cefr", i), "a CEFR level A1 to C2");
    if (!l.date.empty() && !parse_date(l.date))
      bad(fmt::format("languages/{}/date", i), "a date like 2025-06-30");
  }
  if (!p.date_of_birth.empty() && !parse_date(p.date_of_birth))
    bad("date_of_birth", "a date like 2004-03-17");
  if (!errors.empty())
    return fail(Error::invalid("the person has invalid fields", std::move(errors)));
  return {};
}

}  // namespace orbis::domain
