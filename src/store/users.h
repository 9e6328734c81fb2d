// User accounts and what hangs off them: passwords, the second factor, login sessions,
// calendar feeds and password reset links (store/store.h).
//
// Thread-safety: as the Transaction that hands the repository out: one thread at a time.
// Errors and rollback as every repository's (store/store.h): not_found, already_exists,
// conflict for a stale version, unavailable when the database is busy or its storage
// fails, internal for anything else; nothing is written until the transaction commits.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "common/error.h"
#include "common/ids.h"
#include "domain/user.h"

namespace orbis::store {

struct StoredSession {
  std::int64_t id = 0;  // shown to its owner, who ends it by this id, not by its token
  UserId user;
  std::string csrf_token;
  std::string created_at;  // ISO 8601, as every time below
  std::string expires_at;
  std::string last_used_at;
  std::string client;      // the address it signed in from
  std::string user_agent;  // as the browser sent it, cut short
};

// A user's second factor (TOTP, RFC 6238): the secret in use, one being set up, and the
// last time step a code was accepted for (no code is accepted twice).
struct StoredTotp {
  std::string secret;   // raw bytes, empty when the user has no second factor
  std::string pending;  // raw bytes, empty when no set-up is under way
  std::int64_t last_step = 0;
};

struct CalendarFeed {
  std::string token;
  std::string created_at;  // empty for feeds made before it was recorded
};

struct PasswordReset {
  UserId user;
  std::string expires_at;
};

class UserRepository {
 public:
  virtual ~UserRepository() = default;
  virtual Result<domain::User> get(UserId id) = 0;
  virtual Result<std::optional<domain::User>> find_by_email(std::string_view email) = 0;
  virtual Result<std::vector<domain::User>> list() = 0;
  // already_exists when the email is taken.
  virtual Result<UserId> insert(const domain::User& user, std::string_view password_hash) = 0;
  // Replaces name, role, scope and active of the row at user.version and bumps it;
  // conflict when the stored version differs, not_found when there is no such user.
  virtual Status update(const domain::User& user) = 0;
  // Active users with `role`.
  virtual Result<std::int64_t> count_active(domain::Role role) = 0;
  virtual Result<std::string> password_hash(UserId id) = 0;
  // Bumps the user's version.
  virtual Status set_password_hash(UserId id, std::string_view password_hash) = 0;

  // The second factor. set_totp moves `secret` into use (clearing any pending one) and
  // bumps the version; clear_totp removes both and bumps it too.
  virtual Result<StoredTotp> totp(UserId id) = 0;
  virtual Status set_totp_pending(UserId id, std::string_view secret) = 0;
  virtual Status set_totp(UserId id, std::string_view secret, std::int64_t last_step) = 0;
  virtual Status clear_totp(UserId id) = 0;
  // Records that a code of time step `step` was accepted: false (and nothing changes) when
  // a code of this or a later step already was. One statement, so two servers that check
  // the same code at once cannot both accept it.
  virtual Result<bool> use_totp_step(UserId id, std::int64_t step) = 0;

  // Login sessions, keyed by the SHA-256 of their token (the token itself is never stored).
  // insert_session returns the new session's id; `session.id` is ignored.
  virtual Result<std::int64_t> insert_session(std::string_view token_hash,
                                              const StoredSession& session) = 0;
  virtual Result<std::optional<StoredSession>> find_session(std::string_view token_hash) = 0;
  // The user's sessions, newest first.
  virtual Result<std::vector<StoredSession>> sessions_of(UserId user) = 0;
  virtual Status touch_session(std::string_view token_hash, std::string_view at) = 0;
  virtual Status delete_session(std::string_view token_hash) = 0;
  // Ends the user's session `id`; false when the user has no such session.
  virtual Result<bool> delete_session_of(UserId user, std::int64_t id) = 0;
  virtual Status delete_sessions_of(UserId user) = 0;
  virtual Status delete_sessions_expired_before(std::string_view now) = 0;

  // The secret token in a user's calendar feed URL, if one was made.
  virtual Result<std::optional<std::string>> calendar_token(UserId user) = 0;
  virtual Result<std::optional<CalendarFeed>> calendar_feed(UserId user) = 0;
  virtual Status set_calendar_token(UserId user, std::string_view token) = 0;
  virtual Result<std::optional<UserId>> user_of_calendar_token(std::string_view token) = 0;
  virtual Status delete_calendar_token(UserId user) = 0;

  // One-time password reset links, keyed by the SHA-256 of their token.
  virtual Status insert_password_reset(std::string_view token_hash, UserId user,
                                       std::string_view created_at, std::string_view expires_at,
                                       std::string_view created_by) = 0;
  // Finds the link and deletes it in the same transaction (single use); nullopt if unknown.
  virtual Result<std::optional<PasswordReset>> take_password_reset(std::string_view token_hash) = 0;
  virtual Status delete_password_resets_of(UserId user) = 0;

  // Failed sign-ins, by an opaque `subject` (the caller's hash of an email or an address),
  // at ISO 8601 times that order as text. sign_in_failures gives the subject's failures at
  // or after `since`, oldest first, at most `limit`.
  virtual Status record_sign_in_failure(std::string_view subject, std::string_view at) = 0;
  virtual Result<std::vector<std::string>> sign_in_failures(std::string_view subject,
                                                            std::string_view since,
                                                            std::size_t limit) = 0;
  virtual Status forget_sign_in_failures(std::string_view subject) = 0;
  virtual Status delete_sign_in_failures_before(std::string_view at) = 0;
};

}  // namespace orbis::store
