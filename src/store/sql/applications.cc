// Applications in columns, their placement result among them, with preferences,
// verdicts, the result's explanations, history and documents in child tables
// (migration 9, "facts in columns"). A document's bytes are kept when it is
// uploaded and its description when the application is saved: a document
// without a position is not (or no longer) in the list.
#include <fmt/format.h>

#include <string_view>
#include <vector>

#include "store/call_page.h"
#include "store/lists.h"
#include "store/sql/repositories.h"
#include "store/sql/statement.h"
#include "store/sql/support.h"

namespace orbis::store::internal {
namespace {

using domain::Application;
using sql::Where;

struct OptionalNumber {
  double value = 0;
  soci::indicator ind = soci::i_null;
  void from(const std::optional<double>& v) {
    value = v.value_or(0);
    ind = v ? soci::i_ok : soci::i_null;
  }
  std::optional<double> to() const {
    return ind == soci::i_ok ? std::optional<double>(value) : std::nullopt;
  }
};

struct OptionalInteger {
  long long value = 0;
  soci::indicator ind = soci::i_null;
  template <typename T>
  void from(const std::optional<T>& v) {
    value = v ? static_cast<long long>(*v) : 0;
    ind = v ? soci::i_ok : soci::i_null;
  }
  template <typename T>
  std::optional<T> to() const {
    return ind == soci::i_ok ? std::optional<T>(static_cast<T>(value)) : std::nullopt;
  }
};

struct ApplicationRow {
  long long id = 0, call = 0, person = 0;
  OptionalInteger org_unit, result_run, result_offer, result_preference, result_waiting;
  OptionalNumber interview_score, motivation_score, score;
  std::string status, motivation, scored_by, submit_started_at, submitted_at, created_at,
      updated_at;
  int version = 0;

  void from(const Application& a) {
    id = a.id.value;
    call = a.call.value;
    person = a.person.value;
    org_unit.from(a.org_unit ? std::optional<long long>(a.org_unit->value) : std::nullopt);
    status = domain::to_string(a.status);
    motivation = a.motivation;
    interview_score.from(a.interview_score);
    motivation_score.from(a.motivation_score);
    scored_by = a.scored_by;
    score.from(a.score);
    if (a.result) {
      result_run.from(std::optional<long long>(a.result->run.value));
      result_offer.from(a.result->offer);
      result_preference.from(a.result->preference);
      result_waiting.from(a.result->waiting_position);
    }
    submit_started_at = a.submit_started_at;
    submitted_at = a.submitted_at;
    created_at = a.created_at;
    updated_at = a.updated_at;
    version = a.version;
  }

  Result<Application> to() const {
    Application a;
    a.id = ApplicationId{id};
    a.call = CallId{call};
    a.person = PersonId{person};
    if (org_unit.ind == soci::i_ok) a.org_unit = OrgUnitId{org_unit.value};
    const auto s = domain::parse_application_status(status);
    if (!s) return fail(Error::internal(fmt::format("application {} is not readable", id)));
    a.status = *s;
    a.motivation = motivation;
    a.interview_score = interview_score.to();
    a.motivation_score = motivation_score.to();
    a.scored_by = scored_by;
    a.score = score.to();
    if (result_run.ind == soci::i_ok) {
      domain::PlacementResult r;
      r.run = PlacementRunId{result_run.value};
      r.offer = result_offer.to<std::int64_t>();
      r.preference = result_preference.to<int>();
      r.waiting_position = result_waiting.to<int>();
      a.result = std::move(r);
    }
    a.submit_started_at = submit_started_at;
    a.submitted_at = submitted_at;
    a.created_at = created_at;
    a.updated_at = updated_at;
    a.version = version;
    return a;
  }
};

// The columns an application is read from, its instants as the dialect prints them.
std::string columns(const sql::Dialect& d) {
  return fmt::format(
      "id, call_id, person_id, org_unit_id, status, motivation, interview_score, "
      "motivation_score, scored_by, score, result_run_id, result_offer_id, result_preference, "
      "result_waiting_position, {}, {}, {}, {}, version",
      d.instant("submit_started_at"), d.instant("submitted_at"), d.instant("created_at"),
      d.instant("updated_at"));
}

class SqlApplicationRepository final : public ApplicationRepository {
 public:
  explicit SqlApplicationRepository(const sql::Context& context)
      : sql_(context.session), context_(context) {}

