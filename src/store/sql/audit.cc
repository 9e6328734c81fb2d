#include <fmt/format.h>

#include "common/clock.h"
#include "store/sql/dialect.h"
#include "store/sql/repositories.h"
#include "store/sql/support.h"

namespace orbis::store::internal {
namespace {

using domain::AuditEntry;

class SqlAuditRepository final : public AuditRepository {
 public:
  explicit SqlAuditRepository(const sql::Context& context)
      : sql_(context.session), context_(context) {}

  Result<AuditEntry> append(AuditEntry e) override {
    return guarded(context_, "writing the audit log", [&]() -> Result<AuditEntry> {
      auto current = read_head();
      // The hash covers the instant as it is read back, which is its one form on both back
      // ends (Dialect::instant).
      if (const auto at = parse_iso8601(e.at)) e.at = format_iso8601(*at);
      e.seq = current.first + 1;
      e.prev_hash = current.second;
      e.hash = domain::compute_audit_hash(e);
      long long seq = e.seq;
      const auto& dialect = context_.dialect;
      sql_ << fmt::format(
          "INSERT INTO audit_log (seq, at, actor, action, entity, entity_id, before_json, "
          "after_json, prev_hash, hash) VALUES (:s, :at, :ac, :act, :en, :eid, {}, {}, "
          ":p, :h)",
          dialect.json(":b"), dialect.json(":a")),
          soci::use(seq), soci::use(e.at), soci::use(e.actor), soci::use(e.action),
          soci::use(e.entity), soci::use(e.entity_id), soci::use(e.before), soci::use(e.after),
          soci::use(e.prev_hash), soci::use(e.hash);
      if (current.first == 0) {
        sql_ << "INSERT INTO audit_head (id, seq, hash) VALUES (1, :s, :h)", soci::use(seq),
            soci::use(e.hash);
      } else {
        sql_ << "UPDATE audit_head SET seq = :s, hash = :h WHERE id = 1", soci::use(seq),
            soci::use(e.hash);
      }
      return e;
    });
  }

  Result<std::vector<AuditEntry>> list(std::int64_t after, std::size_t limit) override {
    return guarded(context_, "reading the audit log", [&]() -> Result<std::vector<AuditEntry>> {
      std::vector<AuditEntry> out;
      AuditEntry e;
      long long seq = 0;
      long long from = after;
      long long max = static_cast<long long>(limit);
      soci::statement st =
          (sql_.prepare << fmt::format(
               "SELECT seq, {}, actor, action, entity, entity_id, {}, {}, "
               "prev_hash, hash FROM audit_log WHERE seq > :a ORDER BY seq LIMIT :l",
               context_.dialect.instant("at"), sql::json_text("before_json"),
               sql::json_text("after_json")),
           soci::use(from), soci::use(max), soci::into(seq), soci::into(e.at), soci::into(e.actor),
           soci::into(e.action), soci::into(e.entity), soci::into(e.entity_id),
           soci::into(e.before), soci::into(e.after), soci::into(e.prev_hash), soci::into(e.hash));
      st.execute();
      while (st.fetch()) {
        e.seq = seq;
        out.push_back(e);
      }
      return out;
    });
  }

  Result<std::pair<std::int64_t, std::string>> head() override {
    return guarded(context_, "reading the audit head",
                   [&]() -> Result<std::pair<std::int64_t, std::string>> { return read_head(); });
  }

 private:
  std::pair<std::int64_t, std::string> read_head() {
    long long seq = 0;
    std::string hash;
    sql_ << "SELECT seq, hash FROM audit_head WHERE id = 1", soci::into(seq), soci::into(hash);
    if (!sql_.got_data()) return {0, domain::genesis_hash()};
    return {seq, hash};
  }

  soci::session& sql_;
  const sql::Context& context_;
};

class SqlSettingsRepository final : public SettingsRepository {
 public:
  explicit SqlSettingsRepository(const sql::Context& context)
      : sql_(context.session), context_(context) {}

  Result<std::optional<std::string>> get(std::string_view key) override {
    return guarded(context_, "reading a setting", [&]() -> Result<std::optional<std::string>> {
      const std::string k(key);
      std::string value;
      sql_ << "SELECT value FROM settings WHERE key = :k", soci::use(k), soci::into(value);
      if (!sql_.got_data()) return std::optional<std::string>();
      return std::optional<std::string>(value);
    });
  }

  Status set(std::string_view key, std::string_view value) override {
    return guarded(context_, "saving a setting", [&]() -> Status {
      const std::string k(key), v(value);
      sql_ << "INSERT INTO settings (key, value) VALUES (:k, :v) "
              "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
          soci::use(k), soci::use(v);
      return {};
    });
  }

 private:
  soci::session& sql_;
  const sql::Context& context_;
};

}  // namespace

std::unique_ptr<AuditRepository> make_audit_repository(const sql::Context& context) {
  return std::make_unique<SqlAuditRepository>(context);
}

std::unique_ptr<SettingsRepository> make_settings_repository(const sql::Context& context) {
  return std::make_unique<SqlSettingsRepository>(context);
}

}  // namespace orbis::store::internal
