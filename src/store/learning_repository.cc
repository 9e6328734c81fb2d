// Course catalogues and learning agreements, each row holding the record's JSON.
#include <fmt/format.h>

#include <nlohmann/json.hpp>

#include "store/sql_repositories.h"
#include "store/sql_support.h"

namespace orbis::store::internal {
namespace {

using nlohmann::json;

template <typename T>
Result<T> parse_body(const std::string& body, std::string_view what) {
  const json j = json::parse(body, nullptr, false);
  if (j.is_discarded())
    return fail(Error::internal(fmt::format("a stored {} is not readable", what)));
  try {
    return j.get<T>();
  } catch (const std::exception& e) {
    return fail(Error::internal(fmt::format("a stored {} is not readable: {}", what, e.what())));
  }
}

class SqlCourseRepository final : public CourseRepository {
 public:
  explicit SqlCourseRepository(soci::session& sql) : sql_(sql) {}

  Result<std::vector<domain::Course>> list(InstitutionId institution) override {
    return guarded("reading courses", [&]() -> Result<std::vector<domain::Course>> {
      std::vector<domain::Course> out;
      long long id = 0, key = institution.value;
      std::string body;
      soci::statement st =
          (sql_.prepare << "SELECT id, body FROM courses WHERE institution_id = :i ORDER BY code",
           soci::use(key), soci::into(id), soci::into(body));
      st.execute();
      while (st.fetch()) {
        auto c = parse_body<domain::Course>(body, "course");
        if (!c) return fail(c.error());
        c->id = id;
        out.push_back(std::move(*c));
      }
      return out;
    });
  }
  Result<std::optional<domain::Course>> find(InstitutionId institution,
                                             std::string_view code) override {
    return guarded("reading a course", [&]() -> Result<std::optional<domain::Course>> {
      long long id = 0, key = institution.value;
      std::string body;
      const std::string wanted(code);
      sql_ << "SELECT id, body FROM courses WHERE institution_id = :i AND code = :c",
          soci::use(key), soci::use(wanted), soci::into(id), soci::into(body);
      if (!sql_.got_data()) return std::optional<domain::Course>();
      auto c = parse_body<domain::Course>(body, "course");
      if (!c) return fail(c.error());
      c->id = id;
      return std::optional<domain::Course>(std::move(*c));
    });
  }
  Result<std::int64_t> insert(const domain::Course& c) override {
    return guarded(fmt::format("adding the course {}", c.code), [&]() -> Result<std::int64_t> {
      long long id = 0, institution = c.institution;
      const std::string body = json(c).dump(), now = now_text();
      sql_ << "INSERT INTO courses (institution_id, code, body, created_at, updated_at) VALUES "
              "(:i, :c, :b, :n, :u) "
              "RETURNING id",
          soci::use(institution), soci::use(c.code), soci::use(body), soci::use(now),
          soci::use(now), soci::into(id);
      return std::int64_t{id};
    });
  }
  Status update(const domain::Course& c) override {
    return guarded(fmt::format("saving the course {}", c.code), [&]() -> Status {
      long long id = c.id;
      const std::string body = json(c).dump(), now = now_text();
      sql_ << "UPDATE courses SET code = :c, body = :b, updated_at = :u WHERE id = :id",
          soci::use(c.code), soci::use(body), soci::use(now), soci::use(id);
      return {};
    });
  }

 private:
  soci::session& sql_;
};

class SqlLearningAgreementRepository final : public LearningAgreementRepository {
 public:
  explicit SqlLearningAgreementRepository(soci::session& sql) : sql_(sql) {}

  Result<std::optional<domain::LearningAgreementRecord>> find(MobilityId mobility) override {
    return guarded(
        "reading a learning agreement",
        [&]() -> Result<std::optional<domain::LearningAgreementRecord>> {
          long long id = 0, key = mobility.value;
          int version = 0;
          std::string body;
          sql_ << "SELECT id, version, body FROM learning_agreements WHERE mobility_id = :m",
              soci::use(key), soci::into(id), soci::into(version), soci::into(body);
          if (!sql_.got_data()) return std::optional<domain::LearningAgreementRecord>();
          auto r = parse_body<domain::LearningAgreementRecord>(body, "learning agreement");
          if (!r) return fail(r.error());
          r->id = id;
          r->version = version;
          return std::optional<domain::LearningAgreementRecord>(std::move(*r));
        });
  }
  Result<std::vector<domain::LearningAgreementRecord>> all() override {
    return guarded(
        "reading learning agreements",
        [&]() -> Result<std::vector<domain::LearningAgreementRecord>> {
          std::vector<domain::LearningAgreementRecord> out;
          long long id = 0;
          int version = 0;
          std::string body;
          soci::statement st =
              (sql_.prepare << "SELECT id, version, body FROM learning_agreements ORDER BY id",
               soci::into(id), soci::into(version), soci::into(body));
          st.execute();
          while (st.fetch()) {
            auto r = parse_body<domain::LearningAgreementRecord>(body, "learning agreement");
            if (!r) return fail(r.error());
            r->id = id;
            r->version = version;
            out.push_back(std::move(*r));
          }
          return out;
        });
  }
  Result<std::int64_t> insert(const domain::LearningAgreementRecord& r) override {
    return guarded("adding a learning agreement", [&]() -> Result<std::int64_t> {
      long long id = 0, mobility = r.mobility;
      const std::string body = json(r).dump(), now = now_text();
      sql_
          << "INSERT INTO learning_agreements (mobility_id, body, version, created_at, updated_at) "
             "VALUES (:m, :b, 1, :n, :u) RETURNING id",
          soci::use(mobility), soci::use(body), soci::use(now), soci::use(now), soci::into(id);
      return std::int64_t{id};
    });
  }
  Status update(const domain::LearningAgreementRecord& r) override {
    return guarded("saving a learning agreement", [&]() -> Status {
      long long id = r.id;
      int version = r.version;
      const std::string body = json(r).dump(), now = now_text();
      soci::statement st =
          (sql_.prepare << "UPDATE learning_agreements SET body = :b, version = version + 1, "
                           "updated_at = :u WHERE id = :id AND version = :v",
           soci::use(body), soci::use(now), soci::use(id), soci::use(version));
      st.execute(true);
      if (st.get_affected_rows() == 0) {
        return fail(
            Error::conflict("the learning agreement was changed by someone else since it was read; "
                            "reload and try again"));
      }
      return {};
    });
  }

 private:
  soci::session& sql_;
};

}  // namespace

std::unique_ptr<CourseRepository> make_course_repository(soci::session& sql) {
  return std::make_unique<SqlCourseRepository>(sql);
}
std::unique_ptr<LearningAgreementRepository> make_learning_agreement_repository(
    soci::session& sql) {
  return std::make_unique<SqlLearningAgreementRepository>(sql);
}

}  // namespace orbis::store::internal