  Result<std::vector<Application>> find(const ApplicationQuery& q) override {
    return guarded(context_, "reading applications", [&]() -> Result<std::vector<Application>> {
      Where where;
      if (q.call) where.add("call_id = " + where.bind(q.call->value));
      if (q.person) where.add("person_id = " + where.bind(q.person->value));
      return select(where, " ORDER BY id");
    });
  }

  // A page of the applications `q` selects (store/lists.h).
  Result<Page<Application>> list(const ApplicationListQuery& q) {
    return guarded(context_, "listing applications", [&]() -> Result<Page<Application>> {
      Where where;
      add_filters(where, q);
      where.add_keyset({}, q.page.after);
      auto rows = select(where, sql::order_and_limit({}, q.page.limit));
      if (!rows) return fail(rows.error());
      return sql::page_of(std::move(*rows), q.page.limit,
                          [](const Application& a) { return Cursor{{}, a.id.value}; });
    });
  }

  Result<std::size_t> count(const ApplicationListQuery& q) {
    return guarded(context_, "counting applications", [&]() -> Result<std::size_t> {
      Where where;
      add_filters(where, q);
      long long n = 0;
      sql_ << ("SELECT COUNT(*) FROM applications" + where.sql()), soci::use(where.values()),
          soci::into(n);
      return static_cast<std::size_t>(n);
    });
  }

  static void add_filters(Where& where, const ApplicationListQuery& q) {
    if (q.call) where.add("call_id = " + where.bind(q.call->value));
    if (q.org_unit) where.add("org_unit_id = " + where.bind(q.org_unit->value));
    if (q.person) where.add("person_id = " + where.bind(q.person->value));
    if (q.status) where.add("status = " + where.bind(std::string(domain::to_string(*q.status))));
    if (q.to_score) {
      // The office's are read call by call (applications_by_call); an org unit's from the
      // index of the applications waiting for a score (migration 27), which a condition on
      // call_id that an index could take would keep the planner from.
      where.add("status IN ('submitted', 'eligible') AND scored_by = ''");
      where.add(q.org_unit ? "EXISTS (SELECT 1 FROM calls c WHERE c.id = applications.call_id AND "
                             "(c.weight_interview > 0 OR c.weight_motivation > 0))"
                           : "call_id IN (SELECT c.id FROM calls c WHERE c.weight_interview > 0 "
                             "OR c.weight_motivation > 0)");
    }
  }

  Result<Application> get(ApplicationId id) override {
    return guarded(context_, "reading an application", [&]() -> Result<Application> {
      Where where;
      where.add("id = " + where.bind(id.value));
      auto rows = select(where, "");
      if (!rows) return fail(rows.error());
      if (rows->empty()) return fail(Error::not_found(fmt::format("no application {}", id.value)));
      return std::move(rows->front());
    });
  }

  Result<ApplicationId> insert(const Application& a) override {
    return guarded(context_, "adding an application", [&]() -> Result<ApplicationId> {
      ApplicationRow r;
      r.from(a);
      stamp(r);
      long long id = 0;
      sql_ << "INSERT INTO applications (call_id, person_id, org_unit_id, "
              "status, motivation, "
              "interview_score, motivation_score, scored_by, score, "
              "result_run_id, "
              "result_offer_id, result_preference, result_waiting_position, "
              "submit_started_at, "
              "submitted_at, version, created_at, updated_at) VALUES (:call, "
              ":person, :unit, "
              ":status, :motivation, :interview, :motivation_score, "
              ":scored_by, :score, :run, "
              ":offer, :preference, :waiting, " +
                  context_.dialect.optional_instant(":started") + ", " +
                  context_.dialect.optional_instant(":submitted") +
                  ", 1, :created, :updated) "
                  "RETURNING id",
          soci::use(r.call), soci::use(r.person), soci::use(r.org_unit.value, r.org_unit.ind),
          soci::use(r.status), soci::use(r.motivation),
          soci::use(r.interview_score.value, r.interview_score.ind),
          soci::use(r.motivation_score.value, r.motivation_score.ind), soci::use(r.scored_by),
          soci::use(r.score.value, r.score.ind), soci::use(r.result_run.value, r.result_run.ind),
          soci::use(r.result_offer.value, r.result_offer.ind),
          soci::use(r.result_preference.value, r.result_preference.ind),
          soci::use(r.result_waiting.value, r.result_waiting.ind), soci::use(r.submit_started_at),
          soci::use(r.submitted_at), soci::use(r.created_at), soci::use(r.updated_at),
          soci::into(id);
      write_children(id, a);
      add_to_tallies(tally_of(a), 1);
      return ApplicationId{id};
    });
  }

