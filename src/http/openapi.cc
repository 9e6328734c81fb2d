// The OpenAPI 3.1 document, generated from the route table so that it always matches
// the routes. A typed endpoint (http/routing) says its parameters and bodies itself, and
// the codecs of http/json write their component schemas; for routes still written by hand
// the schemas of bodies are written out here.
#include <algorithm>
#include <set>

#include "http/api.h"
#include "http/routing/endpoint.h"

namespace orbis::http {

namespace codecs = ::orbis::http::json;

namespace {

using nlohmann::json;

json ref(const std::string& name) { return {{"$ref", "#/components/schemas/" + name}}; }
json str() { return {{"type", "string"}}; }
json nullable(const char* type) { return {{"type", json::array({type, "null"})}}; }
json integer() { return {{"type", "integer"}}; }
json array_of(json items) { return {{"type", "array"}, {"items", std::move(items)}}; }
json object(json properties, const std::vector<std::string>& required = {}) {
  json o = {{"type", "object"}, {"properties", std::move(properties)}};
  if (!required.empty()) o["required"] = required;
  return o;
}
json flag() { return {{"type", "boolean"}}; }
// An object whose every member is always sent.
json record(json properties) {
  std::vector<std::string> required;
  for (const auto& [name, _] : properties.items()) required.push_back(name);
  return object(std::move(properties), required);
}
json list_of(const std::string& item) {
  return object({{"items", array_of(ref(item))}, {"next", nullable("string")}}, {"items", "next"});
}

json schemas() {
  return {
      {"Problem",
       object(
           {{"type", str()},
            {"title", str()},
            {"status", integer()},
            {"detail", str()},
            // Each bad field, or each bad row of an import (with its line).
            {"errors", array_of(object({{"field", str()}, {"message", str()}, {"line", integer()}},
                                       {"field", "message"}))},
            // An import's problem says whether it was a dry run.
            {"dry_run", flag()}},
           {"type", "title", "status", "detail"})},
      {"FileUpload", {{"type", "string"}, {"contentMediaType", "application/octet-stream"}}},
      {"RowError", record({{"line", integer()}, {"field", str()}, {"message", str()}})},
      {"ImportOutcome", record({{"dry_run", flag()},
                                {"agreements", integer()},
                                {"conditions", integer()},
                                {"errors", array_of(ref("RowError"))},
                                {"created", array_of(integer())}})},
      {"EwpComparison",
       record({{"our_hash", str()},
               {"partner_hash", str()},
               {"hashes_match", flag()},
               {"differences",
                array_of(record({{"path", str()}, {"ours", str()}, {"theirs", str()}}))},
               {"approved_hash", nullable("string")},
               {"approved_at", nullable("string")}})},
      {"Money", record({{"amount", str()}, {"currency", str()}})},
      {"PlacementRunList", list_of("PlacementRun")},
      {"MobilityPage", object({{"items", array_of(ref("Mobility"))},
                               {"next", nullable("string")},
                               {"total", integer()}},
                              {"items", "next"})},
      {"IncomingNominationInput", object({{"person", json::object()},
                                          {"agreement_id", integer()},
                                          {"condition_id", nullable("integer")},
                                          {"type", str()},
                                          {"academic_year", str()},
                                          {"planned_start", str()},
                                          {"planned_end", str()}},
                                         {"person"})},
      {"MobilityImportOutcome", record({{"dry_run", flag()},
                                        {"rows", integer()},
                                        {"errors", array_of(ref("RowError"))},
                                        {"created", array_of(integer())}})},
  };
}

json if_match_parameter() {
  return {{"name", "If-Match"},
          {"in", "header"},
          {"required", true},
          {"description", "the ETag of the version read"},
          {"schema", str()}};
}

// The parameters, request body and success content of a route written by hand.
void describe_by_hand(const Route& route, json& op, json& success) {
  json parameters = json::array();
  for (std::size_t at = route.pattern.find('{'); at != std::string::npos;
       at = route.pattern.find('{', at + 1)) {
    const auto end = route.pattern.find('}', at);
    const auto name = route.pattern.substr(at + 1, end - at - 1);
    parameters.push_back({{"name", name},
                          {"in", "path"},
                          {"required", true},
                          {"schema", name == "token" ? str() : integer()}});
  }
  for (const auto& q : route.query) {
    parameters.push_back({{"name", q.name},
                          {"in", "query"},
                          {"required", false},
                          {"description", q.description},
                          {"schema", {{"type", q.type}}}});
  }
  if (route.method == "PATCH") {
    parameters.push_back(if_match_parameter());
  }
  if (!parameters.empty()) op["parameters"] = parameters;
  if (!route.request_schema.empty()) {
    const char* media = route.request_schema == "FileUpload" ? "*/*" : "application/json";
    op["requestBody"] = {{"required", !route.body_optional},
                         {"content", {{media, {{"schema", ref(route.request_schema)}}}}}};
  }
  if (!route.response_schema.empty()) {
    success["content"] = {{"application/json", {{"schema", ref(route.response_schema)}}}};
  }
}

json problem_response(const char* description) {
  return {{"description", description},
          {"content", {{"application/problem+json", {{"schema", ref("Problem")}}}}}};
}

std::string operation_id(const Route& route) {
  std::string id = route.method;
  std::transform(id.begin(), id.end(), id.begin(), [](unsigned char c) { return std::tolower(c); });
  for (const char c : route.pattern.substr(std::string("/api/v1").size())) {
    if (std::isalnum(static_cast<unsigned char>(c))) {
      id.push_back(c);
    } else if (!id.empty() && id.back() != '_') {
      id.push_back('_');
    }
  }
  while (!id.empty() && id.back() == '_') id.pop_back();
  return id;
}

// The parameters, request body and success content of a typed endpoint, from what its
// declaration says (http/routing); generated component schemas go into `schemas`.
void describe_typed(const routing::EndpointDoc& doc, codecs::Schemas& schemas, json& op,
                    json& success, bool& takes_input) {
  json parameters = json::array();
  for (const auto& name : doc.path_params) {
    const bool text =
        std::find(doc.text_params.begin(), doc.text_params.end(), name) != doc.text_params.end();
    parameters.push_back({{"name", name},
                          {"in", "path"},
                          {"required", true},
                          {"schema", text ? str() : json{{"type", "integer"}, {"minimum", 1}}}});
  }
  for (const auto& q : doc.query) {
    parameters.push_back({{"name", q.name},
                          {"in", "query"},
                          {"required", false},
                          {"description", q.description},
                          {"schema", q.schema}});
  }
  if (doc.if_match) {
    parameters.push_back(if_match_parameter());
  }
  if (!parameters.empty()) op["parameters"] = parameters;
  if (doc.request_schema) {
    op["requestBody"] = {
        {"required", !doc.body_optional},
        {"content", {{"application/json", {{"schema", doc.request_schema(schemas)}}}}}};
  } else if (doc.upload) {
    op["requestBody"] = {{"required", true},
                         {"content", {{"*/*", {{"schema", ref("FileUpload")}}}}}};
  }
  if (doc.response_schema) {
    success["content"] = {{doc.media_type, {{"schema", doc.response_schema(schemas)}}}};
  }
  takes_input = doc.request_schema || doc.upload || !doc.query.empty();
}

json document(const Router& router) {
  json paths = json::object();
  codecs::Schemas generated;
  for (const auto& route : router.routes()) {
    json op = {
        {"summary", route.summary}, {"operationId", operation_id(route)}, {"tags", {route.tag}}};
    if (!route.description.empty()) op["description"] = route.description;
    json success = {{"description", "success"}};
    bool takes_input = false;
    if (route.doc) {
      describe_typed(*route.doc, generated, op, success, takes_input);
    } else {
      describe_by_hand(route, op, success);
      takes_input = !route.request_schema.empty() || !route.query.empty();
    }
    json responses = {{std::to_string(route.success_status), success}};
    // An import answers its dry run with 200 and the real one with 201.
    const bool imports =
        std::any_of(route.query.begin(), route.query.end(),
                    [](const QueryParameter& q) { return q.name == "dry_run"; }) ||
        (route.doc && std::any_of(route.doc->query.begin(), route.doc->query.end(),
                                  [](const auto& q) { return q.name == "dry_run"; }));
    if (imports) responses["201"] = success;
    responses["400"] = problem_response("malformed request");
    if (takes_input) responses["422"] = problem_response("invalid fields");
    if (route.is_public) {
      op["security"] = json::array();
    } else {
      responses["401"] = problem_response("not signed in");
      responses["403"] = problem_response("the role may not do this");
      json roles = json::array();
      for (const auto r : route.roles) roles.push_back(domain::to_string(r));
      op["x-orbis-roles"] = roles;
    }
    if (route.pattern.find('{') != std::string::npos)
      responses["404"] = problem_response("no such resource");
    if (route.method == "POST")
      responses["409"] = problem_response("conflicts with the current state");
    if (route.method == "PATCH" || (route.doc && route.doc->if_match)) {
      responses["409"] = problem_response("stale version");
      responses["428"] = problem_response("If-Match missing");
    }
    if (route.pattern == "/api/v1/auth/login" || route.pattern == "/api/v1/account/password")
      responses["429"] = problem_response("too many failed sign-ins");
    if (route.pattern == "/api/v1/health") responses["503"] = success;
    // Any operation may also answer 413, 415, 429, 500 or 503 (docs/api.md, Errors): every
    // error is a problem.
    responses["default"] = problem_response("an error (RFC 9457 problem)");
    op["responses"] = responses;
    std::string method = route.method;
    std::transform(method.begin(), method.end(), method.begin(),
                   [](unsigned char c) { return std::tolower(c); });
    paths[route.pattern][method] = op;
  }
  // The codecs' schemas replace any written here by hand under the same name.
  json components = schemas();
  for (const auto& [name, schema] : generated.components()) components[name] = schema;
  return {{"openapi", "3.1.0"},
          {"info",
           {{"title", "Orbis API"},
            {"version", ORBIS_VERSION},
            {"description",
             "The JSON API of Orbis, the open-source system for a university's "
             "internationalization. Errors are RFC 9457 problem details."},
            {"license", {{"name", "Apache-2.0"}, {"identifier", "Apache-2.0"}}}}},
          {"servers", json::array({{{"url", "/"}}})},
          {"paths", paths},
          {"components",
           {{"schemas", std::move(components)},
            {"securitySchemes",
             {{"bearerAuth", {{"type", "http"}, {"scheme", "bearer"}}},
              {"cookieAuth",
               {{"type", "apiKey"}, {"in", "cookie"}, {"name", std::string(kSessionCookie)}}}}}}},
          {"security",
           json::array({{{"bearerAuth", json::array()}}, {{"cookieAuth", json::array()}}})}};
}

}  // namespace

nlohmann::json openapi_document(const Router& router) { return document(router); }

}  // namespace orbis::http
