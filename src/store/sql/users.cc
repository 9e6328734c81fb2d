#include <fmt/format.h>

#include "store/lists.h"
#include "store/sql/repositories.h"
#include "store/sql/statement.h"
#include "store/sql/support.h"

namespace orbis::store::internal {
namespace {

using domain::User;

struct UserRow {
  long long id = 0, org_unit = 0, institution = 0;
  soci::indicator org_unit_ind = soci::i_null, institution_ind = soci::i_null;
  std::string email, name, role;
  int active = 1, version = 0, totp = 0;

  User to() const {
    User u;
    u.id = UserId{id};
    u.email = email;
    u.name = name;
    u.role = domain::parse_role(role).value_or(domain::Role::viewer);
    if (org_unit_ind == soci::i_ok) u.org_unit = OrgUnitId{org_unit};
    if (institution_ind == soci::i_ok) u.institution = InstitutionId{institution};
    u.active = active != 0;
    u.totp_enabled = totp != 0;
    u.version = version;
    return u;
  }
};

constexpr const char* kSelect =
    "SELECT id, email, name, role, org_unit_id, institution_id, active, version, "
    "CASE WHEN totp_secret <> '' THEN 1 ELSE 0 END FROM users";

class SqlUserRepository final : public UserRepository {
 public:
  explicit SqlUserRepository(const sql::Context& context)
      : sql_(context.session), context_(context) {}

  Result<User> get(UserId id) override {
    return guarded(context_, "reading a user", [&]() -> Result<User> {
      const long long key = id.value;
      auto user = select_one(" WHERE id = :id", key);
      if (!user) return fail(Error::not_found(fmt::format("no user {}", id.value)));
      return *user;
    });
  }

  Result<std::optional<User>> find_by_email(std::string_view email) override {
    return guarded(context_, "looking up a user", [&]() -> Result<std::optional<User>> {
      const std::string key(email);
      return select_one(" WHERE email = :e", key);
    });
  }

  Result<std::vector<User>> list() override {
    return guarded(context_, "listing users", [&]() -> Result<std::vector<User>> {
      sql::Where none;
      return select(none, " ORDER BY email");
    });
  }

  // By email; the unique index on email (which carries the id) serves the order.
  Result<Page<User>> page(const UserQuery& q) {
    return guarded(context_, "listing users", [&]() -> Result<Page<User>> {
      sql::Where where;
      return sql::keyset_page(
          where, {"email"}, q.page,
          [&](sql::Where& w, const std::string& order) { return select(w, order); },
          [](const User& u) { return Cursor{{u.email}, u.id.value}; });
    });
  }

  Result<UserId> insert(const User& u, std::string_view password_hash) override {
    return guarded(context_, fmt::format("adding the user {}", u.email), [&]() -> Result<UserId> {
      long long org_unit = u.org_unit ? u.org_unit->value : 0;
      long long institution = u.institution ? u.institution->value : 0;
      soci::indicator org_ind = u.org_unit ? soci::i_ok : soci::i_null;
      soci::indicator inst_ind = u.institution ? soci::i_ok : soci::i_null;
      const std::string role(domain::to_string(u.role));
      const std::string hash(password_hash);
      const std::string now = context_.now();
      const int active = u.active ? 1 : 0;
      long long id = 0;
      sql_
          << "INSERT INTO users (email, name, role, org_unit_id, institution_id, password_hash, "
             "active, version, created_at) VALUES (:e, :n, :r, :o, :i, :h, :a, 1, :c) RETURNING id",
          soci::use(u.email), soci::use(u.name), soci::use(role), soci::use(org_unit, org_ind),
          soci::use(institution, inst_ind), soci::use(hash), soci::use(active), soci::use(now),
          soci::into(id);
      return UserId{id};
    });
  }

  Result<std::string> password_hash(UserId id) override {
    return guarded(context_, "reading a password hash", [&]() -> Result<std::string> {
      long long key = id.value;
      std::string hash;
      sql_ << "SELECT password_hash FROM users WHERE id = :id", soci::use(key), soci::into(hash);
      if (!sql_.got_data()) return fail(Error::not_found(fmt::format("no user {}", id.value)));
      return hash;
    });
  }

