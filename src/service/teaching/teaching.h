// Joint teaching (docs/teaching.md): courses taught with a partner (COIL, co-taught, blended)
// and China-foreign joint programmes, with each programme's four one-thirds per year held
// against the rule set in force (data/rules/cn).
//
// Who sees what (the access policy's joint_teaching): the office and viewers every course
// and programme, a coordinator their department's, a partner those it is a partner in. A
// linked agreement is shown only when the reader may read it.
//
// Thread-safety: thread-safe (each call runs its own transaction).
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "common/clock.h"
#include "common/ids.h"
#include "domain/rule_set.h"
#include "domain/teaching/programme.h"
#include "domain/user.h"
#include "service/support/views.h"
#include "store/store.h"

namespace orbis::service {

struct TeachingUnit {
  OrgUnitId id;
  std::string name;
  std::string name_zh;
};

struct TeachingAgreement {
  AgreementId id;
  std::string title;
};

struct JointCourseView {
  domain::teaching::JointCourse record;
  InstitutionRef partner;
  std::optional<TeachingUnit> org_unit;
  std::optional<TeachingAgreement> agreement;  // when the reader may read it
  std::vector<std::string> allowed_actions;    // "update"
};

struct JointCourseFilter {
  std::string text;
  std::optional<int> year;  // the academic year's first calendar year
  std::string mode;         // coil, co_taught, blended; empty: any
  std::optional<InstitutionId> partner;
  std::optional<OrgUnitId> org_unit;
  std::optional<AgreementId> agreement;
  std::size_t limit = 50;
  std::string cursor;
};

struct JointCoursePage {
  std::vector<JointCourseView> items;
  std::optional<std::string> next;
  std::size_t total = 0;
};

// The courses of one academic year and mode, and their students, in the reader's scope.
struct JointCourseYear {
  int year = 0;
  domain::teaching::CourseMode mode = domain::teaching::CourseMode::coil;
  std::int64_t courses = 0;
  std::int64_t students_home = 0;
  std::int64_t students_partner = 0;
};

// One share of a programme's plan against its minimum.
struct ShareView {
  std::string rule;  // the ratio's id in the set
  std::string name;
  std::string name_zh;
  std::int64_t numerator = 0;
  std::int64_t denominator = 0;
  double percent = 0;
  int at_least_num = 1;
  int at_least_den = 3;
  domain::teaching::Verdict verdict = domain::teaching::Verdict::no_base;
  std::string source;  // the title of the rule's source
  std::string article;
};

// A programme's plan for one year held against the set in force on the year's 1 September.
struct FourThirdsView {
  int year = 0;
  std::string rule_set;  // its id
  std::string rule_set_name;
  std::string rule_set_name_zh;
  std::vector<ShareView> shares;
  bool all_met = false;
};

struct JointProgrammeView {
  domain::teaching::JointProgramme record;
  std::vector<InstitutionRef> partners;
  std::optional<TeachingUnit> org_unit;
  std::vector<TeachingAgreement> agreements;  // those the reader may read
  std::vector<FourThirdsView> four_thirds;    // each year with a plan, oldest first
  bool approved_today = false;                // the approval holds today
  std::vector<std::string> allowed_actions;   // "update"
};

struct JointProgrammeFilter {
  std::string text;
  std::string level;  // associate, bachelor, master, doctoral; empty: any
  std::optional<InstitutionId> partner;
  std::optional<OrgUnitId> org_unit;
  std::optional<AgreementId> agreement;
  std::size_t limit = 50;
  std::string cursor;
};

struct JointProgrammePage {
  std::vector<JointProgrammeView> items;
  std::optional<std::string> next;
  std::size_t total = 0;
};

class JointTeaching {
 public:
  JointTeaching(store::Store& store, const Clock& clock) : store_(store), clock_(clock) {}

  // A page of the courses the reader may see, the latest academic year first, with the total.
  Result<JointCoursePage> list_courses(const domain::Actor& actor,
                                       const JointCourseFilter& filter) const;
  // not_found when there is none or the reader may not see it.
  Result<JointCourseView> get_course(const domain::Actor& actor, JointCourseId id) const;
  // A coordinator records the courses their own department teaches.
  Result<JointCourseView> create_course(const domain::Actor& actor,
                                        domain::teaching::JointCourse course);
  Result<JointCourseView> update_course(const domain::Actor& actor,
                                        domain::teaching::JointCourse course, int expected_version);
  // The courses and their students by academic year and mode, from `from` to `to`, in the
  // reader's scope (the filter's partner and department narrow it).
  Result<std::vector<JointCourseYear>> course_years(const domain::Actor& actor, int from, int to,
                                                    const JointCourseFilter& filter) const;

  Result<JointProgrammePage> list_programmes(const domain::Actor& actor,
                                             const JointProgrammeFilter& filter) const;
  Result<JointProgrammeView> get_programme(const domain::Actor& actor, JointProgrammeId id) const;
  // already_exists when another programme holds the approval number.
  Result<JointProgrammeView> create_programme(const domain::Actor& actor,
                                              domain::teaching::JointProgramme programme);
  Result<JointProgrammeView> update_programme(const domain::Actor& actor,
                                              domain::teaching::JointProgramme programme,
                                              int expected_version);

 private:
  store::Store& store_;
  const Clock& clock_;
};

}  // namespace orbis::service
