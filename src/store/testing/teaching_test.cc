// Joint teaching (store/teaching.h) on both back ends: courses and programmes written with
// every field, read back whole, changed under their version, paged within each filter, and the
// courses tallied by year and mode.
#include "store/teaching.h"

#include <gtest/gtest.h>

#include "store/testing/conformance.h"

namespace orbis::store::testing {
namespace {

namespace teaching = domain::teaching;

// An agreement between the two, for the records that name one.
Result<AgreementId> insert_agreement(Transaction& tx, InstitutionId home, InstitutionId partner) {
  domain::Agreement a;
  a.code = "WL-GLA-2013";
  a.title = "Westlake–Glasgow joint programme";
  a.kinds = {domain::AgreementKind::student_exchange};
  a.parties = {{home, true, std::nullopt, {}, {}, ""}, {partner, false, std::nullopt, {}, {}, ""}};
  a.start_date = "2013-06-01";
  a.end_date = "2028-12-31";
  a.status = domain::AgreementStatus::draft;
  return tx.agreements().insert(a);
}

teaching::JointCourse a_course(std::string code, int year, InstitutionId partner) {
  teaching::JointCourse c;
  c.code = std::move(code);
  c.title = "Course " + c.code;
  c.partner = partner;
  c.students_home = 10;
  c.students_partner = 12;
  c.weeks = 6;
  c.credits = "2";
  c.year = year;
  return c;
}

TEST_P(StoreConformance, JointCoursesKeepEveryFieldAndTheirVersion) {
  const auto w = add_world();
  const auto agreement = committed([&](Transaction& tx) {
    return ok(insert_agreement(tx, w.institutions[0], w.institutions[1]));
  });
  auto c = a_course("ARCH310", 2026, w.institutions[1]);
  c.title_zh = "可持续城市";
  c.mode = teaching::CourseMode::blended;
  c.agreement = agreement;
  c.org_unit = w.unit;
  c.home_faculty = {"Li Wei", "Zhang Min"};
  c.partner_faculty = {"Anna Berg"};
  c.synchronous_sessions = 5;
  c.credits = "2.5";
  c.term = "autumn";
  const auto id = committed([&](Transaction& tx) { return ok(insert_joint_course(tx, c)); });
  auto stored = [&] {
    auto tx = read();
    return ok(get_joint_course(*tx, id));
  }();
  EXPECT_EQ(stored.version, 1);
  EXPECT_EQ(stored.code, "ARCH310");
  EXPECT_EQ(stored.title_zh, "可持续城市");
  EXPECT_EQ(stored.mode, teaching::CourseMode::blended);
  EXPECT_EQ(stored.partner, w.institutions[1]);
  EXPECT_EQ(stored.agreement, agreement);
  EXPECT_EQ(stored.org_unit, w.unit);
  EXPECT_EQ(stored.home_faculty, (std::vector<std::string>{"Li Wei", "Zhang Min"}));
  EXPECT_EQ(stored.partner_faculty, std::vector<std::string>{"Anna Berg"});
  EXPECT_EQ(stored.students_home, 10);
  EXPECT_EQ(stored.students_partner, 12);
  EXPECT_EQ(stored.weeks, 6);
  EXPECT_EQ(stored.synchronous_sessions, 5);
  EXPECT_EQ(stored.credits, "2.5");
  EXPECT_EQ(stored.year, 2026);
  EXPECT_EQ(stored.term, "autumn");

  stored.agreement.reset();
  stored.org_unit.reset();
  stored.partner_faculty.clear();
  stored.year = 2027;
  ok(committed([&](Transaction& tx) { return update_joint_course(tx, stored); }));
  auto again = [&] {
    auto tx = read();
    return ok(get_joint_course(*tx, id));
  }();
  EXPECT_EQ(again.version, 2);
  EXPECT_FALSE(again.agreement);
  EXPECT_FALSE(again.org_unit);
  EXPECT_TRUE(again.partner_faculty.empty());
  EXPECT_EQ(again.year, 2027);
  EXPECT_EQ(code_of<JointCourseId>([&]() -> Result<JointCourseId> {
              auto tx = write();
              auto s = update_joint_course(*tx, stored);
              if (!s) return fail(s.error());
              return stored.id;
            }()),
            ErrorCode::conflict);
  auto tx = read();
  EXPECT_EQ(code_of(get_joint_course(*tx, JointCourseId{id.value + 100})), ErrorCode::not_found);
}

TEST_P(StoreConformance, JointCoursesArePagedWithinTheirFiltersAndTallied) {
  const auto w = add_world();
  const auto other = add_institution("University of Glasgow", "GB");
  const std::vector<std::tuple<std::string, int, teaching::CourseMode>> rows = {
      {"ARCH310", 2025, teaching::CourseMode::coil},
      {"BIO_200", 2026, teaching::CourseMode::coil},
      {"CHEM100", 2026, teaching::CourseMode::co_taught},
      {"DATA400", 2027, teaching::CourseMode::coil}};
  for (std::size_t i = 0; i < rows.size(); ++i) {
    auto c =
        a_course(std::get<0>(rows[i]), std::get<1>(rows[i]), i % 2 ? other : w.institutions[1]);
    c.mode = std::get<2>(rows[i]);
    c.students_home = static_cast<int>(i + 1);
    if (i < 2) c.org_unit = w.unit;
    committed([&](Transaction& tx) { return ok(insert_joint_course(tx, c)); });
  }
  auto tx = read();
  const auto codes = [&](JointCourseQuery q) {
    std::vector<std::string> out;
    auto page = ok(list_joint_courses(*tx, q));
    for (const auto& c : page.items) out.push_back(c.code);
    EXPECT_EQ(ok(count_joint_courses(*tx, q)), out.size());
    return out;
  };
  EXPECT_EQ(codes({}), (std::vector<std::string>{"DATA400", "CHEM100", "BIO_200", "ARCH310"}));
  EXPECT_EQ(codes({.year = 2026}), (std::vector<std::string>{"CHEM100", "BIO_200"}));
  EXPECT_EQ(codes({.mode = teaching::CourseMode::co_taught}), std::vector<std::string>{"CHEM100"});
  EXPECT_EQ(codes({.text = "bio_"}), std::vector<std::string>{"BIO_200"});
  EXPECT_EQ(codes({.text = "_2"}), std::vector<std::string>{"BIO_200"});
  EXPECT_EQ(codes({.partners = {other}}), (std::vector<std::string>{"DATA400", "BIO_200"}));
  EXPECT_EQ(codes({.org_units = {w.unit}}), (std::vector<std::string>{"BIO_200", "ARCH310"}));

  JointCourseQuery q;
  q.page.limit = 3;
  auto first = ok(list_joint_courses(*tx, q));
  ASSERT_EQ(first.items.size(), 3U);
  ASSERT_TRUE(first.next);
  q.page.after = first.next;
  auto second = ok(list_joint_courses(*tx, q));
  ASSERT_EQ(second.items.size(), 1U);
  EXPECT_EQ(second.items[0].code, "ARCH310");
  EXPECT_FALSE(second.next);

  const auto tallies = ok(tally_joint_courses(*tx, 2026, 2027, {}));
  ASSERT_EQ(tallies.size(), 3U);
  EXPECT_EQ(tallies[0].year, 2026);
  EXPECT_EQ(tallies[0].mode, teaching::CourseMode::coil);
  EXPECT_EQ(tallies[0].courses, 1);
  EXPECT_EQ(tallies[0].students_home, 2);
  EXPECT_EQ(tallies[0].students_partner, 12);
  EXPECT_EQ(tallies[1].mode, teaching::CourseMode::co_taught);
  EXPECT_EQ(tallies[2].year, 2027);
  const auto ours = ok(tally_joint_courses(*tx, 2020, 2030, {.org_units = {w.unit}}));
  ASSERT_EQ(ours.size(), 2U);
  EXPECT_EQ(ours[0].year, 2025);
  EXPECT_EQ(ours[1].students_home, 2);
}

teaching::JointProgramme a_programme(std::string name, std::string approval,
                                     InstitutionId partner) {
  teaching::JointProgramme p;
  p.name = std::move(name);
  p.approval_number = std::move(approval);
  p.approved_on = "2013-06-01";
  p.partners = {partner};
  return p;
}

TEST_P(StoreConformance, JointProgrammesKeepTheirPlansAndOneApprovalNumberEach) {
  const auto w = add_world();
  const auto agreement = committed([&](Transaction& tx) {
    return ok(insert_agreement(tx, w.institutions[0], w.institutions[1]));
  });
  auto p = a_programme("Electronic Engineering", "MOE44GB2A20131234N", w.institutions[1]);
  p.name_zh = "电子工程";
  p.form = teaching::ProgrammeForm::institute;
  p.level = teaching::Level::master;
  p.major = "Electronic Information Engineering";
  p.org_unit = w.unit;
  p.valid_until = "2028-12-31";
  p.yearly_intake = 120;
  p.agreements = {agreement};
  p.plans = {{2025, {{"EE101", "Signals", true, false, false, 48, 0}}},
             {2026,
              {{"EE201", "Circuits", true, true, true, 64, 60},
               {"GE100", "Writing", false, false, false, 32, 0}}}};
  const auto id = committed([&](Transaction& tx) { return ok(insert_joint_programme(tx, p)); });
  auto stored = [&] {
    auto tx = read();
    return ok(get_joint_programme(*tx, id));
  }();
  EXPECT_EQ(stored.version, 1);
  EXPECT_EQ(stored.name_zh, "电子工程");
  EXPECT_EQ(stored.form, teaching::ProgrammeForm::institute);
  EXPECT_EQ(stored.level, teaching::Level::master);
  EXPECT_EQ(stored.org_unit, w.unit);
  EXPECT_EQ(stored.valid_until, "2028-12-31");
  EXPECT_EQ(stored.yearly_intake, 120);
  EXPECT_EQ(stored.partners, std::vector<InstitutionId>{w.institutions[1]});
  EXPECT_EQ(stored.agreements, std::vector<AgreementId>{agreement});
  ASSERT_EQ(stored.plans.size(), 2U);
  EXPECT_EQ(stored.plans[1].year, 2026);
  ASSERT_EQ(stored.plans[1].courses.size(), 2U);
  const auto& ee201 = stored.plans[1].courses[0];
  EXPECT_EQ(ee201.code, "EE201");
  EXPECT_TRUE(ee201.core);
  EXPECT_TRUE(ee201.introduced);
  EXPECT_TRUE(ee201.foreign_teacher);
  EXPECT_EQ(ee201.hours, 64);
  EXPECT_EQ(ee201.foreign_teacher_hours, 60);

  stored.plans.erase(stored.plans.begin());
  stored.agreements.clear();
  ok(committed([&](Transaction& tx) { return update_joint_programme(tx, stored); }));
  auto again = [&] {
    auto tx = read();
    return ok(get_joint_programme(*tx, id));
  }();
  EXPECT_EQ(again.version, 2);
  ASSERT_EQ(again.plans.size(), 1U);
  EXPECT_TRUE(again.agreements.empty());
  EXPECT_EQ(code_of<JointProgrammeId>([&]() -> Result<JointProgrammeId> {
              auto tx = write();
              auto s = update_joint_programme(*tx, stored);
              if (!s) return fail(s.error());
              return stored.id;
            }()),
            ErrorCode::conflict);
  // A second programme with the same approval number is refused.
  const auto twice = a_programme("Another", "MOE44GB2A20131234N", w.institutions[1]);
  EXPECT_EQ(code_of<JointProgrammeId>([&]() -> Result<JointProgrammeId> {
              auto tx = write();
              return insert_joint_programme(*tx, twice);
            }()),
            ErrorCode::already_exists);
}

TEST_P(StoreConformance, JointProgrammesArePagedByNameWithinTheirFilters) {
  const auto w = add_world();
  const auto other = add_institution("University of Glasgow", "GB");
  const std::vector<std::string> names = {"Delta", "Alpha", "Gamma", "Beta"};
  for (std::size_t i = 0; i < names.size(); ++i) {
    auto p =
        a_programme(names[i], "MOE-" + std::to_string(1000 + i), i % 2 ? other : w.institutions[1]);
    if (i == 0) p.partners.push_back(other);
    if (i < 2) p.org_unit = w.unit;
    if (i == 2) p.level = teaching::Level::doctoral;
    committed([&](Transaction& tx) { return ok(insert_joint_programme(tx, p)); });
  }
  auto tx = read();
  const auto listed = [&](JointProgrammeQuery q) {
    std::vector<std::string> out;
    auto page = ok(list_joint_programmes(*tx, q));
    for (const auto& p : page.items) out.push_back(p.name);
    EXPECT_EQ(ok(count_joint_programmes(*tx, q)), out.size());
    return out;
  };
  EXPECT_EQ(listed({}), (std::vector<std::string>{"Alpha", "Beta", "Delta", "Gamma"}));
  EXPECT_EQ(listed({.text = "moe-1002"}), std::vector<std::string>{"Gamma"});
  EXPECT_EQ(listed({.level = teaching::Level::doctoral}), std::vector<std::string>{"Gamma"});
  EXPECT_EQ(listed({.partners = {other}}), (std::vector<std::string>{"Alpha", "Beta", "Delta"}));
  EXPECT_EQ(listed({.org_units = {w.unit}}), (std::vector<std::string>{"Alpha", "Delta"}));
  JointProgrammeQuery q;
  q.page.limit = 2;
  auto first = ok(list_joint_programmes(*tx, q));
  ASSERT_TRUE(first.next);
  q.page.after = first.next;
  auto second = ok(list_joint_programmes(*tx, q));
  ASSERT_EQ(second.items.size(), 2U);
  EXPECT_EQ(second.items[0].name, "Delta");
  EXPECT_EQ(second.items[0].partners.size(), 2U);
}

}  // namespace
}  // namespace orbis::store::testing