  Status update(const Application& a) override {
    return guarded(context_, "saving an application", [&]() -> Status {
      ApplicationRow r;
      r.from(a);
      stamp(r);
      const auto before = stored_tally(r.id);
      soci::statement st =
          (sql_.prepare << "UPDATE applications SET call_id = :call, person_id "
                           "= :person, org_unit_id = "
                           ":unit, status = :status, motivation = :motivation, "
                           "interview_score = "
                           ":interview, motivation_score = :motivation_score, "
                           "scored_by = :scored_by, "
                           "score = :score, result_run_id = :run, "
                           "result_offer_id = :offer, "
                           "result_preference = :preference, "
                           "result_waiting_position = :waiting, "
                           "submit_started_at = " +
                               context_.dialect.optional_instant(":started") + ", submitted_at = " +
                               context_.dialect.optional_instant(":submitted") +
                               ", version = version + "
                               "1, created_at = :created, updated_at = :updated "
                               "WHERE id = :id AND version = "
                               ":version",
           soci::use(r.call), soci::use(r.person), soci::use(r.org_unit.value, r.org_unit.ind),
           soci::use(r.status), soci::use(r.motivation),
           soci::use(r.interview_score.value, r.interview_score.ind),
           soci::use(r.motivation_score.value, r.motivation_score.ind), soci::use(r.scored_by),
           soci::use(r.score.value, r.score.ind), soci::use(r.result_run.value, r.result_run.ind),
           soci::use(r.result_offer.value, r.result_offer.ind),
           soci::use(r.result_preference.value, r.result_preference.ind),
           soci::use(r.result_waiting.value, r.result_waiting.ind), soci::use(r.submit_started_at),
           soci::use(r.submitted_at), soci::use(r.created_at), soci::use(r.updated_at),
           soci::use(r.id), soci::use(r.version));
      st.execute(true);
      if (st.get_affected_rows() == 0) return stale_or_missing(r.id);
      for (const char* table : {"application_preferences", "application_verdicts",
                                "application_explanations", "application_history"}) {
        sql_ << fmt::format("DELETE FROM {} WHERE application_id = :id", table), soci::use(r.id);
      }
      write_children(r.id, a);
      if (const auto after = tally_of(a); after != before) {
        add_to_tallies(before, -1);
        add_to_tallies(after, 1);
      }
      return {};
    });
  }

  Result<std::int64_t> insert_document(ApplicationId application,
                                       std::string_view content) override {
    return guarded(context_, "keeping a document", [&]() -> Result<std::int64_t> {
      const std::string encoded = base64(content), now = context_.now();
      long long id = 0, key = application.value;
      sql_ << "INSERT INTO application_documents (application_id, "
              "content_base64, created_at) "
              "VALUES (:a, :c, :n) RETURNING id",
          soci::use(key), soci::use(encoded), soci::use(now), soci::into(id);
      return std::int64_t{id};
    });
  }

  Result<std::string> document(ApplicationId application, std::int64_t document) override {
    return guarded(context_, "reading a document", [&]() -> Result<std::string> {
      long long key = application.value, doc = document;
      std::string encoded;
      sql_ << "SELECT content_base64 FROM application_documents WHERE id = :d "
              "AND application_id "
              "= :a",
          soci::use(doc), soci::use(key), soci::into(encoded);
      if (!sql_.got_data()) return fail(Error::not_found(fmt::format("no document {}", document)));
      return unbase64(encoded);
    });
  }

 private:
  // What one application adds to its call's tallies (migration 14, lists.h's CallTallies).
  struct Tally {
    long long call = 0;
    bool submitted = false;
    std::vector<long long> preferences;  // in rank order
    bool operator==(const Tally&) const = default;
  };

  static bool submitted(std::string_view status) {
    return status != domain::to_string(domain::ApplicationStatus::draft) &&
           status != domain::to_string(domain::ApplicationStatus::withdrawn);
  }

  static Tally tally_of(const Application& a) {
    Tally t{.call = a.call.value, .submitted = submitted(domain::to_string(a.status))};
    for (const auto offer : a.preferences) t.preferences.push_back(offer);
    return t;
  }

