#include <fmt/format.h>

#include "common/text.h"
#include "store/lists.h"
#include "store/sql/repositories.h"
#include "store/sql/statement.h"
#include "store/sql/support.h"

namespace orbis::store::internal {
namespace {

// The columns a credential is read from, its instants as the dialect prints them.
std::string columns(const sql::Dialect& d) {
  return "id, type, subject_name, subject_name_zh, subject_email, status, status_reason, "
         "status_index, " +
         d.instant("issued_at") + ", issued_by, " + d.instant("updated_at");
}

class SqlCredentialRepository final : public CredentialRepository {
 public:
  explicit SqlCredentialRepository(const sql::Context& context)
      : sql_(context.session), context_(context) {}

  Result<std::vector<IssuerKeyRecord>> keys() override {
    return guarded(context_, "reading issuer keys", [&]() -> Result<std::vector<IssuerKeyRecord>> {
      std::vector<IssuerKeyRecord> out;
      IssuerKeyRecord k;
      long long id = 0;
      soci::statement st = (sql_.prepare << "SELECT id, public_multikey, sealed_key, " +
                                                context_.dialect.instant("created_at") +
                                                " FROM issuer_keys ORDER BY id",
                            soci::into(id), soci::into(k.public_multikey), soci::into(k.sealed_key),
                            soci::into(k.created_at));
      st.execute();
      while (st.fetch()) {
        k.id = id;
        out.push_back(k);
      }
      return out;
    });
  }

  Result<std::int64_t> insert_key(const IssuerKeyRecord& k) override {
    return guarded(context_, "storing an issuer key", [&]() -> Result<std::int64_t> {
      long long id = 0;
      sql_ << "INSERT INTO issuer_keys (public_multikey, sealed_key, created_at) VALUES (:p, :s, "
              ":c) RETURNING id",
          soci::use(k.public_multikey), soci::use(k.sealed_key), soci::use(k.created_at),
          soci::into(id);
      return static_cast<std::int64_t>(id);
    });
  }

  Status insert(const CredentialRecord& r) override {
    return guarded(context_, "storing a credential", [&]() -> Status {
      int index = r.status_index;
      sql_ << "INSERT INTO credentials (id, type, subject_name, subject_name_zh, subject_email, "
              "status, status_reason, "
              "status_index, document, issued_at, issued_by, updated_at) VALUES (:id, :t, :n, :nz, "
              ":e, :s, :r, :i, :d, "
              ":ia, :ib, :u)",
          soci::use(r.id), soci::use(r.type), soci::use(r.subject_name),
          soci::use(r.subject_name_zh), soci::use(r.subject_email), soci::use(r.status),
          soci::use(r.status_reason), soci::use(index), soci::use(r.document),
          soci::use(r.issued_at), soci::use(r.issued_by), soci::use(r.updated_at);
      return {};
    });
  }

  Result<std::optional<CredentialRecord>> get(std::string_view id) override {
    return guarded(
        context_, "reading a credential", [&]() -> Result<std::optional<CredentialRecord>> {
          const std::string key(id);
          CredentialRecord r;
          sql_ << ("SELECT " + columns(context_.dialect) +
                   ", document FROM credentials WHERE id = :id"),
              soci::use(key), soci::into(r.id), soci::into(r.type), soci::into(r.subject_name),
              soci::into(r.subject_name_zh), soci::into(r.subject_email), soci::into(r.status),
              soci::into(r.status_reason), soci::into(r.status_index), soci::into(r.issued_at),
              soci::into(r.issued_by), soci::into(r.updated_at), soci::into(r.document);
          if (!sql_.got_data()) return std::optional<CredentialRecord>();
          return std::optional<CredentialRecord>(std::move(r));
        });
  }

  Result<std::vector<CredentialRecord>> list(bool with_documents) override {
    return guarded(context_, "listing credentials", [&]() -> Result<std::vector<CredentialRecord>> {
      std::vector<CredentialRecord> out;
      sql::Where none;
      auto st = select(none, " ORDER BY issued_at DESC, id", with_documents);
      while (st.fetch()) out.push_back(row_);
      return out;
    });
  }

