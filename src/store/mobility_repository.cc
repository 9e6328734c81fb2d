// The repositories of the mobility records: each row holds the record's JSON form
// (without id and version, which are columns) and the columns it is found by.
#include <fmt/format.h>

#include <nlohmann/json.hpp>

#include "domain/mobility_json.h"
#include "store/sql_repositories.h"
#include "store/sql_support.h"

namespace orbis::store::internal {
namespace {

using nlohmann::json;

template <typename T>
std::string body_of(const T& record) {
  json j = domain::to_json(record);
  j.erase("id");
  j.erase("version");
  return j.dump();
}

// The record of a row; internal when the stored JSON no longer reads (a corrupted row).
template <typename T, typename IdType>
Result<T> record_of(long long id, int version, const std::string& body, std::string_view what) {
  const json j = json::parse(body, nullptr, false);
  T record{};
  if (j.is_discarded())
    return fail(Error::internal(fmt::format("{} {} is not readable", what, id)));
  if (auto ok = domain::read_json(j, record, domain::JsonOrigin::store); !ok) {
    return fail(
        Error::internal(fmt::format("{} {} is not readable: {}", what, id, ok.error().message)));
  }
  record.id = IdType{id};
  record.version = version;
  return record;
}

Status stale_or_missing(soci::session& sql, const char* table, long long id,
                        std::string_view what) {
  long long exists = 0;
  sql << fmt::format("SELECT COUNT(*) FROM {} WHERE id = :id", table), soci::use(id),
      soci::into(exists);
  if (!exists) return fail(Error::not_found(fmt::format("no {} {}", what, id)));
  return fail(Error::conflict(fmt::format(
      "the {} was changed by someone else since it was read; reload and try again", what)));
}

// Rows of (id, version, body) from `query` with `binds` applied, as records.
template <typename T, typename IdType, typename Bind>
Result<std::vector<T>> read_rows(soci::session& sql, const std::string& query,
                                 std::string_view what, Bind bind) {
  std::vector<T> out;
  long long id = 0;
  int version = 0;
  std::string body;
  auto chain = (sql.prepare << query, soci::into(id), soci::into(version), soci::into(body));
  bind(chain);
  soci::statement st(chain);
  st.execute();
  while (st.fetch()) {
    auto record = record_of<T, IdType>(id, version, body, what);
    if (!record) return fail(record.error());
    out.push_back(std::move(*record));
  }
  return out;
}

class SqlCallRepository final : public CallRepository {
 public:
  explicit SqlCallRepository(soci::session& sql) : sql_(sql) {}

  Result<std::vector<domain::Call>> all() override {
    return guarded("reading calls", [&] {
      return read_rows<domain::Call, CallId>(
          sql_, "SELECT id, version, body FROM calls ORDER BY academic_year DESC, code", "call",
          [](auto&) {});
    });
  }
  Result<domain::Call> get(CallId id) override {
    return guarded("reading a call", [&]() -> Result<domain::Call> {
      const long long key = id.value;
      auto rows = read_rows<domain::Call, CallId>(
          sql_, "SELECT id, version, body FROM calls WHERE id = :id", "call",
          [&](auto& chain) { chain, soci::use(key); });
      if (!rows) return fail(rows.error());
      if (rows->empty()) return fail(Error::not_found(fmt::format("no call {}", id.value)));
      return std::move(rows->front());
    });
  }
  Result<CallId> insert(const domain::Call& c) override {
    return guarded(fmt::format("adding the call {}", c.code), [&]() -> Result<CallId> {
      const std::string body = body_of(c), now = now_text();
      long long id = 0;
      sql_ << "INSERT INTO calls (code, academic_year, body, version, created_at, updated_at) "
              "VALUES (:c, :y, :b, 1, :n, :u) RETURNING id",
          soci::use(c.code), soci::use(c.academic_year), soci::use(body), soci::use(now),
          soci::use(now), soci::into(id);
      return CallId{id};
    });
  }
  Status update(const domain::Call& c) override {
    return guarded(fmt::format("saving the call {}", c.code), [&]() -> Status {
      const std::string body = body_of(c), now = now_text();
      long long id = c.id.value;
      int version = c.version;
      soci::statement st = (sql_.prepare << "UPDATE calls SET code = :c, academic_year = :y, body "
                                            "= :b, version = version + 1, "
                                            "updated_at = :u WHERE id = :id AND version = :v",
                            soci::use(c.code), soci::use(c.academic_year), soci::use(body),
                            soci::use(now), soci::use(id), soci::use(version));
      st.execute(true);
      if (st.get_affected_rows() == 0) return stale_or_missing(sql_, "calls", id, "call");
      return {};
    });
  }

