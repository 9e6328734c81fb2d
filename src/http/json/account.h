// Codecs of signing in and of one's own account: what a client sends to sign in, reset or
// change a password and manage a second factor, and the sessions, account and user it reads.
// No codec here writes a password, a hash, a session's CSRF token or a stored TOTP secret;
// the only secrets written are a new session's own tokens (to the client that signed in)
// and a second factor's secret while it is being set up (to its owner, once).
// Thread-safety: stateless.
#pragma once

#include <algorithm>
#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "common/clock.h"
#include "domain/access/policy.h"
#include "domain/user.h"
#include "http/json/codec.h"
#include "http/json/common.h"
#include "service/identity/account.h"
#include "service/identity/auth.h"
#include "store/store.h"

namespace orbis::http {

// POST /auth/login.
struct SignIn {
  std::string email;
  std::string password;
  std::string code;  // the second factor's current code; empty: none sent
};

// POST /auth/password-reset: a reset link's token and the new password.
struct PasswordReset {
  std::string token;
  std::string password;
};

// POST /account/password.
struct PasswordChange {
  std::string current_password;
  std::string new_password;
};

// POST /account/totp/confirm.
struct TotpCode {
  std::string code;
};

// POST /account/totp/disable.
struct TotpDisable {
  std::string password;
  std::string code;
};

// What the actor may do, by resource, as the access policy says: {"call": ["read", …], …}.
struct Permissions {
  std::vector<std::pair<domain::access::Resource, domain::access::Action>> allowed;
  static Permissions of(const domain::Actor& actor) { return {domain::access::permitted(actor)}; }
};

// GET /auth/me: the signed-in user, what they may do, and whether they must set up a second
// factor first.
struct Me {
  domain::User user;
  bool second_factor_setup_required = false;
  Permissions permissions;
};

// One of the caller's sessions; `current` is the one the request came with.
struct SessionView {
  store::StoredSession session;
  bool current = false;
};

struct SecondFactorState {
  bool enabled = false;
  bool pending = false;  // set up started, not yet confirmed
  bool required = false;
};

// GET /account.
struct AccountPage {
  domain::User user;
  std::vector<SessionView> sessions;  // newest first
  std::optional<store::CalendarFeed> calendar;
  SecondFactorState second_factor;

  // The account as the session `current` reads it.
  static AccountPage of(service::AccountView view, std::int64_t current);
};

}  // namespace orbis::http

namespace orbis::http::json {

// A user as the API shows one, to admins and to the user itself: never the hash of its
// password or its second factor's secret. (One definition for the whole program: two would
// break the one-definition rule, and the OpenAPI document would show whichever came first.)
template <>
struct Codec<domain::User> : Object<domain::User, Codec<domain::User>> {
  static constexpr std::string_view name = "User";
  static constexpr auto fields() {
    using U = domain::User;
    return std::tuple{Field{"id", &U::id, kReadOnly},
                      Field{"email", &U::email},
                      Field{"name", &U::name},
                      Field{"role", &U::role},
                      Field{"org_unit_id", &U::org_unit, kPlain, "a coordinator's org unit"},
                      Field{"institution_id", &U::institution, kPlain, "a partner's institution"},
                      Field{"active", &U::active},
                      Field{"totp_enabled", &U::totp_enabled, kReadOnly,
                            "whether the user signs in with a second factor"},
                      Field{"version", &U::version, kReadOnly}};
  }
};

// An input read strictly (no member it does not have) whose members named in
// `Describe::required` must be non-empty texts: each one missing, null or empty is named
// "required", and the schema says so.
template <typename T, typename Describe>
struct RequiredTexts : Object<T, Describe> {
  static void read(const Json& in, T& value, Reader& r, std::string_view path) {
    const auto before = r.errors().size();
    Object<T, Describe>::read(in, value, r, path);
    if (!in.is_object()) return;
    std::apply([&](const auto&... f) { (require(f, value, r, path, before), ...); },
               Describe::fields());
  }
  static Json schema(Schemas& s) {
    return s.ref(Describe::name, [](Schemas& schemas) {
      Json out = Object<T, Describe>::object_schema(schemas);
      Json required = Json::array();
      for (const std::string_view name : Describe::required) {
        auto& property = out["properties"][std::string(name)];
        property["type"] = "string";
        property["minLength"] = 1;
        required.push_back(std::string(name));
      }
      out["required"] = std::move(required);
      return out;
    });
  }

