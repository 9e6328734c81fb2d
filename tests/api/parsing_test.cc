// Hostile documents at the parsers: JSON nested 300,000 levels deep, numbers no double can
// hold, and XML with a hundred thousand attributes on one element. Each is refused with a
// 4xx problem that names the limit or the byte, before any recursive code sees it, and the
// server keeps answering.
#include <fmt/format.h>
#include <gtest/gtest.h>

#include "common/json.h"
#include "harness.h"
#include "http/routing/endpoint.h"
#include "interop/xml_support.h"

namespace orbis::testing {
namespace {

using nlohmann::json;

constexpr std::size_t kDeep = 300000;

// `[[[…]]]` nested `levels` deep: two bytes a level, so 300,000 levels fit in 600 KB, under
// the server's 1 MiB body limit.
std::string nested_arrays(std::size_t levels) {
  return std::string(levels, '[') + std::string(levels, ']');
}

// `document` with the JSON text `raw` in place of the string member `placeholder`.
std::string with_raw(const json& document, const std::string& placeholder, const std::string& raw) {
  std::string text = document.dump();
  const std::string quoted = "\"" + placeholder + "\"";
  const auto at = text.find(quoted);
  EXPECT_NE(at, std::string::npos) << placeholder;
  if (at != std::string::npos) text.replace(at, quoted.size(), raw);
  return text;
}

// The reply is an RFC 9457 problem with a 4xx status that its body repeats.
void expect_problem(const Reply& reply, const std::string& where) {
  EXPECT_GE(reply.status, 400) << where << ": " << reply.body.substr(0, 300);
  EXPECT_LT(reply.status, 500) << where << ": " << reply.body.substr(0, 300);
  EXPECT_EQ(reply.header("content-type"), "application/problem+json") << where;
  const json body = json::parse(reply.body, nullptr, false);
  ASSERT_TRUE(body.is_object()) << where << ": " << reply.body.substr(0, 300);
  EXPECT_EQ(body.value("status", 0), reply.status) << where;
  EXPECT_TRUE(body.value("type", "").starts_with("urn:orbis:problem:")) << where;
}

void expect_alive(const TestServer& server) {
  const auto health = server.request("GET", "/api/v1/health");
  EXPECT_EQ(health.status, 200) << health.body;
  EXPECT_EQ(health.json().value("status", ""), "ok");
}

class Parsing : public ::testing::Test {
 protected:
  TestServer& server = shared_server();
  std::string officer = server.login("officer@westlake.edu.cn");

