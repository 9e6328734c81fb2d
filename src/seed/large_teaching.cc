// The large university's joint teaching (seed/internal/large.h): courses taught with its
// partners every year, and joint programmes with a plan for each year.
#include "domain/teaching/programme.h"
#include "seed/internal/large.h"
#include "store/teaching.h"

namespace orbis::seed::internal {
namespace {

constexpr const char* kSubjects[] = {"sustainable cities", "global health",   "robot learning",
                                     "climate policy",     "data journalism", "materials design",
                                     "bioethics",          "energy systems",  "digital humanities",
                                     "quantum computing",  "urban mobility",  "food security"};
constexpr const char* kMajors[] = {"Data Science",           "Electronic Engineering",
                                   "Biomedical Engineering", "Finance",
                                   "Environmental Science",  "Computer Science"};
constexpr const char* kNames[] = {"Li Wei", "Zhang Min", "Wang Fang", "Chen Jie", "Liu Yang"};
constexpr const char* kPartnerNames[] = {"Anna Berg", "James Carter", "Maria Lopez",
                                         "Thomas Keller", "Sophie Martin"};

}  // namespace

Status Builder::add_joint_teaching() {
  namespace teaching = domain::teaching;
  const std::size_t courses = per(3'000);
  for (std::size_t i = 0; i < courses && !partners_.empty(); ++i) {
    teaching::JointCourse c;
    c.code = fmt::format("JC{:05d}", i + 1);
    c.title = fmt::format("{} with a partner ({})", any(kSubjects), i + 1);
    const int roll = pick(0, 9);
    c.mode = roll < 6   ? teaching::CourseMode::coil
             : roll < 8 ? teaching::CourseMode::co_taught
                        : teaching::CourseMode::blended;
    c.partner = partners_[index(partners_.size())].id;
    c.org_unit = schools_[index(schools_.size())];
    c.home_faculty = {any(kNames)};
    c.partner_faculty = {any(kPartnerNames)};
    c.students_home = pick(5, 40);
    c.students_partner = c.mode == teaching::CourseMode::co_taught ? 0 : pick(5, 40);
    c.weeks = pick(4, 14);
    c.synchronous_sessions = pick(3, 12);
    c.credits = pick(1, 4) == 4 ? "1.5" : fmt::format("{}", pick(1, 4));
    c.year = first_year_ + static_cast<int>(i % kYears);
    c.term = chance(50) ? "autumn" : "spring";
    SEED_TRY(teaching::validate_and_normalize(c));
    auto tx = batch_.tx();
    if (!tx) return fail(tx.error());
    auto id = store::insert_joint_course(**tx, c);
    if (!id) return fail(id.error());
    ++report_.joint_courses;
    SEED_TRY(batch_.wrote());
  }
  const std::size_t programmes = per(100);
  for (std::size_t i = 0; i < programmes && !partners_.empty(); ++i) {
    teaching::JointProgramme p;
    const char* major = any(kMajors);
    p.name = fmt::format("{} joint programme {}", major, i + 1);
    p.major = major;
    p.level = chance(50) ? teaching::Level::bachelor : teaching::Level::master;
    p.partners = {partners_[index(partners_.size())].id};
    p.org_unit = schools_[index(schools_.size())];
    p.approval_number = fmt::format("LARGE-{:06d}", i + 1);
    p.approved_on = fmt::format("{}-06-01", first_year_ - 1);
    p.yearly_intake = pick(30, 150);
    for (int y = first_year_; y <= current_year_; ++y) {
      teaching::YearPlan plan{y, {}};
      for (int k = 0; k < 12; ++k) {
        const bool core = k < 7;
        const int hours = pick(3, 5) * 16;
        const bool foreign = chance(40);
        plan.courses.push_back({fmt::format("P{:02d}", k + 1), fmt::format("Course {}", k + 1),
                                core, chance(40), foreign, hours, foreign ? hours : 0});
      }
      p.plans.push_back(std::move(plan));
    }
    SEED_TRY(teaching::validate_and_normalize(p));
    auto tx = batch_.tx();
    if (!tx) return fail(tx.error());
    auto id = store::insert_joint_programme(**tx, p);
    if (!id) return fail(id.error());
    ++report_.joint_programmes;
    SEED_TRY(batch_.wrote());
  }
  return {};
}

}  // namespace orbis::seed::internal
