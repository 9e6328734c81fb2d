#include "common/hmac.h"

#include <sodium.h>

#include <array>
#include <bit>
#include <cstdint>

namespace orbis::crypto {
namespace {

constexpr std::size_t kSha1Block = 64;

// One 64-byte block into the five-word state (FIPS 180-4 §6.1.2).
void sha1_block(std::array<std::uint32_t, 5>& h, const unsigned char* block) {
  std::array<std::uint32_t, 80> w{};
  for (int t = 0; t < 16; ++t) {
    w[t] = std::uint32_t{block[4 * t]} << 24 | std::uint32_t{block[4 * t + 1]} << 16 |
           std::uint32_t{block[4 * t + 2]} << 8 | std::uint32_t{block[4 * t + 3]};
  }
  for (int t = 16; t < 80; ++t) w[t] = std::rotl(w[t - 3] ^ w[t - 8] ^ w[t - 14] ^ w[t - 16], 1);
  auto [a, b, c, d, e] = h;
  for (int t = 0; t < 80; ++t) {
    std::uint32_t f, k;
    if (t < 20) {
      f = (b & c) | (~b & d);
      k = 0x5a827999;
    } else if (t < 40) {
      f = b ^ c ^ d;
      k = 0x6ed9eba1;
    } else if (t < 60) {
      f = (b & c) | (b & d) | (c & d);
      k = 0x8f1bbcdc;
    } else {
      f = b ^ c ^ d;
      k = 0xca62c1d6;
    }
    const std::uint32_t temp = std::rotl(a, 5) + f + e + k + w[t];
    e = d;
    d = c;
    c = std::rotl(b, 30);
    b = a;
    a = temp;
  }
  h[0] += a;
  h[1] += b;
  h[2] += c;
  h[3] += d;
  h[4] += e;
}

std::string hmac_sha1(std::string_view key, std::string_view message) {
  std::string block_key = key.size() > kSha1Block ? sha1(key) : std::string(key);
  block_key.resize(kSha1Block, '\0');
  std::string inner(kSha1Block, '\0'), outer(kSha1Block, '\0');
  for (std::size_t i = 0; i < kSha1Block; ++i) {
    inner[i] = static_cast<char>(block_key[i] ^ 0x36);
    outer[i] = static_cast<char>(block_key[i] ^ 0x5c);
  }
  inner.append(message);
  outer.append(sha1(inner));
  return sha1(outer);
}

template <typename State, auto Init, auto Update, auto Final, std::size_t Bytes>
std::string hmac_sodium(std::string_view key, std::string_view message) {
  State state;
  Init(&state, reinterpret_cast<const unsigned char*>(key.data()), key.size());
  Update(&state, reinterpret_cast<const unsigned char*>(message.data()), message.size());
  std::string out(Bytes, '\0');
  Final(&state, reinterpret_cast<unsigned char*>(out.data()));
  return out;
}

}  // namespace

std::string sha1(std::string_view data) {
  std::array<std::uint32_t, 5> h = {0x67452301, 0xefcdab89, 0x98badcfe, 0x10325476, 0xc3d2e1f0};
  // The message, a 1 bit, zeros, and its length in bits: a whole number of blocks.
  std::string padded(data);
  padded.push_back(static_cast<char>(0x80));
  while (padded.size() % kSha1Block != 56) padded.push_back('\0');
  const std::uint64_t bits = static_cast<std::uint64_t>(data.size()) * 8;
  for (int i = 7; i >= 0; --i) padded.push_back(static_cast<char>((bits >> (8 * i)) & 0xff));
  for (std::size_t at = 0; at < padded.size(); at += kSha1Block)
    sha1_block(h, reinterpret_cast<const unsigned char*>(padded.data() + at));
  std::string out;
  out.reserve(20);
  for (const auto word : h) {
    for (int shift = 24; shift >= 0; shift -= 8)
      out.push_back(static_cast<char>((word >> shift) & 0xff));
  }
  return out;
}

std::string hmac(HashAlgorithm algorithm, std::string_view key, std::string_view message) {
  switch (algorithm) {
    case HashAlgorithm::sha1:
      return hmac_sha1(key, message);
    case HashAlgorithm::sha256:
      return hmac_sodium<crypto_auth_hmacsha256_state, crypto_auth_hmacsha256_init,
                         crypto_auth_hmacsha256_update, crypto_auth_hmacsha256_final,
                         crypto_auth_hmacsha256_BYTES>(key, message);
    case HashAlgorithm::sha512:
      return hmac_sodium<crypto_auth_hmacsha512_state, crypto_auth_hmacsha512_init,
                         crypto_auth_hmacsha512_update, crypto_auth_hmacsha512_final,
                         crypto_auth_hmacsha512_BYTES>(key, message);
  }
  return {};
}

}  // namespace orbis::crypto
