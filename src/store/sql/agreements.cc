#include <fmt/format.h>
#include <sodium.h>

#include <algorithm>
#include <unordered_map>

#include "common/crypto.h"
#include "common/text.h"
#include "domain/reference.h"
#include "store/lists.h"
#include "store/sql/agreement_filters.h"
#include "store/sql/codecs.h"
#include "store/sql/repositories.h"
#include "store/sql/statement.h"
#include "store/sql/support.h"

namespace orbis::store::internal {
namespace {

using domain::Agreement;
using domain::CooperationCondition;
using domain::Party;
using sql::Where;

std::string optional_number(const std::optional<double>& v) {
  return v ? fmt::format("{}", *v) : "";
}
std::optional<double> parse_number(const std::string& s) {
  if (s.empty()) return std::nullopt;
  return std::stod(s);
}

struct AgreementRow {
  long long id = 0;
  std::string code, title, start_date, end_date, notes, tags, status;
  int auto_renewal = 0, version = 0;

  void from(const Agreement& a) {
    id = a.id.value;
    code = a.code;
    title = a.title;
    start_date = a.start_date;
    end_date = a.end_date;
    notes = a.notes;
    tags = codec::encode_texts(a.tags);
    status = std::string(domain::to_string(a.status));
    auto_renewal = a.auto_renewal ? 1 : 0;
    version = a.version;
  }
  Agreement to() const {
    Agreement a;
    a.id = AgreementId{id};
    a.code = code;
    a.title = title;
    a.start_date = start_date;
    a.end_date = end_date;
    a.notes = notes;
    a.tags = codec::decode_texts(tags);
    a.status = domain::parse_agreement_status(status).value_or(domain::AgreementStatus::draft);
    a.auto_renewal = auto_renewal != 0;
    a.version = version;
    return a;
  }
};

// The institution a nullable column names, if any.
std::optional<InstitutionId> nullable_institution(long long id, soci::indicator indicator) {
  return indicator == soci::i_ok ? std::optional<InstitutionId>(InstitutionId{id}) : std::nullopt;
}

// Codes bound in one statement: a few hundred keep under every back end's limit of bound
// parameters.
constexpr std::size_t kCodesPerStatement = 500;

class SqlAgreementRepository final : public AgreementRepository {
 public:
  explicit SqlAgreementRepository(const sql::Context& context)
      : sql_(context.session), context_(context) {}

  Result<std::vector<Agreement>> all() override {
    return guarded(context_, "reading agreements", [&]() -> Result<std::vector<Agreement>> {
      std::vector<Agreement> out;
      std::unordered_map<long long, std::size_t> index;
      AgreementRow r;
      soci::statement st =
          (sql_.prepare << (std::string(kSelect) + " ORDER BY id"), soci::into(r.id),
           soci::into(r.code), soci::into(r.title), soci::into(r.start_date),
           soci::into(r.end_date), soci::into(r.auto_renewal), soci::into(r.notes),
           soci::into(r.tags), soci::into(r.status), soci::into(r.version));
      st.execute();
      while (st.fetch()) {
        index.emplace(r.id, out.size());
        out.push_back(r.to());
      }
      Where every_kind, every_party, every_condition;
      load_kinds(out, index, every_kind);
      load_parties(out, index, every_party);
      load_conditions(out, index, every_condition);
      return out;
    });
  }

