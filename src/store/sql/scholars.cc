// Scholar cases in columns, their events and history in child tables (migration 33;
// store/scholars.h).
#include "store/scholars.h"

#include <fmt/format.h>

#include <utility>

#include "store/sql/repositories.h"
#include "store/sql/statement.h"
#include "store/sql/support.h"

namespace orbis::store {
namespace {

using domain::scholars::ScholarCase;
using sql::Where;

struct CaseRow {
  long long id = 0, person = 0, host_unit = 0, partner = 0, agreement = 0;
  soci::indicator host_unit_ind = soci::i_null, partner_ind = soci::i_null,
                  agreement_ind = soci::i_null;
  std::string kind, direction, status, project, position, purpose, planned_start, planned_end,
      extended_to, reason, wp_number, wp_category, wp_filed, wp_issued, wp_expires, wp_renewal,
      rp_number, rp_filed, rp_issued, rp_expires, rp_renewal, created_at, updated_at;
  int version = 0;

  template <typename T>
  static void set(long long& value, soci::indicator& ind, const std::optional<T>& id) {
    value = id ? id->value : 0;
    ind = id ? soci::i_ok : soci::i_null;
  }

  void from(const ScholarCase& c) {
    id = c.id.value;
    person = c.person.value;
    set(host_unit, host_unit_ind, c.host_unit);
    set(partner, partner_ind, c.partner);
    set(agreement, agreement_ind, c.agreement);
    kind = domain::scholars::to_string(c.kind);
    direction = domain::to_string(c.direction);
    status = domain::scholars::to_string(c.status);
    project = c.project;
    position = c.position;
    purpose = c.purpose;
    planned_start = c.planned_start;
    planned_end = c.planned_end;
    extended_to = c.extended_to;
    reason = c.reason;
    wp_number = c.work_permit.number;
    wp_category = c.work_permit.category;
    wp_filed = c.work_permit.filed_on;
    wp_issued = c.work_permit.issued_on;
    wp_expires = c.work_permit.expires_on;
    wp_renewal = c.work_permit.renewal_filed_on;
    rp_number = c.residence_permit.number;
    rp_filed = c.residence_permit.filed_on;
    rp_issued = c.residence_permit.issued_on;
    rp_expires = c.residence_permit.expires_on;
    rp_renewal = c.residence_permit.renewal_filed_on;
    version = c.version;
  }

  Result<ScholarCase> to() const {
    ScholarCase c;
    const auto k = domain::scholars::parse_case_kind(kind);
    const auto d = domain::parse_direction(direction);
    const auto s = domain::scholars::parse_case_status(status);
    if (!k || !d || !s)
      return fail(Error::internal(fmt::format("scholar case {} is not readable", id)));
    c.id = ScholarCaseId{id};
    c.person = PersonId{person};
    if (host_unit_ind == soci::i_ok) c.host_unit = OrgUnitId{host_unit};
    if (partner_ind == soci::i_ok) c.partner = InstitutionId{partner};
    if (agreement_ind == soci::i_ok) c.agreement = AgreementId{agreement};
    c.kind = *k;
    c.direction = *d;
    c.status = *s;
    c.project = project;
    c.position = position;
    c.purpose = purpose;
    c.planned_start = planned_start;
    c.planned_end = planned_end;
    c.extended_to = extended_to;
    c.reason = reason;
    c.work_permit = {wp_number, wp_category, wp_filed, wp_issued, wp_expires, wp_renewal};
    c.residence_permit = {rp_number, "", rp_filed, rp_issued, rp_expires, rp_renewal};
    c.created_at = created_at;
    c.updated_at = updated_at;
    c.version = version;
    return c;
  }
};

constexpr std::string_view kWritten =
    "person_id, kind, direction, status, host_unit_id, partner_id, agreement_id, project, "
    "position, purpose, planned_start, planned_end, extended_to, reason, wp_number, "
    "wp_category, wp_filed_on, wp_issued_on, wp_expires_on, wp_renewal_filed_on, rp_number, "
    "rp_filed_on, rp_issued_on, rp_expires_on, rp_renewal_filed_on";

// The columns of kWritten, in order.
std::vector<std::string> written_columns() {
  std::vector<std::string> out;
  std::string_view columns = kWritten;
  while (!columns.empty()) {
    const auto comma = columns.find(", ");
    out.emplace_back(columns.substr(0, comma));
    columns = comma == std::string_view::npos ? std::string_view{} : columns.substr(comma + 2);
  }
  return out;
}

// Binds the values of kWritten to `st` in its order (named placeholders bind by position).
void use_written(soci::details::prepare_temp_type& st, CaseRow& r) {
  st, soci::use(r.person), soci::use(r.kind), soci::use(r.direction), soci::use(r.status),
      soci::use(r.host_unit, r.host_unit_ind), soci::use(r.partner, r.partner_ind),
      soci::use(r.agreement, r.agreement_ind), soci::use(r.project), soci::use(r.position),
      soci::use(r.purpose), soci::use(r.planned_start), soci::use(r.planned_end),
      soci::use(r.extended_to), soci::use(r.reason), soci::use(r.wp_number),
      soci::use(r.wp_category), soci::use(r.wp_filed), soci::use(r.wp_issued),
      soci::use(r.wp_expires), soci::use(r.wp_renewal), soci::use(r.rp_number),
      soci::use(r.rp_filed), soci::use(r.rp_issued), soci::use(r.rp_expires),
      soci::use(r.rp_renewal);
}

// ":person_id, :kind, …"
std::string placeholders() {
  std::string out;
  for (const auto& column : written_columns()) {
    out += out.empty() ? ":" : ", :";
    out += column;
  }
  return out;
}

// "person_id = :person_id, …"
std::string assignments() {
  std::string out;
  for (const auto& column : written_columns()) {
    if (!out.empty()) out += ", ";
    out += column;
    out += " = :";
    out += column;
  }
  return out;
}

void add_filters(Where& where, const ScholarCaseQuery& q) {
  if (q.status)
    where.add("status = " + where.bind(std::string(domain::scholars::to_string(*q.status))));
  if (q.kind) where.add("kind = " + where.bind(std::string(domain::scholars::to_string(*q.kind))));
  if (q.direction)
    where.add("direction = " + where.bind(std::string(domain::to_string(*q.direction))));
  if (q.person) where.add("person_id = " + where.bind(q.person->value));
  if (q.host_unit) where.add("host_unit_id = " + where.bind(q.host_unit->value));
  if (q.partner) where.add("partner_id = " + where.bind(q.partner->value));
  if (q.user) {
    where.add("person_id IN (SELECT id FROM people WHERE user_id = " + where.bind(q.user->value) +
              ")");
  }
  if (q.in_stay) where.add("status IN ('arrived', 'registered', 'active', 'extended')");
}

class Cases {
 public:
  explicit Cases(Transaction& tx)
      : sql_(internal::session_of(tx)), context_(internal::context_of(tx)) {}

