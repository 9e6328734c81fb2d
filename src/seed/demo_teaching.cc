// Joint teaching of the demo (seed/demo.h): courses taught with partners over three academic
// years (COIL with Oxford and Berkeley, one co-taught with ETH Zurich, one blended), and one
// China-foreign joint programme whose plan meets the four one-thirds last year and falls an
// hour short of one of them this year. The approval number is marked as the demo's own.
#include <fmt/format.h>

#include "domain/reference.h"
#include "seed/demo.h"
#include "service/teaching/teaching.h"

namespace orbis::seed {
namespace {

namespace teaching = domain::teaching;
using teaching::CourseMode;

struct DemoJointCourse {
  const char* code;
  const char* title;
  const char* title_zh;
  CourseMode mode;
  const char* ror;  // the partner
  int school;       // index into the schools
  int year_offset;  // from this academic year
  const char* ours;
  const char* theirs;
  int students_home;
  int students_partner;
  int weeks;
  int sessions;
  const char* credits;
  const char* term;
};

const std::vector<DemoJointCourse>& courses() {
  static const std::vector<DemoJointCourse> all{
      {"ENG3101", "Sustainable cities: a shared design studio", "可持续城市：联合设计工作室",
       CourseMode::coil, "052gg0110", 0, -2, "Li Wei", "Anna Berg", 18, 21, 6, 5, "2", "autumn"},
      {"ENG3101", "Sustainable cities: a shared design studio", "可持续城市：联合设计工作室",
       CourseMode::coil, "052gg0110", 0, -1, "Li Wei", "Anna Berg", 22, 19, 6, 6, "2", "autumn"},
      {"ENG3101", "Sustainable cities: a shared design studio", "可持续城市：联合设计工作室",
       CourseMode::coil, "052gg0110", 0, 0, "Li Wei", "Anna Berg", 24, 20, 8, 6, "2", "autumn"},
      {"SLS2204", "Global health and data", "全球健康与数据", CourseMode::coil, "01an7q238", 1, -1,
       "Zhang Min", "Maria Lopez", 15, 17, 5, 5, "1.5", "spring"},
      {"SLS2204", "Global health and data", "全球健康与数据", CourseMode::coil, "01an7q238", 1, 0,
       "Zhang Min", "Maria Lopez", 16, 22, 5, 5, "1.5", "spring"},
      {"ENG4410", "Robot learning", "机器人学习", CourseMode::co_taught, "05a28rw58", 0, 0,
       "Liu Chen", "Thomas Keller", 30, 0, 12, 24, "3", "autumn"},
      {"SOM3302", "Cross-border entrepreneurship", "跨境创业", CourseMode::blended, "01an7q238", 3,
       -1, "Wang Fang", "James Carter", 20, 12, 4, 3, "2", "summer"},
  };
  return all;
}

// A course of a joint programme's plan.
teaching::PlanCourse plan_course(const char* code, const char* title, bool core, bool introduced,
                                 bool foreign, int hours, int foreign_hours) {
  return {code, title, core, introduced, foreign, hours, foreign_hours};
}

// Nine courses of the Data Science programme's plan; `foreign_hours` of Machine learning are
// the foreign teachers'.
std::vector<teaching::PlanCourse> programme_plan(int foreign_hours) {
  return {plan_course("DS501", "Statistical inference", true, true, true, 64, 64),
          plan_course("DS502", "Machine learning", true, true, true, 64, foreign_hours),
          plan_course("DS503", "Data engineering", true, false, true, 64, 48),
          plan_course("DS504", "Optimisation", true, false, false, 48, 0),
          plan_course("DS505", "Causal inference", true, false, false, 48, 0),
          plan_course("DS506", "Research methods", true, false, false, 48, 0),
          plan_course("DS510", "Academic writing in English", false, true, false, 48, 0),
          plan_course("DS511", "Ethics of data", false, false, false, 48, 0),
          plan_course("DS512", "Chinese society and economy", false, false, false, 48, 0)};
}

Result<std::optional<InstitutionId>> find(store::Store& store, const char* ror) {
  auto tx = store.begin(store::Access::read);
  if (!tx) return fail(tx.error());
  return (*tx)->institutions().find_by_ror(ror);
}

}  // namespace

Result<TeachingDemoReport> create_demo_teaching(store::Store& store, const Clock& clock,
                                                const domain::Actor& officer,
                                                const std::vector<OrgUnitId>& schools) {
  // The academic year begins on 1 September: before it, the year that began last autumn.
  const std::string today = format_iso8601(clock.now() + std::chrono::hours{8}).substr(0, 10);
  const int calendar_year = std::stoi(today.substr(0, 4));
  const int this_year = today.substr(5, 2) >= "09" ? calendar_year : calendar_year - 1;
  service::JointTeaching service(store, clock);
  TeachingDemoReport report;
  for (const auto& d : courses()) {
    auto partner = find(store, d.ror);
    if (!partner) return fail(partner.error());
    if (!*partner) continue;  // a registry without the partner
    teaching::JointCourse c;
    c.code = d.code;
    c.title = d.title;
    c.title_zh = d.title_zh;
    c.mode = d.mode;
    c.partner = **partner;
    c.org_unit = schools.at(static_cast<std::size_t>(d.school) % schools.size());
    c.home_faculty = {d.ours};
    c.partner_faculty = {d.theirs};
    c.students_home = d.students_home;
    c.students_partner = d.students_partner;
    c.weeks = d.weeks;
    c.synchronous_sessions = d.sessions;
    c.credits = d.credits;
    c.year = this_year + d.year_offset;
    c.term = d.term;
    auto created = service.create_course(officer, std::move(c));
    if (!created) return fail(created.error());
    ++report.courses;
  }
  auto edinburgh = find(store, "01nrxwf90");
  if (!edinburgh) return fail(edinburgh.error());
  if (*edinburgh) {
    teaching::JointProgramme p;
    p.name = "Master of Data Science (with the University of Edinburgh)";
    p.name_zh = "数据科学硕士（与爱丁堡大学合作）";
    p.form = teaching::ProgrammeForm::programme;
    p.level = teaching::Level::master;
    p.major = "Data Science";
    p.partners = {**edinburgh};
    p.org_unit = schools.at(2 % schools.size());
    p.approval_number = "DEMO-2021-0001";
    p.approved_on = fmt::format("{}-05-20", this_year - 5);
    p.valid_until = fmt::format("{}-12-31", this_year + 3);
    p.yearly_intake = 40;
    p.plans = {{this_year - 1, programme_plan(48)}, {this_year, programme_plan(47)}};
    auto created = service.create_programme(officer, std::move(p));
    if (!created) return fail(created.error());
    ++report.programmes;
  }
  return report;
}

}  // namespace orbis::seed