  Result<Agreement> get(AgreementId id) override {
    return guarded(context_, "reading an agreement", [&]() -> Result<Agreement> {
      AgreementRow r;
      long long key = id.value;
      sql_ << (std::string(kSelect) + " WHERE id = :id"), soci::use(key), soci::into(r.id),
          soci::into(r.code), soci::into(r.title), soci::into(r.start_date), soci::into(r.end_date),
          soci::into(r.auto_renewal), soci::into(r.notes), soci::into(r.tags), soci::into(r.status),
          soci::into(r.version);
      if (!sql_.got_data()) return fail(Error::not_found(fmt::format("no agreement {}", id.value)));
      std::vector<Agreement> one{r.to()};
      std::unordered_map<long long, std::size_t> index{{key, 0}};
      Where kinds, parties, conditions;
      kinds.add("agreement_id = " + kinds.bind(key));
      parties.add("agreement_id = " + parties.bind(key));
      conditions.add("agreement_id = " + conditions.bind(key));
      load_kinds(one, index, kinds);
      load_parties(one, index, parties);
      load_conditions(one, index, conditions);
      std::string at, actor, from, to, reason;
      soci::statement history =
          (sql_.prepare << "SELECT " + context_.dialect.instant("at") +
                               ", actor, from_status, to_status, reason FROM "
                               "agreement_history WHERE agreement_id = :id ORDER BY id",
           soci::use(key), soci::into(at), soci::into(actor), soci::into(from), soci::into(to),
           soci::into(reason));
      history.execute();
      while (history.fetch()) {
        one[0].history.push_back(
            {at, actor,
             domain::parse_agreement_status(from).value_or(domain::AgreementStatus::draft),
             domain::parse_agreement_status(to).value_or(domain::AgreementStatus::draft), reason});
      }
      return std::move(one[0]);
    });
  }

  // A page of the agreements `q` selects, the newest first (store/lists.h).
  Result<Page<Agreement>> list(const AgreementQuery& q) {
    return guarded(context_, "listing agreements", [&]() -> Result<Page<Agreement>> {
      std::vector<long long> ids;
      if (q.words.empty()) {
        Where where;
        add_agreement_filters(where, q);
        where.add_keyset({}, q.page.after, "a.id", true);
        long long id = 0;
        soci::statement st =
            (sql_.prepare << ("SELECT a.id FROM agreements a" + where.sql() +
                              sql::order_and_limit({}, q.page.limit, "a.id", true)),
             soci::use(where.values()), soci::into(id));
        st.execute();
        while (st.fetch()) ids.push_back(id);
      } else {
        ids = matching(q, q.page.after, q.page.limit + 1);
      }
      return sql::page_of(read(ids), q.page.limit,
                          [](const Agreement& a) { return Cursor{{}, a.id.value}; });
    });
  }

  Result<std::size_t> count(const AgreementQuery& q) {
    return guarded(context_, "counting agreements", [&]() -> Result<std::size_t> {
      if (!q.words.empty()) return matching(q, std::nullopt, std::nullopt).size();
      Where where;
      add_agreement_filters(where, q);
      long long n = 0;
      sql_ << ("SELECT COUNT(*) FROM agreements a" + where.sql()), soci::use(where.values()),
          soci::into(n);
      return static_cast<std::size_t>(n);
    });
  }

  Result<std::map<std::string, AgreementId>> ids_by_code(
      const std::vector<std::string>& codes) override {
    return guarded(
        context_, "finding agreements by code",
        [&]() -> Result<std::map<std::string, AgreementId>> {
          std::map<std::string, AgreementId> out;
          for (std::size_t at = 0; at < codes.size(); at += kCodesPerStatement) {
            Where where;
            std::string list;
            for (std::size_t i = at; i < std::min(codes.size(), at + kCodesPerStatement); ++i) {
              if (codes[i].empty()) continue;
              list += (list.empty() ? "" : ", ") + where.bind(codes[i]);
            }
            if (list.empty()) continue;
            where.add("code IN (" + list + ") AND code <> ''");  // the index holds only codes
            long long id = 0;
            std::string code;
            soci::statement st = (sql_.prepare << ("SELECT id, code FROM agreements" + where.sql()),
                                  soci::use(where.values()), soci::into(id), soci::into(code));
            st.execute();
            while (st.fetch()) out.emplace(code, AgreementId{id});
          }
          return out;
        });
  }

