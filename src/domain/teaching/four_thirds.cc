#include "domain/teaching/four_thirds.h"

#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <set>
#include <utility>

#include "domain/fields.h"

namespace orbis::domain::teaching {
namespace {

constexpr std::array<std::pair<Quantity, std::string_view>, 8> kQuantities{{
    {Quantity::courses, "courses"},
    {Quantity::core_courses, "core_courses"},
    {Quantity::introduced_courses, "introduced_courses"},
    {Quantity::introduced_core_courses, "introduced_core_courses"},
    {Quantity::core_courses_by_foreign_teachers, "core_courses_by_foreign_teachers"},
    {Quantity::hours, "hours"},
    {Quantity::core_hours, "core_hours"},
    {Quantity::core_hours_by_foreign_teachers, "core_hours_by_foreign_teachers"},
}};

}  // namespace

std::string_view to_string(Quantity quantity) {
  for (const auto& [q, name] : kQuantities) {
    if (q == quantity) return name;
  }
  return "courses";
}

std::optional<Quantity> parse_quantity(std::string_view name) {
  for (const auto& [q, known] : kQuantities) {
    if (known == name) return q;
  }
  return std::nullopt;
}

std::string_view to_string(Verdict verdict) {
  switch (verdict) {
    case Verdict::met:
      return "met";
    case Verdict::not_met:
      return "not_met";
    case Verdict::no_base:
      return "no_base";
  }
  return "no_base";
}

std::int64_t PlanCounts::of(Quantity quantity) const {
  switch (quantity) {
    case Quantity::courses:
      return courses;
    case Quantity::core_courses:
      return core_courses;
    case Quantity::introduced_courses:
      return introduced_courses;
    case Quantity::introduced_core_courses:
      return introduced_core_courses;
    case Quantity::core_courses_by_foreign_teachers:
      return core_courses_by_foreign_teachers;
    case Quantity::hours:
      return hours;
    case Quantity::core_hours:
      return core_hours;
    case Quantity::core_hours_by_foreign_teachers:
      return core_hours_by_foreign_teachers;
  }
  return 0;
}

PlanCounts count(const std::vector<PlanCourse>& plan) {
  PlanCounts c;
  for (const auto& course : plan) {
    const std::int64_t hours = std::max(course.hours, 0);
    const std::int64_t foreign_hours =
        std::clamp<std::int64_t>(course.foreign_teacher_hours, 0, hours);
    ++c.courses;
    c.hours += hours;
    if (course.introduced) ++c.introduced_courses;
    if (!course.core) continue;
    ++c.core_courses;
    c.core_hours += hours;
    c.core_hours_by_foreign_teachers += foreign_hours;
    if (course.introduced) ++c.introduced_core_courses;
    if (course.foreign_teacher) ++c.core_courses_by_foreign_teachers;
  }
  return c;
}

void check_plan(std::vector<PlanCourse>& plan, const std::string& field,
                std::vector<FieldError>& errors) {
  if (plan.size() > kMostCourses)
    errors.push_back({field, fmt::format("at most {} courses", kMostCourses)});
  std::set<std::string> codes;
  for (std::size_t i = 0; i < plan.size(); ++i) {
    auto& course = plan[i];
    const std::string at = fmt::format("{}/{}", field, i);
    check_text(course.code, at + "/code", 40, true, errors);
    if (!course.code.empty() && !codes.insert(course.code).second)
      errors.push_back({at + "/code", fmt::format("{} is in the plan twice", course.code)});
    check_text(course.title, at + "/title", 300, true, errors);
    if (course.hours < 0 || course.hours > kMostHours)
      errors.push_back({at + "/hours", fmt::format("0 to {}", kMostHours)});
    if (course.foreign_teacher_hours < 0 ||
        course.foreign_teacher_hours > std::max(course.hours, 0))
      errors.push_back({at + "/foreign_teacher_hours", "0 to the course's hours"});
  }
}

FourThirds assess(const RatioRuleSet& set, const std::vector<PlanCourse>& plan) {
  FourThirds out;
  out.set = &set;
  out.counts = count(plan);
  out.all_met = !set.rules.empty();
  for (const auto& rule : set.rules) {
    RatioResult r;
    r.rule = &rule;
    r.numerator = out.counts.of(rule.numerator);
    r.denominator = out.counts.of(rule.denominator);
    if (r.denominator <= 0 || rule.at_least_den <= 0) {
      r.verdict = Verdict::no_base;
    } else {
      // numerator / denominator >= at_least_num / at_least_den, in integers. Counts stay far
      // below 2^31 (kMostHours a course), so the products cannot overflow.
      r.verdict = r.numerator * rule.at_least_den >= r.denominator * rule.at_least_num
                      ? Verdict::met
                      : Verdict::not_met;
      // Rounded down to a tenth of a percent: whole tenths first, in integers.
      const auto tenths = r.numerator * 1000 / r.denominator;
      r.percent = static_cast<double>(tenths) / 10.0;
    }
    if (r.verdict != Verdict::met) out.all_met = false;
    out.results.push_back(r);
  }
  return out;
}

}  // namespace orbis::domain::teaching
