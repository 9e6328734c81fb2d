// Query strings as typed values: a `QueryCodec<Q>` lists the parameters of Q once, and the
// same list decodes a request's query (naming every bad parameter) and documents it.
//
//   struct MobilityListQuery { std::optional<domain::Direction> direction; PageRequest page; };
//   template <> struct QueryCodec<MobilityListQuery> : QueryObject<MobilityListQuery, …> {
//     static constexpr auto params() {
//       return std::tuple{Param{"direction", &MobilityListQuery::direction, "outgoing or
//       incoming"},
//                         Paging{&MobilityListQuery::page}};
//     }
//   };
//
// Thread-safety: stateless.
#pragma once

#include <charconv>
#include <optional>
#include <string>
#include <string_view>
#include <tuple>
#include <unordered_map>
#include <vector>

#include "common/error.h"
#include "common/ids.h"
#include "http/json/codec.h"

namespace orbis::http::routing {

// The page a list request asks for: `limit` (1–100, default 20) and the `cursor` of the page
// before, as the list gave it out.
struct PageRequest {
  std::size_t limit = 20;
  std::string cursor;
};
inline constexpr std::size_t kMaxPageSize = 100;

// A decoded query string, as a handler parameter.
template <typename Q>
struct Query {
  using type = Q;
  Q value;
  const Q* operator->() const { return &value; }
  const Q& operator*() const { return value; }
};

struct QueryParameterDoc {
  std::string name;
  json::Json schema;
  std::string description;
};

template <typename Q>
struct QueryCodec;

// One parameter: its name, the member it fills, and what it means.
template <typename Q, typename M>
struct Param {
  std::string_view name;
  M Q::* member;
  std::string_view description = {};
};
template <typename Q, typename M>
Param(std::string_view, M Q::*, std::string_view = {}) -> Param<Q, M>;

// `limit` and `cursor` into a PageRequest member.
template <typename Q>
struct Paging {
  PageRequest Q::* member;
  std::size_t default_limit = PageRequest{}.limit;
};

namespace detail {

// Parses one parameter's text into a value; false when it is not one.
bool parse_query_value(std::string_view text, std::string& out);
bool parse_query_value(std::string_view text, bool& out);
bool parse_query_value(std::string_view text, int& out);
bool parse_query_value(std::string_view text, std::int64_t& out);
bool parse_query_value(std::string_view text, std::size_t& out);
bool parse_query_value(std::string_view text, double& out);
template <typename Tag>
bool parse_query_value(std::string_view text, Id<Tag>& out) {
  std::int64_t n = 0;
  if (!parse_query_value(text, n) || n <= 0) return false;
  out = Id<Tag>{n};
  return true;
}
template <typename E>
  requires std::is_enum_v<E> && requires { json::EnumValues<E>::values; }
bool parse_query_value(std::string_view text, E& out) {
  for (const E candidate : json::EnumValues<E>::values) {
    if (to_string(candidate) == text) {
      out = candidate;
      return true;
    }
  }
  return false;
}
template <typename T>
bool parse_query_value(std::string_view text, std::optional<T>& out) {
  T value{};
  if (!parse_query_value(text, value)) return false;
  out = std::move(value);
  return true;
}
// A comma-separated list.
template <typename T>
bool parse_query_value(std::string_view text, std::vector<T>& out) {
  out.clear();
  while (!text.empty()) {
    const auto comma = text.find(',');
    T value{};
    if (!parse_query_value(text.substr(0, comma), value)) return false;
    out.push_back(std::move(value));
    if (comma == std::string_view::npos) break;
    text.remove_prefix(comma + 1);
  }
  return true;
}

template <typename M>
std::string expected_query_value() {
  if constexpr (std::same_as<M, bool> || std::same_as<M, std::optional<bool>>) {
    return "true or false";
  } else if constexpr (requires(M m) { m.has_value(); }) {
    return expected_query_value<typename M::value_type>();
  } else if constexpr (std::is_enum_v<M>) {
    return "one of " + json::Codec<M>::names(", ");
  } else if constexpr (std::same_as<M, std::string>) {
    return "text";
  } else if constexpr (std::same_as<M, double>) {
    return "a number";
  } else if constexpr (requires { M::value; }) {
    return "an id";
  } else {
    return "a whole number";
  }
}

template <typename M>
json::Json query_schema() {
  json::Schemas unused;
  if constexpr (requires(M m) { m.has_value(); }) {
    return json::Codec<typename M::value_type>::schema(unused);
  } else if constexpr (requires(M m) { m.push_back(m.front()); } && !std::same_as<M, std::string>) {
    return {{"type", "string"}, {"description", "comma-separated"}};
  } else {
    return json::Codec<M>::schema(unused);
  }
}

}  // namespace detail

// Decodes every parameter of Q from `query`; invalid_argument naming each bad one. Unknown
// parameters are ignored (links carry tracking and cache-busting parameters).
template <typename Q>
Result<Q> decode_query(const std::unordered_map<std::string, std::string>& query) {
  Q out{};
  std::vector<FieldError> errors;
  auto one = [&](const auto& p) {
    using P = std::remove_cvref_t<decltype(p)>;
    if constexpr (requires { p.name; }) {
      using M = std::remove_cvref_t<decltype(out.*(p.member))>;
      const auto it = query.find(std::string(p.name));
      if (it == query.end() || it->second.empty()) return;
      if (!detail::parse_query_value(it->second, out.*(p.member)))
        errors.push_back({std::string(p.name), detail::expected_query_value<M>()});
    } else {
      static_assert(std::same_as<P, Paging<Q>>);
      PageRequest& page = out.*(p.member);
      page.limit = p.default_limit;
      if (const auto it = query.find("limit"); it != query.end() && !it->second.empty()) {
        if (!detail::parse_query_value(it->second, page.limit) || page.limit < 1 ||
            page.limit > kMaxPageSize)
          errors.push_back({"limit", fmt::format("a whole number from 1 to {}", kMaxPageSize)});
      }
      if (const auto it = query.find("cursor"); it != query.end()) page.cursor = it->second;
    }
  };
  std::apply([&](const auto&... p) { (one(p), ...); }, QueryCodec<Q>::params());
  if (!errors.empty())
    return fail(Error::invalid("a query parameter is out of range", std::move(errors)));
  return out;
}

// Documents every parameter of Q.
template <typename Q>
struct QueryObject {
  static std::vector<QueryParameterDoc> describe() {
    std::vector<QueryParameterDoc> out;
    auto one = [&](const auto& p) {
      if constexpr (requires { p.name; }) {
        using M = std::remove_cvref_t<decltype(std::declval<Q&>().*(p.member))>;
        out.push_back({std::string(p.name), detail::query_schema<M>(), std::string(p.description)});
      } else {
        out.push_back({"limit",
                       {{"type", "integer"},
                        {"minimum", 1},
                        {"maximum", kMaxPageSize},
                        {"default", p.default_limit}},
                       "how many items a page holds"});
        out.push_back({"cursor", {{"type", "string"}}, "the `next` of the page before"});
      }
    };
    std::apply([&](const auto&... p) { (one(p), ...); }, QueryCodec<Q>::params());
    return out;
  }
};

}  // namespace orbis::http::routing
