#include "http/routing/endpoint.h"

#include "common/text.h"
#include "http/api/support.h"

namespace orbis::http::routing {

Endpoint Api::make(std::string method, std::string pattern, Access access, std::string summary) {
  Route route;
  route.method = std::move(method);
  route.pattern = std::move(pattern);
  route.is_public = access.is_public;
  route.roles = std::move(access.roles);
  route.summary = std::move(summary);
  route.tag = tag_;
  return Endpoint(*this, std::move(route));
}

namespace detail {

std::vector<std::string> path_parameters(std::string_view pattern) {
  std::vector<std::string> out;
  for (const auto& segment : text::split(pattern, '/')) {
    if (segment.size() > 2 && segment.front() == '{' && segment.back() == '}')
      out.push_back(segment.substr(1, segment.size() - 2));
  }
  return out;
}

Response json_response(int status, const Json& body) { return Response::json(status, body); }

std::shared_ptr<const exports::ListExport> list_export(EndpointDoc& doc) {
  auto list = std::make_shared<exports::ListExport>();
  json::Schemas schemas;
  const Json page = doc.response_schema(schemas);
  list->columns =
      exports::columns_of(page.at("properties").at("items").at("items"), schemas.components());
  for (const auto& q : doc.query) {
    list->takes_limit = list->takes_limit || q.name == "limit";
    list->takes_cursor = list->takes_cursor || q.name == "cursor";
  }
  doc.exports = true;
  doc.query.push_back(
      {exports::kFormatParam,
       {{"type", "string"}, {"enum", Json::array({"csv", "xlsx"})}},
       "Export every row the other parameters select as a file (limit and cursor are then "
       "ignored): csv (UTF-8 with a BOM) or xlsx"});
  doc.query.push_back({exports::kLangParam,
                       {{"type", "string"}, {"enum", Json::array({"en", "zh"})}},
                       "With format: the language of the headings, en or zh (default: from "
                       "Accept-Language, else en)"});
  return list;
}

Response with_etag(Response response, std::optional<int> version) {
  if (version) response.headers.emplace_back("ETag", fmt::format("\"{}\"", *version));
  return response;
}

Response page_response(Json items, const std::optional<std::string>& next,
                       const std::optional<std::size_t>& total) {
  Json body = {{"items", std::move(items)}, {"next", next ? Json(*next) : Json()}};
  if (total) body["total"] = *total;
  return Response::json(200, body);
}

Response download_response(Download&& download) {
  Response r;
  r.status = 200;
  r.content_type = std::move(download.content_type);
  r.body = std::move(download.bytes);
  if (!download.filename.empty()) {
    r.headers.emplace_back(
        "Content-Disposition",
        content_disposition(download.attachment ? "attachment" : "inline", download.filename));
  }
  if (!download.cache_control.empty())
    r.headers.emplace_back("Cache-Control", std::move(download.cache_control));
  for (auto& header : download.headers) r.headers.push_back(std::move(header));
  return r;
}

Result<Json> json_object_body(const Request& request, bool as_sent) {
  return internal::json_body(request,
                             as_sent ? internal::BodyText::as_sent : internal::BodyText::checked);
}

std::expected<int, Response> if_match(const Request& request) {
  std::string value(text::trim(request.header("if-match")));
  if (value.empty()) {
    return std::unexpected(problem(428, "precondition_required",
                                   "send If-Match with the ETag of the version you read, so that "
                                   "no one's change is overwritten"));
  }
  if (value.starts_with("W/")) value.erase(0, 2);
  if (value.size() >= 2 && value.front() == '"' && value.back() == '"')
    value = value.substr(1, value.size() - 2);
  if (value.empty() || value.size() > 9 ||
      value.find_first_not_of("0123456789") != std::string::npos) {
    return std::unexpected(problem(Error::invalid(
        "If-Match must carry the ETag of the version you read", {{"if-match", "e.g. \"3\""}})));
  }
  return std::stoi(value);
}

Upload upload_of(const Request& request) {
  return Upload{request.header("content-type"), request.header("x-filename"), request.body};
}

std::expected<DryRun, Response> dry_run_of(const Request& request) {
  const auto dry = request.query_value("dry_run");
  if (!dry.empty() && dry != "true" && dry != "false")
    return std::unexpected(
        problem(Error::invalid("dry_run is true or false", {{"dry_run", "true or false"}})));
  return DryRun{dry != "false"};
}

QueryParameterDoc dry_run_parameter() {
  return {"dry_run",
          {{"type", "boolean"}, {"default", true}},
          "true to check only (the default), false to import"};
}

Response invalid_rows(std::vector<json::ProblemError> rows, bool dry_run) {
  const json::Problem body{
      .type = "urn:orbis:problem:invalid_argument",
      .title = "Invalid rows",
      .status = 422,
      .detail = fmt::format("{} rows have errors; nothing was imported", rows.size()),
      .errors = std::move(rows),
      .dry_run = dry_run};
  Response r = Response::json(422, json::to_json(body));
  r.content_type = "application/problem+json";
  return r;
}

}  // namespace detail
}  // namespace orbis::http::routing
