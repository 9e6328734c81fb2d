// Routes as declarations: a typed endpoint says its path, who may call it, what it reads
// and what it returns, and the handler receives typed arguments instead of a raw request.
//
//   api.patch("/api/v1/programmes/{id}", kOffice, "Change a programme")
//       .handle([&s](const Call& c, ProgrammeId id, Version v, domain::Programme patch) {…});
//
// The builder reads the handler's parameter types:
//   - `const Call&` first: the caller (actor, request, language);
//   - an `Id<Tag>`: the next `{…}` segment of the path, a positive whole number (else 404);
//   - `PathText`: the next `{…}` segment of the path as it is (a credential's UUID);
//   - `Version`: the If-Match header, required (428 without it);
//   - `Query<Q>`: the query string, decoded by `QueryCodec<Q>` (422 naming bad parameters);
//   - `Upload`: the raw body with its content type (for files and CSV);
//   - `DryRun`: an import's `dry_run` query flag, true unless `false` (422 for another value);
//   - `std::optional<T>`: a JSON body the client may leave out (no body: nullopt);
//   - any other type with a JSON codec: the body, read by `json::Codec<T>` from a JSON object
//     (its text checked, unless the codec says `text_as_sent`: a signed document is read as
//     it was signed).
// and its return type:
//   - `Result<T>`: T written by its codec, with `ETag: "version"` when T has a version;
//   - `Result<Page<T>>`: the list envelope {"items": […], "next": cursor-or-null}; asked with
//     `format=csv|xlsx`, every row the query selects as a file (http/export/export.h);
//   - `Result<Created<T>>`: 201 with Location (when it has one); `Status`: 204;
//     `Result<Download>`: bytes;
//   - `Result<Reply<T>>`: T as above, with more headers or another status (a health
//     check's 503);
//   - `Result<Imported<T>>`: an import's outcome: 200 for a dry run, 201 when rows were
//     written, and the 422 problem listing the bad rows when there are any;
//   - `Response`: as it is (for what fits nothing else).
// A handler adds headers to whichever response it gets with `Call::add_header`.
// A success may carry a media type and headers of the endpoint's own (`media_type`, `header`).
// From the same declarations the OpenAPI document is generated (http/openapi).
//
// Thread-safety: build on one thread; the routes it adds are then called from any thread.
#pragma once

#include <fmt/format.h>

#include <expected>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <tuple>
#include <type_traits>
#include <utility>
#include <vector>

#include "domain/access/policy.h"
#include "http/export/export.h"
#include "http/json/codec.h"
#include "http/json/problem.h"
#include "http/routing/query.h"
#include "http/routing/router.h"
#include "http/server/message.h"

namespace orbis::http::routing {

using json::Json;

// Who may call an endpoint.
struct Access {
  bool is_public = false;
  std::vector<domain::Role> roles;