  // The tally of application `id` as stored; an empty one when there is no such application
  // (its update then fails and changes nothing).
  Tally stored_tally(long long id) {
    Tally t;
    std::string status;
    sql_ << "SELECT call_id, status FROM applications WHERE id = :id", soci::use(id),
        soci::into(t.call), soci::into(status);
    if (!sql_.got_data()) return t;
    t.submitted = submitted(status);
    long long offer = 0;
    soci::statement st = (sql_.prepare << "SELECT offer_id FROM application_preferences WHERE "
                                          "application_id = :id ORDER BY rank",
                          soci::use(id), soci::into(offer));
    st.execute();
    while (st.fetch()) t.preferences.push_back(offer);
    return t;
  }

  // Adds `t` to its call's tallies (`sign` 1), or takes it away (-1).
  void add_to_tallies(const Tally& t, int sign) {
    if (t.call == 0) return;
    const int submitted = t.submitted ? sign : 0;
    sql_ << "INSERT INTO call_tallies (call_id, applications, submitted) VALUES (:c, :n, :s) "
            "ON CONFLICT (call_id) DO UPDATE SET applications = call_tallies.applications + "
            "excluded.applications, submitted = call_tallies.submitted + excluded.submitted",
        soci::use(t.call), soci::use(sign), soci::use(submitted);
    if (!t.submitted) return;
    for (std::size_t i = 0; i < t.preferences.size(); ++i) {
      const int first = i == 0 ? sign : 0;
      sql_ << "INSERT INTO call_offer_tallies (call_id, offer_id, first_choices, rankings) "
              "VALUES (:c, :o, :f, :r) ON CONFLICT (call_id, offer_id) DO UPDATE SET "
              "first_choices = call_offer_tallies.first_choices + excluded.first_choices, "
              "rankings = call_offer_tallies.rankings + excluded.rankings",
          soci::use(t.call), soci::use(t.preferences[i]), soci::use(first), soci::use(sign);
    }
  }

  // An application saved without its times (one made outside the use cases)
  // gets the store's; the use cases set both from their clock.
  void stamp(ApplicationRow& r) const {
    if (r.created_at.empty() && r.updated_at.empty()) r.created_at = r.updated_at = context_.now();
  }

  Status stale_or_missing(long long id) {
    long long exists = 0;
    sql_ << "SELECT COUNT(*) FROM applications WHERE id = :id", soci::use(id), soci::into(exists);
    if (!exists) return fail(Error::not_found(fmt::format("no application {}", id)));
    return fail(
        Error::conflict("the application was changed by someone else "
                        "since it was read; reload and try again"));
  }

  Result<std::vector<Application>> select(Where& where, const std::string& order) {
    std::vector<Application> out;
    ApplicationRow r;
    soci::statement st =
        (sql_.prepare << ("SELECT " + columns(context_.dialect) + " FROM applications" +
                          where.sql() + order),
         soci::use(where.values()), soci::into(r.id), soci::into(r.call), soci::into(r.person),
         soci::into(r.org_unit.value, r.org_unit.ind), soci::into(r.status),
         soci::into(r.motivation), soci::into(r.interview_score.value, r.interview_score.ind),
         soci::into(r.motivation_score.value, r.motivation_score.ind), soci::into(r.scored_by),
         soci::into(r.score.value, r.score.ind), soci::into(r.result_run.value, r.result_run.ind),
         soci::into(r.result_offer.value, r.result_offer.ind),
         soci::into(r.result_preference.value, r.result_preference.ind),
         soci::into(r.result_waiting.value, r.result_waiting.ind), soci::into(r.submit_started_at),
         soci::into(r.submitted_at), soci::into(r.created_at), soci::into(r.updated_at),
         soci::into(r.version));
    st.execute();
    while (st.fetch()) {
      auto a = r.to();
      if (!a) return fail(a.error());
      out.push_back(std::move(*a));
    }
    read_children(out);
    return out;
  }

