#include "common/totp.h"

#include <gtest/gtest.h>

#include "common/crypto.h"

namespace orbis::totp {
namespace {

using crypto::HashAlgorithm;

// RFC 4226 Appendix D: HOTP of the ASCII secret "12345678901234567890", counters 0 to 9.
TEST(Hotp, MatchesRfc4226) {
  const std::vector<std::string> expected = {"755224", "287082", "359152", "969429", "338314",
                                             "254676", "287922", "162583", "399871", "520489"};
  for (std::uint64_t i = 0; i < expected.size(); ++i)
    EXPECT_EQ(hotp("12345678901234567890", i), expected[i]) << i;
}

// RFC 6238 Appendix B: every time and algorithm, 8 digits, the seeds of the reference code.
TEST(Totp, MatchesRfc6238) {
  ASSERT_TRUE(crypto::init());
  const std::string seed20 = "12345678901234567890";
  const std::string seed32 = "12345678901234567890123456789012";
  const std::string seed64 = "1234567890123456789012345678901234567890123456789012345678901234";
  struct Case {
    std::int64_t time;
    std::string sha1, sha256, sha512;
  };
  const std::vector<Case> cases = {
      {59, "94287082", "46119246", "90693936"},
      {1111111109, "07081804", "68084774", "25091201"},
      {1111111111, "14050471", "67062674", "99943326"},
      {1234567890, "89005924", "91819424", "93441116"},
      {2000000000, "69279037", "90698825", "38618901"},
      {20000000000, "65353130", "77737706", "47863826"},
  };
  for (const auto& c : cases) {
    EXPECT_EQ(code_at(seed20, c.time, {HashAlgorithm::sha1, 8, 30}), c.sha1) << c.time;
    EXPECT_EQ(code_at(seed32, c.time, {HashAlgorithm::sha256, 8, 30}), c.sha256) << c.time;
    EXPECT_EQ(code_at(seed64, c.time, {HashAlgorithm::sha512, 8, 30}), c.sha512) << c.time;
  }
}

TEST(Totp, StepsAreThirtySecondsFloored) {
  EXPECT_EQ(step_at(0), 0);
  EXPECT_EQ(step_at(29), 0);
  EXPECT_EQ(step_at(30), 1);
  EXPECT_EQ(step_at(1111111109), 37037036);
  EXPECT_EQ(step_at(-1), -1);
  // Six digits are the last six of the eight (both are the truncated value modulo 10^n).
  EXPECT_EQ(code_at("12345678901234567890", 59), "287082");
}

// RFC 4648 §10.
TEST(Base32, MatchesRfc4648AndRoundTrips) {
  const std::vector<std::pair<std::string, std::string>> cases = {{"", ""},
                                                                  {"f", "MY"},
                                                                  {"fo", "MZXQ"},
                                                                  {"foo", "MZXW6"},
                                                                  {"foob", "MZXW6YQ"},
                                                                  {"fooba", "MZXW6YTB"},
                                                                  {"foobar", "MZXW6YTBOI"}};
  for (const auto& [plain, encoded] : cases) {
    EXPECT_EQ(base32_encode(plain), encoded);
    EXPECT_EQ(base32_decode(encoded), plain);
  }
  EXPECT_EQ(base32_decode("mzxw 6ytb oi======"), "foobar");
  EXPECT_EQ(base32_decode("MZXW1"), std::nullopt);  // 1 is not in the alphabet
  const std::string secret = crypto::random_bytes(20);
  EXPECT_EQ(base32_decode(base32_encode(secret)), secret);
}

TEST(Totp, UriNamesIssuerAccountAndParameters) {
  EXPECT_EQ(otpauth_uri("Orbis Westlake", "ana@westlake.edu.cn", "foobar"),
            "otpauth://totp/Orbis%20Westlake:ana%40westlake.edu.cn?secret=MZXW6YTBOI&issuer="
            "Orbis%20Westlake&algorithm=SHA1&digits=6&period=30");
}

}  // namespace
}  // namespace orbis::totp
