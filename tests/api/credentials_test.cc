// Verifiable credentials through the API: issuing, the DID document and status lists,
// verification by anyone, revocation and suspension, and who sees what.
#include <gtest/gtest.h>

#include <chrono>
#include <functional>
#include <set>

#include "harness.h"

namespace orbis::testing {
namespace {

using nlohmann::json;

class CredentialsTest : public ::testing::Test {
 protected:
  TestServer& server = shared_server();
  std::string officer = server.login("officer@westlake.edu.cn");

  json participation(const std::string& name, const std::string& email) {
    return {{"type", "programme_participation"},
            {"subject", {{"name", name}, {"name_zh", "测试"}, {"email", email}}},
            {"achievement",
             {{"programme", "Westlake Summer School in Physics"},
              {"host_institution", "Westlake University"},
              {"start_date", "2026-07-01"},
              {"end_date", "2026-07-28"},
              {"hours", 80}}}};
  }
  json verify(const json& credential) {
    return server.send("POST", "/api/v1/verify", {{"credential", credential}}, "").json();
  }
};

TEST_F(CredentialsTest, IssuedCredentialsVerifyForAnyone) {
  const auto issued = server.send("POST", "/api/v1/credentials",
                                  participation("Li Na", "li.na@westlake.edu.cn"), officer);
  ASSERT_EQ(issued.status, 201) << issued.body;
  const auto record = issued.json();
  const auto document = record["document"];
  EXPECT_EQ(document["@context"][0], "https://www.w3.org/ns/credentials/v2");
  EXPECT_TRUE(document["id"].get<std::string>().starts_with("urn:uuid:"));
  EXPECT_TRUE(document["issuer"]["id"].get<std::string>().starts_with("did:web:"));
  EXPECT_EQ(document["proof"]["cryptosuite"], "eddsa-jcs-2022");
  EXPECT_EQ(document["credentialStatus"].size(), 2u);
  const auto report = verify(document);
  EXPECT_EQ(report["verdict"], "valid") << report.dump();
  EXPECT_TRUE(report["ours"]);
  EXPECT_EQ(report["issuer_name"], "Westlake University");
  // The public copy behind the QR code is the same document.
  const auto public_copy =
      server.request("GET", "/api/v1/public/credentials/" + record["id"].get<std::string>());
  ASSERT_EQ(public_copy.status, 200);
  EXPECT_EQ(public_copy.json(), document);
  const auto qr = server.request(
      "GET", "/api/v1/public/credentials/" + record["id"].get<std::string>() + "/qr.svg");
  EXPECT_EQ(qr.status, 200);
  EXPECT_EQ(qr.header("content-type"), "image/svg+xml");
  EXPECT_TRUE(qr.body.starts_with("<svg"));
  EXPECT_EQ(server.request("GET", "/api/v1/public/credentials/not-a-uuid").status, 404);
  // Any change breaks it.
  auto tampered = document;
  tampered["credentialSubject"]["name"] = "Li Nan";
  EXPECT_EQ(verify(tampered)["verdict"], "invalid");
}

TEST_F(CredentialsTest, ServesTheDidDocumentAndSignedStatusLists) {
  const auto did = server.request("GET", "/.well-known/did.json");
  ASSERT_EQ(did.status, 200) << did.body;
  EXPECT_EQ(did.header("content-type"), "application/did+json");
  EXPECT_TRUE(did.json()["id"].get<std::string>().starts_with("did:web:"));
  EXPECT_FALSE(did.json()["verificationMethod"].empty());
  const auto list = server.request("GET", "/api/v1/credentials/status/revocation");
  ASSERT_EQ(list.status, 200) << list.body;
  EXPECT_EQ(list.json()["credentialSubject"]["statusPurpose"], "revocation");
  EXPECT_TRUE(list.json()["credentialSubject"]["encodedList"].get<std::string>().starts_with("u"));
  EXPECT_EQ(verify(list.json())["verdict"], "valid");  // the list is itself a signed credential
  EXPECT_EQ(server.request("GET", "/api/v1/credentials/status/other").status, 404);
}

// Whoever issues learns, before issuing, whether the address credentials name can be reached
// from anywhere but this computer; nobody else reads it.
TEST_F(CredentialsTest, TheIssuerAddressSaysWhetherOthersCanReachIt) {
  auto& credentials = server.services().credentials;
  const auto before = credentials.issuer_address();
  const auto local = server.get("/api/v1/credentials/issuer", officer);
  ASSERT_EQ(local.status, 200) << local.body;
  EXPECT_TRUE(local.json()["public_url"].get<std::string>().starts_with("http://localhost:"))
      << local.body;
  EXPECT_TRUE(local.json()["did"].get<std::string>().starts_with("did:web:localhost%3A"));
  EXPECT_EQ(local.json()["only_this_machine"], true);

  ASSERT_TRUE(credentials.set_public_url("https://orbis.westlake.edu.cn", false));
  const auto reachable = server.get("/api/v1/credentials/issuer", officer);
  ASSERT_TRUE(credentials.set_public_url(before.public_url, false));
  ASSERT_EQ(reachable.status, 200) << reachable.body;
  EXPECT_EQ(reachable.json(), (json{{"did", "did:web:orbis.westlake.edu.cn"},
                                    {"public_url", "https://orbis.westlake.edu.cn"},
                                    {"only_this_machine", false}}));

  EXPECT_EQ(server.get("/api/v1/credentials/issuer", "").status, 401);
  for (const auto* reader : {"student@westlake.edu.cn", "partner@ox.ac.uk"}) {
    const auto refused = server.get("/api/v1/credentials/issuer", server.login(reader));
    EXPECT_EQ(refused.status, 403) << reader;
    EXPECT_EQ(refused.body.find("did:web"), std::string::npos) << reader;
  }
}

TEST_F(CredentialsTest, RevokeSuspendAndReinstate) {
  const auto issued = server.send("POST", "/api/v1/credentials",
                                  participation("Zhou Jie", "zhou.jie@westlake.edu.cn"), officer);
  ASSERT_EQ(issued.status, 201);
  const std::string id = issued.json()["id"];
  const auto document = issued.json()["document"];
  const std::string target = "/api/v1/credentials/" + id + "/status";
  EXPECT_EQ(server.send("POST", target, {{"status", "suspended"}}, officer).status,
            422);  // a reason is required
  const auto moves = [&](const std::string& token) {
    return server.get("/api/v1/credentials/" + id, token).json()["allowed_transitions"];
  };
  EXPECT_EQ(moves(officer), json({"suspended", "revoked"}));
  EXPECT_EQ(moves(server.login("viewer@westlake.edu.cn")), json::array()) << "viewers only read";
  const auto suspended =
      server.send("POST", target, {{"status", "suspended"}, {"reason", "Under review"}}, officer);
  ASSERT_EQ(suspended.status, 200);
  EXPECT_EQ(suspended.json()["allowed_transitions"], json({"active", "revoked"}));
  EXPECT_EQ(verify(document)["verdict"], "suspended");
  ASSERT_EQ(server.send("POST", target, {{"status", "active"}}, officer).status, 200);
  EXPECT_EQ(verify(document)["verdict"], "valid");
  ASSERT_EQ(
      server.send("POST", target, {{"status", "revoked"}, {"reason", "Issued in error"}}, officer)
          .status,
      200);
  EXPECT_EQ(verify(document)["verdict"], "revoked");
  EXPECT_EQ(moves(officer), json::array()) << "revocation is final";
  EXPECT_EQ(server.send("POST", target, {{"status", "active"}}, officer).status,
            409);  // revocation is final
  EXPECT_EQ(server
                .send("POST", target, {{"status", "revoked"}, {"reason", "x"}},
                      server.login("viewer@westlake.edu.cn"))
                .status,
            403);
}

TEST_F(CredentialsTest, RotatingTheKeyKeepsOldCredentialsValid) {
  const auto before = server.send("POST", "/api/v1/credentials",
                                  participation("Old Key", "old@westlake.edu.cn"), officer);
  ASSERT_EQ(before.status, 201);
  const auto admin = server.login("admin@westlake.edu.cn");
  EXPECT_EQ(server.send("POST", "/api/v1/credentials/keys/rotate", json::object(), officer).status,
            403);
  const auto rotated =
      server.send("POST", "/api/v1/credentials/keys/rotate", json::object(), admin);
  ASSERT_EQ(rotated.status, 200) << rotated.body;
  const auto after = server.send("POST", "/api/v1/credentials",
                                 participation("New Key", "new@westlake.edu.cn"), officer);
  ASSERT_EQ(after.status, 201);
  EXPECT_NE(before.json()["document"]["proof"]["verificationMethod"],
            after.json()["document"]["proof"]["verificationMethod"]);
  EXPECT_NE(after.json()["document"]["proof"]["verificationMethod"].get<std::string>().find(
                rotated.json()["public_multikey"].get<std::string>()),
            std::string::npos);
  EXPECT_EQ(verify(before.json()["document"])["verdict"], "valid");
  EXPECT_EQ(verify(after.json()["document"])["verdict"], "valid");
  EXPECT_GE(server.request("GET", "/.well-known/did.json").json()["verificationMethod"].size(), 2u);
}

// A server started without the key-encryption key cannot sign status lists; it must
// still never call a revoked credential valid.
TEST_F(CredentialsTest, WithoutTheKekRevokedStaysRevoked) {
  const auto issued = server.send("POST", "/api/v1/credentials",
                                  participation("No Kek", "nokek@westlake.edu.cn"), officer);
  ASSERT_EQ(issued.status, 201);
  const std::string id = issued.json()["id"];
  ASSERT_EQ(server
                .send("POST", "/api/v1/credentials/" + id + "/status",
                      {{"status", "revoked"}, {"reason", "test"}}, officer)
                .status,
            200);
  service::Credentials keyless(server.services().store, server.clock(), server.services().registry,
                               {});
  const auto report = keyless.verify(issued.json()["document"]);
  EXPECT_EQ(report.verification.verdict, credentials::Verdict::revoked);
  EXPECT_EQ(keyless.status_list("revocation").error().code, ErrorCode::unavailable);
  auto stranger = issued.json()["document"];
  stranger["id"] = "urn:uuid:00000000-0000-4000-8000-000000000000";
  EXPECT_EQ(keyless.verify(stranger).verification.verdict, credentials::Verdict::invalid);
}

TEST_F(CredentialsTest, RejectsBadRequestsByField) {
  auto bad = participation("", "not-an-email");
  bad["achievement"]["start_date"] = "July";
  bad["achievement"]["hours"] = -3;
  const auto r = server.send("POST", "/api/v1/credentials", bad, officer);
  EXPECT_EQ(r.status, 422) << r.body;
  std::vector<std::string> fields;
  const auto body = r.json();
  for (const auto& e : body["errors"]) fields.push_back(e["field"]);
  EXPECT_EQ(fields, (std::vector<std::string>{"subject/name", "subject/email",
                                              "achievement/start_date", "achievement/hours"}));
  auto unknown = participation("A", "a@b.cn");
  unknown["type"] = "diploma";
  EXPECT_EQ(server.send("POST", "/api/v1/credentials", unknown, officer).status, 422);
  EXPECT_EQ(server.send("POST", "/api/v1/verify", {{"credential", "text"}}, "").status, 422);
  EXPECT_EQ(
      server.request("POST", "/api/v1/verify", "{", {{"Content-Type", "application/json"}}).status,
      400);
}

TEST_F(CredentialsTest, StudentsSeeTheirOwnAndPartnersNone) {
  const auto student = server.login("student@westlake.edu.cn");
  const auto mine = server.get("/api/v1/credentials", student).json();
  ASSERT_FALSE(mine["items"].empty());
  for (const auto& c : mine["items"]) EXPECT_EQ(c["subject"]["email"], "student@westlake.edu.cn");
  const auto all = server.get("/api/v1/credentials", officer).json();
  EXPECT_GT(all["items"].size(), mine["items"].size());
  std::string someone_else;
  for (const auto& c : all["items"]) {
    if (c["subject"]["email"] != "student@westlake.edu.cn") someone_else = c["id"];
  }
  EXPECT_EQ(server.get("/api/v1/credentials/" + someone_else, student).status, 404);
  EXPECT_EQ(server.get("/api/v1/credentials", server.login("partner@ox.ac.uk")).status, 403);
  EXPECT_EQ(
      server.send("POST", "/api/v1/credentials", participation("A", "a@b.cn"), student).status,
      403);
}

// Credentials page in the database, the latest issued first, with a keyset cursor: for each
// reader and filter, read two at a time they are the list read whole, each once, in order;
// a student's pages hold only their own, and each filtered list is the whole list filtered
// by hand.
TEST_F(CredentialsTest, PageLatestIssuedFirstForEachReaderAndFilter) {
  // Six more, a minute apart but for two issued at the same instant (their status index,
  // random, orders them), half of them to the demo student.
  std::vector<std::string> issued;
  for (int i = 0; i < 6; ++i) {
    if (i != 3) server.clock().advance(std::chrono::minutes(1));
    const auto r = server.send(
        "POST", "/api/v1/credentials",
        participation("Paging Holder " + std::to_string(i),
                      i % 2 == 0 ? "student@westlake.edu.cn" : "paging.holder@example.org"),
        officer);
    ASSERT_EQ(r.status, 201) << r.body;
    issued.push_back(r.json()["id"]);
  }
  const auto all = expect_pages_of_whole(server, "/api/v1/credentials", officer, 2);
  ASSERT_GE(all.in_order.size(), 8u);
  for (std::size_t i = 1; i < all.in_order.size(); ++i) {
    EXPECT_GE(all.in_order[i - 1]["issued_at"].get<std::string>(),
              all.in_order[i]["issued_at"].get<std::string>());
  }
  std::set<std::string> newest;
  for (std::size_t i = 0; i < issued.size(); ++i) newest.insert(all.in_order[i]["id"]);
  EXPECT_EQ(newest, std::set<std::string>(issued.begin(), issued.end()));
  EXPECT_EQ(all.in_order[0]["id"], issued.back());

  // The whole list filtered by hand, in its order.
  const auto filtered = [&](const std::function<bool(const json&)>& keep) {
    std::vector<json> out;
    for (const auto& c : all.in_order)
      if (keep(c)) out.push_back(c);
    return out;
  };
  const auto ids = [](const std::vector<json>& items) {
    std::vector<std::string> out;
    for (const auto& c : items) out.push_back(c["id"]);
    return out;
  };
  const std::vector<std::pair<std::string, std::function<bool(const json&)>>> filters = {
      {"?type=programme_participation",
       [](const json& c) { return c["type"] == "programme_participation"; }},
      {"?status=active", [](const json& c) { return c["status"] == "active"; }},
      {"?q=paging%20holder",
       [](const json& c) {
         return c["subject"]["name"].get<std::string>().starts_with("Paging Holder");
       }},
      {"?q=example.org&type=programme_participation", [](const json& c) {
         return c["subject"]["email"] == "paging.holder@example.org" &&
                c["type"] == "programme_participation";
       }}};
  for (const auto& [query, keep] : filters) {
    const auto expected = filtered(keep);
    EXPECT_FALSE(expected.empty()) << query;
    const auto paged = expect_pages_of_whole(server, "/api/v1/credentials" + query, officer, 2);
    EXPECT_EQ(paged.in_order, expected) << query;
  }
  // A student reads their own, on every page.
  const auto student = server.login("student@westlake.edu.cn");
  const auto mine = expect_pages_of_whole(server, "/api/v1/credentials", student, 1);
  const auto theirs =
      filtered([](const json& c) { return c["subject"]["email"] == "student@westlake.edu.cn"; });
  EXPECT_EQ(ids(mine.in_order), ids(theirs));
  EXPECT_GE(mine.in_order.size(), 3u);
  for (const auto& c : mine.in_order) EXPECT_EQ(c["subject"]["email"], "student@westlake.edu.cn");
  // A viewer, who sees no addresses, cannot find by one.
  const auto viewer = server.login("viewer@westlake.edu.cn");
  EXPECT_TRUE(
      follow_pages(server, "/api/v1/credentials?q=example.org", viewer, 2).in_order.empty());

  expect_cursor_refused(server, "/api/v1/credentials", officer,
                        first_cursor(server, "/api/v1/people", officer));
  expect_cursor_refused(server, "/api/v1/credentials", student, "garbage");
  expect_cursor_refused(server, "/api/v1/people", officer,
                        first_cursor(server, "/api/v1/credentials", officer));
}

}  // namespace
}  // namespace orbis::testing
