// Codecs of joint teaching (service/teaching/teaching.h): a course taught with a partner and
// a China-foreign joint programme as a client sends them, as a reader sees them with their
// partners' names and each year's four one-thirds, pages of them, and the courses by year and
// mode. Thread-safety: stateless.
#pragma once

#include "domain/teaching/programme.h"
#include "http/json/codec.h"
#include "http/json/common.h"
#include "service/teaching/teaching.h"

namespace orbis::http::json {

template <>
struct EnumValues<domain::teaching::CourseMode> {
  using M = domain::teaching::CourseMode;
  static constexpr std::array values = {M::coil, M::co_taught, M::blended};
};
template <>
struct EnumValues<domain::teaching::ProgrammeForm> {
  using F = domain::teaching::ProgrammeForm;
  static constexpr std::array values = {F::programme, F::institute};
};
template <>
struct EnumValues<domain::teaching::Level> {
  using L = domain::teaching::Level;
  static constexpr std::array values = {L::associate, L::bachelor, L::master, L::doctoral};
};
template <>
struct EnumValues<domain::teaching::Verdict> {
  using V = domain::teaching::Verdict;
  static constexpr std::array values = {V::met, V::not_met, V::no_base};
};

template <>
struct Codec<domain::teaching::PlanCourse>
    : Object<domain::teaching::PlanCourse, Codec<domain::teaching::PlanCourse>> {
  static constexpr std::string_view name = "JointProgrammeCourse";
  static constexpr auto fields() {
    using C = domain::teaching::PlanCourse;
    return std::tuple{
        Field{"code", &C::code},
        Field{"title", &C::title},
        Field{"core", &C::core, kPlain, "a core course of the major (专业核心课程)"},
        Field{"introduced", &C::introduced, kPlain, "introduced from the foreign partner"},
        Field{"foreign_teacher", &C::foreign_teacher, kPlain,
              "carried by a teacher of the foreign institution"},
        Field{"hours", &C::hours, kPlain, "teaching hours in the year"},
        Field{"foreign_teacher_hours", &C::foreign_teacher_hours, kPlain,
              "of them, taught by the foreign institution's teachers"}};
  }
};

template <>
struct Codec<domain::teaching::YearPlan>
    : Object<domain::teaching::YearPlan, Codec<domain::teaching::YearPlan>> {
  static constexpr std::string_view name = "JointProgrammePlan";
  static constexpr auto fields() {
    using P = domain::teaching::YearPlan;
    return std::tuple{Field{"year", &P::year, kPlain, "the academic year's first calendar year"},
                      Field{"courses", &P::courses}};
  }
};

template <>
struct Codec<domain::teaching::JointCourse>
    : Object<domain::teaching::JointCourse, Codec<domain::teaching::JointCourse>> {
  static constexpr std::string_view name = "JointCourse";
  static constexpr auto fields() {
    using C = domain::teaching::JointCourse;
    return std::tuple{
        Field{"id", &C::id, kReadOnly},
        Field{"code", &C::code},
        Field{"title", &C::title},
        Field{"title_zh", &C::title_zh, kNullIfEmpty},
        Field{"mode", &C::mode, kPlain, "coil (online), co_taught (in one room), blended"},
        Field{"partner_id", &C::partner},
        Field{"agreement_id", &C::agreement, kPlain, "the agreement it runs under"},
        Field{"org_unit_id", &C::org_unit, kPlain, "the department; a coordinator's own"},
        Field{"home_faculty", &C::home_faculty},
        Field{"partner_faculty", &C::partner_faculty},
        Field{"students_home", &C::students_home},
        Field{"students_partner", &C::students_partner},
        Field{"weeks", &C::weeks},
        Field{"synchronous_sessions", &C::synchronous_sessions},
        Field{"credits", &C::credits, kPlain, "a decimal: 3, 2.5"},
        Field{"year", &C::year, kPlain, "the academic year's first calendar year"},
        Field{"term", &C::term, kNullIfEmpty},
        Field{"version", &C::version, kReadOnly}};
  }
};

template <>
struct Codec<domain::teaching::JointProgramme>
    : Object<domain::teaching::JointProgramme, Codec<domain::teaching::JointProgramme>> {
  static constexpr std::string_view name = "JointProgramme";
  static constexpr auto fields() {
    using P = domain::teaching::JointProgramme;
    return std::tuple{
        Field{"id", &P::id, kReadOnly},
        Field{"name", &P::name},
        Field{"name_zh", &P::name_zh, kNullIfEmpty},
        Field{"form", &P::form, kPlain, "programme (项目) or institute (机构)"},
        Field{"level", &P::level},
        Field{"major", &P::major, kNullIfEmpty},
        Field{"partner_ids", &P::partners, kPlain, "the foreign institutions, at least one"},
        Field{"org_unit_id", &P::org_unit, kPlain, "the department; a coordinator's own"},
        Field{"approval_number", &P::approval_number, kPlain, "as the authority gave it"},
        Field{"approved_on", &P::approved_on, kPlain, "ISO date"},
        Field{"valid_until", &P::valid_until, kNullIfEmpty, "ISO date"},
        Field{"yearly_intake", &P::yearly_intake},
        Field{"agreement_ids", &P::agreements},
        Field{"plans", &P::plans, kPlain, "the teaching plan of each academic year"},
        Field{"version", &P::version, kReadOnly}};
  }
};

template <>
struct Codec<service::JointCourseView> {
  static void write(const service::JointCourseView& view, Json& out);
  static Json schema(Schemas& s);
  static int version(const service::JointCourseView& view) { return view.record.version; }
};

template <>
struct Codec<service::JointProgrammeView> {
  static void write(const service::JointProgrammeView& view, Json& out);
  static Json schema(Schemas& s);
  static int version(const service::JointProgrammeView& view) { return view.record.version; }
};

template <>
struct Codec<service::JointCourseYear>
    : Object<service::JointCourseYear, Codec<service::JointCourseYear>> {
  static constexpr std::string_view name = "JointCourseYear";
  static constexpr auto fields() {
    using Y = service::JointCourseYear;
    return std::tuple{Field{"year", &Y::year}, Field{"mode", &Y::mode},
                      Field{"courses", &Y::courses}, Field{"students_home", &Y::students_home},
                      Field{"students_partner", &Y::students_partner}};
  }
};

}  // namespace orbis::http::json
