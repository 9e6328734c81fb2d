// The checker that holds every API answer to the published document must itself catch
// mistakes: each case below is an answer it has to refuse, and one it has to accept.
#include "schema_check.h"

#include <gtest/gtest.h>

#include "harness.h"

namespace orbis::testing {
namespace {

using nlohmann::json;

const json kDocument = json::parse(R"({
  "paths": {
    "/api/v1/things": {"get": {"responses": {
      "200": {"content": {"application/json": {"schema": {"$ref": "#/components/schemas/Page"}}}},
      "default": {"content": {"application/problem+json": {"schema": {"$ref": "#/components/schemas/Problem"}}}}}}},
    "/api/v1/things/{id}": {"get": {"responses": {
      "200": {"content": {"application/json": {"schema": {"$ref": "#/components/schemas/Thing"}}}}}}},
    "/api/v1/things/count": {"get": {"responses": {
      "200": {"content": {"application/json": {"schema": {"type": "integer", "minimum": 0}}}}}}}
  },
  "components": {"schemas": {
    "Thing": {"type": "object", "required": ["id", "state"], "additionalProperties": false,
              "properties": {"id": {"type": "integer"},
                             "state": {"type": "string", "enum": ["open", "closed"]},
                             "code": {"type": ["string", "null"], "pattern": "^[A-Z]{2}-[0-9]+$"},
                             "tags": {"type": "array", "items": {"type": "string", "minLength": 1}}}},
    "Page": {"type": "object", "required": ["items", "next"],
             "properties": {"items": {"type": "array", "items": {"$ref": "#/components/schemas/Thing"}},
                            "next": {"type": ["string", "null"]}}},
    "Problem": {"type": "object", "required": ["title", "status"],
                "properties": {"title": {"type": "string"}, "status": {"type": "integer"}}}
  }}
})");

TEST(SchemaCheck, AcceptsAnAnswerThatMatches) {
  const SchemaCheck check(kDocument);
  EXPECT_EQ(check.check("GET", "/api/v1/things?limit=2", 200, "application/json",
                        R"({"items":[{"id":1,"state":"open","code":"AB-12","tags":["x"]},
                                     {"id":2,"state":"closed","code":null}],"next":null})"),
            std::vector<std::string>{});
  EXPECT_EQ(check.check("GET", "/api/v1/things", 404, "application/problem+json",
                        R"({"title":"Not found","status":404})"),
            std::vector<std::string>{});
}

TEST(SchemaCheck, NamesEachMistakeWithItsPointer) {
  const SchemaCheck check(kDocument);
  const auto mistakes =
      check.check("GET", "/api/v1/things", 200, "application/json; charset=utf-8",
                  R"({"items":[{"id":"1","state":"gone","code":"ab","tags":[""],"extra":1}]})");
  const std::vector<std::string> expected = {
      "GET /api/v1/things 200: /: the required member \"next\" is missing",
      "GET /api/v1/things 200: /items/0/code: \"ab\" does not match \"^[A-Z]{2}-[0-9]+$\"",
      "GET /api/v1/things 200: /items/0/extra: a member the schema does not allow",
      "GET /api/v1/things 200: /items/0/id: \"1\" is not of type \"integer\"",
      "GET /api/v1/things 200: /items/0/state: \"gone\" is not one of [\"open\",\"closed\"]",
      "GET /api/v1/things 200: /items/0/tags/0: shorter than 1 characters",
  };
  EXPECT_EQ(mistakes, expected);
}

TEST(SchemaCheck, ALiteralPathBeatsATemplateAndUnlistedStatusesAreMistakes) {
  const SchemaCheck check(kDocument);
  EXPECT_EQ(check.check("GET", "/api/v1/things/count", 200, "application/json", "-1"),
            std::vector<std::string>{"GET /api/v1/things/count 200: /: -1 is below 0"});
  EXPECT_EQ(check.check("GET", "/api/v1/things/7", 500, "application/problem+json",
                        R"({"title":"x","status":500})"),
            std::vector<std::string>{
                "GET /api/v1/things/7 500: the document lists no such status for this operation"});
  // Not an operation of the document, or not JSON: nothing to check.
  EXPECT_TRUE(check.check("GET", "/api/v1/other", 200, "application/json", "{}").empty());
  EXPECT_TRUE(check.check("GET", "/api/v1/things/7", 200, "text/csv", "a,b").empty());
}

// The published document itself: every $ref it makes resolves, and every operation lists
// a success answer.
TEST(SchemaCheck, ThePublishedDocumentResolves) {
  auto& server = shared_server();
  const auto document = server.get("/api/v1/openapi.json", "").json();
  std::vector<std::string> unresolved;
  std::function<void(const json&)> walk = [&](const json& node) {
    if (node.is_object()) {
      if (auto ref = node.find("$ref"); ref != node.end()) {
        const auto pointer = ref->get<std::string>();
        if (pointer.rfind("#/", 0) != 0 ||
            !document.contains(json::json_pointer(pointer.substr(1))))
          unresolved.push_back(pointer);
      }
      for (const auto& [key, value] : node.items()) walk(value);
    } else if (node.is_array()) {
      for (const auto& value : node) walk(value);
    }
  };
  walk(document);
  EXPECT_EQ(unresolved, std::vector<std::string>{});
  for (const auto& [path, item] : document.at("paths").items())
    for (const auto& [method, op] : item.items()) {
      bool success = false;
      for (const auto& [status, response] : op.at("responses").items())
        success = success || status.front() == '2' || status.front() == '3';
      EXPECT_TRUE(success) << method << " " << path;
    }
}

}  // namespace
}  // namespace orbis::testing