  // The preferences, verdicts, placement explanations, history and documents of every one
  // of `applications`: five statements for each run of ids (a page, or a call's
  // applications 500 at a time), rather than five for each application.
  void read_children(std::vector<Application>& applications) {
    const sql::Parents parents(applications);
    sql::in_runs(parents.ids, [&](const std::vector<long long>& run) {
      long long owner = 0, offer = 0;
      const auto select_run = [&](Where& where, std::string_view columns, std::string_view table,
                                  std::string_view order, std::string_view also = {}) {
        return sql::select_children(where, run, "application_id", columns, table, order, also);
      };
      {
        Where where;
        soci::statement st =
            (sql_.prepare << select_run(where, "offer_id", "application_preferences", "rank"),
             soci::use(where.values()), soci::into(owner), soci::into(offer));
        st.execute();
        while (st.fetch()) parents[owner].preferences.push_back(offer);
      }
      {
        Where where;
        domain::Verdict v;
        int eligible = 1;
        soci::statement st = (sql_.prepare << select_run(where, "offer_id, eligible, code, reason",
                                                         "application_verdicts", "position"),
                              soci::use(where.values()), soci::into(owner), soci::into(offer),
                              soci::into(eligible), soci::into(v.code), soci::into(v.reason));
        st.execute();
        while (st.fetch()) {
          v.offer = offer;
          v.eligible = eligible != 0;
          parents[owner].verdicts.push_back(v);
        }
      }
      {
        Where where;
        domain::PlacementExplanation e;
        long long priority = 0;
        OptionalNumber cutoff;
        soci::statement st =
            (sql_.prepare << select_run(where,
                                        "offer_id, reason, priority_position, cutoff_score, "
                                        "detail",
                                        "application_explanations", "position"),
             soci::use(where.values()), soci::into(owner), soci::into(offer), soci::into(e.reason),
             soci::into(priority), soci::into(cutoff.value, cutoff.ind), soci::into(e.detail));
        st.execute();
        while (st.fetch()) {
          auto& a = parents[owner];
          if (!a.result) continue;  // explanations belong to a placement's result
          e.offer = offer;
          e.priority_position = static_cast<std::uint32_t>(priority);
          e.cutoff_score = cutoff.to();
          a.result->explanations.push_back(e);
        }
      }
      {
        Where where;
        domain::HistoryEntry h;
        soci::statement st =
            (sql_.prepare << select_run(
                 where, context_.dialect.instant("at") + ", actor, from_status, to_status, reason",
                 "application_history", "position"),
             soci::use(where.values()), soci::into(owner), soci::into(h.at), soci::into(h.actor),
             soci::into(h.from), soci::into(h.to), soci::into(h.reason));
        st.execute();
        while (st.fetch()) parents[owner].history.push_back(h);
      }
      Where where;
      domain::ApplicationDocument d;
      long long doc = 0, size = 0;
      soci::statement st =
          (sql_.prepare << select_run(where,
                                      "id, kind, name, content_type, sha256, size, " +
                                          context_.dialect.instant("uploaded_at"),
                                      "application_documents", "position", "position IS NOT NULL"),
           soci::use(where.values()), soci::into(owner), soci::into(doc), soci::into(d.kind),
           soci::into(d.name), soci::into(d.content_type), soci::into(d.sha256), soci::into(size),
           soci::into(d.uploaded_at));
      st.execute();
      while (st.fetch()) {
        d.id = doc;
        d.size = size;
        parents[owner].documents.push_back(d);
      }
    });
  }

  void write_children(long long id, const Application& a) {
    for (std::size_t i = 0; i < a.preferences.size(); ++i) {
      const int rank = static_cast<int>(i) + 1;
      const long long offer = a.preferences[i];
      sql_ << "INSERT INTO application_preferences (application_id, rank, "
              "offer_id) VALUES (:id, "
              ":rank, :offer)",
          soci::use(id), soci::use(rank), soci::use(offer);
    }
    for (std::size_t i = 0; i < a.verdicts.size(); ++i) {
      const auto& v = a.verdicts[i];
      const int position = static_cast<int>(i), eligible = v.eligible ? 1 : 0;
      const long long offer = v.offer;
      sql_ << "INSERT INTO application_verdicts (application_id, position, "
              "offer_id, eligible, "
              "code, reason) VALUES (:id, :position, :offer, :eligible, :code, "
              ":reason)",
          soci::use(id), soci::use(position), soci::use(offer), soci::use(eligible),
          soci::use(v.code), soci::use(v.reason);
    }
    if (a.result) {
      for (std::size_t i = 0; i < a.result->explanations.size(); ++i) {
        const auto& e = a.result->explanations[i];
        const int position = static_cast<int>(i);
        const long long offer = e.offer, priority = e.priority_position;
        OptionalNumber cutoff;
        cutoff.from(e.cutoff_score);
        sql_ << "INSERT INTO application_explanations (application_id, "
                "position, offer_id, "
                "reason, priority_position, cutoff_score, detail) VALUES (:id, "
                ":position, "
                ":offer, :reason, :priority, :cutoff, :detail)",
            soci::use(id), soci::use(position), soci::use(offer), soci::use(e.reason),
            soci::use(priority), soci::use(cutoff.value, cutoff.ind), soci::use(e.detail);
      }
    }
    for (std::size_t i = 0; i < a.history.size(); ++i) {
      const auto& h = a.history[i];
      const int position = static_cast<int>(i);
      sql_ << "INSERT INTO application_history (application_id, position, at, "
              "actor, "
              "from_status, to_status, reason) VALUES (:id, :position, :at, "
              ":actor, :from, :to, "
              ":reason)",
          soci::use(id), soci::use(position), soci::use(h.at), soci::use(h.actor),
          soci::use(h.from), soci::use(h.to), soci::use(h.reason);
    }
    // The list of documents: described in order; the others' bytes stay, out of
    // the list.
    sql_ << "UPDATE application_documents SET position = NULL WHERE "
            "application_id = :id",
        soci::use(id);
    for (std::size_t i = 0; i < a.documents.size(); ++i) {
      const auto& d = a.documents[i];
      const int position = static_cast<int>(i);
      const long long doc = d.id, size = d.size;
      sql_ << "UPDATE application_documents SET position = :position, kind = "
              ":kind, name = "
              ":name, content_type = :type, sha256 = :sha, size = :size, "
              "uploaded_at = " +
                  context_.dialect.optional_instant(":at") +
                  " WHERE "
                  "id = :doc AND application_id = :id",
          soci::use(position), soci::use(d.kind), soci::use(d.name), soci::use(d.content_type),
          soci::use(d.sha256), soci::use(size), soci::use(d.uploaded_at), soci::use(doc),
          soci::use(id);
    }
  }