  Status set_password_hash(UserId id, std::string_view password_hash) override {
    return guarded(context_, "changing a password", [&]() -> Status {
      long long key = id.value;
      const std::string hash(password_hash);
      sql_ << "UPDATE users SET password_hash = :h, version = version + 1 WHERE id = :id",
          soci::use(hash), soci::use(key);
      return {};
    });
  }

  Status update(const User& u) override {
    return guarded(context_, fmt::format("saving the user {}", u.email), [&]() -> Status {
      long long key = u.id.value;
      long long org_unit = u.org_unit ? u.org_unit->value : 0;
      long long institution = u.institution ? u.institution->value : 0;
      soci::indicator org_ind = u.org_unit ? soci::i_ok : soci::i_null;
      soci::indicator inst_ind = u.institution ? soci::i_ok : soci::i_null;
      const std::string role(domain::to_string(u.role));
      const int active = u.active ? 1 : 0;
      int version = u.version;
      soci::statement st =
          (sql_.prepare << "UPDATE users SET name = :n, role = :r, org_unit_id = :o, "
                           "institution_id = :i, active = :a, version = version + 1 "
                           "WHERE id = :id AND version = :v",
           soci::use(u.name), soci::use(role), soci::use(org_unit, org_ind),
           soci::use(institution, inst_ind), soci::use(active), soci::use(key), soci::use(version));
      st.execute(true);
      if (st.get_affected_rows() == 0) {
        long long exists = 0;
        sql_ << "SELECT COUNT(*) FROM users WHERE id = :id", soci::use(key), soci::into(exists);
        if (!exists) return fail(Error::not_found(fmt::format("no user {}", key)));
        return fail(Error::conflict(
            "the user was changed by someone else since it was read; reload and try again"));
      }
      return {};
    });
  }

  Result<std::int64_t> count_active(domain::Role role) override {
    return guarded(context_, "counting users", [&]() -> Result<std::int64_t> {
      const std::string name(domain::to_string(role));
      long long count = 0;
      sql_ << "SELECT COUNT(*) FROM users WHERE role = :r AND active = TRUE", soci::use(name),
          soci::into(count);
      return static_cast<std::int64_t>(count);
    });
  }

  Result<StoredTotp> totp(UserId id) override {
    return guarded(context_, "reading a second factor", [&]() -> Result<StoredTotp> {
      long long key = id.value;
      std::string secret, pending;
      long long last_step = 0;
      sql_ << "SELECT totp_secret, totp_pending_secret, totp_last_step FROM users WHERE id = :id",
          soci::use(key), soci::into(secret), soci::into(pending), soci::into(last_step);
      if (!sql_.got_data()) return fail(Error::not_found(fmt::format("no user {}", key)));
      return StoredTotp{unbase64(secret), unbase64(pending), last_step};
    });
  }

  Status set_totp_pending(UserId id, std::string_view secret) override {
    return guarded(context_, "starting a second factor", [&]() -> Status {
      long long key = id.value;
      const std::string pending = base64(secret);
      sql_ << "UPDATE users SET totp_pending_secret = :p WHERE id = :id", soci::use(pending),
          soci::use(key);
      return {};
    });
  }

  Status set_totp(UserId id, std::string_view secret, std::int64_t last_step) override {
    return guarded(context_, "turning on a second factor", [&]() -> Status {
      long long key = id.value;
      long long step = last_step;
      const std::string stored = base64(secret);
      sql_ << "UPDATE users SET totp_secret = :s, totp_pending_secret = '', totp_last_step = :l, "
              "version = version + 1 WHERE id = :id",
          soci::use(stored), soci::use(step), soci::use(key);
      return {};
    });
  }

  Status clear_totp(UserId id) override {
    return guarded(context_, "removing a second factor", [&]() -> Status {
      long long key = id.value;
      sql_ << "UPDATE users SET totp_secret = '', totp_pending_secret = '', totp_last_step = 0, "
              "version = version + 1 WHERE id = :id",
          soci::use(key);
      return {};
    });
  }

