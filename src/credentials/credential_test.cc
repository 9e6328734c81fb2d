#include "credentials/credential.h"

#include <gtest/gtest.h>

#include "common/crypto.h"
#include "credentials/datetime.h"
#include "credentials/did.h"
#include "credentials/jcs.h"
#include "credentials/status_list.h"
#include "credentials/test_files.h"

namespace orbis::credentials {
namespace {

using json = nlohmann::json;

TimePoint at(const char* text) { return parse_xml_datetime(text).value(); }

json exchange_completion() {
  return {{"@context", {"https://www.w3.org/ns/credentials/v2"}},
          {"id", "urn:uuid:0b6f3e2c-6d4a-4a8e-9a1e-3f4f1c2d5e6a"},
          {"type", {"VerifiableCredential", "ExchangeCompletionCredential"}},
          {"name", "Exchange completion"},
          {"validFrom", "2026-07-01T00:00:00Z"},
          {"validUntil", "2036-07-01T00:00:00Z"},
          {"credentialSubject",
           {{"id", "did:example:student-17"},
            {"name", "Li Wei"},
            {"mobility", {{"host", "Universität Heidelberg"}, {"ects", 30.5}, {"months", 5}}}}}};
}

class Credentials : public ::testing::Test {
 protected:
  void SetUp() override { ASSERT_TRUE(crypto::init()); }

  VerifyOptions options() const { return VerifyOptions{now, {}, {}, true}; }

  static Outcome outcome(const Verification& v, std::string_view name) {
    const Check* check = v.find(name);
    return check != nullptr ? check->outcome : Outcome::skipped;
  }

