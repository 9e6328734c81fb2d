// The second factor: TOTP codes (RFC 6238) as authenticator apps make them.
// Thread-safety: pure functions and constants.
#pragma once

#include <cstdint>
#include <optional>
#include <string_view>

#include "common/clock.h"
#include "common/totp.h"

namespace orbis::service {

// SHA-1, six digits, 30 seconds: what authenticator apps assume when a URI says nothing.
inline constexpr totp::Parameters kTotp{};
// Codes of one step before and after now are accepted too: phones' clocks drift.
inline constexpr int kTotpSkewSteps = 1;
inline constexpr std::size_t kTotpSecretBytes = 20;  // 160 bits, as RFC 4226 recommends
inline constexpr std::string_view kTotpIssuer = "Orbis";

// The time step whose code `code` is, among the steps within the skew of `now` and later
// than `after` (the last step accepted before); nullopt when none matches. Compares in
// constant time.
std::optional<std::int64_t> matching_step(std::string_view secret, std::string_view code,
                                          TimePoint now, std::int64_t after);

// The settings key that, when "true", requires admins to sign in with a second factor.
inline constexpr std::string_view kAdminSecondFactorSetting = "security.admin_totp_required";

}  // namespace orbis::service
