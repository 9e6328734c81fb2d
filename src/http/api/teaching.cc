// Routes of joint teaching (docs/teaching.md): courses taught with a partner (COIL, co-taught,
// blended) and their students by year, and China-foreign joint programmes with each year's
// four one-thirds.
#include "http/json/teaching.h"

#include <fmt/format.h>

#include "http/api/api.h"
#include "http/routing/endpoint.h"
#include "service/services.h"

namespace orbis::http {

namespace routing {

// GET /joint-courses: filters and a page (50 a page unless asked, at most 200).
struct JointCoursesQuery {
  std::string q;
  std::optional<int> year;
  std::string mode;
  std::optional<InstitutionId> partner;
  std::optional<OrgUnitId> org_unit;
  std::optional<AgreementId> agreement;
  std::size_t limit = 50;
  std::string cursor;
};

template <>
struct QueryCodec<JointCoursesQuery> : QueryObject<JointCoursesQuery> {
  static constexpr auto params() {
    using Q = JointCoursesQuery;
    return std::tuple{
        Param{"q", &Q::q, "words of the code or the title"},
        Param{"year", &Q::year, "the academic year's first calendar year: 2026 for 2026/2027"},
        Param{"mode", &Q::mode, "coil, co_taught or blended"},
        Param{"partner", &Q::partner, "an institution's id: the courses taught with it"},
        Param{"org_unit", &Q::org_unit, "the department's org unit id"},
        Param{"agreement", &Q::agreement, "an agreement's id: the courses that run under it"},
        Param{"limit", &Q::limit, "page size, 1 to 200 (default 50)"},
        Param{"cursor", &Q::cursor, "the `next` value of the previous page"}};
  }
};

// GET /joint-courses/years: the courses and students by year and mode.
struct JointCourseYearsQuery {
  int from = 0;
  int to = 0;
  std::string mode;
  std::optional<InstitutionId> partner;
  std::optional<OrgUnitId> org_unit;
};

template <>
struct QueryCodec<JointCourseYearsQuery> : QueryObject<JointCourseYearsQuery> {
  static constexpr auto params() {
    using Q = JointCourseYearsQuery;
    return std::tuple{Param{"from", &Q::from, "the first academic year: 2022 for 2022/2023"},
                      Param{"to", &Q::to, "the last academic year, at most 20 after the first"},
                      Param{"mode", &Q::mode, "coil, co_taught or blended"},
                      Param{"partner", &Q::partner, "an institution's id"},
                      Param{"org_unit", &Q::org_unit, "the department's org unit id"}};
  }
};

// GET /joint-programmes: filters and a page.
struct JointProgrammesQuery {
  std::string q;
  std::string level;
  std::optional<InstitutionId> partner;
  std::optional<OrgUnitId> org_unit;
  std::optional<AgreementId> agreement;
  std::size_t limit = 50;
  std::string cursor;
};

template <>
struct QueryCodec<JointProgrammesQuery> : QueryObject<JointProgrammesQuery> {
  static constexpr auto params() {
    using Q = JointProgrammesQuery;
    return std::tuple{
        Param{"q", &Q::q, "words of the names or the approval number"},
        Param{"level", &Q::level, "associate, bachelor, master or doctoral"},
        Param{"partner", &Q::partner, "an institution's id: the programmes it is a partner in"},
        Param{"org_unit", &Q::org_unit, "the department's org unit id"},
        Param{"agreement", &Q::agreement, "an agreement's id: the programmes resting on it"},
        Param{"limit", &Q::limit, "page size, 1 to 200 (default 50)"},
        Param{"cursor", &Q::cursor, "the `next` value of the previous page"}};
  }
};

}  // namespace routing

void add_teaching_routes(Router& router, service::Services& s) {
  using domain::access::Action;
  using domain::access::Resource;
  using namespace routing;
  Api api(router, "teaching");

  api.get("/api/v1/joint-courses", Access::policy(Resource::joint_teaching, Action::read),
          "Courses taught with a partner (each role sees its own scope: a department its own, "
          "a partner those taught with it), the latest academic year first")
      .handle([&s](const Call& c,
                   const Query<JointCoursesQuery>& q) -> Result<Page<service::JointCourseView>> {
        service::JointCourseFilter f{.text = q->q,
                                     .year = q->year,
                                     .mode = q->mode,
                                     .partner = q->partner,
                                     .org_unit = q->org_unit,
                                     .agreement = q->agreement,
                                     .limit = q->limit,
                                     .cursor = q->cursor};
        auto page = s.teaching.list_courses(c.actor(), f);
        if (!page) return fail(page.error());
        return Page<service::JointCourseView>{std::move(page->items), std::move(page->next),
                                              page->total};
      });

  api.post("/api/v1/joint-courses", Access::policy(Resource::joint_teaching, Action::create),
           "Record a course taught with a partner (a coordinator one of their department)")
      .handle([&s](const Call& c, domain::teaching::JointCourse course)
                  -> Result<Created<service::JointCourseView>> {
        auto created = s.teaching.create_course(c.actor(), std::move(course));
        if (!created) return fail(created.error());
        std::string location = fmt::format("/api/v1/joint-courses/{}", created->record.id.value);
        return Created<service::JointCourseView>{std::move(*created), std::move(location)};
      });

  api.get("/api/v1/joint-courses/years", Access::policy(Resource::joint_teaching, Action::read),
          "The courses taught with partners and their students on each side, by academic year "
          "and mode, in the reader's scope: virtual and shared teaching beside mobility")
      .handle(
          [&s](const Call& c,
               const Query<JointCourseYearsQuery>& q) -> Result<Page<service::JointCourseYear>> {
            service::JointCourseFilter f{
                .mode = q->mode, .partner = q->partner, .org_unit = q->org_unit};
            auto years = s.teaching.course_years(c.actor(), q->from, q->to, f);
            if (!years) return fail(years.error());
            const auto total = years->size();
            return Page<service::JointCourseYear>{std::move(*years), std::nullopt, total};
          });

  api.get("/api/v1/joint-courses/{id}", Access::policy(Resource::joint_teaching, Action::read),
          "Read a course taught with a partner")
      .handle([&s](const Call& c, JointCourseId id) -> Result<service::JointCourseView> {
        return s.teaching.get_course(c.actor(), id);
      });

  api.patch("/api/v1/joint-courses/{id}", Access::policy(Resource::joint_teaching, Action::update),
            "Change a course with the members sent (If-Match)")
      .handle([&s](const Call& c, JointCourseId id, Version v,
                   const Patch<domain::teaching::JointCourse>& patch)
                  -> Result<service::JointCourseView> {
        auto current = s.teaching.get_course(c.actor(), id);
        if (!current) return fail(current.error());
        domain::teaching::JointCourse record = std::move(current->record);
        if (auto ok = patch.apply(record); !ok) return fail(ok.error());
        return s.teaching.update_course(c.actor(), std::move(record), v.value);
      });

  api.get("/api/v1/joint-programmes", Access::policy(Resource::joint_teaching, Action::read),
          "China-foreign joint programmes and institutes (each role sees its own scope), by "
          "name, each with its four one-thirds per year")
      .handle(
          [&s](const Call& c,
               const Query<JointProgrammesQuery>& q) -> Result<Page<service::JointProgrammeView>> {
            service::JointProgrammeFilter f{.text = q->q,
                                            .level = q->level,
                                            .partner = q->partner,
                                            .org_unit = q->org_unit,
                                            .agreement = q->agreement,
                                            .limit = q->limit,
                                            .cursor = q->cursor};
            auto page = s.teaching.list_programmes(c.actor(), f);
            if (!page) return fail(page.error());
            return Page<service::JointProgrammeView>{std::move(page->items), std::move(page->next),
                                                     page->total};
          });

  api.post("/api/v1/joint-programmes", Access::policy(Resource::joint_teaching, Action::create),
           "Record a joint programme with its approval and teaching plans (409 when another "
           "holds its approval number)")
      .handle([&s](const Call& c, domain::teaching::JointProgramme programme)
                  -> Result<Created<service::JointProgrammeView>> {
        auto created = s.teaching.create_programme(c.actor(), std::move(programme));
        if (!created) return fail(created.error());
        std::string location = fmt::format("/api/v1/joint-programmes/{}", created->record.id.value);
        return Created<service::JointProgrammeView>{std::move(*created), std::move(location)};
      });

  api.get("/api/v1/joint-programmes/{id}", Access::policy(Resource::joint_teaching, Action::read),
          "Read a joint programme with its partners, plans and each year's four one-thirds")
      .handle([&s](const Call& c, JointProgrammeId id) -> Result<service::JointProgrammeView> {
        return s.teaching.get_programme(c.actor(), id);
      });

  api.patch("/api/v1/joint-programmes/{id}",
            Access::policy(Resource::joint_teaching, Action::update),
            "Change a joint programme with the members sent (If-Match)")
      .handle([&s](const Call& c, JointProgrammeId id, Version v,
                   const Patch<domain::teaching::JointProgramme>& patch)
                  -> Result<service::JointProgrammeView> {
        auto current = s.teaching.get_programme(c.actor(), id);
        if (!current) return fail(current.error());
        domain::teaching::JointProgramme record = std::move(current->record);
        if (auto ok = patch.apply(record); !ok) return fail(ok.error());
        return s.teaching.update_programme(c.actor(), std::move(record), v.value);
      });
}

}  // namespace orbis::http