 private:
  RequiredTexts() = default;
  friend Describe;

  template <typename M>
  static void require(const Field<T, M>& f, const T& value, Reader& r, std::string_view path,
                      std::size_t before) {
    if constexpr (std::same_as<M, std::string>) {
      if (!(value.*f.member).empty()) return;
      if (std::find(Describe::required.begin(), Describe::required.end(), f.name) ==
          Describe::required.end())
        return;
      const auto where = Reader::join(path, f.name);
      for (std::size_t i = before; i < r.errors().size(); ++i)
        if (r.errors()[i].field == where) return;  // already named: not text
      r.error(where, "required");
    }
  }
};

template <>
struct Codec<SignIn> : RequiredTexts<SignIn, Codec<SignIn>> {
  static constexpr std::string_view name = "Login";
  static constexpr std::array<std::string_view, 2> required = {"email", "password"};
  static constexpr auto fields() {
    return std::tuple{Field{"email", &SignIn::email}, Field{"password", &SignIn::password},
                      Field{"code", &SignIn::code, kPlain, "the second factor's current code"}};
  }
};

template <>
struct Codec<PasswordReset> : RequiredTexts<PasswordReset, Codec<PasswordReset>> {
  static constexpr std::string_view name = "PasswordReset";
  static constexpr std::array<std::string_view, 2> required = {"token", "password"};
  static constexpr auto fields() {
    return std::tuple{Field{"token", &PasswordReset::token, kPlain, "the reset link's token"},
                      Field{"password", &PasswordReset::password}};
  }
};

template <>
struct Codec<PasswordChange> : RequiredTexts<PasswordChange, Codec<PasswordChange>> {
  static constexpr std::string_view name = "PasswordChange";
  static constexpr std::array<std::string_view, 2> required = {"current_password", "new_password"};
  static constexpr auto fields() {
    return std::tuple{Field{"current_password", &PasswordChange::current_password},
                      Field{"new_password", &PasswordChange::new_password}};
  }
};

template <>
struct Codec<TotpCode> : RequiredTexts<TotpCode, Codec<TotpCode>> {
  static constexpr std::string_view name = "TotpCode";
  static constexpr std::array<std::string_view, 1> required = {"code"};
  static constexpr auto fields() {
    return std::tuple{Field{"code", &TotpCode::code, kPlain, "from the authenticator app"}};
  }
};

template <>
struct Codec<TotpDisable> : RequiredTexts<TotpDisable, Codec<TotpDisable>> {
  static constexpr std::string_view name = "TotpDisable";
  static constexpr std::array<std::string_view, 2> required = {"password", "code"};
  static constexpr auto fields() {
    return std::tuple{Field{"password", &TotpDisable::password},
                      Field{"code", &TotpDisable::code, kPlain, "from the authenticator app"}};
  }
};

template <>
struct Codec<Permissions> {
  static void write(const Permissions& p, Json& out);
  static Json schema(Schemas&);
};

// A new session, as signing in and changing one's password answer it: its tokens for
// scripts (a browser gets them as cookies too), the user, and what they may do.
template <>
struct Codec<service::LoginResult> : Object<service::LoginResult, Codec<service::LoginResult>> {
  static constexpr std::string_view name = "Login";
  static constexpr auto fields() {
    using L = service::LoginResult;
    return std::tuple{
        Field{"token", &L::token},
        Field{"csrf", &L::csrf},
        Computed{"expires", [](const L& l) { return format_iso8601(l.expires); }},
        Field{"user", &L::user},
        Field{"second_factor_setup_required", &L::second_factor_setup_required},
        Computed{"permissions",
                 [](const L& l) { return Permissions::of(domain::Actor::of(l.user)); },
                 "as /auth/me says them"}};
  }
};

template <>
struct Codec<Me> : Object<Me, Codec<Me>> {
  static constexpr std::string_view name = "Me";
  static constexpr auto fields() {
    return std::tuple{Embed{&Me::user},
                      Field{"second_factor_setup_required", &Me::second_factor_setup_required},
                      Field{"permissions", &Me::permissions}};
  }
};

template <>
struct Codec<store::StoredSession> : Object<store::StoredSession, Codec<store::StoredSession>> {
  static constexpr std::string_view name = "StoredSession";
  // Never its tokens: a session is ended by its id.
  static constexpr auto fields() {
    using S = store::StoredSession;
    return std::tuple{Field{"id", &S::id},
                      Field{"created_at", &S::created_at},
                      Field{"last_used_at", &S::last_used_at},
                      Field{"expires_at", &S::expires_at},
                      Field{"client", &S::client, kPlain, "the address it signed in from"},
                      Field{"user_agent", &S::user_agent}};
  }
};

template <>
struct Codec<SessionView> : Object<SessionView, Codec<SessionView>> {
  static constexpr std::string_view name = "Session";
  static constexpr auto fields() {
    return std::tuple{Embed{&SessionView::session}, Field{"current", &SessionView::current, kPlain,
                                                          "the session this request came with"}};
  }
};

// The address of one's calendar feed (its token is the only key to it).
template <>
struct Codec<store::CalendarFeed> : Object<store::CalendarFeed, Codec<store::CalendarFeed>> {
  static constexpr std::string_view name = "CalendarFeed";
  static constexpr auto fields() {
    using F = store::CalendarFeed;
    return std::tuple{
        Computed{"url", [](const F& f) { return "/api/v1/calendar/" + f.token + ".ics"; }},
        Field{"created_at", &F::created_at, kNullIfEmpty, "null for feeds older than this record"}};
  }
};

template <>
struct Codec<SecondFactorState> : Object<SecondFactorState, Codec<SecondFactorState>> {
  static constexpr std::string_view name = "SecondFactorState";
  static constexpr auto fields() {
    using S = SecondFactorState;
    return std::tuple{Field{"enabled", &S::enabled},
                      Field{"pending", &S::pending, kPlain, "set up started, not yet confirmed"},
                      Field{"required", &S::required, kPlain, "the setting applies to this user"}};
  }
};

template <>
struct Codec<AccountPage> : Object<AccountPage, Codec<AccountPage>> {
  static constexpr std::string_view name = "Account";
  static constexpr auto fields() {
    using A = AccountPage;
    return std::tuple{Field{"user", &A::user}, Field{"sessions", &A::sessions},
                      Field{"calendar", &A::calendar, kPlain, "null when there is no feed"},
                      Field{"second_factor", &A::second_factor}};
  }
};

// A second factor being set up: its secret (Base32, for typing in), the otpauth URI and
// its QR code. Shown to its owner once, when set up starts.
template <>
struct Codec<service::SecondFactorEnrolment>
    : Object<service::SecondFactorEnrolment, Codec<service::SecondFactorEnrolment>> {
  static constexpr std::string_view name = "TotpEnrolment";
  static constexpr auto fields() {
    using E = service::SecondFactorEnrolment;
    return std::tuple{Computed{"secret", &encoded_secret, "Base32"}, Field{"uri", &E::uri},
                      Field{"qr_svg", &E::qr_svg}};
  }
  static std::string encoded_secret(const service::SecondFactorEnrolment& e);
};

}  // namespace orbis::http::json