  // The latest issued first; the index credentials_by_issue serves the order.
  Result<Page<CredentialRecord>> page(const CredentialQuery& q) {
    return guarded(context_, "listing credentials", [&]() -> Result<Page<CredentialRecord>> {
      sql::Where where;
      if (q.subject_email) where.add("subject_email = " + where.bind(*q.subject_email));
      if (!q.status.empty()) where.add("status = " + where.bind(q.status));
      if (!q.type.empty()) where.add("type = " + where.bind(q.type));
      where.add_keyset({"issued_at"}, q.page.after, "status_index", true);
      // Without text the database stops at the page; with it, rows are read in order until
      // the page is full.
      const std::string order =
          q.text.empty() ? sql::order_and_limit({"issued_at"}, q.page.limit, "status_index", true)
                         : " ORDER BY issued_at DESC, status_index DESC";
      std::vector<CredentialRecord> rows;
      auto st = select(where, order, false);
      while (rows.size() <= q.page.limit && st.fetch()) {
        if (has_text(row_, q)) rows.push_back(row_);
      }
      return sql::page_of(std::move(rows), q.page.limit, [](const CredentialRecord& r) {
        return Cursor{{r.issued_at}, r.status_index};
      });
    });
  }

  Status set_status(std::string_view id, std::string_view status, std::string_view reason,
                    std::string_view at) override {
    return guarded(context_, "changing a credential's status", [&]() -> Status {
      const std::string k(id), s(status), r(reason),
          a(at.empty() ? context_.now() : std::string(at));
      soci::statement st =
          (sql_.prepare
               << "UPDATE credentials SET status = :s, status_reason = :r, updated_at = :a "
                  "WHERE id = :id",
           soci::use(s), soci::use(r), soci::use(a), soci::use(k));
      st.execute(true);
      if (st.get_affected_rows() == 0)
        return fail(Error::not_found(fmt::format("no credential {}", id)));
      return {};
    });
  }

 private:
  // Whether the text `q` looks for occurs in what the reader may search of `r`.
  static bool has_text(const CredentialRecord& r, const CredentialQuery& q) {
    if (q.text.empty()) return true;
    return text::fold_for_search(r.subject_name + " " + r.subject_name_zh + " " +
                                 (q.text_in_email ? r.subject_email : std::string()) + " " + r.id)
               .find(q.text) != std::string::npos;
  }

  // A statement over the credentials `where` selects, in `order`, fetching into row_.
  soci::statement select(sql::Where& where, const std::string& order, bool with_documents) {
    soci::statement st =
        (sql_.prepare << ("SELECT " + columns(context_.dialect) +
                          (with_documents ? ", document" : ", ''") + " FROM credentials" +
                          where.sql() + order),
         soci::use(where.values()), soci::into(row_.id), soci::into(row_.type),
         soci::into(row_.subject_name), soci::into(row_.subject_name_zh),
         soci::into(row_.subject_email), soci::into(row_.status), soci::into(row_.status_reason),
         soci::into(row_.status_index), soci::into(row_.issued_at), soci::into(row_.issued_by),
         soci::into(row_.updated_at), soci::into(row_.document));
    st.execute();
    return st;
  }

  soci::session& sql_;
  const sql::Context& context_;
  CredentialRecord row_;
};

}  // namespace

std::unique_ptr<CredentialRepository> make_credential_repository(const sql::Context& context) {
  return std::make_unique<SqlCredentialRepository>(context);
}

}  // namespace orbis::store::internal

namespace orbis::store {

Result<Page<CredentialRecord>> list_credentials(Transaction& tx, const CredentialQuery& query) {
  return internal::SqlCredentialRepository(internal::context_of(tx)).page(query);
}

}  // namespace orbis::store