  // A credential the demo issued, as anyone can fetch it by its id.
  json issued_credential() {
    const json list = server.get("/api/v1/credentials", officer).json();
    EXPECT_FALSE(list["items"].empty());
    const auto id = list["items"][0]["id"].get<std::string>();
    const auto document = server.request("GET", "/api/v1/public/credentials/" + id);
    EXPECT_EQ(document.status, 200) << document.body;
    return document.json();
  }
};

TEST_F(Parsing, ACredentialNestedThreeHundredThousandDeepIsRefusedByVerify) {
  json credential = issued_credential();
  // As it is, the credential verifies: what follows is refused for its depth alone.
  const auto fine =
      server.request("POST", "/api/v1/verify", json{{"credential", credential}}.dump(),
                     {{"Content-Type", "application/json"}});
  ASSERT_EQ(fine.status, 200) << fine.body;
  credential["credentialSubject"] = "DEEP";
  const std::string body = with_raw({{"credential", credential}}, "DEEP", nested_arrays(kDeep));
  ASSERT_GT(body.size(), 580u * 1024);
  ASSERT_LT(body.size(), 1024u * 1024);

  const auto reply =
      server.request("POST", "/api/v1/verify", body, {{"Content-Type", "application/json"}});
  expect_problem(reply, "POST /api/v1/verify");
  EXPECT_EQ(reply.status, 400);
  const std::string detail = reply.json().value("detail", "");
  EXPECT_NE(detail.find(fmt::format("deeper than {} levels", kMaxJsonDepth)), std::string::npos)
      << detail;
  EXPECT_NE(detail.find("byte"), std::string::npos) << detail;
  expect_alive(server);
}

// Decoding base58 is quadratic: a 900 KB proofValue took about a quarter of an hour of CPU
// from one anonymous request. It is now refused as no signature, at once.
TEST_F(Parsing, AProofValueLongerThanAnySignatureFailsTheSignatureCheck) {
  json credential = issued_credential();
  credential["proof"]["proofValue"] = "z" + std::string(900000, '2');
  const auto reply =
      server.request("POST", "/api/v1/verify", json{{"credential", credential}}.dump(),
                     {{"Content-Type", "application/json"}});
  ASSERT_EQ(reply.status, 200) << reply.body.substr(0, 300);
  const json report = reply.json();
  EXPECT_EQ(report["verdict"], "invalid");
  bool signature_failed = false;
  for (const auto& check : report["checks"]) {
    if (check["name"] == "signature") {
      signature_failed = check["outcome"] == "failed";
      EXPECT_NE(check["reason"].get<std::string>().find("64-byte Ed25519 signature"),
                std::string::npos)
          << check.dump();
    }
  }
  EXPECT_TRUE(signature_failed) << report.dump();
}

TEST_F(Parsing, DeepBodiesToNominationsAndCredentialsAreRefused) {
  const std::string partner = server.login("partner@ox.ac.uk");
  const std::string deep = nested_arrays(kDeep);
  const auto nomination = server.request(
      "POST", "/api/v1/nominations",
      with_raw({{"person", {{"kind", "student"}, {"family_name", "DEEP"}}}}, "DEEP", deep),
      {{"Content-Type", "application/json"}, {"Authorization", "Bearer " + partner}});
  expect_problem(nomination, "POST /api/v1/nominations");
  EXPECT_EQ(nomination.status, 400);
  expect_alive(server);

  const auto credential = server.request(
      "POST", "/api/v1/credentials",
      with_raw(
          {{"type", "exchange_completion"}, {"subject", {{"name", "X"}}}, {"achievement", "DEEP"}},
          "DEEP", deep),
      {{"Content-Type", "application/json"}, {"Authorization", "Bearer " + officer}});
  expect_problem(credential, "POST /api/v1/credentials");
  EXPECT_EQ(credential.status, 400);
  expect_alive(server);
  // Nothing was issued.
  const json list = server.get("/api/v1/credentials?q=X", officer).json();
  for (const auto& item : list["items"]) EXPECT_NE(item["subject"]["name"], "X") << item.dump();
}

TEST_F(Parsing, ANumberNoDoubleCanHoldIsA400NamingTheByte) {
  const auto reply = server.request(
      "POST", "/api/v1/institutions", R"({"name":1e999})",
      {{"Content-Type", "application/json"}, {"Authorization", "Bearer " + officer}});
  expect_problem(reply, "POST /api/v1/institutions");
  EXPECT_EQ(reply.status, 400);
  const std::string detail = reply.json().value("detail", "");
  EXPECT_EQ(detail,
            "the body: not valid JSON at byte 9 (line 1, column 9): the number 1e999 is "
            "out of range");

  const auto login = server.request("POST", "/api/v1/auth/login",
                                    R"({"email":"officer@westlake.edu.cn","password":-1e400})",
                                    {{"Content-Type", "application/json"}});
  expect_problem(login, "POST /api/v1/auth/login");
  EXPECT_EQ(login.status, 400);
}

// Every route that takes a body, anonymous and as a role it admits, gets a number out of
// range, a body 300,000 levels deep and bytes that are not UTF-8: always a 4xx problem, never a
// 5xx, and the server answers afterwards.
TEST_F(Parsing, EveryRouteThatTakesABodyRefusesBadNumbersAndDeepBodies) {
  const std::map<domain::Role, std::string> accounts = {
      {domain::Role::admin, "admin@westlake.edu.cn"},
      {domain::Role::officer, "officer@westlake.edu.cn"},
      {domain::Role::coordinator, "coordinator@westlake.edu.cn"},
      {domain::Role::student, "student@westlake.edu.cn"},
      {domain::Role::partner, "partner@ox.ac.uk"},
      {domain::Role::viewer, "viewer@westlake.edu.cn"}};
  std::map<domain::Role, std::string> tokens;
  for (const auto& [role, email] : accounts) tokens[role] = server.login(email);
  // The last is not UTF-8, and the parser's message quotes the token it stopped in.
  const std::vector<std::string> bodies = {R"({"name":1e999})", nested_arrays(kDeep),
                                           "{\"name\":" + nested_arrays(kDeep) + "}",
                                           "{\"name\xd9: 1}"};
  std::size_t walked = 0;
  for (const auto& route : server.router().routes()) {
    // An endpoint says what it takes in its documentation; an upload (a document, a CSV, an
    // attachment) takes its file as the body without a JSON schema.
    const bool takes_body = route.doc && (route.doc->request_schema || route.doc->upload);
    if (!takes_body) continue;
    ++walked;
    std::string target = route.pattern;
    for (auto open = target.find('{'); open != std::string::npos; open = target.find('{')) {
      target.replace(open, target.find('}', open) - open + 1, "1");
    }
    std::vector<std::string> as = {""};
    if (!route.is_public) as.push_back(tokens[route.roles.front()]);
    for (const auto& token : as) {
      for (const auto& body : bodies) {
        std::map<std::string, std::string> headers = {{"Content-Type", "application/json"},
                                                      {"If-Match", "\"1\""}};
        if (!token.empty()) headers["Authorization"] = "Bearer " + token;
        const auto reply = server.request(route.method, target, body, headers);
        expect_problem(reply,
                       fmt::format("{} {} {} with {}", route.method, route.pattern,
                                   token.empty() ? "anonymous" : "signed in", body.substr(0, 20)));
      }
    }
  }
  EXPECT_GE(walked, 36u);
  expect_alive(server);
}

// An ELMO transcript whose root carries `count` attributes (about 11 bytes each).
std::string many_attributes(std::size_t count) {
  std::string xml =
      "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
      "<elmo xmlns=\"https://github.com/emrex-eu/elmo-schemas/tree/v1\"";
  for (std::size_t i = 0; i < count; ++i) xml += fmt::format(" a{}=\"x\"", i);
  return xml + "></elmo>\n";
}

TEST_F(Parsing, AnElmoUploadWithManyAttributesIsRefusedNamingTheLimit) {
  const json stays =
      server.get("/api/v1/mobilities?direction=outgoing&status=abroad&limit=1", officer).json();
  ASSERT_FALSE(stays["items"].empty());
  const std::string stay =
      "/api/v1/mobilities/" + std::to_string(stays["items"][0]["id"].get<std::int64_t>());
  // 0.87 MB, under the 1 MiB body limit: 80,000 attributes took libxml2 minutes.
  const std::string xml = many_attributes(80000);
  ASSERT_GT(xml.size(), 860u * 1000);
  ASSERT_LT(xml.size(), 1024u * 1024);
  const auto reply =
      server.request("POST", stay + "/transcript/import", xml,
                     {{"Content-Type", "application/xml"}, {"Authorization", "Bearer " + officer}});
  expect_problem(reply, "POST transcript/import");
  EXPECT_EQ(reply.status, 400);
  const std::string detail = reply.json().value("detail", "");
  EXPECT_NE(detail.find(fmt::format("more than {} attributes", interop::xml::kMaxAttributes)),
            std::string::npos)
      << detail;
  EXPECT_NE(detail.find("(line 2)"), std::string::npos) << detail;
  expect_alive(server);

  // A partner's IIA with the same shape, imported beside one of our agreements.
  // One that EWP can express (two parties with web domains): its own export works.
  const json agreements = server.get("/api/v1/agreements?limit=50", officer).json();
  std::string agreement;
  for (const auto& a : agreements["items"]) {
    const std::string path = "/api/v1/agreements/" + std::to_string(a["id"].get<std::int64_t>());
    if (server.get(path + "/ewp-iia", officer).status == 200) {
      agreement = path;
      break;
    }
  }
  ASSERT_FALSE(agreement.empty());
  std::string iia = xml;
  iia.replace(
      iia.find("<elmo xmlns=\"https://github.com/emrex-eu/elmo-schemas/tree/v1\""),
      std::string("<elmo xmlns=\"https://github.com/emrex-eu/elmo-schemas/tree/v1\"").size(),
      "<iias-get-response xmlns=\"https://github.com/erasmus-without-paper/"
      "ewp-specs-api-iias/blob/stable-v7/endpoints/get-response.xsd\"");
  const auto imported =
      server.request("POST", agreement + "/ewp-iia", iia,
                     {{"Content-Type", "application/xml"}, {"Authorization", "Bearer " + officer}});
  expect_problem(imported, "POST ewp-iia");
  EXPECT_EQ(imported.status, 400);
  EXPECT_NE(imported.json()
                .value("detail", "")
                .find(fmt::format("more than {} attributes", interop::xml::kMaxAttributes)),
            std::string::npos)
      << imported.body.substr(0, 300);
  expect_alive(server);
}

TEST_F(Parsing, APartnerPostingToAStayItCannotSeeGets404BeforeTheBodyIsRead) {
  const std::string partner = server.login("partner@ox.ac.uk");
  const auto me = server.get("/api/v1/auth/me", partner).json();
  const auto oxford = me["institution_id"].get<std::int64_t>();
  const json stays = server.get("/api/v1/mobilities?limit=100", officer).json();
  std::string other;
  for (const auto& m : stays["items"]) {
    if (m["sending_institution_id"] != oxford && m["receiving_institution_id"] != oxford) {
      other = "/api/v1/mobilities/" + std::to_string(m["id"].get<std::int64_t>());
      break;
    }
  }
  ASSERT_FALSE(other.empty());
  ASSERT_EQ(server.get(other, partner).status, 404);
  // Were the body parsed first, this malformed document would be a 400 naming its line.
  for (const std::string& body : {std::string("<elmo><unclosed></elmo>"), many_attributes(1000),
                                  std::string("code,credits,grade\n\"unterminated\n")}) {
    const auto reply =
        server.request("POST", other + "/transcript/import", body,
                       {{"Content-Type", body.starts_with("<") ? "application/xml" : "text/csv"},
                        {"Authorization", "Bearer " + partner}});
    expect_problem(reply, "POST transcript/import as another institution's partner");
    EXPECT_EQ(reply.status, 404) << reply.body;
    EXPECT_EQ(reply.json().value("type", ""), "urn:orbis:problem:not_found");
  }
}

}  // namespace
}  // namespace orbis::testing