  Result<std::vector<ScholarCase>> select(Where& where, const std::string& order) {
    std::vector<ScholarCase> out;
    CaseRow r;
    const auto& d = context_.dialect;
    soci::statement st =
        (sql_.prepare << ("SELECT id, " + std::string(kWritten) + ", " + d.instant("created_at") +
                          ", " + d.instant("updated_at") + ", version FROM scholar_cases" +
                          where.sql() + order),
         soci::use(where.values()), soci::into(r.id), soci::into(r.person), soci::into(r.kind),
         soci::into(r.direction), soci::into(r.status), soci::into(r.host_unit, r.host_unit_ind),
         soci::into(r.partner, r.partner_ind), soci::into(r.agreement, r.agreement_ind),
         soci::into(r.project), soci::into(r.position), soci::into(r.purpose),
         soci::into(r.planned_start), soci::into(r.planned_end), soci::into(r.extended_to),
         soci::into(r.reason), soci::into(r.wp_number), soci::into(r.wp_category),
         soci::into(r.wp_filed), soci::into(r.wp_issued), soci::into(r.wp_expires),
         soci::into(r.wp_renewal), soci::into(r.rp_number), soci::into(r.rp_filed),
         soci::into(r.rp_issued), soci::into(r.rp_expires), soci::into(r.rp_renewal),
         soci::into(r.created_at), soci::into(r.updated_at), soci::into(r.version));
    st.execute();
    while (st.fetch()) {
      auto c = r.to();
      if (!c) return fail(c.error());
      out.push_back(std::move(*c));
    }
    read_children(out);
    return out;
  }

  void write_children(long long id, const ScholarCase& c) {
    sql_ << "DELETE FROM scholar_case_events WHERE case_id = :id", soci::use(id);
    sql_ << "DELETE FROM scholar_case_history WHERE case_id = :id", soci::use(id);
    for (const auto& e : c.events) {
      const std::string kind(domain::scholars::to_string(e.kind));
      const long long event = e.id;
      sql_ << "INSERT INTO scholar_case_events (case_id, id, kind, at, done_at, note) VALUES "
              "(:c, :i, :k, :a, :d, :n)",
          soci::use(id), soci::use(event), soci::use(kind), soci::use(e.at), soci::use(e.done_at),
          soci::use(e.note);
    }
    for (std::size_t i = 0; i < c.history.size(); ++i) {
      const auto& h = c.history[i];
      const int position = static_cast<int>(i);
      sql_ << "INSERT INTO scholar_case_history (case_id, position, at, actor, from_status, "
              "to_status, reason) VALUES (:c, :p, :a, :w, :f, :t, :r)",
          soci::use(id), soci::use(position), soci::use(h.at), soci::use(h.actor),
          soci::use(h.from), soci::use(h.to), soci::use(h.reason);
    }
  }