  Result<bool> use_totp_step(UserId id, std::int64_t step) override {
    return guarded(context_, "recording a second-factor code", [&]() -> Result<bool> {
      long long key = id.value;
      long long s = step;
      soci::statement st = (sql_.prepare << "UPDATE users SET totp_last_step = :s "
                                            "WHERE id = :id AND totp_last_step < :s2",
                            soci::use(s), soci::use(key), soci::use(s));
      st.execute(true);
      return st.get_affected_rows() > 0;
    });
  }

  Result<std::int64_t> insert_session(std::string_view token_hash,
                                      const StoredSession& s) override {
    return guarded(context_, "starting a session", [&]() -> Result<std::int64_t> {
      const std::string t(token_hash);
      long long uid = s.user.value;
      long long id = 0;
      sql_ << "INSERT INTO sessions (token_hash, user_id, csrf_token, created_at, expires_at, "
              "last_used_at, client, user_agent) VALUES (:t, :u, :c, :cr, :e, :l, :cl, :ua) "
              "RETURNING id",
          soci::use(t), soci::use(uid), soci::use(s.csrf_token), soci::use(s.created_at),
          soci::use(s.expires_at), soci::use(s.last_used_at), soci::use(s.client),
          soci::use(s.user_agent), soci::into(id);
      return static_cast<std::int64_t>(id);
    });
  }

  Result<std::optional<StoredSession>> find_session(std::string_view token_hash) override {
    return guarded(context_, "reading a session", [&]() -> Result<std::optional<StoredSession>> {
      const std::string t(token_hash);
      std::vector<StoredSession> found = select_sessions(" WHERE token_hash = :k", t);
      if (found.empty()) return std::optional<StoredSession>();
      return std::optional<StoredSession>(std::move(found.front()));
    });
  }

  Result<std::vector<StoredSession>> sessions_of(UserId user) override {
    return guarded(context_, "listing sessions", [&]() -> Result<std::vector<StoredSession>> {
      const long long uid = user.value;
      return select_sessions(" WHERE user_id = :k ORDER BY created_at DESC, id DESC", uid);
    });
  }

  Status touch_session(std::string_view token_hash, std::string_view at) override {
    return guarded(context_, "noting a session's use", [&]() -> Status {
      const std::string t(token_hash), a(at);
      sql_ << "UPDATE sessions SET last_used_at = :a WHERE token_hash = :t", soci::use(a),
          soci::use(t);
      return {};
    });
  }

  Status delete_session(std::string_view token_hash) override {
    return guarded(context_, "ending a session", [&]() -> Status {
      const std::string t(token_hash);
      sql_ << "DELETE FROM sessions WHERE token_hash = :t", soci::use(t);
      return {};
    });
  }

  Result<bool> delete_session_of(UserId user, std::int64_t id) override {
    return guarded(context_, "ending a session", [&]() -> Result<bool> {
      long long uid = user.value;
      long long key = id;
      soci::statement st = (sql_.prepare << "DELETE FROM sessions WHERE id = :id AND user_id = :u",
                            soci::use(key), soci::use(uid));
      st.execute(true);
      return st.get_affected_rows() > 0;
    });
  }

  Status delete_sessions_of(UserId user) override {
    return guarded(context_, "ending a user's sessions", [&]() -> Status {
      long long uid = user.value;
      sql_ << "DELETE FROM sessions WHERE user_id = :u", soci::use(uid);
      return {};
    });
  }

  Status delete_sessions_expired_before(std::string_view now) override {
    return guarded(context_, "removing expired sessions", [&]() -> Status {
      const std::string n(now);
      sql_ << "DELETE FROM sessions WHERE expires_at < :n", soci::use(n);
      sql_ << "DELETE FROM password_resets WHERE expires_at < :n", soci::use(n);
      return {};
    });
  }

  Result<std::optional<std::string>> calendar_token(UserId user) override {
    auto feed = calendar_feed(user);
    if (!feed) return fail(feed.error());
    if (!*feed) return std::optional<std::string>();
    return std::optional<std::string>((*feed)->token);
  }

