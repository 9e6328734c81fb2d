#include <fmt/format.h>

#include "store/sql_repositories.h"
#include "store/sql_support.h"

namespace orbis::store::internal {
namespace {

constexpr const char* kColumns =
    "id, type, subject_name, subject_name_zh, subject_email, status, status_reason, status_index, "
    "issued_at, issued_by, updated_at";

class SqlCredentialRepository final : public CredentialRepository {
 public:
  explicit SqlCredentialRepository(soci::session& sql) : sql_(sql) {}

  Result<std::vector<IssuerKeyRecord>> keys() override {
    return guarded("reading issuer keys", [&]() -> Result<std::vector<IssuerKeyRecord>> {
      std::vector<IssuerKeyRecord> out;
      IssuerKeyRecord k;
      long long id = 0;
      soci::statement st =
          (sql_.prepare
               << "SELECT id, public_multikey, sealed_key, created_at FROM issuer_keys ORDER BY id",
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
    return guarded("storing an issuer key", [&]() -> Result<std::int64_t> {
      long long id = 0;
      sql_ << "INSERT INTO issuer_keys (public_multikey, sealed_key, created_at) VALUES (:p, :s, "
              ":c) RETURNING id",
          soci::use(k.public_multikey), soci::use(k.sealed_key), soci::use(k.created_at),
          soci::into(id);
      return static_cast<std::int64_t>(id);
    });
  }

  Status insert(const CredentialRecord& r) override {
    return guarded("storing a credential", [&]() -> Status {
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
    return guarded("reading a credential", [&]() -> Result<std::optional<CredentialRecord>> {
      const std::string key(id);
      CredentialRecord r;
      sql_ << (std::string("SELECT ") + kColumns + ", document FROM credentials WHERE id = :id"),
          soci::use(key), soci::into(r.id), soci::into(r.type), soci::into(r.subject_name),
          soci::into(r.subject_name_zh), soci::into(r.subject_email), soci::into(r.status),
          soci::into(r.status_reason), soci::into(r.status_index), soci::into(r.issued_at),
          soci::into(r.issued_by), soci::into(r.updated_at), soci::into(r.document);
      if (!sql_.got_data()) return std::optional<CredentialRecord>();
      return std::optional<CredentialRecord>(std::move(r));
    });
  }

  Result<std::vector<CredentialRecord>> list(bool with_documents) override {
    return guarded("listing credentials", [&]() -> Result<std::vector<CredentialRecord>> {
      std::vector<CredentialRecord> out;
      CredentialRecord r;
      std::string document;
      soci::statement st =
          (sql_.prepare << (std::string("SELECT ") + kColumns +
                            (with_documents ? ", document" : ", ''") +
                            " FROM credentials ORDER BY issued_at DESC, id"),
           soci::into(r.id), soci::into(r.type), soci::into(r.subject_name),
           soci::into(r.subject_name_zh), soci::into(r.subject_email), soci::into(r.status),
           soci::into(r.status_reason), soci::into(r.status_index), soci::into(r.issued_at),
           soci::into(r.issued_by), soci::into(r.updated_at), soci::into(document));
      st.execute();
      while (st.fetch()) {
        r.document = document;
        out.push_back(r);
      }
      return out;
    });
  }

  Status set_status(std::string_view id, std::string_view status, std::string_view reason,
                    std::string_view at) override {
    return guarded("changing a credential's status", [&]() -> Status {
      const std::string k(id), s(status), r(reason), a(at);
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
  soci::session& sql_;
};

}  // namespace

std::unique_ptr<CredentialRepository> make_credential_repository(soci::session& sql) {
  return std::make_unique<SqlCredentialRepository>(sql);
}

}  // namespace orbis::store::internal
