#include "credentials/data_integrity.h"

#include <gtest/gtest.h>

#include "common/crypto.h"
#include "credentials/jcs.h"
#include "credentials/multibase.h"
#include "credentials/test_files.h"

namespace orbis::credentials {
namespace {

using json = nlohmann::json;

// The eddsa-jcs-2022 test vectors of the W3C Recommendation, intermediate by intermediate.
class W3cVectors : public ::testing::Test {
 protected:
  void SetUp() override {
    ASSERT_TRUE(crypto::init());
    const auto dir = testing::vc_cases() / "w3c-eddsa";
    key_pair = testing::read_json(dir / "keyPair.json");
    unsigned_credential = testing::read_json(dir / "unsigned.json");
    proof_config = testing::read_json(dir / "proofConfigJCS.json");
    proof_canon = testing::read_file(dir / "proofCanonJCS.txt");
    doc_canon = testing::read_file(dir / "canonDocJCS.txt");
    combined_hash_hex = testing::read_file(dir / "combinedHashJCS.txt");
    signature_hex = testing::read_file(dir / "sigHexJCS.txt");
    signed_credential = testing::read_json(dir / "signedJCS.json");
  }

  KeyPair key() const {
    return parse_private_multikey(key_pair["privateKeyMultibase"].get<std::string>()).value();
  }
  ProofOptions options() const {
    return ProofOptions{proof_config["verificationMethod"], proof_config["created"],
                        proof_config["proofPurpose"]};
  }

