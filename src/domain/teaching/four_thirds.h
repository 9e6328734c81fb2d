// The "four one-thirds" of a China-foreign joint programme (中外合作办学): the shares of its
// teaching plan that come from the foreign partner, each held against a minimum the Ministry
// of Education set (docs/teaching.md). The minimums are dated, cited rule sets read from
// data/rules/ (rules/); this file only counts a year's plan and applies them.
//
// Shares are compared exactly, as fractions: 1 of 3 is one third, and a minimum "at least one
// third" (三分之一以上; in Chinese law 以上 includes the number itself) is met by it.
// Thread-safety: plain values and pure functions.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "common/error.h"
#include "domain/rule_set.h"

namespace orbis::domain::teaching {

// One course of a joint programme's teaching plan in a year, as the shares count it.
struct PlanCourse {
  std::string code;  // the programme's course code: "EE201"
  std::string title;
  bool core = false;        // a core course of the major (专业核心课程)
  bool introduced = false;  // introduced from the foreign partner (引进的外方课程)
  // Carried by a teacher of the foreign institution (外国教育机构教师担负): the course is
  // theirs, whoever assists.
  bool foreign_teacher = false;
  int hours = 0;                  // teaching hours in the year
  int foreign_teacher_hours = 0;  // of them, taught by the foreign institution's teachers
};

// What the shares are counted in: each is a number of courses or of hours in a year's plan.
enum class Quantity {
  courses,                           // every course
  core_courses,                      // the core courses
  introduced_courses,                // courses introduced from the foreign partner
  introduced_core_courses,           // core courses among them
  core_courses_by_foreign_teachers,  // core courses a foreign teacher carries
  hours,                             // teaching hours of every course
  core_hours,                        // teaching hours of the core courses
  core_hours_by_foreign_teachers,    // of those, the hours the foreign teachers teach
};
std::string_view to_string(Quantity quantity);
std::optional<Quantity> parse_quantity(std::string_view name);

// The counts of a year's plan, each Quantity once.
struct PlanCounts {
  std::int64_t courses = 0;
  std::int64_t core_courses = 0;
  std::int64_t introduced_courses = 0;
  std::int64_t introduced_core_courses = 0;
  std::int64_t core_courses_by_foreign_teachers = 0;
  std::int64_t hours = 0;
  std::int64_t core_hours = 0;
  std::int64_t core_hours_by_foreign_teachers = 0;

  std::int64_t of(Quantity quantity) const;
};

// Counts a plan. Hours below 0 count as 0, and a course's foreign teachers' hours as at most
// its hours: check_plan says what is wrong with such a plan before it is stored.
PlanCounts count(const std::vector<PlanCourse>& plan);

// Checks and normalises a plan (its text trimmed), adding what is wrong to `errors` under
// `field` ("plans/0/courses/2/foreign_teacher_hours"): a course without a code or title, two
// with one code, hours below 0 or above kMostHours, foreign teachers' hours above the course's.
inline constexpr int kMostHours = 2000;
inline constexpr std::size_t kMostCourses = 200;
void check_plan(std::vector<PlanCourse>& plan, const std::string& field,
                std::vector<FieldError>& errors);

// A minimum share: `numerator` is at least `at_least_num`/`at_least_den` of `denominator`.
struct RatioRule {
  std::string id;  // unique within its set: "introduced-courses"
  std::string name;
  std::string name_zh;
  Quantity numerator = Quantity::introduced_courses;
  Quantity denominator = Quantity::courses;
  int at_least_num = 1;
  int at_least_den = 3;
  std::string source;   // a source id of the set
  std::string article;  // where in the source: "Part 3"
};

struct RatioRuleSet {
  RuleSetInfo info;
  std::vector<RatioRule> rules;
};

// One share of a plan against its minimum.
enum class Verdict {
  met,
  not_met,
  no_base,  // the denominator is 0: nothing to share (a plan with no core courses)
};
std::string_view to_string(Verdict verdict);

struct RatioResult {
  const RatioRule* rule = nullptr;  // in the set applied
  std::int64_t numerator = 0;
  std::int64_t denominator = 0;
  Verdict verdict = Verdict::no_base;
  // The share in percent, rounded down to a tenth (33.3 for 1/3); 0 with no base.
  double percent = 0;
};

struct FourThirds {
  const RatioRuleSet* set = nullptr;  // the set applied
  PlanCounts counts;
  std::vector<RatioResult> results;  // in the set's order
  bool all_met = false;              // every rule met (a rule with no base is not met)
};

// The plan held against `set`.
FourThirds assess(const RatioRuleSet& set, const std::vector<PlanCourse>& plan);

}  // namespace orbis::domain::teaching
