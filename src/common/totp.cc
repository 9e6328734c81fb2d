#include "common/totp.h"

#include <fmt/format.h>

#include <cctype>

namespace orbis::totp {
namespace {

constexpr std::string_view kBase32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";

std::string_view algorithm_name(crypto::HashAlgorithm a) {
  switch (a) {
    case crypto::HashAlgorithm::sha1:
      return "SHA1";
    case crypto::HashAlgorithm::sha256:
      return "SHA256";
    case crypto::HashAlgorithm::sha512:
      return "SHA512";
  }
  return "SHA1";
}

// Percent-encodes everything but RFC 3986's unreserved characters.
std::string uri_escape(std::string_view s) {
  std::string out;
  for (const char c : s) {
    const auto b = static_cast<unsigned char>(c);
    if (std::isalnum(b) || c == '-' || c == '.' || c == '_' || c == '~') {
      out.push_back(c);
    } else {
      out += fmt::format("%{:02X}", b);
    }
  }
  return out;
}

}  // namespace

std::string hotp(std::string_view secret, std::uint64_t counter, const Parameters& p) {
  std::string message(8, '\0');
  for (int i = 7; i >= 0; --i) {
    message[static_cast<std::size_t>(i)] = static_cast<char>(counter & 0xff);
    counter >>= 8;
  }
  const std::string mac = crypto::hmac(p.algorithm, secret, message);
  const std::size_t offset = static_cast<unsigned char>(mac.back()) & 0x0f;
  const std::uint32_t binary = (static_cast<std::uint32_t>(mac[offset]) & 0x7f) << 24 |
                               (static_cast<std::uint32_t>(mac[offset + 1]) & 0xff) << 16 |
                               (static_cast<std::uint32_t>(mac[offset + 2]) & 0xff) << 8 |
                               (static_cast<std::uint32_t>(mac[offset + 3]) & 0xff);
  std::uint64_t modulus = 1;
  for (int i = 0; i < p.digits; ++i) modulus *= 10;
  return fmt::format("{:0{}}", binary % modulus, p.digits);
}

std::int64_t step_at(std::int64_t unix_seconds, const Parameters& p) {
  // Floor division: a time before 1970 still maps to its own step.
  const auto q = unix_seconds / p.period_seconds;
  return (unix_seconds % p.period_seconds < 0) ? q - 1 : q;
}

std::string code_at(std::string_view secret, std::int64_t unix_seconds, const Parameters& p) {
  return hotp(secret, static_cast<std::uint64_t>(step_at(unix_seconds, p)), p);
}

std::string base32_encode(std::string_view bytes) {
  std::string out;
  std::uint32_t buffer = 0;
  int bits = 0;
  for (const char c : bytes) {
    buffer = (buffer << 8) | static_cast<unsigned char>(c);
    bits += 8;
    while (bits >= 5) {
      out.push_back(kBase32[(buffer >> (bits - 5)) & 31]);
      bits -= 5;
    }
  }
  if (bits > 0) out.push_back(kBase32[(buffer << (5 - bits)) & 31]);
  return out;
}

std::optional<std::string> base32_decode(std::string_view text) {
  std::string out;
  std::uint32_t buffer = 0;
  int bits = 0;
  for (const char c : text) {
    if (c == ' ' || c == '=') continue;
    const char upper = (c >= 'a' && c <= 'z') ? static_cast<char>(c - 'a' + 'A') : c;
    const auto at = kBase32.find(upper);
    if (at == std::string_view::npos) return std::nullopt;
    buffer = (buffer << 5) | static_cast<std::uint32_t>(at);
    bits += 5;
    if (bits >= 8) {
      out.push_back(static_cast<char>((buffer >> (bits - 8)) & 0xff));
      bits -= 8;
    }
  }
  return out;
}

std::string otpauth_uri(std::string_view issuer, std::string_view account, std::string_view secret,
                        const Parameters& p) {
  return fmt::format("otpauth://totp/{}:{}?secret={}&issuer={}&algorithm={}&digits={}&period={}",
                     uri_escape(issuer), uri_escape(account), base32_encode(secret),
                     uri_escape(issuer), algorithm_name(p.algorithm), p.digits, p.period_seconds);
}

}  // namespace orbis::totp
