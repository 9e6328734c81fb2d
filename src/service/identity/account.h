// One's own account: the password, the sessions, the second factor and the calendar feed.
// Every use case acts on the actor's own account only. Thread-safety: thread-safe.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "common/clock.h"
#include "domain/password_policy.h"
#include "domain/user.h"
#include "service/identity/auth.h"
#include "store/store.h"

namespace orbis::service {

struct AccountView {
  domain::User user;
  std::vector<store::StoredSession> sessions;  // newest first
  std::optional<store::CalendarFeed> calendar;
  bool second_factor_pending = false;   // set up started, not yet confirmed
  bool second_factor_required = false;  // the setting applies to this user
};

struct SecondFactorEnrolment {
  std::string secret;  // raw bytes; shown Base32-encoded
  std::string uri;     // otpauth://totp/…, for the QR code
  std::string qr_svg;
};

class Accounts {
 public:
  // `auth` and `policy` must outlive the Accounts.
  Accounts(store::Store& store, const Clock& clock, Auth& auth,
           const domain::PasswordPolicy& policy);

  Result<AccountView> view(const domain::Actor& actor) const;

  // Sets a new password (the policy applies; invalid_argument naming new_password), after
  // the current one (invalid_argument naming current_password, counted against the
  // sign-in limit). Ends every session and the calendar token, then starts a new session
  // for the caller so that they stay signed in.
  Result<LoginResult> change_password(const domain::Actor& actor, std::string_view current,
                                      std::string_view replacement, std::string_view client,
                                      std::string_view user_agent);

  // Ends one of the actor's sessions; not_found when the actor has no such session.
  Status end_session(const domain::Actor& actor, std::int64_t session);

  // Starts setting up a second factor: a new secret, pending until confirmed. conflict
  // when the actor already has one.
  Result<SecondFactorEnrolment> start_second_factor(const domain::Actor& actor);
  // Turns the pending secret on when `code` is its current code; invalid_argument naming
  // `code` otherwise, conflict when no set-up is under way.
  Status confirm_second_factor(const domain::Actor& actor, std::string_view code);
  // Turns the second factor off, after the password and a current code (invalid_argument
  // naming the wrong one); conflict when the actor has none, or is an admin while admins
  // must have one.
  Status remove_second_factor(const domain::Actor& actor, std::string_view password,
                              std::string_view code, std::string_view client);

  // Revokes the actor's calendar feed token; the old feed URL stops working at once.
  // Succeeds also when there was none.
  Status revoke_calendar_token(const domain::Actor& actor);

 private:
  store::Store& store_;
  const Clock& clock_;
  Auth& auth_;
  const domain::PasswordPolicy& policy_;
};

}  // namespace orbis::service
