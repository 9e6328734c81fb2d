// HMAC (RFC 2104) over SHA-1, SHA-256 and SHA-512, for one-time passwords (RFC 4226, 6238).
// Thread-safe: pure functions.
//
// libsodium gives HMAC-SHA-256 and HMAC-SHA-512 but has no SHA-1, which authenticator
// apps use by default for TOTP; SHA-1 is written here after FIPS 180-4 and tested on its
// vectors and RFC 2202's. Its collision weakness does not touch HMAC-SHA-1 used as a PRF.
#pragma once

#include <string>
#include <string_view>

namespace orbis::crypto {

enum class HashAlgorithm { sha1, sha256, sha512 };

// SHA-1 of `data`: 20 raw bytes.
std::string sha1(std::string_view data);

// HMAC of `message` under `key` (any length): raw bytes, as long as the hash's output.
std::string hmac(HashAlgorithm algorithm, std::string_view key, std::string_view message);

}  // namespace orbis::crypto
