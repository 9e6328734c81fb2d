// One-time passwords: HOTP (RFC 4226) and TOTP (RFC 6238), with the Base32 (RFC 4648)
// secrets and otpauth:// URIs that authenticator apps read. Thread-safe: pure functions.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "common/hmac.h"

namespace orbis::totp {

struct Parameters {
  crypto::HashAlgorithm algorithm = crypto::HashAlgorithm::sha1;  // what apps assume
  int digits = 6;                                                 // 6 to 9
  std::int64_t period_seconds = 30;
};

// The code for `counter` (RFC 4226 §5.3): dynamic truncation of HMAC(secret, counter),
// `digits` decimal digits with leading zeros.
std::string hotp(std::string_view secret, std::uint64_t counter, const Parameters& p = {});

// The time step of `unix_seconds`: floor(unix_seconds / period), the T of RFC 6238.
std::int64_t step_at(std::int64_t unix_seconds, const Parameters& p = {});

// The code at `unix_seconds` (RFC 6238 §4.2).
std::string code_at(std::string_view secret, std::int64_t unix_seconds, const Parameters& p = {});

// Base32 without padding, upper case, as otpauth:// URIs carry secrets.
std::string base32_encode(std::string_view bytes);
// Reads Base32 in either case, ignoring spaces and '=' padding; nullopt for other text.
std::optional<std::string> base32_decode(std::string_view text);

// otpauth://totp/ISSUER:ACCOUNT?secret=…&issuer=…&algorithm=…&digits=…&period=…
std::string otpauth_uri(std::string_view issuer, std::string_view account, std::string_view secret,
                        const Parameters& p = {});

}  // namespace orbis::totp
