#include "credentials/did.h"

#include <gtest/gtest.h>

#include "common/crypto.h"

namespace orbis::credentials {
namespace {

using json = nlohmann::json;

class Did : public ::testing::Test {
 protected:
  void SetUp() override { ASSERT_TRUE(crypto::init()); }
};

TEST_F(Did, WebIdentifiersAndTheirUrls) {
  EXPECT_EQ(did_web_for("Example.EDU").value(), "did:web:example.edu");
  EXPECT_EQ(did_web_for("example.edu", 8443).value(), "did:web:example.edu%3A8443");
  EXPECT_EQ(did_web_for("example.edu", {}, "/issuers/orbis/").value(),
            "did:web:example.edu:issuers:orbis");
  EXPECT_FALSE(did_web_for("exa mple.edu"));
  EXPECT_FALSE(did_web_for("example.edu", {}, "a//b"));

  EXPECT_EQ(did_web_document_url("did:web:example.edu").value(),
            "https://example.edu/.well-known/did.json");
  EXPECT_EQ(did_web_document_url("did:web:example.edu%3A8443").value(),
            "https://example.edu:8443/.well-known/did.json");
  EXPECT_EQ(did_web_document_url("did:web:example.edu:issuers:orbis").value(),
            "https://example.edu/issuers/orbis/did.json");
  EXPECT_FALSE(did_web_document_url("did:key:z6Mk"));
  EXPECT_FALSE(did_web_document_url("did:web:"));
  EXPECT_FALSE(did_web_document_url("did:web:example.edu%3Ahttp"));
  EXPECT_FALSE(did_web_document_url("did:web:example.edu::x"));
}

TEST_F(Did, DocumentListsEveryKeyForAssertion) {
  const KeyPair old_key = KeyPair::generate();
  const KeyPair new_key = KeyPair::generate();
  const std::vector<PublishedKey> keys = {{old_key.public_key(), "key-2025"},
                                          {new_key.public_key(), ""}};
  const json document = did_document("did:web:example.edu", keys).value();
  EXPECT_EQ(document["id"], "did:web:example.edu");
  EXPECT_EQ(document["@context"][0], "https://www.w3.org/ns/did/v1");
  ASSERT_EQ(document["verificationMethod"].size(), 2u);
  EXPECT_EQ(document["verificationMethod"][0]["id"], "did:web:example.edu#key-2025");
  EXPECT_EQ(document["verificationMethod"][0]["type"], "Multikey");
  EXPECT_EQ(document["verificationMethod"][0]["controller"], "did:web:example.edu");
  EXPECT_EQ(document["verificationMethod"][1]["id"],
            "did:web:example.edu#" + to_multikey(new_key.public_key()));
  EXPECT_EQ(document["assertionMethod"].size(), 2u);

  const std::vector<json> documents = {document};
  for (const auto& [pair, id] :
       {std::pair{&old_key, std::string("did:web:example.edu#key-2025")},
        std::pair{&new_key, document["verificationMethod"][1]["id"].get<std::string>()}}) {
    const auto resolved = resolve_verification_method(id, "assertionMethod", documents);
    ASSERT_TRUE(resolved) << resolved.error().message;
    EXPECT_EQ(resolved->key, pair->public_key());
    EXPECT_EQ(resolved->controller, "did:web:example.edu");
  }
  const std::vector<PublishedKey> repeated = {{old_key.public_key(), "k"},
                                              {new_key.public_key(), "k"}};
  EXPECT_FALSE(did_document("did:web:example.edu", repeated));
  EXPECT_FALSE(did_document("did:web:example.edu", {}));
}

TEST_F(Did, ResolutionChecksPurposeControllerAndPresence) {
  const KeyPair pair = KeyPair::generate();
  const std::vector<PublishedKey> keys = {{pair.public_key(), "key-1"}};
  json document = did_document("did:web:example.edu", keys).value();
  const std::string id = "did:web:example.edu#key-1";

  EXPECT_EQ(resolve_verification_method(id, "assertionMethod", {}).error().code,
            ErrorCode::not_found);
  EXPECT_EQ(
      resolve_verification_method(id, "authentication", std::vector<json>{document}).error().code,
      ErrorCode::invalid_argument);
  EXPECT_EQ(resolve_verification_method("did:web:example.edu#key-2", "assertionMethod",
                                        std::vector<json>{document})
                .error()
                .code,
            ErrorCode::not_found);
  EXPECT_FALSE(resolve_verification_method("did:web:example.edu", "assertionMethod",
                                           std::vector<json>{document}));

  json relative = document;
  relative["assertionMethod"] = json::array({"#key-1"});
  relative["verificationMethod"][0]["id"] = "#key-1";
  EXPECT_TRUE(resolve_verification_method(id, "assertionMethod", std::vector<json>{relative}));

  json foreign = document;
  foreign["verificationMethod"][0]["controller"] = "did:web:evil.example";
  EXPECT_FALSE(resolve_verification_method(id, "assertionMethod", std::vector<json>{foreign}));

  json embedded = document;
  embedded["assertionMethod"] = json::array({document["verificationMethod"][0]});
  embedded.erase("verificationMethod");
  EXPECT_TRUE(resolve_verification_method(id, "assertionMethod", std::vector<json>{embedded}));

  json jwk = document;
  jwk["verificationMethod"][0] = {
      {"id", id},
      {"type", "JsonWebKey"},
      {"controller", "did:web:example.edu"},
      {"publicKeyJwk",
       {{"kty", "OKP"}, {"crv", "Ed25519"}, {"x", crypto::base64url(pair.public_key().view())}}}};
  EXPECT_EQ(resolve_verification_method(id, "assertionMethod", std::vector<json>{jwk})->key,
            pair.public_key());

  json garbage = document;
  garbage["verificationMethod"][0]["publicKeyMultibase"] = 42;
  garbage["id"] = "did:web:example.edu";
  EXPECT_FALSE(resolve_verification_method(id, "assertionMethod", std::vector<json>{garbage}));
}

TEST_F(Did, DidKeyResolvesItself) {
  const KeyPair pair = KeyPair::generate();
  const auto resolved = resolve_verification_method(did_key_verification_method(pair.public_key()),
                                                    "assertionMethod", {});
  ASSERT_TRUE(resolved);
  EXPECT_EQ(resolved->key, pair.public_key());
  EXPECT_EQ(resolved->controller, did_key(pair.public_key()));
  EXPECT_FALSE(
      resolve_verification_method(did_key(pair.public_key()) + "#other", "assertionMethod", {}));
  const json document = did_key_document(did_key(pair.public_key())).value();
  EXPECT_EQ(document["verificationMethod"][0]["publicKeyMultibase"],
            to_multikey(pair.public_key()));
  EXPECT_FALSE(did_key_document("did:key:zNotAKey"));
}

TEST_F(Did, WebIssuerNamesItsKey) {
  const KeyPair pair = KeyPair::generate();
  const IssuerKey issuer = did_web_issuer(pair, "did:web:example.edu").value();
  EXPECT_EQ(issuer.issuer, "did:web:example.edu");
  EXPECT_EQ(issuer.verification_method, "did:web:example.edu#" + to_multikey(pair.public_key()));
  EXPECT_EQ(did_web_issuer(pair, "did:web:example.edu", "key-1")->verification_method,
            "did:web:example.edu#key-1");
  EXPECT_FALSE(did_web_issuer(pair, "did:key:x"));
  EXPECT_FALSE(did_web_issuer(pair, "did:web:example.edu", "a#b"));
}

TEST(OnlyThisMachine, TellsLoopbackNamesFromNamesOthersReach) {
  for (const auto* host : {"localhost", "LOCALHOST", "localhost.", "orbis.localhost", "127.0.0.1",
                           "127.1.2.3", "127.1", "0.0.0.0"}) {
    EXPECT_TRUE(only_this_machine(host)) << host;
  }
  for (const auto* host : {"orbis.westlake.edu.cn", "localhost.example.edu", "mylocalhost",
                           "10.0.0.5", "192.168.1.20", "127.example.edu", "128.0.0.1", ""}) {
    EXPECT_FALSE(only_this_machine(host)) << host;
  }
}

}  // namespace
}  // namespace orbis::credentials
