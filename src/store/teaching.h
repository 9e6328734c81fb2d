// Joint teaching (domain/teaching/programme.h; migration 36): courses taught with a partner,
// China-foreign joint programmes with their plans, the lists of both whose cost follows the
// page, and the yearly tallies of the courses that the indicators count beside mobility.
//
// Thread-safety: as the Transaction. Errors as the repositories' (store.h): not_found,
// conflict for a stale version, already_exists for a second programme with one approval
// number.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include "common/error.h"
#include "common/ids.h"
#include "domain/teaching/programme.h"
#include "store/query.h"
#include "store/store.h"

namespace orbis::store {

// The courses every set member selects, the latest year first.
struct JointCourseQuery {
  std::string text;  // in the code or the title, ignoring ASCII case
  std::optional<int> year;
  std::optional<domain::teaching::CourseMode> mode;
  // Partner institutions, any of which: the one asked for, a partner's own.
  std::vector<InstitutionId> partners;
  // Departments, any of which: the one asked for, a coordinator's own.
  std::vector<OrgUnitId> org_units;
  std::optional<AgreementId> agreement;
  PageSpec page;
};
Result<Page<domain::teaching::JointCourse>> list_joint_courses(Transaction& tx,
                                                               const JointCourseQuery& query);
Result<std::size_t> count_joint_courses(Transaction& tx, const JointCourseQuery& query);
Result<domain::teaching::JointCourse> get_joint_course(Transaction& tx, JointCourseId id);
Result<JointCourseId> insert_joint_course(Transaction& tx,
                                          const domain::teaching::JointCourse& course);
// Writes `course` over the stored one of its id and version; the version goes up by one.
Status update_joint_course(Transaction& tx, const domain::teaching::JointCourse& course);

// The courses of one academic year and mode, and their students on each side.
struct JointCourseTally {
  int year = 0;
  domain::teaching::CourseMode mode = domain::teaching::CourseMode::coil;
  long long courses = 0;
  long long students_home = 0;
  long long students_partner = 0;
};
// Every year from `from` to `to` that has courses, by year then mode; the query's text,
// year and page are not read.
Result<std::vector<JointCourseTally>> tally_joint_courses(Transaction& tx, int from, int to,
                                                          const JointCourseQuery& scope);

// The programmes every set member selects, by name.
struct JointProgrammeQuery {
  std::string text;  // in the name, the Chinese name or the approval number, ignoring ASCII case
  std::optional<domain::teaching::Level> level;
  std::vector<InstitutionId> partners;  // any of which is a partner
  std::vector<OrgUnitId> org_units;     // any of which runs it
  std::optional<AgreementId> agreement;
  PageSpec page;
};
Result<Page<domain::teaching::JointProgramme>> list_joint_programmes(
    Transaction& tx, const JointProgrammeQuery& query);
Result<std::size_t> count_joint_programmes(Transaction& tx, const JointProgrammeQuery& query);
Result<domain::teaching::JointProgramme> get_joint_programme(Transaction& tx, JointProgrammeId id);
// already_exists when another programme holds its approval number.
Result<JointProgrammeId> insert_joint_programme(Transaction& tx,
                                                const domain::teaching::JointProgramme& programme);
Status update_joint_programme(Transaction& tx, const domain::teaching::JointProgramme& programme);

}  // namespace orbis::store