  json key_pair, unsigned_credential, proof_config, signed_credential;
  std::string proof_canon, doc_canon, combined_hash_hex, signature_hex;
};

TEST_F(W3cVectors, KeyPairMatchesItsPublicMultikey) {
  EXPECT_EQ(to_multikey(key().public_key()), key_pair["publicKeyMultibase"]);
  EXPECT_EQ(did_key_verification_method(key().public_key()), proof_config["verificationMethod"]);
}

TEST_F(W3cVectors, ProofConfigurationMatches) {
  const auto config = proof_configuration(unsigned_credential, options());
  ASSERT_TRUE(config) << config.error().message;
  EXPECT_EQ(*config, proof_config);
  EXPECT_EQ(canonicalize(*config).value(), proof_canon);
}

TEST_F(W3cVectors, CanonicalFormsAndHashesMatch) {
  const auto hashes = hash_data(unsigned_credential, proof_config);
  ASSERT_TRUE(hashes) << hashes.error().message;
  EXPECT_EQ(hashes->canonical_proof_config, proof_canon);
  EXPECT_EQ(hashes->canonical_document, doc_canon);
  EXPECT_EQ(crypto::to_hex(hashes->combined_hash), combined_hash_hex);
}

TEST_F(W3cVectors, SignatureAndProofValueMatch) {
  const auto hashes = hash_data(unsigned_credential, proof_config).value();
  EXPECT_EQ(crypto::to_hex(key().sign(hashes.combined_hash)), signature_hex);
  const auto secured = add_proof(unsigned_credential, key(), options());
  ASSERT_TRUE(secured) << secured.error().message;
  EXPECT_EQ(*secured, signed_credential);  // every member, proofValue included
  EXPECT_EQ((*secured)["proof"]["proofValue"], signed_credential["proof"]["proofValue"]);
}

TEST_F(W3cVectors, SignedCredentialVerifies) {
  const auto verified = verify_proof(signed_credential, {});
  ASSERT_TRUE(verified) << verified.error().message;
  EXPECT_EQ(verified->method.key, key().public_key());
  EXPECT_EQ(verified->method.controller, did_key(key().public_key()));
  EXPECT_EQ(verified->created, "2023-02-24T23:36:38Z");
}

TEST_F(W3cVectors, AnyChangeBreaksTheSignature) {
  for (const auto& [name, value] : signed_credential.items()) {
    if (name == "proof") continue;
    json changed = signed_credential;
    changed[name] = "tampered";
    EXPECT_FALSE(verify_proof(changed, {})) << name;
    json removed = signed_credential;
    removed.erase(name);
    EXPECT_FALSE(verify_proof(removed, {})) << name;
  }
  for (const auto& [name, value] : signed_credential["proof"].items()) {
    json changed = signed_credential;
    changed["proof"][name] = name == "proofValue" ? "z" + base58btc_encode(std::string(64, 'x'))
                                                  : std::string("tampered");
    EXPECT_FALSE(verify_proof(changed, {})) << "proof." << name;
  }
  json added = signed_credential;
  added["extra"] = true;
  EXPECT_FALSE(verify_proof(added, {}));
  json nested = signed_credential;
  nested["credentialSubject"]["alumniOf"] = "The School of Counterexamples";
  EXPECT_FALSE(verify_proof(nested, {}));
}

TEST_F(W3cVectors, MemberOrderDoesNotMatter) {
  const std::string text = testing::read_file(testing::vc_cases() / "w3c-eddsa" / "signedJCS.json");
  const json ordered = nlohmann::ordered_json::parse(text);
  // Rebuild with members in reverse order at every level that is an object.
  std::function<json(const nlohmann::ordered_json&)> reverse =
      [&](const nlohmann::ordered_json& v) {
        if (v.is_object()) {
          json out = json::object();
          for (auto it = v.rbegin(); it != v.rend(); ++it) out[it.key()] = reverse(it.value());
          return out;
        }
        if (v.is_array()) {
          json out = json::array();
          for (const auto& e : v) out.push_back(reverse(e));
          return out;
        }
        return json(v);
      };
  EXPECT_TRUE(verify_proof(reverse(nlohmann::ordered_json::parse(text)), {}));
  EXPECT_TRUE(verify_proof(ordered, {}));
}

// The Recommendation lets a verifier accept a document whose @context merely starts with
// the proof's; Orbis requires the signed @context exactly (see data_integrity.cc).
TEST_F(W3cVectors, ContextMustBeTheSignedOne) {
  json appended = signed_credential;
  appended["@context"].push_back("https://example.org/extra/v1");
  EXPECT_FALSE(verify_proof(appended, {}));
  json reordered = signed_credential;
  std::swap(reordered["@context"][0], reordered["@context"][1]);
  EXPECT_FALSE(verify_proof(reordered, {}));
  json shortened = signed_credential;
  shortened["@context"].erase(1);
  EXPECT_FALSE(verify_proof(shortened, {}));
  // Without @context in the proof, the document's @context is covered by the document hash.
  json no_proof_context = signed_credential;
  no_proof_context["proof"].erase("@context");
  EXPECT_FALSE(verify_proof(no_proof_context, {}));
}

TEST_F(W3cVectors, RefusesMalformedProofs) {
  json no_proof = signed_credential;
  no_proof.erase("proof");
  EXPECT_FALSE(verify_proof(no_proof, {}));
  json two = signed_credential;
  two["proof"] = json::array({signed_credential["proof"], signed_credential["proof"]});
  EXPECT_FALSE(verify_proof(two, {}));
  json one = signed_credential;
  one["proof"] = json::array({signed_credential["proof"]});
  EXPECT_TRUE(verify_proof(one, {}));
  json purpose = signed_credential;
  EXPECT_FALSE(verify_proof(purpose, {}, "authentication"));
  json short_signature = signed_credential;
  short_signature["proof"]["proofValue"] = "z" + base58btc_encode("short");
  EXPECT_FALSE(verify_proof(short_signature, {}));
  json not_object = json::array();
  EXPECT_FALSE(verify_proof(not_object, {}));
  EXPECT_FALSE(add_proof(signed_credential, key(), options()));  // already has a proof
  ProofOptions bad_created = options();
  bad_created.created = "yesterday";
  EXPECT_FALSE(add_proof(unsigned_credential, key(), bad_created));
}

}  // namespace
}  // namespace orbis::credentials