 private:
  soci::session& sql_;
};

class SqlApplicationRepository final : public ApplicationRepository {
 public:
  explicit SqlApplicationRepository(soci::session& sql) : sql_(sql) {}

  Result<std::vector<domain::Application>> find(const ApplicationQuery& q) override {
    return guarded("reading applications", [&] {
      const long long call = q.call ? q.call->value : 0, person = q.person ? q.person->value : 0;
      return read_rows<domain::Application, ApplicationId>(
          sql_,
          "SELECT id, version, body FROM applications WHERE (:c1 = 0 OR call_id = :c2) AND "
          "(:p1 = 0 OR person_id = :p2) ORDER BY id",
          "application", [&](auto& chain) {
            chain, soci::use(call), soci::use(call), soci::use(person), soci::use(person);
          });
    });
  }
  Result<domain::Application> get(ApplicationId id) override {
    return guarded("reading an application", [&]() -> Result<domain::Application> {
      const long long key = id.value;
      auto rows = read_rows<domain::Application, ApplicationId>(
          sql_, "SELECT id, version, body FROM applications WHERE id = :id", "application",
          [&](auto& chain) { chain, soci::use(key); });
      if (!rows) return fail(rows.error());
      if (rows->empty()) return fail(Error::not_found(fmt::format("no application {}", id.value)));
      return std::move(rows->front());
    });
  }
  Result<ApplicationId> insert(const domain::Application& a) override {
    return guarded("adding an application", [&]() -> Result<ApplicationId> {
      const std::string body = body_of(a), now = now_text(), status(domain::to_string(a.status));
      long long id = 0, call = a.call.value, person = a.person.value;
      sql_ << "INSERT INTO applications (call_id, person_id, status, body, version, created_at, "
              "updated_at) "
              "VALUES (:c, :p, :s, :b, 1, :n, :u) RETURNING id",
          soci::use(call), soci::use(person), soci::use(status), soci::use(body), soci::use(now),
          soci::use(now), soci::into(id);
      return ApplicationId{id};
    });
  }
  Status update(const domain::Application& a) override {
    return guarded("saving an application", [&]() -> Status {
      const std::string body = body_of(a), now = now_text(), status(domain::to_string(a.status));
      long long id = a.id.value;
      int version = a.version;
      soci::statement st =
          (sql_.prepare << "UPDATE applications SET status = :s, body = :b, version = version + 1, "
                           "updated_at = :u WHERE id = :id AND version = :v",
           soci::use(status), soci::use(body), soci::use(now), soci::use(id), soci::use(version));
      st.execute(true);
      if (st.get_affected_rows() == 0)
        return stale_or_missing(sql_, "applications", id, "application");
      return {};
    });
  }
  Result<std::int64_t> insert_document(ApplicationId application,
                                       std::string_view content) override {
    return guarded("keeping a document", [&]() -> Result<std::int64_t> {
      const std::string encoded = base64(content), now = now_text();
      long long id = 0, key = application.value;
      sql_ << "INSERT INTO application_documents (application_id, content_base64, created_at) "
              "VALUES (:a, :c, :n) "
              "RETURNING id",
          soci::use(key), soci::use(encoded), soci::use(now), soci::into(id);
      return std::int64_t{id};
    });
  }
  Result<std::string> document(ApplicationId application, std::int64_t document) override {
    return guarded("reading a document", [&]() -> Result<std::string> {
      long long key = application.value, doc = document;
      std::string encoded;
      sql_ << "SELECT content_base64 FROM application_documents WHERE id = :d AND application_id = "
              ":a",
          soci::use(doc), soci::use(key), soci::into(encoded);
      if (!sql_.got_data()) return fail(Error::not_found(fmt::format("no document {}", document)));
      return unbase64(encoded);
    });
  }

 private:
  soci::session& sql_;
};

class SqlPlacementRunRepository final : public PlacementRunRepository {
 public:
  explicit SqlPlacementRunRepository(soci::session& sql) : sql_(sql) {}

