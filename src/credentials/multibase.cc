#include "credentials/multibase.h"

#include <fmt/format.h>
#include <sodium.h>

#include <array>
#include <cstdint>
#include <vector>

namespace orbis::credentials {
namespace {

constexpr std::string_view kBase58Alphabet =
    "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz";

constexpr std::array<int, 256> base58_values() {
  std::array<int, 256> values{};
  for (auto& v : values) v = -1;
  for (std::size_t i = 0; i < kBase58Alphabet.size(); ++i) {
    values[static_cast<unsigned char>(kBase58Alphabet[i])] = static_cast<int>(i);
  }
  return values;
}
constexpr std::array<int, 256> kBase58Values = base58_values();

std::optional<std::string> sodium_base64_decode(std::string_view text, int variant) {
  std::string out(text.size() * 3 / 4 + 3, '\0');
  std::size_t length = 0;
  const char* end = nullptr;
  if (sodium_base642bin(reinterpret_cast<unsigned char*>(out.data()), out.size(), text.data(),
                        text.size(), nullptr, &length, &end, variant) != 0 ||
      end != text.data() + text.size()) {
    return std::nullopt;
  }
  out.resize(length);
  return out;
}

std::string_view strip_padding(std::string_view text) {
  while (!text.empty() && text.back() == '=') text.remove_suffix(1);
  return text;
}

}  // namespace

std::string base58btc_encode(std::string_view bytes) {
  std::size_t zeros = 0;
  while (zeros < bytes.size() && bytes[zeros] == 0) ++zeros;
  // Base-58 digits, least significant first; each input byte multiplies by 256 and adds.
  std::vector<std::uint8_t> digits;
  digits.reserve(bytes.size() * 138 / 100 + 1);
  for (std::size_t i = zeros; i < bytes.size(); ++i) {
    unsigned carry = static_cast<unsigned char>(bytes[i]);
    for (auto& d : digits) {
      carry += static_cast<unsigned>(d) << 8;
      d = static_cast<std::uint8_t>(carry % 58);
      carry /= 58;
    }
    while (carry > 0) {
      digits.push_back(static_cast<std::uint8_t>(carry % 58));
      carry /= 58;
    }
  }
  std::string out(zeros, '1');
  for (auto it = digits.rbegin(); it != digits.rend(); ++it) out.push_back(kBase58Alphabet[*it]);
  return out;
}

std::optional<std::string> base58btc_decode(std::string_view text) {
  if (text.size() > kMaxBase58Chars) return std::nullopt;
  std::size_t ones = 0;
  while (ones < text.size() && text[ones] == '1') ++ones;
  std::vector<std::uint8_t> bytes;  // least significant first
  bytes.reserve(text.size() * 733 / 1000 + 1);
  for (std::size_t i = ones; i < text.size(); ++i) {
    const int value = kBase58Values[static_cast<unsigned char>(text[i])];
    if (value < 0) return std::nullopt;
    unsigned carry = static_cast<unsigned>(value);
    for (auto& b : bytes) {
      carry += static_cast<unsigned>(b) * 58;
      b = static_cast<std::uint8_t>(carry & 0xFF);
      carry >>= 8;
    }
    while (carry > 0) {
      bytes.push_back(static_cast<std::uint8_t>(carry & 0xFF));
      carry >>= 8;
    }
  }
  std::string out(ones, '\0');
  for (auto it = bytes.rbegin(); it != bytes.rend(); ++it) out.push_back(static_cast<char>(*it));
  return out;
}

std::string base64url_encode(std::string_view bytes) {
  std::string out(sodium_base64_ENCODED_LEN(bytes.size(), sodium_base64_VARIANT_URLSAFE_NO_PADDING),
                  '\0');
  sodium_bin2base64(out.data(), out.size(), reinterpret_cast<const unsigned char*>(bytes.data()),
                    bytes.size(), sodium_base64_VARIANT_URLSAFE_NO_PADDING);
  out.resize(out.size() - 1);  // the terminating NUL
  return out;
}

std::optional<std::string> base64url_decode(std::string_view text) {
  return sodium_base64_decode(strip_padding(text), sodium_base64_VARIANT_URLSAFE_NO_PADDING);
}

std::optional<std::string> base64_any_decode(std::string_view text) {
  text = strip_padding(text);
  if (auto bytes = sodium_base64_decode(text, sodium_base64_VARIANT_ORIGINAL_NO_PADDING)) {
    return bytes;
  }
  return sodium_base64_decode(text, sodium_base64_VARIANT_URLSAFE_NO_PADDING);
}

std::string multibase_base58btc(std::string_view bytes) { return "z" + base58btc_encode(bytes); }
std::string multibase_base64url(std::string_view bytes) { return "u" + base64url_encode(bytes); }

Result<std::string> multibase_decode(std::string_view text) {
  if (text.empty()) return fail(Error::invalid("an empty multibase string"));
  std::optional<std::string> bytes;
  switch (text.front()) {
    case 'z':
      if (text.size() - 1 > kMaxBase58Chars) {
        return fail(Error::invalid(
            fmt::format("a base58btc string of {} characters; keys and signatures take at most {}",
                        text.size() - 1, kMaxBase58Chars)));
      }
      bytes = base58btc_decode(text.substr(1));
      break;
    case 'u':
      bytes = base64url_decode(text.substr(1));
      break;
    default:
      return fail(Error::invalid(std::string("unsupported multibase prefix '") + text.front() +
                                 "' (expected 'z' or 'u')"));
  }
  if (!bytes) return fail(Error::invalid("a malformed multibase string"));
  return std::move(*bytes);
}

}  // namespace orbis::credentials
