// The four one-thirds applied to hand-made plans: the counts, each share at and on either
// side of one third, a plan with no core courses, and a plan's faults named by field.
#include "domain/teaching/four_thirds.h"

#include <gtest/gtest.h>

#include <string>

namespace orbis::domain::teaching {
namespace {

RatioRule ratio(std::string id, Quantity numerator, Quantity denominator) {
  RatioRule r;
  r.id = std::move(id);
  r.name = r.id;
  r.numerator = numerator;
  r.denominator = denominator;
  r.at_least_num = 1;
  r.at_least_den = 3;
  r.source = "moe";
  return r;
}

RatioRuleSet four_thirds() {
  RatioRuleSet set;
  set.info.id = "test-ratios";
  set.info.kind = "joint_programme_ratios";
  set.rules = {
      ratio("introduced", Quantity::introduced_courses, Quantity::courses),
      ratio("introduced-core", Quantity::introduced_core_courses, Quantity::core_courses),
      ratio("core-by-foreign", Quantity::core_courses_by_foreign_teachers, Quantity::courses),
      ratio("core-hours-by-foreign", Quantity::core_hours_by_foreign_teachers, Quantity::hours)};
  return set;
}

PlanCourse course(std::string code, bool core, bool introduced, bool foreign, int hours,
                  int foreign_hours) {
  return {code, "Course " + code, core, introduced, foreign, hours, foreign_hours};
}

// Nine courses, 480 hours: three introduced (two of them core), three of the six core courses
// carried by foreign teachers, who teach 160 of the hours.
std::vector<PlanCourse> plan_at_one_third() {
  return {course("C1", true, true, true, 64, 64),  course("C2", true, true, true, 64, 48),
          course("C3", true, false, true, 64, 48), course("C4", true, false, false, 48, 0),
          course("C5", true, false, false, 48, 0), course("C6", true, false, false, 48, 0),
          course("G1", false, true, false, 48, 0), course("G2", false, false, false, 48, 0),
          course("G3", false, false, false, 48, 0)};
}

TEST(FourThirds, CountsEachQuantityOfAPlan) {
  const auto c = count(plan_at_one_third());
  EXPECT_EQ(c.courses, 9);
  EXPECT_EQ(c.core_courses, 6);
  EXPECT_EQ(c.introduced_courses, 3);
  EXPECT_EQ(c.introduced_core_courses, 2);
  EXPECT_EQ(c.core_courses_by_foreign_teachers, 3);
  EXPECT_EQ(c.hours, 480);
  EXPECT_EQ(c.core_hours, 336);
  EXPECT_EQ(c.core_hours_by_foreign_teachers, 160);
}

TEST(FourThirds, ExactlyOneThirdMeetsAMinimumOfOneThird) {
  const auto set = four_thirds();
  const auto a = assess(set, plan_at_one_third());
  ASSERT_EQ(a.results.size(), 4U);
  EXPECT_EQ(a.results[0].verdict, Verdict::met);  // 3 of 9
  EXPECT_EQ(a.results[0].percent, 33.3);
  EXPECT_EQ(a.results[1].verdict, Verdict::met);  // 2 of 6
  EXPECT_EQ(a.results[2].verdict, Verdict::met);  // 3 of 9
  EXPECT_EQ(a.results[3].verdict, Verdict::met);  // 160 of 480
  EXPECT_EQ(a.results[3].numerator, 160);
  EXPECT_EQ(a.results[3].denominator, 480);
  EXPECT_TRUE(a.all_met);
  EXPECT_EQ(a.set, &set);
  EXPECT_EQ(a.results[1].rule, &set.rules[1]);
}

TEST(FourThirds, OneBelowOneThirdIsNotMetAndOneAboveIs) {
  const auto set = four_thirds();
  auto plan = plan_at_one_third();
  plan[1].foreign_teacher_hours = 47;  // 159 of 480: just below
  auto a = assess(set, plan);
  EXPECT_EQ(a.results[3].verdict, Verdict::not_met);
  EXPECT_EQ(a.results[3].percent, 33.1);
  EXPECT_FALSE(a.all_met);
  plan[1].foreign_teacher_hours = 49;  // 161 of 480: just above
  a = assess(set, plan);
  EXPECT_EQ(a.results[3].verdict, Verdict::met);
  EXPECT_TRUE(a.all_met);

  plan = plan_at_one_third();
  plan[6].introduced = false;  // 2 of 9 courses introduced
  a = assess(set, plan);
  EXPECT_EQ(a.results[0].verdict, Verdict::not_met);
  EXPECT_EQ(a.results[1].verdict, Verdict::met);  // the core courses are unchanged
  EXPECT_FALSE(a.all_met);

  plan.push_back(course("G4", false, true, false, 0, 0));  // 3 of 10
  a = assess(set, plan);
  EXPECT_EQ(a.results[0].verdict, Verdict::not_met);
  plan.push_back(course("G5", false, true, false, 0, 0));  // 4 of 11
  a = assess(set, plan);
  EXPECT_EQ(a.results[0].verdict, Verdict::met);
}

TEST(FourThirds, APlanWithoutCoreCoursesHasNoBaseAndIsNotMet) {
  const auto set = four_thirds();
  const auto a = assess(set, {course("G1", false, true, false, 48, 0)});
  EXPECT_EQ(a.results[0].verdict, Verdict::met);
  EXPECT_EQ(a.results[1].verdict, Verdict::no_base);
  EXPECT_EQ(a.results[1].percent, 0);
  EXPECT_EQ(a.results[2].verdict, Verdict::not_met);  // 0 of 1 course
  EXPECT_FALSE(a.all_met);
  const auto empty = assess(set, {});
  for (const auto& r : empty.results) EXPECT_EQ(r.verdict, Verdict::no_base);
  EXPECT_FALSE(empty.all_met);
}

TEST(FourThirds, AnotherMinimumIsHeldExactly) {
  auto set = four_thirds();
  set.rules.resize(1);
  set.rules[0].at_least_num = 1;
  set.rules[0].at_least_den = 2;
  auto plan = plan_at_one_third();
  EXPECT_EQ(assess(set, plan).results[0].verdict, Verdict::not_met);  // 3 of 9
  plan.resize(6);                                                     // C1 to C6: 2 of 6 introduced
  plan[2].introduced = true;                                          // 3 of 6
  EXPECT_EQ(assess(set, plan).results[0].verdict, Verdict::met);
}

TEST(FourThirds, NamesEachFaultOfAPlanByField) {
  std::vector<PlanCourse> plan = {course("C1", true, true, true, 64, 80),
                                  course("C1", true, false, false, -1, 0),
                                  course("", false, false, false, 2001, 0)};
  plan[2].title = "  ";
  std::vector<FieldError> errors;
  check_plan(plan, "plan", errors);
  std::vector<std::string> fields;
  for (const auto& e : errors) fields.push_back(e.field);
  EXPECT_EQ(fields,
            (std::vector<std::string>{"plan/0/foreign_teacher_hours", "plan/1/code", "plan/1/hours",
                                      "plan/2/code", "plan/2/title", "plan/2/hours"}));
  auto good = plan_at_one_third();
  good[0].title = "  Circuits ";
  errors.clear();
  check_plan(good, "plan", errors);
  EXPECT_TRUE(errors.empty());
  EXPECT_EQ(good[0].title, "Circuits");
  // Counted as they stand, a course's foreign hours are never more than its hours.
  EXPECT_EQ(count(plan).core_hours_by_foreign_teachers, 64);
}

TEST(FourThirds, QuantitiesReadAndWriteByName) {
  for (auto q : {Quantity::courses, Quantity::core_courses, Quantity::introduced_courses,
                 Quantity::introduced_core_courses, Quantity::core_courses_by_foreign_teachers,
                 Quantity::hours, Quantity::core_hours, Quantity::core_hours_by_foreign_teachers}) {
    EXPECT_EQ(parse_quantity(to_string(q)), q);
  }
  EXPECT_EQ(parse_quantity("lessons"), std::nullopt);
}

}  // namespace
}  // namespace orbis::domain::teaching
