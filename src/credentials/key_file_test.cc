#include "credentials/key_file.h"

#include <gtest/gtest.h>

#include "common/crypto.h"
#include "credentials/did.h"
#include "credentials/jcs.h"

namespace orbis::credentials {
namespace {

using json = nlohmann::json;

class KeyFile : public ::testing::Test {
 protected:
  void SetUp() override { ASSERT_TRUE(crypto::init()); }
  const TimePoint created = TimePoint(std::chrono::milliseconds(1'700'000'000'000));
  const KeyEncryptionKey passphrase =
      KeyEncryptionKey::from_passphrase("correct horse battery staple", KdfCost::minimum());
};

TEST_F(KeyFile, PassphraseSealedFileOpensWithThePassphraseOnly) {
  const KeyPair pair = KeyPair::generate();
  const IssuerKey issuer = did_web_issuer(pair, "did:web:example.edu", "key-1").value();
  const std::string text = seal_key_file(issuer, passphrase, created).value();
  const json file = json::parse(text);
  EXPECT_EQ(file["format"], "orbis-issuer-key");
  EXPECT_EQ(file["issuer"], "did:web:example.edu");
  EXPECT_EQ(file["verificationMethod"], "did:web:example.edu#key-1");
  EXPECT_EQ(file["didKey"], did_key(pair.public_key()));
  EXPECT_EQ(file["publicKeyMultibase"], to_multikey(pair.public_key()));
  EXPECT_EQ(file["secretKey"]["kdf"], "argon2id13");
  EXPECT_EQ(text.find(crypto::base64url(pair.seed())), std::string::npos);

  const auto opened = open_key_file(text, passphrase);
  ASSERT_TRUE(opened) << opened.error().message;
  EXPECT_EQ(opened->key.public_key(), pair.public_key());
  EXPECT_EQ(opened->key.seed(), pair.seed());
  EXPECT_EQ(opened->issuer, issuer.issuer);
  EXPECT_EQ(opened->verification_method, issuer.verification_method);

  const auto wrong =
      open_key_file(text, KeyEncryptionKey::from_passphrase("wrong", KdfCost::minimum()));
  EXPECT_EQ(wrong.error().code, ErrorCode::unauthenticated);
  const auto raw = KeyEncryptionKey::from_base64(crypto::base64url(std::string(32, 'k'))).value();
  EXPECT_EQ(open_key_file(text, raw).error().code, ErrorCode::invalid_argument);
}

TEST_F(KeyFile, RawKekSealedFileRoundTrips) {
  const auto kek =
      KeyEncryptionKey::from_base64("AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8=").value();
  const IssuerKey issuer = did_key_issuer(KeyPair::generate());
  const std::string text = seal_key_file(issuer, kek, created).value();
  EXPECT_EQ(json::parse(text)["secretKey"]["kdf"], "raw");
  EXPECT_EQ(open_key_file(text, kek)->key.public_key(), issuer.key.public_key());
  const auto other = KeyEncryptionKey::from_base64(crypto::base64url(std::string(32, 'x'))).value();
  EXPECT_EQ(open_key_file(text, other).error().code, ErrorCode::unauthenticated);
  EXPECT_FALSE(KeyEncryptionKey::from_base64("c2hvcnQ="));
  EXPECT_FALSE(KeyEncryptionKey::from_base64("!!"));
}

TEST_F(KeyFile, TamperingShows) {
  const IssuerKey issuer = did_key_issuer(KeyPair::generate());
  const json file = json::parse(seal_key_file(issuer, passphrase, created).value());
  const auto open = [&](const json& f) { return open_key_file(f.dump(), passphrase); };
  ASSERT_TRUE(open(file));

  json edited_issuer = file;
  edited_issuer["issuer"] = "did:web:evil.example";
  EXPECT_FALSE(open(edited_issuer));
  json edited_key = file;
  edited_key["publicKeyMultibase"] = to_multikey(KeyPair::generate().public_key());
  EXPECT_FALSE(open(edited_key));
  json flipped = file;
  std::string ciphertext = flipped["secretKey"]["ciphertext"];
  ciphertext[5] = ciphertext[5] == 'A' ? 'B' : 'A';
  flipped["secretKey"]["ciphertext"] = ciphertext;
  EXPECT_EQ(open(flipped).error().code, ErrorCode::unauthenticated);
  json greedy = file;
  greedy["secretKey"]["memlimit"] = std::size_t{1} << 40;
  EXPECT_EQ(open(greedy).error().code, ErrorCode::invalid_argument);
  json version = file;
  version["version"] = 2;
  EXPECT_FALSE(open(version));
  EXPECT_FALSE(open_key_file("not json", passphrase));
  EXPECT_FALSE(open_key_file("{}", passphrase));
}

}  // namespace
}  // namespace orbis::credentials