  Result<std::map<std::string, Agreement>> with_codes(
      const std::vector<std::string>& codes) override {
    auto ids = ids_by_code(codes);
    if (!ids) return fail(ids.error());
    return guarded(context_, "reading agreements by code",
                   [&]() -> Result<std::map<std::string, Agreement>> {
                     std::map<std::string, Agreement> out;
                     std::vector<long long> chunk;
                     const auto read_chunk = [&] {
                       for (auto& a : read(chunk)) out.emplace(a.code, std::move(a));
                       chunk.clear();
                     };
                     for (const auto& [code, id] : *ids) {
                       chunk.push_back(id.value);
                       if (chunk.size() == kCodesPerStatement) read_chunk();
                     }
                     read_chunk();
                     return out;
                   });
  }

  Result<AgreementId> insert(const Agreement& a) override {
    return guarded(
        context_, fmt::format("adding the agreement '{}'", a.title), [&]() -> Result<AgreementId> {
          AgreementRow r;
          r.from(a);
          const std::string now = context_.now();
          long long id = 0;
          sql_ << "INSERT INTO agreements (code, title, start_date, end_date, auto_renewal, "
                  "notes, tags, status, version, created_at, updated_at) VALUES (:c, :t, :s, :e, "
                  ":ar, :n, :tg, :st, 1, :ca, :ua) RETURNING id",
              soci::use(r.code), soci::use(r.title), soci::use(r.start_date), soci::use(r.end_date),
              soci::use(r.auto_renewal), soci::use(r.notes), soci::use(r.tags), soci::use(r.status),
              soci::use(now), soci::use(now), soci::into(id);
          write_children(id, a);
          return AgreementId{id};
        });
  }

  Status update(const Agreement& a) override {
    return guarded(context_, fmt::format("saving the agreement '{}'", a.title), [&]() -> Status {
      AgreementRow r;
      r.from(a);
      const std::string now = context_.now();
      soci::statement st =
          (sql_.prepare << "UPDATE agreements SET code = :c, title = :t, start_date = :s, "
                           "end_date = :e, auto_renewal = :ar, notes = :n, tags = :tg, "
                           "version = version + 1, updated_at = :u "
                           "WHERE id = :id AND version = :v",
           soci::use(r.code), soci::use(r.title), soci::use(r.start_date), soci::use(r.end_date),
           soci::use(r.auto_renewal), soci::use(r.notes), soci::use(r.tags), soci::use(now),
           soci::use(r.id), soci::use(r.version));
      st.execute(true);
      if (st.get_affected_rows() == 0) return stale_or_missing(r.id);
      sql_ << "DELETE FROM agreement_kinds WHERE agreement_id = :id", soci::use(r.id);
      sql_ << "DELETE FROM agreement_parties WHERE agreement_id = :id", soci::use(r.id);
      sql_ << "DELETE FROM agreement_conditions WHERE agreement_id = :id", soci::use(r.id);
      write_children(r.id, a);
      return {};
    });
  }

  Status change_status(AgreementId id, int expected_version,
                       const domain::StatusChange& change) override {
    return guarded(context_, "moving an agreement's status", [&]() -> Status {
      long long key = id.value;
      int version = expected_version;
      const std::string to(domain::to_string(change.to)), from(domain::to_string(change.from));
      soci::statement st =
          (sql_.prepare
               << "UPDATE agreements SET status = :s, version = version + 1, updated_at = :u "
                  "WHERE id = :id AND version = :v",
           soci::use(to), soci::use(change.at), soci::use(key), soci::use(version));
      st.execute(true);
      if (st.get_affected_rows() == 0) return stale_or_missing(key);
      sql_ << "INSERT INTO agreement_history (agreement_id, at, actor, from_status, to_status, "
              "reason) "
              "VALUES (:a, :at, :ac, :f, :t, :r)",
          soci::use(key), soci::use(change.at), soci::use(change.actor), soci::use(from),
          soci::use(to), soci::use(change.reason);
      return {};
    });
  }