  Result<std::vector<PlacementRunRecord>> by_call(CallId call) override {
    return guarded("reading placement runs", [&]() -> Result<std::vector<PlacementRunRecord>> {
      std::vector<PlacementRunRecord> out;
      PlacementRunRecord r;
      long long id = 0, key = call.value;
      soci::statement st =
          (sql_.prepare << "SELECT id, mode, seed, input_sha256, engine_version, summary, "
                           "created_at, created_by, "
                           "published_at FROM placement_runs WHERE call_id = :c ORDER BY id DESC",
           soci::use(key), soci::into(id), soci::into(r.mode), soci::into(r.seed),
           soci::into(r.input_sha256), soci::into(r.engine_version), soci::into(r.summary),
           soci::into(r.created_at), soci::into(r.created_by), soci::into(r.published_at));
      st.execute();
      while (st.fetch()) {
        r.id = PlacementRunId{id};
        r.call = call;
        out.push_back(r);
      }
      return out;
    });
  }
  Result<PlacementRunRecord> get(PlacementRunId id) override {
    return guarded("reading a placement run", [&]() -> Result<PlacementRunRecord> {
      PlacementRunRecord r;
      long long key = id.value, call = 0;
      sql_ << "SELECT call_id, mode, seed, input_sha256, engine_version, input, output, summary, "
              "created_at, "
              "created_by, published_at FROM placement_runs WHERE id = :id",
          soci::use(key), soci::into(call), soci::into(r.mode), soci::into(r.seed),
          soci::into(r.input_sha256), soci::into(r.engine_version), soci::into(r.input),
          soci::into(r.output), soci::into(r.summary), soci::into(r.created_at),
          soci::into(r.created_by), soci::into(r.published_at);
      if (!sql_.got_data())
        return fail(Error::not_found(fmt::format("no placement run {}", id.value)));
      r.id = id;
      r.call = CallId{call};
      return r;
    });
  }
  Result<PlacementRunId> insert(const PlacementRunRecord& r) override {
    return guarded("keeping a placement run", [&]() -> Result<PlacementRunId> {
      long long id = 0, call = r.call.value;
      sql_
          << "INSERT INTO placement_runs (call_id, mode, seed, input_sha256, engine_version, "
             "input, output, summary, "
             "created_at, created_by) VALUES (:c, :m, :s, :h, :e, :i, :o, :y, :a, :b) RETURNING id",
          soci::use(call), soci::use(r.mode), soci::use(r.seed), soci::use(r.input_sha256),
          soci::use(r.engine_version), soci::use(r.input), soci::use(r.output),
          soci::use(r.summary), soci::use(r.created_at), soci::use(r.created_by), soci::into(id);
      return PlacementRunId{id};
    });
  }
  Status set_published(PlacementRunId id, std::string_view at) override {
    return guarded("publishing a placement run", [&]() -> Status {
      long long key = id.value;
      const std::string when(at);
      sql_ << "UPDATE placement_runs SET published_at = :a WHERE id = :id", soci::use(when),
          soci::use(key);
      return {};
    });
  }

 private:
  soci::session& sql_;
};

class SqlMobilityRepository final : public MobilityRepository {
 public:
  explicit SqlMobilityRepository(soci::session& sql) : sql_(sql) {}

