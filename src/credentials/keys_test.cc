#include "credentials/keys.h"

#include <gtest/gtest.h>

#include "common/crypto.h"
#include "credentials/multibase.h"

namespace orbis::credentials {
namespace {

class Keys : public ::testing::Test {
 protected:
  void SetUp() override { ASSERT_TRUE(crypto::init()); }
};

TEST_F(Keys, Base58RoundTripsAndKeepsLeadingZeros) {
  EXPECT_EQ(base58btc_encode(""), "");
  EXPECT_EQ(base58btc_encode(std::string("\0\0\x01", 3)), "112");
  EXPECT_EQ(base58btc_encode("hello world"), "StV1DL6CwTryKyV");
  for (const std::string& bytes : {std::string("\0", 1), std::string("\xff\x00\x10", 3),
                                   crypto::random_bytes(64), std::string(5, '\0') + "x"}) {
    EXPECT_EQ(base58btc_decode(base58btc_encode(bytes)).value(), bytes);
  }
  EXPECT_FALSE(base58btc_decode("0OIl"));
}

TEST_F(Keys, MultibaseDecodesBothPrefixes) {
  EXPECT_EQ(multibase_decode(multibase_base58btc("abc")).value(), "abc");
  EXPECT_EQ(multibase_decode(multibase_base64url("abc\xff")).value(), "abc\xff");
  EXPECT_FALSE(multibase_decode("mYWJj"));  // base64 with padding-free 'm' is not supported
  EXPECT_FALSE(multibase_decode(""));
  EXPECT_FALSE(multibase_decode("u***"));
  EXPECT_EQ(base64url_decode("YQ==").value(), "a");
  EXPECT_EQ(base64_any_decode("+/8=").value(), "\xfb\xff");
  EXPECT_EQ(base64_any_decode("-_8").value(), "\xfb\xff");
}

TEST_F(Keys, MultikeyAndDidKeyRoundTrip) {
  const KeyPair pair = KeyPair::generate();
  const std::string multikey = to_multikey(pair.public_key());
  EXPECT_TRUE(multikey.starts_with("z6Mk"));
  EXPECT_EQ(parse_multikey(multikey).value(), pair.public_key());
  EXPECT_EQ(did_key(pair.public_key()), "did:key:" + multikey);
  EXPECT_EQ(did_key_verification_method(pair.public_key()), "did:key:" + multikey + "#" + multikey);
  EXPECT_FALSE(parse_multikey("u" + multikey.substr(1)));
  EXPECT_FALSE(
      parse_multikey(multibase_base58btc(std::string("\xec\x01", 2) + std::string(32, 'a'))));
  EXPECT_FALSE(
      parse_multikey(multibase_base58btc(std::string("\xed\x01", 2) + std::string(31, 'a'))));
}

TEST_F(Keys, SeedDeterminesTheKeyAndSignaturesVerify) {
  const std::string seed(32, '\x07');
  const KeyPair a = KeyPair::from_seed(seed).value();
  const KeyPair b = KeyPair::from_seed(seed).value();
  EXPECT_EQ(a.public_key(), b.public_key());
  EXPECT_EQ(a.seed(), seed);
  const std::string signature = a.sign("message");
  EXPECT_TRUE(verify_signature(a.public_key(), "message", signature));
  EXPECT_FALSE(verify_signature(a.public_key(), "messagE", signature));
  EXPECT_FALSE(verify_signature(KeyPair::generate().public_key(), "message", signature));
  EXPECT_FALSE(verify_signature(a.public_key(), "message", signature.substr(1)));
  EXPECT_FALSE(KeyPair::from_seed("short"));
}

TEST_F(Keys, IssuerOfADidKey) {
  const KeyPair pair = KeyPair::generate();
  const IssuerKey issuer = did_key_issuer(pair);
  EXPECT_EQ(issuer.issuer, did_key(pair.public_key()));
  EXPECT_EQ(issuer.verification_method, did_key_verification_method(pair.public_key()));
}

}  // namespace
}  // namespace orbis::credentials
