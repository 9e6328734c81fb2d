// Multibase text encodings of bytes (base58btc 'z', base64url 'u'). Thread-safe: free functions.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

#include "common/error.h"

namespace orbis::credentials {

// The longest base58btc text decoded. Base58 decoding is quadratic in the length, and Orbis
// decodes only keys and signatures (under 100 characters): a 900 KB proofValue would
// otherwise cost minutes of CPU from one anonymous /verify.
inline constexpr std::size_t kMaxBase58Chars = 512;

// Bitcoin-alphabet base58 of `bytes` (leading zero bytes become leading '1's).
std::string base58btc_encode(std::string_view bytes);
// The bytes of base58btc `text`; nullopt if it holds a character outside the alphabet or is
// longer than kMaxBase58Chars.
std::optional<std::string> base58btc_decode(std::string_view text);

// base64url without padding, and its inverse (nullopt on a bad character or length;
// padding is accepted on input).
std::string base64url_encode(std::string_view bytes);
std::optional<std::string> base64url_decode(std::string_view text);
// Standard base64 or base64url, with or without padding (for keys typed by people).
std::optional<std::string> base64_any_decode(std::string_view text);

// 'z' + base58btc(bytes) / 'u' + base64url(bytes).
std::string multibase_base58btc(std::string_view bytes);
std::string multibase_base64url(std::string_view bytes);

// The bytes of a multibase string in base58btc ('z') or base64url ('u'). Returns
// invalid_argument for any other prefix, a malformed body, or base58btc text longer than
// kMaxBase58Chars.
Result<std::string> multibase_decode(std::string_view text);

}  // namespace orbis::credentials