  Result<std::vector<AttachmentInfo>> attachments(AgreementId id) override {
    return guarded(context_, "listing attachments", [&]() -> Result<std::vector<AttachmentInfo>> {
      std::vector<AttachmentInfo> out;
      AttachmentInfo a;
      long long key = id.value, aid = 0, size = 0, institution = 0;
      soci::indicator institution_ind = soci::i_null;
      soci::statement st =
          (sql_.prepare << "SELECT id, filename, content_type, size, sha256, " +
                               context_.dialect.instant("uploaded_at") +
                               ", uploaded_by, institution_id "
                               "FROM agreement_attachments WHERE agreement_id = :id ORDER BY id",
           soci::use(key), soci::into(aid), soci::into(a.filename), soci::into(a.content_type),
           soci::into(size), soci::into(a.sha256), soci::into(a.uploaded_at),
           soci::into(a.uploaded_by), soci::into(institution, institution_ind));
      st.execute();
      while (st.fetch()) {
        a.id = aid;
        a.size = size;
        a.agreement = id;
        a.institution = nullable_institution(institution, institution_ind);
        out.push_back(a);
      }
      return out;
    });
  }

  Result<std::int64_t> insert_attachment(const AttachmentInfo& info,
                                         std::string_view content) override {
    return guarded(context_, "storing an attachment", [&]() -> Result<std::int64_t> {
      long long agreement = info.agreement.value, size = static_cast<long long>(content.size()),
                id = 0, institution = info.institution ? info.institution->value : 0;
      soci::indicator institution_ind = info.institution ? soci::i_ok : soci::i_null;
      const std::string encoded = base64(content);
      sql_ << "INSERT INTO agreement_attachments (agreement_id, filename, content_type, size, "
              "sha256, content_base64, uploaded_at, uploaded_by, institution_id) "
              "VALUES (:a, :f, :c, :s, :h, :b, :at, :by, :i) RETURNING id",
          soci::use(agreement), soci::use(info.filename), soci::use(info.content_type),
          soci::use(size), soci::use(info.sha256), soci::use(encoded), soci::use(info.uploaded_at),
          soci::use(info.uploaded_by), soci::use(institution, institution_ind), soci::into(id);
      return static_cast<std::int64_t>(id);
    });
  }

  Result<std::pair<AttachmentInfo, std::string>> attachment(AgreementId id,
                                                            std::int64_t attachment) override {
    return guarded(context_, "reading an attachment",
                   [&]() -> Result<std::pair<AttachmentInfo, std::string>> {
                     AttachmentInfo a;
                     long long key = id.value, aid = attachment, size = 0, institution = 0;
                     soci::indicator institution_ind = soci::i_null;
                     std::string encoded;
                     sql_ << "SELECT filename, content_type, size, sha256, " +
                                 context_.dialect.instant("uploaded_at") +
                                 ", uploaded_by, content_base64, institution_id FROM "
                                 "agreement_attachments WHERE agreement_id = :a AND id = :id",
                         soci::use(key), soci::use(aid), soci::into(a.filename),
                         soci::into(a.content_type), soci::into(size), soci::into(a.sha256),
                         soci::into(a.uploaded_at), soci::into(a.uploaded_by), soci::into(encoded),
                         soci::into(institution, institution_ind);
                     if (!sql_.got_data())
                       return fail(Error::not_found(
                           fmt::format("no attachment {} on agreement {}", attachment, id.value)));
                     a.id = attachment;
                     a.agreement = id;
                     a.size = size;
                     if (institution_ind == soci::i_ok) a.institution = InstitutionId{institution};
                     return std::pair{a, unbase64(encoded)};
                   });
  }

  Result<std::vector<Comment>> comments(AgreementId id) override {
    return guarded(context_, "reading comments", [&]() -> Result<std::vector<Comment>> {
      sql::Where where;
      where.add("agreement_id = " + where.bind(id.value));
      return select_comments(where, " ORDER BY id");
    });
  }