  static Access anyone() { return {true, {}}; }
  static Access signed_in() { return {false, domain::all_roles()}; }
  static Access only(std::vector<domain::Role> roles) { return {false, std::move(roles)}; }
  // Every role the policy table gives some reach for the action (domain/access).
  static Access policy(domain::access::Resource resource, domain::access::Action action) {
    return {false, domain::access::roles_for(resource, action)};
  }
};

// The caller of an endpoint.
struct Call {
  const Request& request;
  // The signed-in actor; every non-public endpoint has one.
  const domain::Actor& actor() const { return request.principal->actor; }
  bool signed_in() const { return request.principal.has_value(); }
  // A header for the response, whatever it turns out to be: the value or 204 the handler
  // returns, or the problem it fails with (Set-Cookie, Retry-After).
  void add_header(std::string name, std::string value) const {
    headers.emplace_back(std::move(name), std::move(value));
  }
  mutable std::vector<std::pair<std::string, std::string>> headers;
};

// A `{…}` segment of the path that is not an id, as it is.
struct PathText {
  std::string value;
};

// The version a client read, from If-Match.
struct Version {
  int value = 0;
};

// A JSON body that changes only the members it has: applied onto the record the handler
// read, by the record's codec.
template <typename T>
struct Patch {
  using type = T;
  Json body;
  // invalid_argument naming every bad member; members absent from the body keep their value.
  Status apply(T& target) const { return json::from_json(body, target, "request"); }
};

// A raw body: a file or a CSV.
struct Upload {
  std::string content_type;
  std::string filename;  // from the X-Filename header, when sent
  std::string bytes;
};

// An import's `dry_run` query flag: true (checks every row, writes nothing) unless `false`.
struct DryRun {
  bool value = true;
};

// What an import did or, in a dry run, would do: T has `dry_run`, `errors` (the bad rows,
// each with `line`, `field` and `message`) and a codec. Answered 200 for a dry run and 201
// when rows were written; bad rows are answered with the 422 problem "Invalid rows" that
// lists them and says whether it was a dry run (nothing was written), except a dry run's
// when `dry_run_lists_errors`: its 200 carries them (an agreement import's check).
template <typename T>
struct Imported {
  using type = T;
  T outcome;
  bool dry_run_lists_errors = false;
};

// An import's result as its endpoint returns it: the outcome, or the import's failure.
template <typename T>
Result<Imported<T>> imported(Result<T> outcome, bool dry_run_lists_errors = false) {
  if (!outcome) return fail(std::move(outcome.error()));
  return Imported<T>{std::move(*outcome), dry_run_lists_errors};
}

// A file to send.
struct Download {
  std::string content_type;
  std::string filename;  // for Content-Disposition (any script, RFC 6266); empty: none
  std::string bytes;
  bool attachment = true;     // false: shown inline
  std::string cache_control;  // empty: the router's default (no-store for a signed-in reader)
  std::vector<std::pair<std::string, std::string>> headers;  // more headers, as they are
};

// One page of a list.
template <typename T>
struct Page {
  std::vector<T> items;
  std::optional<std::string> next;
  std::optional<std::size_t> total;  // when the list says how many there are in all
};

// A new resource: 201 with its Location (none when empty: a record read only through
// its parent, such as an org unit).
template <typename T>
struct Created {
  T value;
  std::string location;
};

// A value written as its type says, with more headers (Cache-Control) or, for a value
// that answers with another status than the endpoint's (a health check's 503), that status.
// Inside Created<…> it adds to the 201.
template <typename T>
struct Reply {
  using type = T;
  T value;
  std::vector<std::pair<std::string, std::string>> headers;
  int status = 0;  // 0: the endpoint's
};

namespace detail {

template <typename T>
struct is_reply : std::false_type {};
template <typename T>
struct is_reply<Reply<T>> : std::true_type {};
template <typename T>
struct is_page : std::false_type {};
template <typename T>
struct is_page<Page<T>> : std::true_type {};
template <typename T>
struct is_created : std::false_type {};
template <typename T>
struct is_created<Created<T>> : std::true_type {};
template <typename T>
struct is_id : std::false_type {};
template <typename Tag>
struct is_id<Id<Tag>> : std::true_type {};
template <typename T>
struct is_imported : std::false_type {};
template <typename T>
struct is_imported<Imported<T>> : std::true_type {};
template <typename T>
struct is_patch : std::false_type {};
template <typename T>
struct is_patch<Patch<T>> : std::true_type {};
template <typename T>
struct is_query : std::false_type {};
template <typename Q>
struct is_query<Query<Q>> : std::true_type {};
template <typename T>
struct is_path_text : std::false_type {};
template <>
struct is_path_text<PathText> : std::true_type {};
template <typename T>
struct is_optional : std::false_type {};
template <typename T>
struct is_optional<std::optional<T>> : std::true_type {};
template <typename T>
struct is_result : std::false_type {};
template <typename T>
struct is_result<Result<T>> : std::true_type {
  using type = T;
};
// Whether a handler's return type is a page of a list (which then also exports).
template <typename R>
struct is_page_result : std::false_type {};
template <typename T>
struct is_page_result<Result<Page<T>>> : std::true_type {};
template <typename T>
struct is_page_result<Result<Reply<Page<T>>>> : std::true_type {};
// A page's items as the JSON an export writes (http/export).
template <typename T>
exports::Rows rows_of(const Page<T>& page) {
  exports::Rows rows;
  for (const auto& item : page.items) rows.items.push_back(json::to_json(item));
  rows.next = page.next;
  return rows;
}
template <typename T>
exports::Rows rows_of(const Reply<Page<T>>& reply) {
  return rows_of(reply.value);
}

template <typename F>
struct handler_traits : handler_traits<decltype(&F::operator())> {};
template <typename C, typename R, typename... A>
struct handler_traits<R (C::*)(A...) const> {
  using result = R;
  using args = std::tuple<std::remove_cvref_t<A>...>;
};

template <typename T>
concept HasVersion = requires(const T& t) {
  { t.version } -> std::convertible_to<int>;
};

// The version of a value shown in its ETag, when it has one.
template <typename T>
std::optional<int> version_of(const T& value) {
  if constexpr (HasVersion<T>) {
    return value.version;
  } else if constexpr (requires { value.etag(); }) {
    return value.etag();
  } else if constexpr (requires { json::Codec<T>::version(value); }) {
    return json::Codec<T>::version(value);
  } else {
    return std::nullopt;
  }
}

Response json_response(int status, const Json& body);
Response with_etag(Response response, std::optional<int> version);
Response download_response(Download&& download);
Response page_response(Json items, const std::optional<std::string>& next,
                       const std::optional<std::size_t>& total);
// A body a codec reads as it was sent (its text unchecked): a signed document.
template <typename T>
constexpr bool text_as_sent() {
  if constexpr (requires { json::Codec<T>::text_as_sent; })
    return json::Codec<T>::text_as_sent;
  else
    return false;
}

Result<Json> json_object_body(const Request& request, bool as_sent = false);
std::expected<int, Response> if_match(const Request& request);
Upload upload_of(const Request& request);
std::expected<DryRun, Response> dry_run_of(const Request& request);
// The `dry_run` query parameter as the document describes it.
QueryParameterDoc dry_run_parameter();
// The 422 problem of an import whose rows are bad: nothing was written.
Response invalid_rows(std::vector<json::ProblemError> rows, bool dry_run);
// What an export of a list (http/export) knows of it, from its documentation: its columns
// from the item's schema, whether it pages. Adds `format` and `lang` to what it documents.
std::shared_ptr<const exports::ListExport> list_export(EndpointDoc& doc);

}  // namespace detail

// What the OpenAPI generator knows of an endpoint beyond its Route.
struct EndpointDoc {
  std::vector<std::string> path_params;
  std::vector<std::string> text_params;                // the path parameters that are text, not ids
  std::function<Json(json::Schemas&)> request_schema;  // empty: no JSON body
  std::function<Json(json::Schemas&)> response_schema;  // empty: no JSON body
  std::string media_type = "application/json";          // of a success's body
  std::vector<QueryParameterDoc> query;
  bool body_optional = false;  // the JSON body may be left out
  bool upload = false;
  bool download = false;
  bool if_match = false;
  bool list = false;
  bool imports = false;  // 200 for a dry run, 201 when written, 422 listing bad rows
  bool exports = false;  // a list that also answers as CSV and XLSX (http/export)
  int success_status = 200;
};

class Api;

class Endpoint {
 public:
  Endpoint(Api& api, Route route) : api_(api), route_(std::move(route)) {}
  Endpoint(Endpoint&&) = default;