  const TimePoint now = at("2026-11-23T12:00:00Z");
  const KeyPair key = KeyPair::from_seed(std::string(32, '\x2a')).value();
  const IssuerKey issuer = did_key_issuer(key);
};

TEST_F(Credentials, IssuesAndVerifiesWithADidKey) {
  const auto issued = issue_credential(exchange_completion(), issuer, now);
  ASSERT_TRUE(issued) << issued.error().message;
  EXPECT_EQ((*issued)["issuer"], issuer.issuer);
  const json& proof = (*issued)["proof"];
  EXPECT_EQ(proof["type"], "DataIntegrityProof");
  EXPECT_EQ(proof["cryptosuite"], "eddsa-jcs-2022");
  EXPECT_EQ(proof["created"], "2026-11-23T12:00:00Z");
  EXPECT_EQ(proof["verificationMethod"], issuer.verification_method);
  EXPECT_EQ(proof["proofPurpose"], "assertionMethod");
  EXPECT_EQ(proof["@context"], (*issued)["@context"]);

  const Verification v = verify_credential(*issued, options());
  EXPECT_EQ(v.verdict, Verdict::valid);
  ASSERT_EQ(v.checks.size(), 5u);
  for (const auto& check : v.checks) {
    EXPECT_EQ(check.outcome, check.name == "status" ? Outcome::skipped : Outcome::passed)
        << check.name << ": " << check.reason;
  }
  EXPECT_EQ(v.issuer, issuer.issuer);
  EXPECT_EQ(v.verification_method, issuer.verification_method);
}

TEST_F(Credentials, IssuerMustBeTheKeysDid) {
  json same = exchange_completion();
  same["issuer"] = issuer.issuer;
  EXPECT_TRUE(issue_credential(same, issuer, now));
  json other = exchange_completion();
  other["issuer"] = "did:web:other.example";
  EXPECT_FALSE(issue_credential(other, issuer, now));
  json object = exchange_completion();
  object["issuer"] = {{"name", "Westlake University"}};
  const auto filled = issue_credential(object, issuer, now);
  ASSERT_TRUE(filled);
  EXPECT_EQ((*filled)["issuer"]["id"], issuer.issuer);
  EXPECT_EQ((*filled)["issuer"]["name"], "Westlake University");
  EXPECT_EQ(verify_credential(*filled, options()).verdict, Verdict::valid);
  json other_object = exchange_completion();
  other_object["issuer"] = {{"id", "did:web:other.example"}};
  EXPECT_FALSE(issue_credential(other_object, issuer, now));
}

TEST_F(Credentials, RefusesToIssueWhatIsNotAVc2) {
  const auto refuse = [&](const std::function<void(json&)>& edit, const char* field) {
    json credential = exchange_completion();
    edit(credential);
    const auto issued = issue_credential(credential, issuer, now);
    ASSERT_FALSE(issued) << field;
    bool named = false;
    for (const auto& f : issued.error().fields) named = named || f.field == field;
    EXPECT_TRUE(named) << field << ": " << issued.error().message;
  };
  refuse([](json& c) { c["@context"] = {"https://www.w3.org/2018/credentials/v1"}; }, "@context");
  refuse([](json& c) { c["@context"] = json::array(); }, "@context");
  refuse([](json& c) { c.erase("@context"); }, "@context");
  refuse([](json& c) { c["type"] = "ExchangeCompletionCredential"; }, "type");
  refuse([](json& c) { c.erase("credentialSubject"); }, "credentialSubject");
  refuse([](json& c) { c["credentialSubject"] = "Li Wei"; }, "credentialSubject");
  refuse([](json& c) { c["validFrom"] = "2026-07-01"; }, "validFrom");
  refuse([](json& c) { c["validUntil"] = "2026-06-01T00:00:00Z"; }, "validUntil");
  refuse([](json& c) { c["id"] = 7; }, "id");
  refuse([](json& c) { c["credentialStatus"] = "revocable"; }, "credentialStatus");
  EXPECT_FALSE(issue_credential(json::array(), issuer, now));
  const json signed_once = issue_credential(exchange_completion(), issuer, now).value();
  EXPECT_FALSE(issue_credential(signed_once, issuer, now));
}

TEST_F(Credentials, AnyChangeToASignedCredentialFails) {
  const json issued = issue_credential(exchange_completion(), issuer, now).value();
  for (const auto& [name, value] : issued.items()) {
    if (name == "proof") continue;
    json changed = issued;
    changed[name] = value.is_string() ? json("x") : json("changed");
    if (name == "@context")
      changed[name] = {"https://www.w3.org/ns/credentials/v2", "https://x.example"};
    const Verification v = verify_credential(changed, options());
    EXPECT_EQ(v.verdict, Verdict::invalid) << name;
    EXPECT_EQ(outcome(v, "signature"), Outcome::failed) << name;
    json removed = issued;
    removed.erase(name);
    EXPECT_EQ(verify_credential(removed, options()).verdict, Verdict::invalid) << name;
  }
  json nested = issued;
  nested["credentialSubject"]["mobility"]["ects"] = 30.0;
  EXPECT_EQ(outcome(verify_credential(nested, options()), "signature"), Outcome::failed);
  json type_added = issued;
  type_added["type"].push_back("TranscriptCredential");
  EXPECT_EQ(verify_credential(type_added, options()).verdict, Verdict::invalid);
  json reordered = issued;
  std::swap(reordered["type"][0], reordered["type"][1]);
  EXPECT_EQ(verify_credential(reordered, options()).verdict,
            Verdict::invalid);  // array order counts

  // Member order is not part of the signed content: round-trip through ordered text.
  const auto text = nlohmann::ordered_json(issued).dump();
  EXPECT_EQ(verify_credential(json::parse(text), options()).verdict, Verdict::valid);
}

TEST_F(Credentials, RefusesToSignIntegersADoubleCannotHold) {
  json big = exchange_completion();
  big["credentialSubject"]["student_number"] = 9007199254740993ULL;
  const auto refused = issue_credential(big, issuer, now);
  ASSERT_FALSE(refused);
  EXPECT_EQ(refused.error().fields.at(0).field, "credentialSubject/student_number");
  big["credentialSubject"]["student_number"] = 9007199254740992ULL;  // 2^53 itself is exact
  EXPECT_TRUE(issue_credential(big, issuer, now));
}

TEST_F(Credentials, DatesAreCheckedAgainstNow) {
  const json issued = issue_credential(exchange_completion(), issuer, now).value();
  // Five minutes of clock skew are allowed either way, as @digitalbazaar/vc allows.
  VerifyOptions slightly_before = options();
  slightly_before.now = at("2026-06-30T23:55:00Z");
  EXPECT_EQ(verify_credential(issued, slightly_before).verdict, Verdict::valid);
  VerifyOptions before = options();
  before.now = at("2026-06-30T23:54:59Z");
  Verification v = verify_credential(issued, before);
  EXPECT_EQ(v.verdict, Verdict::invalid);
  EXPECT_EQ(outcome(v, "dates"), Outcome::failed);
  EXPECT_EQ(outcome(v, "signature"), Outcome::passed);
  VerifyOptions after = options();
  after.now = at("2036-07-01T00:05:01Z");
  EXPECT_EQ(verify_credential(issued, after).find("dates")->reason,
            "expired at 2036-07-01T00:00:00Z");
  VerifyOptions edge = options();
  edge.now = at("2036-07-01T00:05:00Z");
  EXPECT_EQ(verify_credential(issued, edge).verdict, Verdict::valid);
}

// The W3C example credential names an https issuer but is signed by a did:key: the
// signature holds, the binding of key to issuer does not.
TEST_F(Credentials, SignatureByAnotherPartysKeyIsNotTheIssuers) {
  const json signed_vector =
      testing::read_json(testing::vc_cases() / "w3c-eddsa" / "signedJCS.json");
  const Verification v = verify_credential(signed_vector, options());
  EXPECT_EQ(outcome(v, "signature"), Outcome::passed);
  EXPECT_EQ(outcome(v, "issuer"), Outcome::failed);
  EXPECT_EQ(v.verdict, Verdict::invalid);
}

TEST_F(Credentials, DidWebIssuersNeedTheirDocumentAndSurviveRotation) {
  const KeyPair old_key = KeyPair::generate();
  const KeyPair new_key = KeyPair::generate();
  const std::string did = "did:web:orbis.example.edu";
  const json old_credential =
      issue_credential(exchange_completion(), did_web_issuer(old_key, did, "key-2025").value(), now)
          .value();
  const json new_credential =
      issue_credential(exchange_completion(), did_web_issuer(new_key, did, "key-2026").value(), now)
          .value();

  Verification v = verify_credential(new_credential, options());
  EXPECT_EQ(v.verdict, Verdict::invalid);
  EXPECT_EQ(outcome(v, "signature"), Outcome::failed);

  const std::vector<PublishedKey> both = {{old_key.public_key(), "key-2025"},
                                          {new_key.public_key(), "key-2026"}};
  VerifyOptions with_both = options();
  with_both.did_documents = {did_document(did, both).value()};
  EXPECT_EQ(verify_credential(old_credential, with_both).verdict, Verdict::valid);
  EXPECT_EQ(verify_credential(new_credential, with_both).verdict, Verdict::valid);

  const std::vector<PublishedKey> only_new = {{new_key.public_key(), "key-2026"}};
  VerifyOptions with_new = options();
  with_new.did_documents = {did_document(did, only_new).value()};
  EXPECT_EQ(verify_credential(old_credential, with_new).verdict, Verdict::invalid);
  EXPECT_EQ(verify_credential(new_credential, with_new).verdict, Verdict::valid);

  // A document that swaps in another key under the same id breaks the signature.
  const std::vector<PublishedKey> swapped = {{old_key.public_key(), "key-2026"}};
  VerifyOptions with_swapped = options();
  with_swapped.did_documents = {did_document(did, swapped).value()};
  EXPECT_EQ(outcome(verify_credential(new_credential, with_swapped), "signature"), Outcome::failed);
}

class Status : public Credentials {
 protected:
  const std::string revocation_url = "https://orbis.example.edu/status/revocation/1";
  const std::string suspension_url = "https://orbis.example.edu/status/suspension/1";