  // Oldest first. The index on agreement_id (which carries the id) serves the order.
  Result<Page<Comment>> comment_page(const CommentQuery& q) {
    return guarded(context_, "reading comments", [&]() -> Result<Page<Comment>> {
      sql::Where where;
      where.add("agreement_id = " + where.bind(q.agreement.value));
      if (q.partner) {
        where.add("(institution_id IS NULL OR institution_id = " + where.bind(q.partner->value) +
                  ")");
      }
      return sql::keyset_page(
          where, {}, q.page,
          [&](sql::Where& w, const std::string& order) { return select_comments(w, order); },
          [](const Comment& c) { return Cursor{{}, c.id}; });
    });
  }

  Result<std::int64_t> insert_comment(AgreementId id, const Comment& c) override {
    return guarded(context_, "adding a comment", [&]() -> Result<std::int64_t> {
      long long key = id.value, cid = 0, institution = c.institution ? c.institution->value : 0;
      soci::indicator institution_ind = c.institution ? soci::i_ok : soci::i_null;
      sql_ << "INSERT INTO agreement_comments (agreement_id, at, author, author_role, text, "
              "institution_id) VALUES (:a, :at, :au, :r, :t, :i) RETURNING id",
          soci::use(key), soci::use(c.at), soci::use(c.author), soci::use(c.author_role),
          soci::use(c.text), soci::use(institution, institution_ind), soci::into(cid);
      return static_cast<std::int64_t>(cid);
    });
  }

  Result<EwpState> ewp(AgreementId id) override {
    return guarded(context_, "reading the EWP state", [&]() -> Result<EwpState> {
      EwpState e;
      long long key = id.value;
      sql_ << "SELECT ewp_partner_xml, ewp_partner_hash, ewp_approved_hash, " +
                  context_.dialect.instant("ewp_approved_at") + " FROM agreements WHERE id = :id",
          soci::use(key), soci::into(e.partner_xml), soci::into(e.partner_hash),
          soci::into(e.approved_hash), soci::into(e.approved_at);
      if (!sql_.got_data()) return fail(Error::not_found(fmt::format("no agreement {}", id.value)));
      return e;
    });
  }

  Status set_ewp(AgreementId id, const EwpState& e) override {
    return guarded(context_, "saving the EWP state", [&]() -> Status {
      long long key = id.value;
      sql_ << "UPDATE agreements SET ewp_partner_xml = :x, ewp_partner_hash = :h, "
              "ewp_approved_hash = :a, "
              "ewp_approved_at = " +
                  context_.dialect.optional_instant(":t") + " WHERE id = :id",
          soci::use(e.partner_xml), soci::use(e.partner_hash), soci::use(e.approved_hash),
          soci::use(e.approved_at), soci::use(key);
      return {};
    });
  }

 private:
  static constexpr const char* kSelect =
      "SELECT id, code, title, start_date, end_date, auto_renewal, notes, tags, status, "
      "version FROM agreements";

  // The ids of the agreements `q` selects with its words, the newest first, after `after`,
  // at most `limit`: each row's title, code and seen parties' names are folded and
  // searched here, as text::fold_for_search cannot run in SQL.
  std::vector<long long> matching(const AgreementQuery& q, const std::optional<Cursor>& after,
                                  std::optional<std::size_t> limit) {
    Where where;
    const std::string seen = seen_party(where, q, "p");
    add_agreement_filters(where, q);
    where.add_keyset({}, after, "a.id", true);
    long long id = 0, institution = 0;
    soci::indicator institution_ind = soci::i_null;
    std::string title, code, name, name_zh;
    soci::indicator name_ind = soci::i_null, name_zh_ind = soci::i_null;
    soci::statement st =
        (sql_.prepare << ("SELECT a.id, a.title, a.code, i.id, i.name, i.name_zh FROM "
                          "agreements a LEFT JOIN agreement_parties p ON p.agreement_id = a.id "
                          "AND " +
                          seen + " LEFT JOIN institutions i ON i.id = p.institution_id" +
                          where.sql() + " ORDER BY a.id DESC, i.id"),
         soci::use(where.values()), soci::into(id), soci::into(title), soci::into(code),
         soci::into(institution, institution_ind), soci::into(name, name_ind),
         soci::into(name_zh, name_zh_ind));
    st.execute();
    std::vector<long long> out;
    long long current = 0, last_institution = 0;
    std::string haystack;
    const auto finish = [&] {
      if (current == 0) return;
      for (const auto& w : q.words) {
        if (haystack.find(w) == std::string::npos) return;
      }
      out.push_back(current);
    };
    while (st.fetch()) {
      if (id != current) {
        finish();
        if (limit && out.size() >= *limit) return out;
        current = id;
        last_institution = 0;
        haystack = text::fold_for_search(text::join({title, code}, " "));
      }
      if (institution_ind == soci::i_ok && institution != last_institution) {
        haystack.append(" ").append(text::fold_for_search(text::join({name, name_zh}, " ")));
        last_institution = institution;
      }
    }
    finish();
    if (limit && out.size() > *limit) out.resize(*limit);
    return out;
  }