  // The largest body this endpoint reads (the default is the server's 1 MiB).
  Endpoint& limit(std::size_t bytes) {
    route_.body_limit = bytes;
    return *this;
  }
  // Open to a session that must set up a second factor before anything else (the
  // account's own routes and signing out).
  Endpoint& before_second_factor() {
    route_.before_second_factor = true;
    return *this;
  }
  // The media type of a success's body, when not application/json (a signed credential's).
  Endpoint& media_type(std::string type) {
    media_type_ = std::move(type);
    return *this;
  }
  // A header every success carries (Cache-Control of a public document).
  Endpoint& header(std::string name, std::string value) {
    headers_.emplace_back(std::move(name), std::move(value));
    return *this;
  }
  // More words for the OpenAPI document.
  Endpoint& describe(std::string description) {
    route_.description = std::move(description);
    return *this;
  }

  template <typename F>
  void handle(F&& handler);

 private:
  template <typename Arg>
  void document_argument(EndpointDoc& doc, std::size_t& next_path_param);
  template <typename R>
  void document_result(EndpointDoc& doc);
  template <typename T>
  void document_value(EndpointDoc& doc);

  Api& api_;
  Route route_;
  std::string media_type_;
  std::vector<std::pair<std::string, std::string>> headers_;
};

// Declares the endpoints of one area (its OpenAPI tag) on a router.
class Api {
 public:
  Api(Router& router, std::string tag) : router_(router), tag_(std::move(tag)) {}

