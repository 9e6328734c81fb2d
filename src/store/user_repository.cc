#include <fmt/format.h>

#include "store/sql_repositories.h"
#include "store/sql_support.h"

namespace orbis::store::internal {
namespace {

using domain::User;

struct UserRow {
  long long id = 0, org_unit = 0, institution = 0;
  soci::indicator org_unit_ind = soci::i_null, institution_ind = soci::i_null;
  std::string email, name, role;
  int active = 1, version = 0;

  User to() const {
    User u;
    u.id = UserId{id};
    u.email = email;
    u.name = name;
    u.role = domain::parse_role(role).value_or(domain::Role::viewer);
    if (org_unit_ind == soci::i_ok) u.org_unit = OrgUnitId{org_unit};
    if (institution_ind == soci::i_ok) u.institution = InstitutionId{institution};
    u.active = active != 0;
    u.version = version;
    return u;
  }
};

constexpr const char* kSelect =
    "SELECT id, email, name, role, org_unit_id, institution_id, active, version FROM users";

class SqlUserRepository final : public UserRepository {
 public:
  explicit SqlUserRepository(soci::session& sql) : sql_(sql) {}

  Result<User> get(UserId id) override {
    return guarded("reading a user", [&]() -> Result<User> {
      const long long key = id.value;
      auto user = select_one(" WHERE id = :id", key);
      if (!user) return fail(Error::not_found(fmt::format("no user {}", id.value)));
      return *user;
    });
  }

  Result<std::optional<User>> find_by_email(std::string_view email) override {
    return guarded("looking up a user", [&]() -> Result<std::optional<User>> {
      const std::string key(email);
      return select_one(" WHERE email = :e", key);
    });
  }

  Result<std::vector<User>> list() override {
    return guarded("listing users", [&]() -> Result<std::vector<User>> {
      std::vector<User> out;
      UserRow r;
      auto chain = (sql_.prepare << (std::string(kSelect) + " ORDER BY email"));
      bind(chain, r);
      soci::statement st(chain);
      st.execute();
      while (st.fetch()) out.push_back(r.to());
      return out;
    });
  }

  Result<UserId> insert(const User& u, std::string_view password_hash) override {
    return guarded(fmt::format("adding the user {}", u.email), [&]() -> Result<UserId> {
      long long org_unit = u.org_unit ? u.org_unit->value : 0;
      long long institution = u.institution ? u.institution->value : 0;
      soci::indicator org_ind = u.org_unit ? soci::i_ok : soci::i_null;
      soci::indicator inst_ind = u.institution ? soci::i_ok : soci::i_null;
      const std::string role(domain::to_string(u.role));
      const std::string hash(password_hash);
      const std::string now = now_text();
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
    return guarded("reading a password hash", [&]() -> Result<std::string> {
      long long key = id.value;
      std::string hash;
      sql_ << "SELECT password_hash FROM users WHERE id = :id", soci::use(key), soci::into(hash);
      if (!sql_.got_data()) return fail(Error::not_found(fmt::format("no user {}", id.value)));
      return hash;
    });
  }

  Status set_password_hash(UserId id, std::string_view password_hash) override {
    return guarded("changing a password", [&]() -> Status {
      long long key = id.value;
      const std::string hash(password_hash);
      sql_ << "UPDATE users SET password_hash = :h, version = version + 1 WHERE id = :id",
          soci::use(hash), soci::use(key);
      return {};
    });
  }

  Status insert_session(std::string_view token_hash, UserId user, std::string_view csrf,
                        std::string_view created_at, std::string_view expires_at) override {
    return guarded("starting a session", [&]() -> Status {
      const std::string t(token_hash), c(csrf), created(created_at), expires(expires_at);
      long long uid = user.value;
      sql_ << "INSERT INTO sessions (token_hash, user_id, csrf_token, created_at, expires_at) "
              "VALUES (:t, :u, :c, :cr, :e)",
          soci::use(t), soci::use(uid), soci::use(c), soci::use(created), soci::use(expires);
      return {};
    });
  }

  Result<std::optional<StoredSession>> find_session(std::string_view token_hash) override {
    return guarded("reading a session", [&]() -> Result<std::optional<StoredSession>> {
      const std::string t(token_hash);
      long long uid = 0;
      StoredSession s;
      sql_ << "SELECT user_id, csrf_token, expires_at FROM sessions WHERE token_hash = :t",
          soci::use(t), soci::into(uid), soci::into(s.csrf_token), soci::into(s.expires_at);
      if (!sql_.got_data()) return std::optional<StoredSession>();
      s.user = UserId{uid};
      return std::optional<StoredSession>(std::move(s));
    });
  }

  Status delete_session(std::string_view token_hash) override {
    return guarded("ending a session", [&]() -> Status {
      const std::string t(token_hash);
      sql_ << "DELETE FROM sessions WHERE token_hash = :t", soci::use(t);
      return {};
    });
  }

  Status delete_sessions_expired_before(std::string_view now) override {
    return guarded("removing expired sessions", [&]() -> Status {
      const std::string n(now);
      sql_ << "DELETE FROM sessions WHERE expires_at < :n", soci::use(n);
      return {};
    });
  }

  Result<std::optional<std::string>> calendar_token(UserId user) override {
    return guarded("reading a calendar token", [&]() -> Result<std::optional<std::string>> {
      long long uid = user.value;
      std::string token;
      sql_ << "SELECT token FROM calendar_feeds WHERE user_id = :u", soci::use(uid),
          soci::into(token);
      if (!sql_.got_data()) return std::optional<std::string>();
      return std::optional<std::string>(token);
    });
  }

  Status set_calendar_token(UserId user, std::string_view token) override {
    return guarded("saving a calendar token", [&]() -> Status {
      long long uid = user.value;
      const std::string t(token);
      sql_ << "INSERT INTO calendar_feeds (user_id, token) VALUES (:u, :t) "
              "ON CONFLICT (user_id) DO UPDATE SET token = excluded.token",
          soci::use(uid), soci::use(t);
      return {};
    });
  }

  Result<std::optional<UserId>> user_of_calendar_token(std::string_view token) override {
    return guarded("reading a calendar feed", [&]() -> Result<std::optional<UserId>> {
      const std::string t(token);
      long long uid = 0;
      sql_ << "SELECT user_id FROM calendar_feeds WHERE token = :t", soci::use(t), soci::into(uid);
      if (!sql_.got_data()) return std::optional<UserId>();
      return std::optional<UserId>(UserId{uid});
    });
  }

 private:
  // Binds the columns of kSelect, in order, to a SOCI statement being built.
  template <typename Chain>
  static void bind(Chain& chain, UserRow& r) {
    chain, soci::into(r.id), soci::into(r.email), soci::into(r.name), soci::into(r.role),
        soci::into(r.org_unit, r.org_unit_ind), soci::into(r.institution, r.institution_ind),
        soci::into(r.active), soci::into(r.version);
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
};

}  // namespace

std::unique_ptr<UserRepository> make_user_repository(soci::session& sql) {
  return std::make_unique<SqlUserRepository>(sql);
}

}  // namespace orbis::store::internal
