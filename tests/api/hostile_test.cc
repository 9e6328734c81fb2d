// Hostile requests, derived from the OpenAPI document: every operation gets malformed ids,
// bodies, numbers, encodings, depths and sizes, with and without a token. Whatever arrives,
// the answer is never a 5xx, every error is problem+json, the server stays alive, and
// nothing is written (the audit chain's head does not move).
#include <fmt/format.h>
#include <gtest/gtest.h>

#include <regex>

#include "harness.h"

namespace orbis::testing {
namespace {

using nlohmann::json;

// A value of every kind a client should never send where a schema wants another.
std::vector<std::string> wrong_values() {
  return {"1e999",
          "-1e999",
          "9223372036854775808",
          "-9223372036854775809",
          "1e-999",
          "-0",
          "true",
          "[]",
          "{}",
          "\"\\u0000\"",
          "\"\\ud800\"",
          "\"" + std::string(100'000, 'x') + "\"",
          std::string(2'000, '[') + std::string(2'000, ']'),
          "[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[]]]]"
          "]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]"};
}

// Whole bodies that are not what any endpoint takes.
std::vector<std::string> wrong_bodies() {
  return {"",
          "not json",
          "{",
          "[]",
          "null",
          "1e999",
          R"({"name":1e999})",
          "\xff\xfe{\"a\":1}",
          "{\"a\":\"\xc3\x28\"}",
          std::string(300'000, '['),
          std::string(50'000, '{') + "\"a\":",
          "{" + std::string(20'000, ' ') + "\"a\":1}",
          R"({"a":1,"a":2})",
          "{\"" + std::string(5'000, 'k') + "\":1}"};
}

std::vector<std::string> malformed_ids() {
  return {"0",        "-1",  "abc",    "99999999999999999999", "1e999",
          "%00",      "%ff", "%2e%2e", std::string(300, '9'),  "1%20",
          "%E8%A5%BF"};
}

// The properties of a request body's schema, following one $ref.
std::vector<std::string> properties_of(const json& doc, const json& op) {
  std::vector<std::string> out;
  if (!op.contains("requestBody")) return out;
  for (const auto& [media, content] : op["requestBody"]["content"].items()) {
    json schema = content.value("schema", json::object());
    if (schema.contains("$ref")) {
      const std::string ref = schema["$ref"];
      const auto name = ref.substr(ref.rfind('/') + 1);
      schema = doc["components"]["schemas"].value(name, json::object());
    }
    if (schema.contains("properties"))
      for (const auto& [name, _] : schema["properties"].items()) out.push_back(name);
  }
  return out;
}

class Hostile : public ::testing::Test {
 protected:
  TestServer& server = shared_server();
  std::string admin = server.login("admin@westlake.edu.cn");
  std::size_t sent = 0;

  std::pair<std::int64_t, std::string> audit_head() {
    auto tx = server.services().store.begin(store::Access::read);
    EXPECT_TRUE(tx);
    auto head = (*tx)->audit().head();
    EXPECT_TRUE(head);
    return *head;
  }

  std::int64_t head_seq = -1;

  void check(const Reply& r, const std::string& where) {
    ++sent;
    if (r.status < 400 && r.status >= 200) {
      const auto head = audit_head();
      if (head_seq >= 0) {
        EXPECT_EQ(head.first, head_seq)
            << where << " wrote: " << r.status << " " << r.body.substr(0, 200);
      }
      head_seq = head.first;
    }
    EXPECT_LT(r.status, 500) << where << ": " << r.body.substr(0, 300);
    if (r.status >= 400) {
      EXPECT_EQ(r.header("content-type"), "application/problem+json") << where;
      const auto body = json::parse(r.body, nullptr, false);
      EXPECT_TRUE(body.is_object() && body.contains("type") && body.contains("status"))
          << where << ": " << r.body.substr(0, 300);
    }
  }

  void alive(const std::string& after) {
    const auto health = server.get("/api/v1/health", "");
    ASSERT_EQ(health.status, 200) << "the server did not survive " << after;
  }

  Reply send(const std::string& method, const std::string& target, const std::string& body,
             const std::string& token, const std::string& content_type = "application/json") {
    std::map<std::string, std::string> headers = {{"Content-Type", content_type}};
    if (!token.empty()) headers["Authorization"] = "Bearer " + token;
    if (method == "PATCH" || method == "PUT") headers["If-Match"] = "\"1\"";
    try {
      return server.request(method, target, body, headers);
    } catch (const std::exception& e) {
      ADD_FAILURE() << method << " " << target << ": the connection failed: " << e.what();
      return {};
    }
  }
};

TEST_F(Hostile, EveryOperationSurvivesMalformedInput) {
  const json doc = server.get("/api/v1/openapi.json", "").json();
  const auto before = audit_head();
  head_seq = before.first;
  std::size_t operations = 0;
  for (const auto& [path, item] : doc["paths"].items()) {
    for (const auto& [lower, op] : item.items()) {
      std::string method = lower;
      for (auto& c : method) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
      // Signing out would end the token the rest of the walk uses.
      if (path == "/api/v1/auth/logout") continue;
      ++operations;
      // A valid-looking path: every parameter 1.
      const std::regex param(R"(\{[a-z_]+\})");
      const std::string target = std::regex_replace(path, param, "1");
      for (const std::string& token : {std::string(), admin}) {
        const auto who = token.empty() ? "anonymous" : "admin";
        // Malformed ids in each path parameter.
        for (std::sregex_iterator it(path.begin(), path.end(), param), end; it != end; ++it) {
          for (const auto& id : malformed_ids()) {
            std::string t = path;
            t.replace(static_cast<std::size_t>(it->position()), it->length(), id);
            t = std::regex_replace(t, param, "1");
            check(send(method, t, method == "GET" ? "" : "{}", token),
                  fmt::format("{} {} ({}) id {}", method, path, who, id.substr(0, 20)));
          }
        }
        if (method == "GET") {
          // Malformed queries (on reads: an action may rightly ignore a query it does not take).
          for (const auto* query : {"?limit=-1", "?limit=1e999", "?limit=99999999999999999999",
                                    "?cursor=%ff%fe", "?cursor=AAAA", "?q=%ff", "?q=%00",
                                    "?status=%E2%80%AE", "?a=%", "?limit=1&limit=2"}) {
            check(send(method, target + query, "", token),
                  fmt::format("{} {}{} ({})", method, path, query, who));
          }
          continue;
        }
        // An action whose body is optional rightly runs on an empty one.
        const bool body_optional =
            op.contains("requestBody") && !op["requestBody"].value("required", true);
        for (const auto& body : wrong_bodies()) {
          if (body.empty() && body_optional) continue;
          check(send(method, target, body, token),
                fmt::format("{} {} ({}) body {}", method, path, who, body.substr(0, 24)));
        }
        for (const auto* type :
             {"text/plain", "application/json; charset=utf-16", "multipart/form-data; boundary=x",
              "application/x-www-form-urlencoded"}) {
          check(send(method, target, "{}", token, type),
                fmt::format("{} {} ({}) as {}", method, path, who, type));
        }
        for (const auto& property : properties_of(doc, op)) {
          for (const auto& value : wrong_values()) {
            check(
                send(method, target, "{\"" + property + "\":" + value + "}", token),
                fmt::format("{} {} ({}) {}={}", method, path, who, property, value.substr(0, 24)));
          }
        }
      }
      // A deeply nested value in each member: no recursive code may see it.
      if (method != "GET") {
        const std::string deep = std::string(300'000, '[') + std::string(300'000, ']');
        for (const auto& property : properties_of(doc, op)) {
          check(send(method, target, "{\"" + property + "\":" + deep + "}", admin),
                fmt::format("{} {} {} nested 300,000 deep", method, path, property));
        }
      }
      alive(method + " " + path);
      const auto head = audit_head();
      EXPECT_EQ(head.first, before.first) << method << " " << path << " wrote to the audit log";
    }
  }
  EXPECT_GT(operations, 90u);
  EXPECT_GT(sent, 10'000u);
  const auto after = audit_head();
  EXPECT_EQ(after.first, before.first) << "a hostile request wrote something";
  EXPECT_EQ(after.second, before.second);
}

}  // namespace
}  // namespace orbis::testing