  // The agreements `ids`, with parties and conditions, in the order of `ids`.
  std::vector<Agreement> read(const std::vector<long long>& ids) {
    std::vector<Agreement> out;
    if (ids.empty()) return out;
    Where rows, kinds, parties, conditions;
    const auto in = [&](Where& where, const std::string& column) {
      std::string list;
      for (const auto id : ids) list += (list.empty() ? "" : ", ") + where.bind(id);
      where.add(column + " IN (" + list + ")");
    };
    in(rows, "id");
    in(kinds, "agreement_id");
    in(parties, "agreement_id");
    in(conditions, "agreement_id");
    std::unordered_map<long long, std::size_t> index;
    for (const auto id : ids) index.emplace(id, index.size());
    out.resize(ids.size());
    AgreementRow r;
    soci::statement st =
        (sql_.prepare << (std::string(kSelect) + rows.sql()), soci::use(rows.values()),
         soci::into(r.id), soci::into(r.code), soci::into(r.title), soci::into(r.start_date),
         soci::into(r.end_date), soci::into(r.auto_renewal), soci::into(r.notes),
         soci::into(r.tags), soci::into(r.status), soci::into(r.version));
    st.execute();
    while (st.fetch()) out[index.at(r.id)] = r.to();
    load_kinds(out, index, kinds);
    load_parties(out, index, parties);
    load_conditions(out, index, conditions);
    return out;
  }

  Status stale_or_missing(long long id) {
    long long exists = 0;
    sql_ << "SELECT COUNT(*) FROM agreements WHERE id = :id", soci::use(id), soci::into(exists);
    if (!exists) return fail(Error::not_found(fmt::format("no agreement {}", id)));
    return fail(Error::conflict(
        "the agreement was changed by someone else since it was read; reload and try again"));
  }

  // The kinds of the agreements in `index`, those `where` selects (every row: none).
  void load_kinds(std::vector<Agreement>& out,
                  const std::unordered_map<long long, std::size_t>& index, Where& where) {
    long long agreement = 0;
    std::string kind;
    soci::statement st = (sql_.prepare << ("SELECT agreement_id, kind FROM agreement_kinds" +
                                           where.sql() + " ORDER BY agreement_id, position"),
                          soci::use(where.values()), soci::into(agreement), soci::into(kind));
    st.execute();
    while (st.fetch()) {
      const auto it = index.find(agreement);
      if (it == index.end()) continue;
      if (const auto parsed = domain::parse_agreement_kind(kind)) {
        out[it->second].kinds.push_back(*parsed);
      }
    }
  }