  Result<std::optional<CalendarFeed>> calendar_feed(UserId user) override {
    return guarded(context_, "reading a calendar token",
                   [&]() -> Result<std::optional<CalendarFeed>> {
                     long long uid = user.value;
                     CalendarFeed feed;
                     sql_ << "SELECT token, " + context_.dialect.instant("created_at") +
                                 " FROM calendar_feeds WHERE user_id = :u",
                         soci::use(uid), soci::into(feed.token), soci::into(feed.created_at);
                     if (!sql_.got_data()) return std::optional<CalendarFeed>();
                     return std::optional<CalendarFeed>(std::move(feed));
                   });
  }

  Status set_calendar_token(UserId user, std::string_view token) override {
    return guarded(context_, "saving a calendar token", [&]() -> Status {
      long long uid = user.value;
      const std::string t(token);
      const std::string now = context_.now();
      sql_ << "INSERT INTO calendar_feeds (user_id, token, created_at) VALUES (:u, :t, " +
                  context_.dialect.optional_instant(":c") +
                  ") "
                  "ON CONFLICT (user_id) DO UPDATE SET token = excluded.token, "
                  "created_at = excluded.created_at",
          soci::use(uid), soci::use(t), soci::use(now);
      return {};
    });
  }

  Result<std::optional<UserId>> user_of_calendar_token(std::string_view token) override {
    return guarded(context_, "reading a calendar feed", [&]() -> Result<std::optional<UserId>> {
      const std::string t(token);
      long long uid = 0;
      sql_ << "SELECT user_id FROM calendar_feeds WHERE token = :t", soci::use(t), soci::into(uid);
      if (!sql_.got_data()) return std::optional<UserId>();
      return std::optional<UserId>(UserId{uid});
    });
  }

  Status delete_calendar_token(UserId user) override {
    return guarded(context_, "revoking a calendar token", [&]() -> Status {
      long long uid = user.value;
      sql_ << "DELETE FROM calendar_feeds WHERE user_id = :u", soci::use(uid);
      return {};
    });
  }

  Status insert_password_reset(std::string_view token_hash, UserId user,
                               std::string_view created_at, std::string_view expires_at,
                               std::string_view created_by) override {
    return guarded(context_, "making a password reset link", [&]() -> Status {
      const std::string t(token_hash), c(created_at), e(expires_at), by(created_by);
      long long uid = user.value;
      sql_ << "INSERT INTO password_resets (token_hash, user_id, created_at, expires_at, "
              "created_by) VALUES (:t, :u, :c, :e, :b)",
          soci::use(t), soci::use(uid), soci::use(c), soci::use(e), soci::use(by);
      return {};
    });
  }

  Result<std::optional<PasswordReset>> take_password_reset(std::string_view token_hash) override {
    return guarded(context_, "using a password reset link",
                   [&]() -> Result<std::optional<PasswordReset>> {
                     const std::string t(token_hash);
                     long long uid = 0;
                     PasswordReset reset;
                     sql_ << "SELECT user_id, " + context_.dialect.instant("expires_at") +
                                 " FROM password_resets WHERE token_hash = :t",
                         soci::use(t), soci::into(uid), soci::into(reset.expires_at);
                     if (!sql_.got_data()) return std::optional<PasswordReset>();
                     sql_ << "DELETE FROM password_resets WHERE token_hash = :t", soci::use(t);
                     reset.user = UserId{uid};
                     return std::optional<PasswordReset>(std::move(reset));
                   });
  }

  Status delete_password_resets_of(UserId user) override {
    return guarded(context_, "withdrawing password reset links", [&]() -> Status {
      long long uid = user.value;
      sql_ << "DELETE FROM password_resets WHERE user_id = :u", soci::use(uid);
      return {};
    });
  }

  Status record_sign_in_failure(std::string_view subject, std::string_view at) override {
    return guarded(context_, "counting a failed sign-in", [&]() -> Status {
      const std::string s(subject), a(at);
      sql_ << "INSERT INTO sign_in_failures (subject, failed_at) VALUES (:s, :a)", soci::use(s),
          soci::use(a);
      return {};
    });
  }