  json signed_list(const BitstringStatusList& list, const std::string& url, StatusPurpose purpose,
                   const IssuerKey& by) const {
    const json unsigned_list =
        status_list_credential(list, url, purpose, by.issuer, "2026-01-01T00:00:00Z").value();
    return issue_credential(unsigned_list, by, now).value();
  }

  json credential_with_status(std::size_t index) const {
    json credential = exchange_completion();
    credential["credentialStatus"] = {
        status_list_entry(revocation_url, StatusPurpose::revocation, index),
        status_list_entry(suspension_url, StatusPurpose::suspension, index)};
    return issue_credential(credential, issuer, now).value();
  }

  VerifyOptions with_lists(const BitstringStatusList& revoked,
                           const BitstringStatusList& suspended) const {
    VerifyOptions o = options();
    o.status_lists = {signed_list(revoked, revocation_url, StatusPurpose::revocation, issuer),
                      signed_list(suspended, suspension_url, StatusPurpose::suspension, issuer)};
    return o;
  }
};

TEST_F(Status, ValidRevokedSuspended) {
  const json credential = credential_with_status(94567);
  BitstringStatusList revocations;
  BitstringStatusList suspensions;
  ASSERT_TRUE(revocations.set(94566));
  Verification v = verify_credential(credential, with_lists(revocations, suspensions));
  EXPECT_EQ(v.verdict, Verdict::valid) << v.find("status")->reason;
  EXPECT_EQ(outcome(v, "status"), Outcome::passed);

  ASSERT_TRUE(suspensions.set(94567));
  v = verify_credential(credential, with_lists(revocations, suspensions));
  EXPECT_EQ(v.verdict, Verdict::suspended);
  EXPECT_EQ(v.find("status")->reason, "suspended");

  ASSERT_TRUE(revocations.set(94567));
  EXPECT_EQ(verify_credential(credential, with_lists(revocations, suspensions)).verdict,
            Verdict::revoked);
  ASSERT_TRUE(suspensions.clear(94567));
  EXPECT_EQ(verify_credential(credential, with_lists(revocations, suspensions)).verdict,
            Verdict::revoked);
  ASSERT_TRUE(revocations.clear(94567));
  EXPECT_EQ(verify_credential(credential, with_lists(revocations, suspensions)).verdict,
            Verdict::valid);
}

TEST_F(Status, MissingListIsInvalidUnlessStatusIsOptional) {
  const json credential = credential_with_status(3);
  Verification v = verify_credential(credential, options());
  EXPECT_EQ(v.verdict, Verdict::invalid);
  EXPECT_EQ(outcome(v, "status"), Outcome::failed);
  VerifyOptions lenient = options();
  lenient.require_status = false;
  v = verify_credential(credential, lenient);
  EXPECT_EQ(v.verdict, Verdict::valid);
  EXPECT_EQ(outcome(v, "status"), Outcome::skipped);
}

TEST_F(Status, TheListItselfMustBeTrustworthy) {
  const json credential = credential_with_status(3);
  BitstringStatusList empty;
  VerifyOptions good = with_lists(empty, empty);
  ASSERT_EQ(verify_credential(credential, good).verdict, Verdict::valid);

  const auto invalid_with = [&](const std::function<void(VerifyOptions&)>& edit) {
    VerifyOptions o = good;
    edit(o);
    const Verification v = verify_credential(credential, o);
    EXPECT_EQ(outcome(v, "status"), Outcome::failed);
    return v.verdict == Verdict::invalid;
  };
  // Someone else's list at the same URL.
  EXPECT_TRUE(invalid_with([&](VerifyOptions& o) {
    o.status_lists[0] = signed_list(empty, revocation_url, StatusPurpose::revocation,
                                    did_key_issuer(KeyPair::generate()));
  }));
  // A list whose bits were edited after signing.
  EXPECT_TRUE(invalid_with([&](VerifyOptions& o) {
    BitstringStatusList other;
    ASSERT_TRUE(other.set(1));
    o.status_lists[0]["credentialSubject"]["encodedList"] = other.encode().value();
  }));
  // A suspension list offered for the revocation entry.
  EXPECT_TRUE(invalid_with([&](VerifyOptions& o) {
    o.status_lists[0] = signed_list(empty, revocation_url, StatusPurpose::suspension, issuer);
  }));
  // An expired list.
  EXPECT_TRUE(invalid_with([&](VerifyOptions& o) {
    json list = status_list_credential(empty, revocation_url, StatusPurpose::revocation,
                                       issuer.issuer, "2026-01-01T00:00:00Z")
                    .value();
    list["validUntil"] = "2026-02-01T00:00:00Z";
    o.status_lists[0] = issue_credential(list, issuer, now).value();
  }));
  // An unsigned list.
  EXPECT_TRUE(invalid_with([&](VerifyOptions& o) { o.status_lists[0].erase("proof"); }));
}

TEST_F(Status, MalformedEntriesAreFailures) {
  BitstringStatusList empty;
  const auto verdict_with_entry = [&](json entry) {
    json credential = exchange_completion();
    credential["credentialStatus"] = std::move(entry);
    const json issued = issue_credential(credential, issuer, now).value();
    return verify_credential(issued, with_lists(empty, empty)).verdict;
  };
  json entry = status_list_entry(revocation_url, StatusPurpose::revocation, 3);
  EXPECT_EQ(verdict_with_entry(entry), Verdict::valid);
  for (const auto& [name, value] : std::vector<std::pair<std::string, json>>{
           {"statusListIndex", "-1"},
           {"statusListIndex", "12x"},
           {"statusListIndex", std::to_string(kMinStatusListEntries)},
           {"statusPurpose", "refresh"},
           {"type", "StatusList2021Entry"},
           {"statusSize", 2},
           {"statusListCredential", "https://elsewhere.example/1"}}) {
    json bad = entry;
    bad[name] = value;
    EXPECT_EQ(verdict_with_entry(bad), Verdict::invalid) << name << "=" << value;
  }
}

TEST_F(Credentials, TextIsParsedStrictly) {
  const json issued = issue_credential(exchange_completion(), issuer, now).value();
  const std::string text = issued.dump();
  EXPECT_EQ(verify_credential_text(text, options()).verdict, Verdict::valid);
  // A second "name" member that a lenient parser would let win.
  const std::string doubled = "{\"name\":\"Forged\"," + text.substr(1);
  const Verification v = verify_credential_text(doubled, options());
  EXPECT_EQ(v.verdict, Verdict::invalid);
  EXPECT_EQ(outcome(v, "format"), Outcome::failed);
  EXPECT_EQ(v.checks.size(), 5u);
  const json report = to_json(verify_credential_text(text, options()));
  EXPECT_EQ(report["verdict"], "valid");
  EXPECT_EQ(report["issuer"], issuer.issuer);
  EXPECT_EQ(report["checks"][1]["name"], "signature");
  EXPECT_EQ(report["checks"][1]["outcome"], "passed");
}

// Seeded byte mutations of a signed credential: never a crash, never "valid" unless the
// mutation left the signed content as it was.
TEST_F(Credentials, MutatedTextNeverVerifiesAsSomethingElse) {
  const json issued = issue_credential(exchange_completion(), issuer, now).value();
  const std::string text = issued.dump();
  const std::string canonical = canonicalize(issued).value();
  std::uint32_t seed = 20261123;
  const auto next = [&seed] {
    seed = seed * 1664525u + 1013904223u;
    return seed >> 8;
  };
  int verified = 0;
  for (int i = 0; i < 3000; ++i) {
    std::string mutated = text;
    const int edits = 1 + static_cast<int>(next() % 3);
    for (int e = 0; e < edits; ++e) {
      mutated[next() % mutated.size()] = static_cast<char>(next() % 256);
    }
    const Verification v = verify_credential_text(mutated, options());
    if (v.verdict == Verdict::valid) {
      ++verified;
      const auto reparsed = parse_strict(mutated);
      ASSERT_TRUE(reparsed);
      EXPECT_EQ(canonicalize(*reparsed).value(), canonical) << mutated;
    }
  }
  EXPECT_LT(verified, 30);
}

TEST_F(Credentials, VerdictNames) {
  EXPECT_EQ(to_string(Verdict::valid), "valid");
  EXPECT_EQ(to_string(Verdict::revoked), "revoked");
  EXPECT_EQ(to_string(Outcome::skipped), "skipped");
  const Verification v = verify_credential(json("not a credential"), options());
  EXPECT_EQ(v.verdict, Verdict::invalid);
  EXPECT_EQ(v.checks.size(), 5u);
}

}  // namespace
}  // namespace orbis::credentials
