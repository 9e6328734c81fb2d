// Hashes, random tokens and encodings, over libsodium. Thread-safe after
// crypto::init() has returned once (it is idempotent and itself thread-safe).
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "common/error.h"

namespace orbis::crypto {

// Initialises libsodium; fails with internal if it cannot.
Status init();

// SHA-256 of `data` as 32 raw bytes / as 64 lower-case hex digits.
std::string sha256(std::string_view data);
std::string sha256_hex(std::string_view data);

std::string to_hex(std::string_view bytes);
std::optional<std::string> from_hex(std::string_view hex);
std::string base64url(std::string_view bytes);  // no padding
// The bytes of unpadded base64url text; nullopt when it is not that.
std::optional<std::string> from_base64url(std::string_view text);

// `n` bytes from the operating system's CSPRNG.
std::string random_bytes(std::size_t n);
// A random token: 32 bytes, base64url.
std::string random_token();

// Argon2id password hash in libsodium's self-describing string form.
// Fails with internal when memory cannot be had.
Result<std::string> hash_password(std::string_view password);
bool verify_password(std::string_view hash, std::string_view password);

// Constant-time comparison of two equal-length strings (false if lengths differ).
bool equal_constant_time(std::string_view a, std::string_view b);

}  // namespace orbis::crypto