  soci::session& sql_;
  const sql::Context& context_;
};

}  // namespace

std::unique_ptr<ApplicationRepository> make_application_repository(const sql::Context& context) {
  return std::make_unique<SqlApplicationRepository>(context);
}

}  // namespace orbis::store::internal

namespace orbis::store {

Result<Page<domain::Application>> list_applications(Transaction& tx,
                                                    const ApplicationListQuery& query) {
  return internal::SqlApplicationRepository(internal::context_of(tx)).list(query);
}

Result<std::size_t> count_applications(Transaction& tx, const ApplicationListQuery& query) {
  return internal::SqlApplicationRepository(internal::context_of(tx)).count(query);
}

Result<std::map<CallId, CallTallies>> call_tallies(Transaction& tx,
                                                   const std::vector<CallId>& calls) {
  // Kept as applications are saved (SqlApplicationRepository), not counted here: a call may
  // have thousands of applications.
  return internal::guarded(
      internal::context_of(tx), "reading calls' tallies",
      [&]() -> Result<std::map<CallId, CallTallies>> {
        std::map<CallId, CallTallies> out;
        if (calls.empty()) return out;
        std::vector<long long> keys;
        for (const auto c : calls) {
          keys.push_back(c.value);
          out[c];
        }
        auto& sql = internal::session_of(tx);
        long long call = 0;
        {
          sql::Where where;
          where.add("call_id IN " + where.bind_list(keys));
          long long total = 0, submitted = 0;
          soci::statement st =
              (sql.prepare << "SELECT call_id, applications, submitted FROM call_tallies" +
                                  where.sql(),
               soci::use(where.values()), soci::into(call), soci::into(total),
               soci::into(submitted));
          st.execute();
          while (st.fetch()) {
            auto& t = out[CallId{call}];
            t.total = static_cast<std::size_t>(total);
            t.submitted = static_cast<std::size_t>(submitted);
          }
        }
        sql::Where where;
        where.add("call_id IN " + where.bind_list(keys));
        where.add("rankings > 0");
        long long offer = 0;
        int first = 0, ranked = 0;
        soci::statement st =
            (sql.prepare << "SELECT call_id, offer_id, first_choices, rankings FROM "
                            "call_offer_tallies" +
                                where.sql(),
             soci::use(where.values()), soci::into(call), soci::into(offer), soci::into(first),
             soci::into(ranked));
        st.execute();
        while (st.fetch()) {
          auto& t = out[CallId{call}];
          t.first_choices[offer] = first;
          t.rankings[offer] = ranked;
        }
        return out;
      });
}

Result<CallTallies> call_tallies(Transaction& tx, CallId call) {
  auto tallies = call_tallies(tx, std::vector<CallId>{call});
  if (!tallies) return fail(tallies.error());
  return std::move((*tallies)[call]);
}

}  // namespace orbis::store