  Result<std::vector<std::string>> sign_in_failures(std::string_view subject,
                                                    std::string_view since,
                                                    std::size_t limit) override {
    return guarded(context_, "reading failed sign-ins", [&]() -> Result<std::vector<std::string>> {
      std::vector<std::string> out;
      const std::string s(subject), from(since);
      const long long n = static_cast<long long>(limit);
      std::string at;
      sql::Where where;
      where.add("subject = " + where.bind(s));
      if (!from.empty()) where.add("failed_at >= " + where.bind(from));
      soci::statement st = (sql_.prepare << "SELECT " + context_.dialect.instant("failed_at") +
                                                " FROM sign_in_failures" + where.sql() +
                                                " ORDER BY failed_at LIMIT " + std::to_string(n),
                            soci::use(where.values()), soci::into(at));
      st.execute();
      while (st.fetch()) out.push_back(at);
      return out;
    });
  }

  Status forget_sign_in_failures(std::string_view subject) override {
    return guarded(context_, "forgetting failed sign-ins", [&]() -> Status {
      const std::string s(subject);
      sql_ << "DELETE FROM sign_in_failures WHERE subject = :s", soci::use(s);
      return {};
    });
  }

  Status delete_sign_in_failures_before(std::string_view at) override {
    return guarded(context_, "removing old failed sign-ins", [&]() -> Status {
      const std::string a(at);
      sql_ << "DELETE FROM sign_in_failures WHERE failed_at < :a", soci::use(a);
      return {};
    });
  }

 private:
  // Binds the columns of kSelect, in order, to a SOCI statement being built.
  template <typename Chain>
  static void bind(Chain& chain, UserRow& r) {
    chain, soci::into(r.id), soci::into(r.email), soci::into(r.name), soci::into(r.role),
        soci::into(r.org_unit, r.org_unit_ind), soci::into(r.institution, r.institution_ind),
        soci::into(r.active), soci::into(r.version), soci::into(r.totp);
  }

  // The users `where` selects, in `order`.
  std::vector<User> select(sql::Where& where, const std::string& order) {
    std::vector<User> out;
    UserRow r;
    auto chain =
        (sql_.prepare << (std::string(kSelect) + where.sql() + order), soci::use(where.values()));
    bind(chain, r);
    soci::statement st(chain);
    st.execute();
    while (st.fetch()) out.push_back(r.to());
    return out;
  }

  // The sessions matching `where` (bound to `key`).
  template <typename Key>
  std::vector<StoredSession> select_sessions(const char* where, const Key& key) {
    std::vector<StoredSession> out;
    StoredSession s;
    long long id = 0, uid = 0;
    soci::statement st =
        (sql_.prepare << ("SELECT id, user_id, csrf_token, " +
                          context_.dialect.instant("created_at") + ", " +
                          context_.dialect.instant("expires_at") + ", " +
                          context_.dialect.instant("last_used_at") +
                          ", client, user_agent FROM sessions" + where),
         soci::use(key), soci::into(id), soci::into(uid), soci::into(s.csrf_token),
         soci::into(s.created_at), soci::into(s.expires_at), soci::into(s.last_used_at),
         soci::into(s.client), soci::into(s.user_agent));
    st.execute();
    while (st.fetch()) {
      s.id = id;
      s.user = UserId{uid};
      out.push_back(s);
    }
    return out;
  }

  // Reads the one user matching `where` (bound to `key`), or nothing.
  template <typename Key>
  std::optional<User> select_one(const char* where, const Key& key) {
    UserRow r;
    {
      auto chain = (sql_ << (std::string(kSelect) + where), soci::use(key));
      bind(chain, r);
    }  // the statement runs when the chain goes out of scope
    if (!sql_.got_data()) return std::nullopt;
    return r.to();
  }

  soci::session& sql_;
  const sql::Context& context_;
};

}  // namespace

std::unique_ptr<UserRepository> make_user_repository(const sql::Context& context) {
  return std::make_unique<SqlUserRepository>(context);
}

}  // namespace orbis::store::internal

namespace orbis::store {

Result<Page<domain::User>> list_users(Transaction& tx, const UserQuery& query) {
  return internal::SqlUserRepository(internal::context_of(tx)).page(query);
}

}  // namespace orbis::store