  Endpoint get(std::string pattern, Access access, std::string summary) {
    return make("GET", std::move(pattern), std::move(access), std::move(summary));
  }
  Endpoint post(std::string pattern, Access access, std::string summary) {
    return make("POST", std::move(pattern), std::move(access), std::move(summary));
  }
  Endpoint patch(std::string pattern, Access access, std::string summary) {
    return make("PATCH", std::move(pattern), std::move(access), std::move(summary));
  }
  Endpoint put(std::string pattern, Access access, std::string summary) {
    return make("PUT", std::move(pattern), std::move(access), std::move(summary));
  }
  Endpoint del(std::string pattern, Access access, std::string summary) {
    return make("DELETE", std::move(pattern), std::move(access), std::move(summary));
  }

  void add(Route route) { router_.add(std::move(route)); }

 private:
  Endpoint make(std::string method, std::string pattern, Access access, std::string summary);

  Router& router_;
  std::string tag_;
};

// ---- implementation ---------------------------------------------------------------------

namespace detail {

// The names of the {…} segments of a pattern, in order.
std::vector<std::string> path_parameters(std::string_view pattern);

// Decodes the handler's arguments after `const Call&` one by one; a failure is the response.
template <typename Arg>
std::expected<Arg, Response> argument(const Request& request, std::size_t& next_path_param,
                                      const std::vector<std::string>& path_params) {
  if constexpr (is_id<Arg>::value) {
    const std::string& name = path_params.at(next_path_param++);
    const auto it = request.params.find(name);
    const std::string value = it == request.params.end() ? "" : it->second;
    if (value.empty() || value.size() > 18 ||
        value.find_first_not_of("0123456789") != std::string::npos || value == "0") {
      return std::unexpected(
          problem(Error::not_found(fmt::format("no resource with id '{}'", value))));
    }
    return Arg{std::stoll(value)};
  } else if constexpr (is_path_text<Arg>::value) {
    const auto it = request.params.find(path_params.at(next_path_param++));
    return PathText{it == request.params.end() ? "" : it->second};
  } else if constexpr (std::same_as<Arg, Version>) {
    auto version = if_match(request);
    if (!version) return std::unexpected(std::move(version.error()));
    return Version{*version};
  } else if constexpr (is_query<Arg>::value) {
    auto query = decode_query<typename Arg::type>(request.query);
    if (!query) return std::unexpected(problem(query.error()));
    return Arg{std::move(*query)};
  } else if constexpr (std::same_as<Arg, Upload>) {
    return upload_of(request);
  } else if constexpr (std::same_as<Arg, DryRun>) {
    return dry_run_of(request);
  } else if constexpr (is_patch<Arg>::value) {
    auto body = json_object_body(request);
    if (!body) return std::unexpected(problem(body.error()));
    return Arg{std::move(*body)};
  } else if constexpr (is_optional<Arg>::value) {
    if (request.body.empty()) return Arg{};
    auto body = json_object_body(request, text_as_sent<typename Arg::value_type>());
    if (!body) return std::unexpected(problem(body.error()));
    typename Arg::value_type value{};
    if (auto ok = json::from_json(*body, value, "request"); !ok)
      return std::unexpected(problem(ok.error()));
    return Arg{std::move(value)};
  } else {
    auto body = json_object_body(request, text_as_sent<Arg>());
    if (!body) return std::unexpected(problem(body.error()));
    Arg value{};
    if (auto ok = json::from_json(*body, value, "request"); !ok)
      return std::unexpected(problem(ok.error()));
    return value;
  }
}

template <typename T>
Response write_result(T&& value, int status) {
  using V = std::remove_cvref_t<T>;
  if constexpr (is_page<V>::value) {
    Json items = Json::array();
    for (const auto& item : value.items) items.push_back(json::to_json(item));
    return page_response(std::move(items), value.next, value.total);
  } else if constexpr (is_created<V>::value) {
    auto response = write_result(std::move(value.value), 201);
    if (!value.location.empty()) response.headers.emplace_back("Location", value.location);
    return response;
  } else if constexpr (is_reply<V>::value) {
    auto response = write_result(std::move(value.value), value.status ? value.status : status);
    if (value.status) response.status = value.status;
    for (auto& header : value.headers) response.headers.push_back(std::move(header));
    return response;
  } else if constexpr (std::same_as<V, Download>) {
    return download_response(std::forward<T>(value));
  } else if constexpr (is_imported<V>::value) {
    const auto& outcome = value.outcome;
    if (!outcome.errors.empty() && !(outcome.dry_run && value.dry_run_lists_errors)) {
      std::vector<json::ProblemError> rows;
      rows.reserve(outcome.errors.size());
      for (const auto& e : outcome.errors) rows.push_back({e.field, e.message, e.line});
      return invalid_rows(std::move(rows), outcome.dry_run);
    }
    return json_response(outcome.dry_run ? 200 : 201, json::to_json(outcome));
  } else {
    return with_etag(json_response(status, json::to_json(value)), version_of(value));
  }
}

template <typename R>
Response respond(R&& result, int status) {
  using V = std::remove_cvref_t<R>;
  if constexpr (std::same_as<V, Response>) {
    return std::forward<R>(result);
  } else if constexpr (std::same_as<V, Status>) {
    if (!result) return problem(result.error());
    return Response::empty(204);
  } else {
    static_assert(is_result<V>::value, "a handler returns Result<T>, Status or Response");
    if (!result) return problem(result.error());
    return write_result(std::move(*result), status);
  }
}

}  // namespace detail

template <typename Arg>
void Endpoint::document_argument(EndpointDoc& doc, std::size_t& next_path_param) {
  if constexpr (detail::is_id<Arg>::value) {
    ++next_path_param;
  } else if constexpr (detail::is_path_text<Arg>::value) {
    doc.text_params.push_back(doc.path_params.at(next_path_param++));
  } else if constexpr (std::same_as<Arg, Version>) {
    doc.if_match = true;
  } else if constexpr (detail::is_query<Arg>::value) {
    for (auto& q : QueryCodec<typename Arg::type>::describe()) doc.query.push_back(std::move(q));
  } else if constexpr (std::same_as<Arg, Upload>) {
    doc.upload = true;
  } else if constexpr (std::same_as<Arg, DryRun>) {
    doc.query.push_back(detail::dry_run_parameter());
  } else if constexpr (detail::is_patch<Arg>::value) {
    doc.request_schema = [](json::Schemas& s) {
      return s.input([&] { return json::schema_of<typename Arg::type>(s); });
    };
  } else if constexpr (detail::is_optional<Arg>::value) {
    doc.body_optional = true;
    doc.request_schema = [](json::Schemas& s) {
      return s.input([&] { return json::schema_of<typename Arg::value_type>(s); });
    };
  } else {
    doc.request_schema = [](json::Schemas& s) {
      return s.input([&] { return json::schema_of<Arg>(s); });
    };
  }
}

template <typename R>
void Endpoint::document_result(EndpointDoc& doc) {
  using V = std::remove_cvref_t<R>;
  if constexpr (std::same_as<V, Response>) {
    // Described by the route's own schema names, if any.
  } else if constexpr (std::same_as<V, Status>) {
    doc.success_status = 204;
  } else {
    document_value<typename detail::is_result<V>::type>(doc);
  }
}

template <typename T>
void Endpoint::document_value(EndpointDoc& doc) {
  if constexpr (detail::is_page<T>::value) {
    using Item = std::remove_cvref_t<decltype(std::declval<T>().items.front())>;
    doc.list = true;
    doc.response_schema = [](json::Schemas& s) {
      return Json{{"type", "object"},
                  {"properties",
                   {{"items", {{"type", "array"}, {"items", json::schema_of<Item>(s)}}},
                    {"next", {{"type", Json::array({"string", "null"})}}},
                    {"total", {{"type", "integer"}}}}},
                  {"required", Json::array({"items", "next"})}};
    };
  } else if constexpr (detail::is_created<T>::value) {
    document_value<decltype(std::declval<T>().value)>(doc);
    doc.success_status = 201;
  } else if constexpr (detail::is_reply<T>::value) {
    document_value<typename T::type>(doc);
  } else if constexpr (std::same_as<T, Download>) {
    doc.download = true;
  } else if constexpr (detail::is_imported<T>::value) {
    doc.imports = true;
    doc.response_schema = [](json::Schemas& s) { return json::schema_of<typename T::type>(s); };
  } else {
    doc.response_schema = [](json::Schemas& s) { return json::schema_of<T>(s); };
  }
}

template <typename F>
void Endpoint::handle(F&& handler) {
  using traits = detail::handler_traits<std::decay_t<F>>;
  using args = typename traits::args;
  static_assert(std::tuple_size_v<args> >= 1 && std::same_as<std::tuple_element_t<0, args>, Call>,
                "a handler's first parameter is const Call&");
  auto doc = std::make_shared<EndpointDoc>();
  doc->path_params = detail::path_parameters(route_.pattern);
  [&]<std::size_t... I>(std::index_sequence<I...>) {
    [[maybe_unused]] std::size_t next_path_param = 0;
    (document_argument<std::tuple_element_t<I + 1, args>>(*doc, next_path_param), ...);
  }(std::make_index_sequence<std::tuple_size_v<args> - 1>());
  document_result<typename traits::result>(*doc);
  if (!media_type_.empty()) doc->media_type = media_type_;
  using Returned = typename traits::result;
  std::shared_ptr<const exports::ListExport> exported;
  if constexpr (detail::is_page_result<Returned>::value) exported = detail::list_export(*doc);
  route_.doc = doc;
  route_.success_status = doc->success_status;
  const int status = doc->success_status;
  // Decodes the arguments and calls the handler: its result, or the response of the first
  // argument that fails. Shared: an export calls it again for each page it reads.
  auto invoke = std::make_shared<std::function<std::expected<Returned, Response>(const Call&)>>(
      [handler = std::forward<F>(handler),
       doc](const Call& call) -> std::expected<Returned, Response> {
        [[maybe_unused]] std::size_t next_path_param = 0;
        return
            [&]<std::size_t... I>(std::index_sequence<I...>) -> std::expected<Returned, Response> {
              std::optional<Response> failure;
              // Each argument is decoded in order; the first failure is the answer. (A handler may
              // take the caller alone.) The arguments start value-initialised rather than as empty
              // optionals: GCC cannot tell that none is read unless all were decoded, and warns.
              [[maybe_unused]] auto decoded = std::tuple<std::tuple_element_t<I + 1, args>...>{};
              (
                  [&] {
                    if (failure) return;
                    auto value = detail::argument<std::tuple_element_t<I + 1, args>>(
                        call.request, next_path_param, doc->path_params);
                    if (!value)
                      failure = std::move(value.error());
                    else
                      std::get<I>(decoded) = std::move(*value);
                  }(),
                  ...);
              if (failure) return std::unexpected(std::move(*failure));
              return handler(call, std::move(std::get<I>(decoded))...);
            }(std::make_index_sequence<std::tuple_size_v<args> - 1>());
      });
  route_.handler = [invoke, exported, status, media_type = media_type_,
                    headers = headers_](Request& request) -> Response {
    if constexpr (detail::is_page_result<Returned>::value) {
      auto read_page =
          [invoke](Request& request_of_page) -> std::expected<exports::Rows, Response> {
        const Call call{request_of_page, {}};
        auto result = (*invoke)(call);
        if (!result) return std::unexpected(std::move(result.error()));
        if (!*result) return std::unexpected(problem(result->error()));
        return detail::rows_of(**result);
      };
      if (auto file = exports::export_list(request, exported, read_page)) return std::move(*file);
    }
    const Call call{request, {}};
    auto result = (*invoke)(call);
    Response response =
        result ? detail::respond(std::move(*result), status) : std::move(result.error());
    for (auto& header : call.headers) response.headers.push_back(std::move(header));
    if (response.status >= 300) return response;
    if (!media_type.empty()) response.content_type = media_type;
    for (const auto& header : headers) response.headers.push_back(header);
    return response;
  };
  api_.add(std::move(route_));
}

}  // namespace orbis::http::routing
