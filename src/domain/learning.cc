#include "domain/learning.h"

#include <fmt/format.h>

#include <array>
#include <cmath>

#include "common/text.h"
#include "domain/reference.h"

namespace orbis::domain {

std::optional<double> default_ects_per_credit(std::string_view system) {
  static constexpr std::array<std::pair<std::string_view, double>, 5> kFactors = {
      {{"ects", 1.0}, {"cn", 1.5}, {"us_semester", 2.0}, {"uk_cats", 0.5}, {"jp", 1.5}}};
  for (const auto& [name, factor] : kFactors) {
    if (name == system) return factor;
  }
  return std::nullopt;
}

std::string_view to_string(LaParty party) {
  switch (party) {
    case LaParty::student:
      return "student";
    case LaParty::sending:
      return "sending";
    case LaParty::receiving:
      return "receiving";
  }
  return "student";
}

Status validate_and_normalize(Course& c) {
  std::vector<FieldError> errors;
  c.code = std::string(text::trim(c.code));
  c.title = std::string(text::trim(c.title));
  if (c.code.empty() || c.code.size() > 40) errors.push_back({"code", "1 to 40 characters"});
  if (c.title.empty() || c.title.size() > 300 || !text::valid_utf8(c.title))
    errors.push_back({"title", "required, at most 300 bytes"});
  if (!text::valid_utf8(c.title_zh) || !text::valid_utf8(c.title_local))
    errors.push_back({"title_zh", "UTF-8 text"});
  if (!(c.credits >= 0 && c.credits <= 60)) errors.push_back({"credits", "from 0 to 60"});
  c.credit_system = text::to_lower_ascii(text::trim(c.credit_system));
  if (c.credit_system.empty()) c.credit_system = "ects";
  if (!default_ects_per_credit(c.credit_system) && c.credit_system != "other")
    errors.push_back({"credit_system", "ects, cn, us_semester, uk_cats, jp or other"});
  if (c.level != 0 && (c.level < 5 || c.level > 8))
    errors.push_back({"level", "an EQF level from 5 to 8"});
  c.language = text::to_lower_ascii(text::trim(c.language));
  if (!c.isced.empty() && !find_isced(c.isced)) errors.push_back({"isced", "an ISCED-F 2013 code"});
  if (!errors.empty())
    return fail(Error::invalid("the course has invalid fields", std::move(errors)));
  return {};
}

const LaVersion* LearningAgreementRecord::approved() const {
  for (auto it = versions.rbegin(); it != versions.rend(); ++it) {
    if (it->state == "approved") return &*it;
  }
  return nullptr;
}

Status validate_components(std::vector<LaComponent>& components) {
  std::vector<FieldError> errors;
  if (components.empty()) errors.push_back({"components", "at least one component"});
  if (components.size() > 60) errors.push_back({"components", "at most 60 components"});
  for (std::size_t i = 0; i < components.size(); ++i) {
    auto& c = components[i];
    const std::string at = fmt::format("components/{}", i);
    for (auto* course : {&c.host, &c.home}) {
      course->code = std::string(text::trim(course->code));
      course->title = std::string(text::trim(course->title));
      course->credit_system = text::to_lower_ascii(text::trim(course->credit_system));
      if (course->credit_system.empty()) course->credit_system = "ects";
    }
    if (c.host.title.empty()) errors.push_back({at + "/host/title", "the course at the host"});
    if (!(c.host.credits > 0 && c.host.credits <= 60))
      errors.push_back({at + "/host/credits", "more than 0, at most 60"});
    if (!default_ects_per_credit(c.host.credit_system))
      errors.push_back({at + "/host/credit_system", "ects, cn, us_semester, uk_cats or jp"});
    if (!c.home.code.empty() && c.home.title.empty())
      errors.push_back({at + "/home/title", "the home course's title"});
    if (!(c.home.credits >= 0 && c.home.credits <= 60))
      errors.push_back({at + "/home/credits", "from 0 to 60"});
    for (const auto* text : {&c.host.title, &c.home.title, &c.host.code, &c.home.code}) {
      if (!text::valid_utf8(*text) || text->size() > 300)
        errors.push_back({at, "UTF-8 text of at most 300 bytes"});
    }
  }
  if (!errors.empty())
    return fail(Error::invalid("the components are not valid", std::move(errors)));
  return {};
}

std::vector<std::string> credit_warnings(const std::vector<LaComponent>& components, int months) {
  double ects = 0;
  for (const auto& c : components)
    ects += c.host.credits * default_ects_per_credit(c.host.credit_system).value_or(1);
  const int semesters = std::max(1, static_cast<int>(std::lround(months / 5.0)));
  std::vector<std::string> out;
  if (months >= 3 && ects < 20.0 * semesters) {
    out.push_back(fmt::format("{:g} ECTS for {} semester{}: fewer than 20 a semester (30 is usual)",
                              ects, semesters, semesters == 1 ? "" : "s"));
  }
  if (ects > 40.0 * semesters) {
    out.push_back(fmt::format("{:g} ECTS for {} semester{}: more than 40 a semester", ects,
                              semesters, semesters == 1 ? "" : "s"));
  }
  return out;
}

}  // namespace orbis::domain
