// Course catalogues in columns (migration 9, "facts in columns").
#include <fmt/format.h>

#include "store/lists.h"
#include "store/sql/repositories.h"
#include "store/sql/statement.h"
#include "store/sql/support.h"

namespace orbis::store::internal {
namespace {

using domain::Course;

constexpr const char* kColumns =
    "id, institution_id, code, title, title_zh, "
    "title_local, credits, credit_system, level, "
    "language, isced, term";

class SqlCourseRepository final : public CourseRepository {
 public:
  explicit SqlCourseRepository(const sql::Context& context)
      : sql_(context.session), context_(context) {}

  Result<std::vector<Course>> list(InstitutionId institution) override {
    return guarded(context_, "reading courses", [&]() -> Result<std::vector<Course>> {
      sql::Where where;
      where.add("institution_id = " + where.bind(institution.value));
      return select(where, " ORDER BY code");
    });
  }

  // By code; the unique index on (institution_id, code), which carries the id, serves it.
  Result<Page<Course>> page(const CourseQuery& q) {
    return guarded(context_, "reading courses", [&]() -> Result<Page<Course>> {
      sql::Where where;
      where.add("institution_id = " + where.bind(q.institution.value));
      return sql::keyset_page(
          where, {"code"}, q.page,
          [&](sql::Where& w, const std::string& order) { return select(w, order); },
          [](const Course& c) { return Cursor{{c.code}, c.id}; });
    });
  }

  Result<std::optional<Course>> find(InstitutionId institution, std::string_view code) override {
    return guarded(context_, "reading a course", [&]() -> Result<std::optional<Course>> {
      sql::Where where;
      where.add("institution_id = " + where.bind(institution.value));
      where.add("code = " + where.bind(std::string(code)));
      auto found = select(where, "");
      if (found.empty()) return std::optional<Course>();
      return std::optional<Course>(std::move(found.front()));
    });
  }

  Result<std::int64_t> insert(const Course& c) override {
    return guarded(
        context_, fmt::format("adding the course {}", c.code), [&]() -> Result<std::int64_t> {
          long long id = 0, institution = c.institution;
          const std::string now = context_.now();
          sql_ << "INSERT INTO courses (institution_id, code, "
                  "title, title_zh, title_local, credits, "
                  "credit_system, level, language, isced, term, "
                  "created_at, updated_at) VALUES (:i, "
                  ":code, :title, :title_zh, :title_local, "
                  ":credits, :system, :level, :language, "
                  ":isced, :term, :created, :updated) RETURNING id",
              soci::use(institution), soci::use(c.code), soci::use(c.title), soci::use(c.title_zh),
              soci::use(c.title_local), soci::use(c.credits), soci::use(c.credit_system),
              soci::use(c.level), soci::use(c.language), soci::use(c.isced), soci::use(c.term),
              soci::use(now), soci::use(now), soci::into(id);
          return std::int64_t{id};
        });
  }

  Status update(const Course& c) override {
    return guarded(context_, fmt::format("saving the course {}", c.code), [&]() -> Status {
      long long id = c.id;
      const std::string now = context_.now();
      soci::statement st = (sql_.prepare << "UPDATE courses SET code = :code, title = "
                                            ":title, title_zh = "
                                            ":title_zh, title_local = :title_local, credits "
                                            "= :credits, "
                                            "credit_system = :system, level = :level, "
                                            "language = :language, isced "
                                            "= :isced, term = :term, updated_at = :updated "
                                            "WHERE id = :id",
                            soci::use(c.code), soci::use(c.title), soci::use(c.title_zh),
                            soci::use(c.title_local), soci::use(c.credits),
                            soci::use(c.credit_system), soci::use(c.level), soci::use(c.language),
                            soci::use(c.isced), soci::use(c.term), soci::use(now), soci::use(id));
      st.execute(true);
      if (st.get_affected_rows() == 0)
        return fail(Error::not_found(fmt::format("no course {}", c.id)));
      return {};
    });
  }

 private:
  // The courses `where` selects, in `order`.
  std::vector<Course> select(sql::Where& where, const std::string& order) {
    std::vector<Course> out;
    Course c;
    long long id = 0, owner = 0;
    soci::statement st =
        (sql_.prepare << (std::string("SELECT ") + kColumns + " FROM courses" + where.sql() +
                          order),
         soci::use(where.values()), soci::into(id), soci::into(owner), soci::into(c.code),
         soci::into(c.title), soci::into(c.title_zh), soci::into(c.title_local),
         soci::into(c.credits), soci::into(c.credit_system), soci::into(c.level),
         soci::into(c.language), soci::into(c.isced), soci::into(c.term));
    st.execute();
    while (st.fetch()) {
      c.id = id;
      c.institution = owner;
      out.push_back(c);
    }
    return out;
  }

  soci::session& sql_;
  const sql::Context& context_;
};

}  // namespace

std::unique_ptr<CourseRepository> make_course_repository(const sql::Context& context) {
  return std::make_unique<SqlCourseRepository>(context);
}

}  // namespace orbis::store::internal

namespace orbis::store {

Result<Page<domain::Course>> list_courses(Transaction& tx, const CourseQuery& query) {
  return internal::SqlCourseRepository(internal::context_of(tx)).page(query);
}

}  // namespace orbis::store