  // The parties of the agreements in `index`, those `where` selects (every row: none).
  void load_parties(std::vector<Agreement>& out,
                    const std::unordered_map<long long, std::size_t>& index, Where& where) {
    long long agreement = 0, institution = 0, org_unit = 0;
    soci::indicator org_ind = soci::i_null;
    int is_home = 0;
    Party p;
    soci::statement st =
        (sql_.prepare << ("SELECT agreement_id, institution_id, is_home, org_unit_id, "
                          "contact_name, contact_email, contact_phone, signatory_name, "
                          "signatory_title, signed_on FROM agreement_parties" +
                          where.sql() + " ORDER BY agreement_id, position"),
         soci::use(where.values()), soci::into(agreement), soci::into(institution),
         soci::into(is_home), soci::into(org_unit, org_ind), soci::into(p.contact.name),
         soci::into(p.contact.email), soci::into(p.contact.phone), soci::into(p.signatory.name),
         soci::into(p.signatory.title), soci::into(p.signed_on));
    st.execute();
    while (st.fetch()) {
      const auto it = index.find(agreement);
      if (it == index.end()) continue;
      Party party = p;
      party.institution = InstitutionId{institution};
      party.is_home = is_home != 0;
      if (org_ind == soci::i_ok) party.org_unit = OrgUnitId{org_unit};
      out[it->second].parties.push_back(std::move(party));
    }
  }

  // The conditions of the agreements in `index`, those `where` selects (every row: none).
  void load_conditions(std::vector<Agreement>& out,
                       const std::unordered_map<long long, std::size_t>& index, Where& where) {
    long long id = 0, agreement = 0, sending = 0, receiving = 0;
    int seats = 0, blended = 0;
    std::string type, first, last, eqf, isced, clarification, months, total_months, total_days,
        languages, other;
    soci::statement st =
        (sql_.prepare << ("SELECT id, agreement_id, sending_id, receiving_id, mobility_type, "
                          "first_year, last_year, eqf_levels, isced, isced_clarification, "
                          "seats_per_year, months_per_seat, total_months_per_year, "
                          "total_days_per_year, languages, blended, other_terms FROM "
                          "agreement_conditions" +
                          where.sql() + " ORDER BY agreement_id, position"),
         soci::use(where.values()), soci::into(id), soci::into(agreement), soci::into(sending),
         soci::into(receiving), soci::into(type), soci::into(first), soci::into(last),
         soci::into(eqf), soci::into(isced), soci::into(clarification), soci::into(seats),
         soci::into(months), soci::into(total_months), soci::into(total_days),
         soci::into(languages), soci::into(blended), soci::into(other));
    st.execute();
    while (st.fetch()) {
      const auto it = index.find(agreement);
      if (it == index.end()) continue;
      CooperationCondition c;
      c.id = id;
      c.sending = InstitutionId{sending};
      c.receiving = InstitutionId{receiving};
      c.mobility_type =
          domain::parse_mobility_type(type).value_or(domain::MobilityType::student_studies);
      c.first_academic_year = first;
      c.last_academic_year = last;
      c.eqf_levels = codec::decode_numbers(eqf);
      c.isced = isced;
      c.isced_clarification = clarification;
      c.seats_per_year = seats;
      c.months_per_seat = parse_number(months);
      c.total_months_per_year = parse_number(total_months);
      if (!total_days.empty()) c.total_days_per_year = std::stoi(total_days);
      c.languages = codec::decode_requirements(languages);
      c.blended = blended != 0;
      c.other_terms = other;
      out[it->second].conditions.push_back(std::move(c));
    }
  }

