// Joint teaching (docs/teaching.md): a China-foreign joint programme or institute
// (中外合作办学项目/机构) with its approval and its teaching plan year by year, which the four
// one-thirds are held against (four_thirds.h); and a course taught with a partner, in the
// same room or as a virtual exchange (COIL), counted beside physical mobility.
// Thread-safety: plain values and pure functions.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "common/error.h"
#include "common/ids.h"
#include "domain/agreement.h"
#include "domain/teaching/four_thirds.h"

namespace orbis {
using JointProgrammeId = Id<struct JointProgrammeTag>;
using JointCourseId = Id<struct JointCourseTag>;
}  // namespace orbis

namespace orbis::domain::teaching {

// What the Regulation on China-foreign Cooperation in Running Schools (2003) approves: a
// programme within a Chinese institution (项目), or an institution of its own (机构).
enum class ProgrammeForm { programme, institute };
std::string_view to_string(ProgrammeForm form);
std::optional<ProgrammeForm> parse_programme_form(std::string_view name);

// The level it teaches at: 专科, 本科, 硕士, 博士.
enum class Level { associate, bachelor, master, doctoral };
std::string_view to_string(Level level);
std::optional<Level> parse_level(std::string_view name);

// The teaching plan of one academic year.
struct YearPlan {
  int year = 0;  // the academic year's first calendar year: 2026 for 2026/2027
  std::vector<PlanCourse> courses;
};

struct JointProgramme {
  JointProgrammeId id;
  std::string name;
  std::string name_zh;
  ProgrammeForm form = ProgrammeForm::programme;
  Level level = Level::bachelor;
  std::string major;                    // 专业: "Electronic Information Engineering"
  std::vector<InstitutionId> partners;  // the foreign institutions, at least one
  std::optional<OrgUnitId> org_unit;    // the department that runs it here
  // As the approving authority gave it. Its format was not found in any source, so only its
  // characters are checked: letters, digits and hyphens, 6 to 40 of them.
  std::string approval_number;
  std::string approved_on;  // YYYY-MM-DD
  std::string valid_until;  // YYYY-MM-DD, after the approval; empty when none was given
  int yearly_intake = 0;    // the approved enrolment a year; 0 when not recorded
  std::vector<AgreementId> agreements;
  std::vector<YearPlan> plans;  // at most one a year, kept by year
  int version = 0;
};

// Checks and normalises what a client may set: trims text, upper-cases the approval number,
// orders the plans by year and drops repeated partners and agreements. invalid_argument naming
// every bad field ("plans/1/courses/3/hours", "valid_until").
Status validate_and_normalize(JointProgramme& programme);

// The plan of `year`; nullptr when the programme has none for it.
const YearPlan* plan_of(const JointProgramme& programme, int year);

// Whether the approval holds on `date` (YYYY-MM-DD): approved by then, and not past its end.
bool approved_on(const JointProgramme& programme, std::string_view date);

// How a course is taught with the partner.
enum class CourseMode {
  coil,       // collaborative online international learning: the classes meet online
  co_taught,  // the partner's faculty teach here, or ours there, in the same room
  blended,    // online with a short stay in person
};
std::string_view to_string(CourseMode mode);
std::optional<CourseMode> parse_course_mode(std::string_view name);

struct JointCourse {
  JointCourseId id;
  std::string code;  // our course code
  std::string title;
  std::string title_zh;
  CourseMode mode = CourseMode::coil;
  InstitutionId partner;
  std::optional<AgreementId> agreement;      // the agreement it runs under
  std::optional<OrgUnitId> org_unit;         // the department that teaches it here
  std::vector<std::string> home_faculty;     // our teachers' names
  std::vector<std::string> partner_faculty;  // the partner's
  int students_home = 0;
  int students_partner = 0;
  int weeks = 0;                 // of joint work
  int synchronous_sessions = 0;  // classes the two sides meet in together
  std::string credits;           // a decimal: "3", "2.5"
  int year = 0;                  // the academic year's first calendar year
  std::string term;              // "autumn", "spring", …, as the institution names them
  int version = 0;
};

// Checks and normalises a course as the programme's check does; invalid_argument naming every
// bad field ("partner_faculty/1", "credits").
Status validate_and_normalize(JointCourse& course);

}  // namespace orbis::domain::teaching
