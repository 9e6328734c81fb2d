// Joint programmes and joint courses as a client sends them: what is normalised, and every
// bad field named.
#include "domain/teaching/programme.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <string>

namespace orbis::domain::teaching {
namespace {

JointProgramme programme() {
  JointProgramme p;
  p.name = " Electronic Information Engineering with the University of Glasgow ";
  p.name_zh = "电子信息工程（与格拉斯哥大学合作）";
  p.level = Level::bachelor;
  p.major = "Electronic Information Engineering";
  p.partners = {InstitutionId{7}, InstitutionId{7}};
  p.approval_number = " moe44gb2a20131234n ";
  p.approved_on = "2013-06-01";
  p.valid_until = "2028-12-31";
  p.yearly_intake = 120;
  p.plans = {{2026, {{"EE201", "Circuits", true, true, true, 64, 64}}},
             {2025, {{"EE101", "Signals", true, false, false, 48, 0}}}};
  return p;
}

JointCourse course() {
  JointCourse c;
  c.code = "ARCH310";
  c.title = "Sustainable cities";
  c.mode = CourseMode::coil;
  c.partner = InstitutionId{3};
  c.home_faculty = {"Li Wei"};
  c.partner_faculty = {"Anna Berg"};
  c.students_home = 18;
  c.students_partner = 21;
  c.weeks = 6;
  c.synchronous_sessions = 5;
  c.credits = " 2.5 ";
  c.year = 2026;
  c.term = "autumn";
  return c;
}

std::vector<std::string> fields_of(const Status& status) {
  std::vector<std::string> out;
  if (status) return out;
  for (const auto& f : status.error().fields) out.push_back(f.field);
  return out;
}

bool has(const std::vector<std::string>& fields, std::string_view field) {
  return std::ranges::find(fields, field) != fields.end();
}

TEST(JointProgramme, ANormalisedProgrammeIsValid) {
  auto p = programme();
  const auto valid = validate_and_normalize(p);
  ASSERT_TRUE(valid) << valid.error().message;
  EXPECT_EQ(p.name, "Electronic Information Engineering with the University of Glasgow");
  EXPECT_EQ(p.approval_number, "MOE44GB2A20131234N");
  EXPECT_EQ(p.partners.size(), 1U);  // the repeated partner dropped
  ASSERT_EQ(p.plans.size(), 2U);
  EXPECT_EQ(p.plans[0].year, 2025);  // kept by year
  ASSERT_NE(plan_of(p, 2026), nullptr);
  EXPECT_EQ(plan_of(p, 2026)->courses[0].code, "EE201");
  EXPECT_EQ(plan_of(p, 2024), nullptr);
  EXPECT_TRUE(approved_on(p, "2013-06-01"));
  EXPECT_TRUE(approved_on(p, "2028-12-31"));
  EXPECT_FALSE(approved_on(p, "2029-01-01"));
  EXPECT_FALSE(approved_on(p, "2013-05-31"));
}

TEST(JointProgramme, NamesEveryBadField) {
  auto p = programme();
  p.name = "";
  p.partners.clear();
  p.approval_number = "MOE 44";
  p.approved_on = "2013-02-30";
  p.valid_until = "someday";
  p.yearly_intake = -1;
  p.plans.push_back({2026, {{"EE201", "Circuits", true, true, true, 64, 65}}});
  p.plans.push_back({1970, {}});
  const auto fields = fields_of(validate_and_normalize(p));
  for (const auto* field :
       {"name", "partner_ids", "approval_number", "approved_on", "valid_until", "yearly_intake",
        "plans/2/year", "plans/2/courses/0/foreign_teacher_hours", "plans/3/year"}) {
    EXPECT_TRUE(has(fields, field)) << field;
  }
  auto ended = programme();
  ended.valid_until = "2013-06-01";
  EXPECT_TRUE(has(fields_of(validate_and_normalize(ended)), "valid_until"));
  auto open = programme();
  open.valid_until = "";
  EXPECT_TRUE(validate_and_normalize(open));
  EXPECT_TRUE(approved_on(open, "2100-01-01"));
}

TEST(JointCourse, ANormalisedCourseIsValid) {
  auto c = course();
  ASSERT_TRUE(validate_and_normalize(c));
  EXPECT_EQ(c.credits, "2.5");
  for (const auto* credits : {"3", "0.5", "60", "12.25"}) {
    auto with = course();
    with.credits = credits;
    EXPECT_TRUE(validate_and_normalize(with)) << credits;
  }
}

TEST(JointCourse, NamesEveryBadField) {
  auto c = course();
  c.code = " ";
  c.partner = InstitutionId{};
  c.partner_faculty = {"Anna Berg", ""};
  c.students_home = 0;
  c.students_partner = 0;
  c.weeks = 0;
  c.credits = "three";
  c.year = 0;
  const auto fields = fields_of(validate_and_normalize(c));
  for (const auto* field :
       {"code", "partner_id", "partner_faculty/1", "students_home", "weeks", "credits", "year"}) {
    EXPECT_TRUE(has(fields, field)) << field;
  }
  for (const auto* credits : {"0", "61", "2.", ".5", "1.125", "-1", "1e2"}) {
    auto with = course();
    with.credits = credits;
    EXPECT_TRUE(has(fields_of(validate_and_normalize(with)), "credits")) << credits;
  }
}

TEST(JointCourse, ModesFormsAndLevelsReadAndWriteByName) {
  for (auto m : {CourseMode::coil, CourseMode::co_taught, CourseMode::blended})
    EXPECT_EQ(parse_course_mode(to_string(m)), m);
  for (auto f : {ProgrammeForm::programme, ProgrammeForm::institute})
    EXPECT_EQ(parse_programme_form(to_string(f)), f);
  for (auto l : {Level::associate, Level::bachelor, Level::master, Level::doctoral})
    EXPECT_EQ(parse_level(to_string(l)), l);
  EXPECT_EQ(parse_course_mode("online"), std::nullopt);
}

}  // namespace
}  // namespace orbis::domain::teaching