  Result<std::vector<domain::Mobility>> find(const MobilityQuery& q) override {
    return guarded("reading mobilities", [&] {
      const std::string direction = q.direction ? std::string(domain::to_string(*q.direction)) : "",
                        status = q.status ? std::string(domain::to_string(*q.status)) : "",
                        year = q.academic_year;
      const long long person = q.person ? q.person->value : 0,
                      institution = q.institution ? q.institution->value : 0,
                      agreement = q.agreement ? q.agreement->value : 0,
                      application = q.application ? q.application->value : 0;
      return read_rows<domain::Mobility, MobilityId>(
          sql_,
          "SELECT id, version, body FROM mobilities WHERE (:d1 = '' OR direction = :d2) AND "
          "(:s1 = '' OR status = :s2) AND (:y1 = '' OR academic_year = :y2) AND (:p1 = 0 OR "
          "person_id = :p2) AND "
          "(:i1 = 0 OR sending_id = :i2 OR receiving_id = :i3) AND (:a1 = 0 OR agreement_id = :a2) "
          "AND "
          "(:ap1 = 0 OR application_id = :ap2) ORDER BY planned_start DESC, id DESC",
          "mobility", [&](auto& chain) {
            chain, soci::use(direction), soci::use(direction), soci::use(status), soci::use(status),
                soci::use(year), soci::use(year), soci::use(person), soci::use(person),
                soci::use(institution), soci::use(institution), soci::use(institution),
                soci::use(agreement), soci::use(agreement), soci::use(application),
                soci::use(application);
          });
    });
  }
  Result<domain::Mobility> get(MobilityId id) override {
    return guarded("reading a mobility", [&]() -> Result<domain::Mobility> {
      const long long key = id.value;
      auto rows = read_rows<domain::Mobility, MobilityId>(
          sql_, "SELECT id, version, body FROM mobilities WHERE id = :id", "mobility",
          [&](auto& chain) { chain, soci::use(key); });
      if (!rows) return fail(rows.error());
      if (rows->empty()) return fail(Error::not_found(fmt::format("no mobility {}", id.value)));
      return std::move(rows->front());
    });
  }
  Result<MobilityId> insert(const domain::Mobility& m) override {
    return guarded("adding a mobility", [&]() -> Result<MobilityId> {
      Columns c(m);
      long long id = 0;
      sql_ << "INSERT INTO mobilities (person_id, direction, status, sending_id, receiving_id, "
              "agreement_id, "
              "application_id, academic_year, planned_start, body, version, created_at, "
              "updated_at) VALUES (:p, :d, "
              ":s, :se, :r, :a, :ap, :y, :ps, :b, 1, :n, :u) RETURNING id",
          soci::use(c.person), soci::use(c.direction), soci::use(c.status), soci::use(c.sending),
          soci::use(c.receiving), soci::use(c.agreement, c.agreement_ind),
          soci::use(c.application, c.application_ind), soci::use(m.academic_year),
          soci::use(m.planned_start), soci::use(c.body), soci::use(c.now), soci::use(c.now),
          soci::into(id);
      return MobilityId{id};
    });
  }
  Status update(const domain::Mobility& m) override {
    return guarded("saving a mobility", [&]() -> Status {
      Columns c(m);
      long long id = m.id.value;
      int version = m.version;
      soci::statement st =
          (sql_.prepare
               << "UPDATE mobilities SET person_id = :p, direction = :d, status = :s, sending_id = "
                  ":se, "
                  "receiving_id = :r, agreement_id = :a, application_id = :ap, academic_year = :y, "
                  "planned_start = :ps, body = :b, version = version + 1, updated_at = :u "
                  "WHERE id = :id AND version = :v",
           soci::use(c.person), soci::use(c.direction), soci::use(c.status), soci::use(c.sending),
           soci::use(c.receiving), soci::use(c.agreement, c.agreement_ind),
           soci::use(c.application, c.application_ind), soci::use(m.academic_year),
           soci::use(m.planned_start), soci::use(c.body), soci::use(c.now), soci::use(id),
           soci::use(version));
      st.execute(true);
      if (st.get_affected_rows() == 0) return stale_or_missing(sql_, "mobilities", id, "mobility");
      return {};
    });
  }

 private:
  // The columns of a mobility row, bound for writing.
  struct Columns {
    long long person, sending, receiving, agreement, application;
    soci::indicator agreement_ind, application_ind;
    std::string direction, status, body, now;
    explicit Columns(const domain::Mobility& m)
        : person(m.person.value),
          sending(m.sending.value),
          receiving(m.receiving.value),
          agreement(m.agreement ? m.agreement->value : 0),
          application(m.application ? m.application->value : 0),
          agreement_ind(m.agreement ? soci::i_ok : soci::i_null),
          application_ind(m.application ? soci::i_ok : soci::i_null),
          direction(domain::to_string(m.direction)),
          status(domain::to_string(m.status)),
          body(body_of(m)),
          now(now_text()) {}
  };

  soci::session& sql_;
};

}  // namespace

std::unique_ptr<CallRepository> make_call_repository(soci::session& sql) {
  return std::make_unique<SqlCallRepository>(sql);
}
std::unique_ptr<ApplicationRepository> make_application_repository(soci::session& sql) {
  return std::make_unique<SqlApplicationRepository>(sql);
}
std::unique_ptr<PlacementRunRepository> make_placement_run_repository(soci::session& sql) {
  return std::make_unique<SqlPlacementRunRepository>(sql);
}
std::unique_ptr<MobilityRepository> make_mobility_repository(soci::session& sql) {
  return std::make_unique<SqlMobilityRepository>(sql);
}

}  // namespace orbis::store::internal
