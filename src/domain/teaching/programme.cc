#include "domain/teaching/programme.h"

#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <set>
#include <utility>

#include "common/text.h"
#include "domain/fields.h"
#include "domain/reference.h"

namespace orbis::domain::teaching {
namespace {

constexpr std::array<std::pair<ProgrammeForm, std::string_view>, 2> kForms{
    {{ProgrammeForm::programme, "programme"}, {ProgrammeForm::institute, "institute"}}};
constexpr std::array<std::pair<Level, std::string_view>, 4> kLevels{
    {{Level::associate, "associate"},
     {Level::bachelor, "bachelor"},
     {Level::master, "master"},
     {Level::doctoral, "doctoral"}}};
constexpr std::array<std::pair<CourseMode, std::string_view>, 3> kModes{
    {{CourseMode::coil, "coil"},
     {CourseMode::co_taught, "co_taught"},
     {CourseMode::blended, "blended"}}};

template <typename E, std::size_t N>
std::string_view name_in(const std::array<std::pair<E, std::string_view>, N>& table, E value) {
  for (const auto& [e, name] : table) {
    if (e == value) return name;
  }
  return table.front().second;
}

template <typename E, std::size_t N>
std::optional<E> value_in(const std::array<std::pair<E, std::string_view>, N>& table,
                          std::string_view name) {
  for (const auto& [e, known] : table) {
    if (known == name) return e;
  }
  return std::nullopt;
}

// More would be a register of its own, not one record.
constexpr std::size_t kMostItems = 50;
constexpr std::size_t kMostPlans = 60;
// Academic years a record may name: from the first joint programmes to well ahead.
constexpr int kFirstYear = 1980;
constexpr int kLastYear = 2100;
constexpr int kMostStudents = 100000;

void check_count(std::size_t size, std::size_t most, const std::string& field,
                 std::vector<FieldError>& errors) {
  if (size > most) errors.push_back({field, fmt::format("at most {} items", most)});
}

template <typename Ids>
void drop_repeats(Ids& ids) {
  std::set<std::int64_t> seen;
  std::erase_if(ids, [&](const auto& id) { return !seen.insert(id.value).second; });
}

void check_year(int year, const std::string& field, std::vector<FieldError>& errors) {
  if (year < kFirstYear || year > kLastYear)
    errors.push_back({field, fmt::format("the first year of an academic year, {} to {}", kFirstYear,
                                         kLastYear)});
}

void check_range(int value, int least, int most, const std::string& field,
                 std::vector<FieldError>& errors) {
  if (value < least || value > most)
    errors.push_back({field, fmt::format("{} to {}", least, most)});
}

// Letters, digits and hyphens, 6 to 40 of them: all that is known of an approval number.
bool is_approval_number(std::string_view s) {
  return s.size() >= 6 && s.size() <= 40 && std::all_of(s.begin(), s.end(), [](char c) {
           return (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-';
         });
}

// "3", "2.5": more than 0 and at most 60, with at most two decimals.
bool is_credits(std::string_view s) {
  if (s.empty() || s.size() > 6) return false;
  const auto dot = s.find('.');
  const auto whole = s.substr(0, dot);
  const auto fraction = dot == std::string_view::npos ? std::string_view{} : s.substr(dot + 1);
  const auto digits = [](std::string_view part) {
    return std::all_of(part.begin(), part.end(), [](char c) { return c >= '0' && c <= '9'; });
  };
  if (whole.empty() || !digits(whole) || !digits(fraction) || fraction.size() > 2) return false;
  if (dot != std::string_view::npos && fraction.empty()) return false;
  const double value = std::stod(std::string(s));
  return value > 0 && value <= 60;
}

void check_names(std::vector<std::string>& names, const std::string& field,
                 std::vector<FieldError>& errors) {
  check_count(names.size(), kMostItems, field, errors);
  for (std::size_t i = 0; i < names.size(); ++i)
    check_text(names[i], fmt::format("{}/{}", field, i), 200, true, errors);
}

}  // namespace

std::string_view to_string(ProgrammeForm form) { return name_in(kForms, form); }
std::optional<ProgrammeForm> parse_programme_form(std::string_view name) {
  return value_in(kForms, name);
}
std::string_view to_string(Level level) { return name_in(kLevels, level); }
std::optional<Level> parse_level(std::string_view name) { return value_in(kLevels, name); }
std::string_view to_string(CourseMode mode) { return name_in(kModes, mode); }
std::optional<CourseMode> parse_course_mode(std::string_view name) {
  return value_in(kModes, name);
}

Status validate_and_normalize(JointProgramme& p) {
  std::vector<FieldError> errors;
  check_text(p.name, "name", 300, true, errors);
  check_text(p.name_zh, "name_zh", 300, false, errors);
  check_text(p.major, "major", 200, false, errors);
  p.approval_number = text::to_upper_ascii(text::trim(p.approval_number));
  if (!is_approval_number(p.approval_number))
    errors.push_back({"approval_number", "6 to 40 letters, digits and hyphens"});
  p.approved_on = std::string(text::trim(p.approved_on));
  p.valid_until = std::string(text::trim(p.valid_until));
  const auto approved = parse_date(p.approved_on);
  if (!approved) errors.push_back({"approved_on", "a date like 2013-06-01"});
  if (!p.valid_until.empty()) {
    const auto until = parse_date(p.valid_until);
    if (!until)
      errors.push_back({"valid_until", "a date like 2028-12-31, or empty"});
    else if (approved && *until <= *approved)
      errors.push_back({"valid_until", "after the approval"});
  }
  check_range(p.yearly_intake, 0, kMostStudents, "yearly_intake", errors);

  drop_repeats(p.partners);
  if (p.partners.empty()) errors.push_back({"partner_ids", "at least one foreign partner"});
  check_count(p.partners.size(), kMostItems, "partner_ids", errors);
  for (std::size_t i = 0; i < p.partners.size(); ++i) {
    if (p.partners[i].value <= 0)
      errors.push_back({fmt::format("partner_ids/{}", i), "an institution's id"});
  }
  drop_repeats(p.agreements);
  check_count(p.agreements.size(), kMostItems, "agreement_ids", errors);

  check_count(p.plans.size(), kMostPlans, "plans", errors);
  std::set<int> years;
  for (std::size_t i = 0; i < p.plans.size(); ++i) {
    auto& plan = p.plans[i];
    const std::string at = fmt::format("plans/{}", i);
    check_year(plan.year, at + "/year", errors);
    if (!years.insert(plan.year).second)
      errors.push_back({at + "/year", fmt::format("a second plan for {}", plan.year)});
    check_plan(plan.courses, at + "/courses", errors);
  }
  if (!errors.empty())
    return fail(Error::invalid("the joint programme has invalid fields", std::move(errors)));
  std::ranges::sort(p.plans, {}, &YearPlan::year);
  return {};
}

const YearPlan* plan_of(const JointProgramme& programme, int year) {
  for (const auto& plan : programme.plans) {
    if (plan.year == year) return &plan;
  }
  return nullptr;
}

bool approved_on(const JointProgramme& programme, std::string_view date) {
  return !programme.approved_on.empty() && programme.approved_on <= date &&
         (programme.valid_until.empty() || date <= programme.valid_until);
}

Status validate_and_normalize(JointCourse& c) {
  std::vector<FieldError> errors;
  check_text(c.code, "code", 40, true, errors);
  check_text(c.title, "title", 300, true, errors);
  check_text(c.title_zh, "title_zh", 300, false, errors);
  check_text(c.term, "term", 40, false, errors);
  if (c.partner.value <= 0) errors.push_back({"partner_id", "an institution's id"});
  check_names(c.home_faculty, "home_faculty", errors);
  check_names(c.partner_faculty, "partner_faculty", errors);
  check_range(c.students_home, 0, kMostStudents, "students_home", errors);
  check_range(c.students_partner, 0, kMostStudents, "students_partner", errors);
  if (c.students_home == 0 && c.students_partner == 0)
    errors.push_back({"students_home", "students on at least one side"});
  check_range(c.weeks, 1, 52, "weeks", errors);
  check_range(c.synchronous_sessions, 0, 500, "synchronous_sessions", errors);
  c.credits = std::string(text::trim(c.credits));
  if (!is_credits(c.credits)) errors.push_back({"credits", "a number of credits like 3 or 2.5"});
  check_year(c.year, "year", errors);
  if (!errors.empty())
    return fail(Error::invalid("the joint course has invalid fields", std::move(errors)));
  return {};
}

}  // namespace orbis::domain::teaching
