// The OpenAPI 3.1 document, generated from the route table so that it always matches
// the routes: each endpoint (http/routing) says its parameters and bodies itself, and the
// codecs of http/json write every component schema.
#include <algorithm>
#include <set>

#include "http/api/api.h"
#include "http/export/export.h"
#include "http/json/imports.h"
#include "http/json/problem.h"
#include "http/routing/endpoint.h"

namespace orbis::http {

namespace codecs = ::orbis::http::json;

namespace {

using nlohmann::json;

json str() { return {{"type", "string"}}; }

json if_match_parameter() {
  return {{"name", "If-Match"},
          {"in", "header"},
          {"required", true},
          {"description", "the ETag of the version read"},
          {"schema", str()}};
}

// An error response: a problem, as its codec describes it.
json problem_content(const json& problem, const char* description) {
  return {{"description", description},
          {"content", {{"application/problem+json", {{"schema", problem}}}}}};
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
    op["requestBody"] = {
        {"required", true},
        {"content", {{"*/*", {{"schema", codecs::schema_of<codecs::FileUpload>(schemas)}}}}}};
  }
  if (doc.response_schema) {
    success["content"] = {{doc.media_type, {{"schema", doc.response_schema(schemas)}}}};
  }
  if (doc.exports) {  // ?format=csv|xlsx: every row the filters select, as a file
    success["content"]["text/csv"] = {{"schema", str()}};
    success["content"][std::string(exports::kXlsxType)] = {
        {"schema", {{"type", "string"}, {"contentMediaType", exports::kXlsxType}}}};
  }
  takes_input = doc.request_schema || doc.upload || !doc.query.empty();
}

json document(const Router& router) {
  json paths = json::object();
  codecs::Schemas generated;
  const json problem = codecs::schema_of<codecs::Problem>(generated);
  const auto problem_response = [&problem](const char* description) {
    return problem_content(problem, description);
  };
  for (const auto& route : router.routes()) {
    json op = {
        {"summary", route.summary}, {"operationId", operation_id(route)}, {"tags", {route.tag}}};
    if (!route.description.empty()) op["description"] = route.description;
    json success = {{"description", "success"}};
    bool takes_input = false;
    if (route.doc) describe_typed(*route.doc, generated, op, success, takes_input);
    json responses = {{std::to_string(route.success_status), success}};
    // An import answers its dry run with 200 and the real one with 201.
    if (route.doc && route.doc->imports) responses["201"] = success;
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
  // Every component schema is a codec's.
  json components = json::object();
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