  void write_children(long long id, const Agreement& a) {
    int position = 0;
    for (const auto k : a.kinds) {
      const std::string kind(domain::to_string(k));
      sql_ << "INSERT INTO agreement_kinds (agreement_id, position, kind) VALUES (:a, :p, :k)",
          soci::use(id), soci::use(position), soci::use(kind);
      ++position;
    }
    position = 0;
    for (const auto& p : a.parties) {
      long long institution = p.institution.value, org_unit = p.org_unit ? p.org_unit->value : 0;
      soci::indicator org_ind = p.org_unit ? soci::i_ok : soci::i_null;
      int is_home = p.is_home ? 1 : 0;
      sql_ << "INSERT INTO agreement_parties (agreement_id, position, institution_id, is_home, "
              "org_unit_id, contact_name, "
              "contact_email, contact_phone, signatory_name, signatory_title, signed_on) VALUES "
              "(:a, :p, :i, :h, :o, :cn, "
              ":ce, :cp, :sn, :st, :so)",
          soci::use(id), soci::use(position), soci::use(institution), soci::use(is_home),
          soci::use(org_unit, org_ind), soci::use(p.contact.name), soci::use(p.contact.email),
          soci::use(p.contact.phone), soci::use(p.signatory.name), soci::use(p.signatory.title),
          soci::use(p.signed_on);
      ++position;
    }
    position = 0;
    for (const auto& c : a.conditions) {
      long long sending = c.sending.value, receiving = c.receiving.value;
      const std::string type(domain::to_string(c.mobility_type));
      const std::string eqf = codec::encode_numbers(c.eqf_levels);
      const std::string months = optional_number(c.months_per_seat);
      const std::string total_months = optional_number(c.total_months_per_year);
      const std::string total_days =
          c.total_days_per_year ? std::to_string(*c.total_days_per_year) : "";
      const std::string languages = codec::encode_requirements(c.languages);
      int blended = c.blended ? 1 : 0;
      int seats = c.seats_per_year;
      sql_ << "INSERT INTO agreement_conditions (agreement_id, position, sending_id, receiving_id, "
              "mobility_type, "
              "first_year, last_year, eqf_levels, isced, isced_clarification, seats_per_year, "
              "months_per_seat, "
              "total_months_per_year, total_days_per_year, languages, blended, other_terms) VALUES "
              "(:a, :p, :s, :r, :t, "
              ":f, :l, :e, :i, :ic, :seats, :m, :tm, :td, :lang, :b, :o)",
          soci::use(id), soci::use(position), soci::use(sending), soci::use(receiving),
          soci::use(type), soci::use(c.first_academic_year), soci::use(c.last_academic_year),
          soci::use(eqf), soci::use(c.isced), soci::use(c.isced_clarification), soci::use(seats),
          soci::use(months), soci::use(total_months), soci::use(total_days), soci::use(languages),
          soci::use(blended), soci::use(c.other_terms);
      ++position;
    }
  }

  // The comments `where` selects, in `order`.
  std::vector<Comment> select_comments(sql::Where& where, const std::string& order) {
    std::vector<Comment> out;
    Comment c;
    long long cid = 0, institution = 0;
    soci::indicator institution_ind = soci::i_null;
    soci::statement st =
        (sql_.prepare << ("SELECT id, " + context_.dialect.instant("at") +
                          ", author, author_role, text, institution_id FROM agreement_comments" +
                          where.sql() + order),
         soci::use(where.values()), soci::into(cid), soci::into(c.at), soci::into(c.author),
         soci::into(c.author_role), soci::into(c.text), soci::into(institution, institution_ind));
    st.execute();
    while (st.fetch()) {
      c.id = cid;
      c.institution = nullable_institution(institution, institution_ind);
      out.push_back(c);
    }
    return out;
  }

  soci::session& sql_;
  const sql::Context& context_;
};

}  // namespace

std::unique_ptr<AgreementRepository> make_agreement_repository(const sql::Context& context) {
  return std::make_unique<SqlAgreementRepository>(context);
}

}  // namespace orbis::store::internal

namespace orbis::store {

Result<Page<domain::Agreement>> list_agreements(Transaction& tx, const AgreementQuery& query) {
  return internal::SqlAgreementRepository(internal::context_of(tx)).list(query);
}

Result<std::size_t> count_agreements(Transaction& tx, const AgreementQuery& query) {
  return internal::SqlAgreementRepository(internal::context_of(tx)).count(query);
}

Result<Page<Comment>> list_comments(Transaction& tx, const CommentQuery& query) {
  return internal::SqlAgreementRepository(internal::context_of(tx)).comment_page(query);
}

}  // namespace orbis::store