  soci::session& sql_;
  const sql::Context& context_;

 private:
  void read_children(std::vector<ScholarCase>& cases) {
    const sql::Parents parents(cases);
    sql::in_runs(parents.ids, [&](const std::vector<long long>& run) {
      long long owner = 0;
      {
        Where where;
        long long event = 0;
        std::string kind;
        domain::scholars::CaseEvent e;
        soci::statement st =
            (sql_.prepare << sql::select_children(
                 where, run, "case_id", "id, kind, at, done_at, note", "scholar_case_events", "id"),
             soci::use(where.values()), soci::into(owner), soci::into(event), soci::into(kind),
             soci::into(e.at), soci::into(e.done_at), soci::into(e.note));
        st.execute();
        while (st.fetch()) {
          e.id = event;
          e.kind = domain::scholars::parse_event_kind(kind).value_or(
              domain::scholars::EventKind::change);
          parents[owner].events.push_back(e);
        }
      }
      Where where;
      domain::HistoryEntry h;
      soci::statement st =
          (sql_.prepare << sql::select_children(
               where, run, "case_id",
               context_.dialect.instant("at") + ", actor, from_status, to_status, reason",
               "scholar_case_history", "position"),
           soci::use(where.values()), soci::into(owner), soci::into(h.at), soci::into(h.actor),
           soci::into(h.from), soci::into(h.to), soci::into(h.reason));
      st.execute();
      while (st.fetch()) parents[owner].history.push_back(h);
    });
    // The events in the order they happened (the domain's order), as they were written.
    for (auto& c : cases) domain::scholars::order_events(c.events);
  }
};

}  // namespace

Result<Page<ScholarCase>> list_scholar_cases(Transaction& tx, const ScholarCaseQuery& q) {
  return internal::guarded(
      internal::context_of(tx), "listing scholar cases", [&]() -> Result<Page<ScholarCase>> {
        Cases cases(tx);
        Where where;
        add_filters(where, q);
        where.add_keyset({"planned_start"}, q.page.after, "id", true);
        auto rows =
            cases.select(where, sql::order_and_limit({"planned_start"}, q.page.limit, "id", true));
        if (!rows) return fail(rows.error());
        return sql::page_of(std::move(*rows), q.page.limit, [](const ScholarCase& c) {
          return Cursor{{c.planned_start}, c.id.value};
        });
      });
}

Result<std::size_t> count_scholar_cases(Transaction& tx, const ScholarCaseQuery& q) {
  return internal::guarded(
      internal::context_of(tx), "counting scholar cases", [&]() -> Result<std::size_t> {
        Where where;
        add_filters(where, q);
        long long n = 0;
        internal::session_of(tx) << ("SELECT COUNT(*) FROM scholar_cases" + where.sql()),
            soci::use(where.values()), soci::into(n);
        return static_cast<std::size_t>(n);
      });
}

Result<ScholarCase> get_scholar_case(Transaction& tx, ScholarCaseId id) {
  return internal::guarded(
      internal::context_of(tx), "reading a scholar case", [&]() -> Result<ScholarCase> {
        Cases cases(tx);
        Where where;
        where.add("id = " + where.bind(id.value));
        auto rows = cases.select(where, "");
        if (!rows) return fail(rows.error());
        if (rows->empty()) {
          return fail(Error::not_found(fmt::format("no scholar case {}", id.value)));
        }
        return std::move(rows->front());
      });
}

Result<ScholarCaseId> insert_scholar_case(Transaction& tx, const ScholarCase& c) {
  return internal::guarded(
      internal::context_of(tx), "adding a scholar case", [&]() -> Result<ScholarCaseId> {
        Cases cases(tx);
        CaseRow r;
        r.from(c);
        std::string now = cases.context_.now();
        long long id = 0;
        std::string created = now;
        auto prepared =
            (cases.sql_.prepare << ("INSERT INTO scholar_cases (" + std::string(kWritten) +
                                    ", created_at, updated_at, version) VALUES (" + placeholders() +
                                    ", :created, :updated, 1) "
                                    "RETURNING id"));
        use_written(prepared, r);
        prepared, soci::use(created), soci::use(now), soci::into(id);
        soci::statement st(prepared);
        st.execute(true);
        cases.write_children(id, c);
        return ScholarCaseId{id};
      });
}

Status update_scholar_case(Transaction& tx, const ScholarCase& c) {
  return internal::guarded(internal::context_of(tx), "saving a scholar case", [&]() -> Status {
    Cases cases(tx);
    CaseRow r;
    r.from(c);
    std::string now = cases.context_.now();
    auto prepared = (cases.sql_.prepare << ("UPDATE scholar_cases SET " + assignments() +
                                            ", updated_at = :updated, version = version + 1 "
                                            "WHERE id = :id AND version = :version"));
    use_written(prepared, r);
    prepared, soci::use(now), soci::use(r.id), soci::use(r.version);
    soci::statement st(prepared);
    st.execute(true);
    if (st.get_affected_rows() == 0) {
      long long exists = 0;
      cases.sql_ << "SELECT COUNT(*) FROM scholar_cases WHERE id = :id", soci::use(r.id),
          soci::into(exists);
      if (exists == 0) return fail(Error::not_found(fmt::format("no scholar case {}", r.id)));
      return fail(Error::conflict(
          "the scholar case was changed by someone else since it was read; reload and try "
          "again"));
    }
    cases.write_children(r.id, c);
    return {};
  });
}

namespace {

using domain::scholars::DocumentKind;

DocumentKind document_kind(const std::string& name) {
  return domain::scholars::parse_document_kind(name).value_or(DocumentKind::other);
}

}  // namespace

Result<std::vector<ScholarDocument>> scholar_documents(Transaction& tx, ScholarCaseId id) {
  auto& context = internal::context_of(tx);
  return internal::guarded(
      context, "listing a scholar case's documents", [&]() -> Result<std::vector<ScholarDocument>> {
        auto& sql = internal::session_of(tx);
        std::vector<ScholarDocument> out;
        ScholarDocument d;
        d.case_id = id;
        long long key = id.value, did = 0, size = 0;
        std::string kind;
        soci::statement st =
            (sql.prepare << "SELECT id, kind, filename, content_type, size, sha256, " +
                                context.dialect.instant("uploaded_at") +
                                ", uploaded_by FROM scholar_case_documents WHERE case_id = :id "
                                "ORDER BY id",
             soci::use(key), soci::into(did), soci::into(kind), soci::into(d.filename),
             soci::into(d.content_type), soci::into(size), soci::into(d.sha256),
             soci::into(d.uploaded_at), soci::into(d.uploaded_by));
        st.execute();
        while (st.fetch()) {
          d.id = did;
          d.size = size;
          d.kind = document_kind(kind);
          out.push_back(d);
        }
        return out;
      });
}

Result<std::int64_t> insert_scholar_document(Transaction& tx, const ScholarDocument& document,
                                             std::string_view content) {
  return internal::guarded(
      internal::context_of(tx), "storing a scholar case's document", [&]() -> Result<std::int64_t> {
        long long key = document.case_id.value, size = static_cast<long long>(content.size()),
                  id = 0;
        const std::string kind(domain::scholars::to_string(document.kind));
        const std::string encoded = internal::base64(content);
        internal::session_of(tx)
            << "INSERT INTO scholar_case_documents (case_id, kind, filename, content_type, size, "
               "sha256, content_base64, uploaded_at, uploaded_by) "
               "VALUES (:c, :k, :f, :t, :s, :h, :b, :at, :by) RETURNING id",
            soci::use(key), soci::use(kind), soci::use(document.filename),
            soci::use(document.content_type), soci::use(size), soci::use(document.sha256),
            soci::use(encoded), soci::use(document.uploaded_at), soci::use(document.uploaded_by),
            soci::into(id);
        return static_cast<std::int64_t>(id);
      });
}

Result<std::pair<ScholarDocument, std::string>> scholar_document(Transaction& tx, ScholarCaseId id,
                                                                 std::int64_t document) {
  using File = std::pair<ScholarDocument, std::string>;
  auto& context = internal::context_of(tx);
  return internal::guarded(context, "reading a scholar case's document", [&]() -> Result<File> {
    auto& sql = internal::session_of(tx);
    ScholarDocument d;
    long long key = id.value, did = document, size = 0;
    std::string kind, encoded;
    sql << "SELECT kind, filename, content_type, size, sha256, " +
               context.dialect.instant("uploaded_at") +
               ", uploaded_by, content_base64 FROM scholar_case_documents "
               "WHERE case_id = :c AND id = :id",
        soci::use(key), soci::use(did), soci::into(kind), soci::into(d.filename),
        soci::into(d.content_type), soci::into(size), soci::into(d.sha256),
        soci::into(d.uploaded_at), soci::into(d.uploaded_by), soci::into(encoded);
    if (!sql.got_data()) {
      return fail(
          Error::not_found(fmt::format("no document {} on scholar case {}", document, id.value)));
    }
    d.id = document;
    d.case_id = id;
    d.size = size;
    d.kind = document_kind(kind);
    return File{std::move(d), internal::unbase64(encoded)};
  });
}

}  // namespace orbis::store
