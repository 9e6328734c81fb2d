// The one home of JSON in the API: how each domain value is written to JSON, read from a
// client's JSON, and described as a JSON Schema for the OpenAPI document. A value type gets
// all three from one declaration — a `Codec<T>` specialisation — so the document cannot
// disagree with what the server sends.
//
// Thread-safety: codecs are stateless; a Reader belongs to one thread.
//
// Reading is strict and complete: every mistake is collected with its path (for an RFC 9457
// problem with `errors`), a member the type does not have is an error, and a member that only
// Orbis sets (ids, versions, timestamps) is an error when a client sends it.
#pragma once

#include <fmt/format.h>

#include <array>
#include <concepts>
#include <cstdint>
#include <limits>
#include <map>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <string_view>
#include <tuple>
#include <type_traits>
#include <utility>
#include <vector>

#include "common/error.h"
#include "common/ids.h"

namespace orbis::http::json {

using Json = nlohmann::json;

// The component schemas of the OpenAPI document, filled as codecs describe themselves.
// Each object type has two: NAME, what Orbis sends (every member present, those only Orbis
// sets marked readOnly), and NAMEInput, what a client may send (no readOnly members, none
// required: a PATCH sends only what it changes).
class Schemas {
 public:
  enum class Direction { output, input };

  // A reference to the named component in the current direction, adding it (built by
  // `make`) the first time.
  template <typename Make>
  Json ref(std::string_view name, Make&& make) {
    const std::string key =
        direction_ == Direction::input ? std::string(name) + "Input" : std::string(name);
    if (!components_.contains(key)) {
      components_[key] = Json::object();  // a placeholder first, so recursion terminates
      components_[key] = make(*this);
    }
    return {{"$ref", "#/components/schemas/" + key}};
  }
  // Describes what a client sends while `body` runs.
  template <typename Body>
  Json input(Body&& body) {
    const auto before = direction_;
    direction_ = Direction::input;
    Json out = body();
    direction_ = before;
    return out;
  }
  Direction direction() const { return direction_; }
  void add(std::string_view name, Json schema) {
    components_[std::string(name)] = std::move(schema);
  }
  const std::map<std::string, Json>& components() const { return components_; }

 private:
  Direction direction_ = Direction::output;
  std::map<std::string, Json> components_;
};

// Who wrote the JSON being read: a client may not set what Orbis sets.
enum class Origin { client, trusted };

// Collects the mistakes of one read, each with the path of its member ("offers/2/seats").
class Reader {
 public:
  explicit Reader(Origin origin = Origin::client) : origin_(origin) {}

  Origin origin() const { return origin_; }
  void error(std::string path, std::string message) {
    errors_.push_back({std::move(path), std::move(message)});
  }
  bool ok() const { return errors_.empty(); }
  const std::vector<FieldError>& errors() const { return errors_; }
  // invalid_argument naming every mistake ("the WHAT has invalid fields"), or success.
  Status finish(std::string_view what) const;

  static std::string join(std::string_view path, std::string_view name) {
    if (path.empty()) return std::string(name);
    return fmt::format("{}/{}", path, name);
  }

 private:
  Origin origin_;
  std::vector<FieldError> errors_;
};

// Codec<T> has:
//   static void write(const T&, Json&);
//   static void read(const Json&, T&, Reader&, std::string_view path);
//   static Json schema(Schemas&);
template <typename T>
struct Codec;

template <typename T>
concept Encodable = requires(const T& v, Json& j, Schemas& s) {
  Codec<T>::write(v, j);
  { Codec<T>::schema(s) } -> std::same_as<Json>;
};

template <typename T>
Json to_json(const T& value) {
  Json out;
  Codec<T>::write(value, out);
  return out;
}

// Reads `json` into `value` (members absent from `json` keep their value, as a PATCH wants);
// invalid_argument naming every mistake.
template <typename T>
Status from_json(const Json& json, T& value, std::string_view what,
                 Origin origin = Origin::client) {
  Reader reader(origin);
  Codec<T>::read(json, value, reader, "");
  return reader.finish(what);
}

template <typename T>
Json schema_of(Schemas& schemas) {
  return Codec<T>::schema(schemas);
}

// ---- scalars ----------------------------------------------------------------------------

template <>
struct Codec<std::string> {
  static void write(const std::string& v, Json& out) { out = v; }
  static void read(const Json& in, std::string& v, Reader& r, std::string_view path);
  static Json schema(Schemas&) { return {{"type", "string"}}; }
};

template <>
struct Codec<bool> {
  static void write(bool v, Json& out) { out = v; }
  static void read(const Json& in, bool& v, Reader& r, std::string_view path);
  static Json schema(Schemas&) { return {{"type", "boolean"}}; }
};

// Whole numbers a client may send are bounded, so that no arithmetic on them overflows.
inline constexpr std::int64_t kMaxClientInteger = 1'000'000'000'000'000;

template <std::integral I>
  requires(!std::same_as<I, bool>)
struct Codec<I> {
  static void write(I v, Json& out) { out = v; }
  static void read(const Json& in, I& v, Reader& r, std::string_view path) {
    if (in.is_number_unsigned()) {
      const auto n = in.get<std::uint64_t>();
      if (std::in_range<I>(n) && n <= static_cast<std::uint64_t>(kMaxClientInteger)) {
        v = static_cast<I>(n);
        return;
      }
    } else if (in.is_number_integer()) {
      const auto n = in.get<std::int64_t>();
      if (std::in_range<I>(n) && n <= kMaxClientInteger && n >= -kMaxClientInteger) {
        v = static_cast<I>(n);
        return;
      }
    }
    r.error(std::string(path), "a whole number");
  }
  static Json schema(Schemas&) { return {{"type", "integer"}}; }
};

template <>
struct Codec<double> {
  static void write(double v, Json& out) { out = v; }
  static void read(const Json& in, double& v, Reader& r, std::string_view path);
  static Json schema(Schemas&) { return {{"type", "number"}}; }
};

template <typename Tag>
struct Codec<Id<Tag>> {
  static void write(Id<Tag> v, Json& out) { out = v.value; }
  static void read(const Json& in, Id<Tag>& v, Reader& r, std::string_view path) {
    if (in.is_number_integer() && !in.is_number_unsigned() && in.get<std::int64_t>() > 0) {
      v = Id<Tag>{in.get<std::int64_t>()};
    } else if (in.is_number_unsigned() && in.get<std::uint64_t>() > 0 &&
               in.get<std::uint64_t>() <= static_cast<std::uint64_t>(kMaxClientInteger)) {
      v = Id<Tag>{static_cast<std::int64_t>(in.get<std::uint64_t>())};
    } else {
      r.error(std::string(path), "an id (a positive whole number)");
    }
  }
  static Json schema(Schemas&) { return {{"type", "integer"}, {"minimum", 1}}; }
};

// ---- containers -------------------------------------------------------------------------

// A nullable value: null when empty.
template <typename T>
struct Codec<std::optional<T>> {
  static void write(const std::optional<T>& v, Json& out) {
    if (v)
      Codec<T>::write(*v, out);
    else
      out = nullptr;
  }
  static void read(const Json& in, std::optional<T>& v, Reader& r, std::string_view path) {
    if (in.is_null()) {
      v.reset();
      return;
    }
    T inner = v.value_or(T{});
    const auto before = r.errors().size();
    Codec<T>::read(in, inner, r, path);
    if (r.errors().size() == before) v = std::move(inner);
  }
  static Json schema(Schemas& s) { return nullable(Codec<T>::schema(s)); }

  // {"type": X} becomes {"type": [X, "null"]}; anything else {"anyOf": [X, {"type":"null"}]}.
  static Json nullable(Json inner) {
    if (inner.size() == 1 && inner.contains("type") && inner["type"].is_string()) {
      return {{"type", Json::array({inner["type"], "null"})}};
    }
    if (inner.contains("type") && inner["type"].is_string() && !inner.contains("$ref")) {
      inner["type"] = Json::array({inner["type"], "null"});
      if (inner.contains("enum")) inner["enum"].push_back(nullptr);
      return inner;
    }
    return {{"anyOf", Json::array({std::move(inner), {{"type", "null"}}})}};
  }
};

// Lists a client sends are bounded in length.
inline constexpr std::size_t kMaxClientListLength = 10'000;

template <typename T>
struct Codec<std::vector<T>> {
  static void write(const std::vector<T>& v, Json& out) {
    out = Json::array();
    for (const auto& e : v) {
      Json element;
      Codec<T>::write(e, element);
      out.push_back(std::move(element));
    }
  }
  static void read(const Json& in, std::vector<T>& v, Reader& r, std::string_view path) {
    if (!in.is_array()) return r.error(std::string(path), "a list");
    if (in.size() > kMaxClientListLength)
      return r.error(std::string(path), fmt::format("at most {} items", kMaxClientListLength));
    std::vector<T> out;
    out.reserve(in.size());
    for (std::size_t i = 0; i < in.size(); ++i) {
      T element{};
      Codec<T>::read(in[i], element, r, Reader::join(path, std::to_string(i)));
      out.push_back(std::move(element));
    }
    v = std::move(out);
  }
  static Json schema(Schemas& s) { return {{"type", "array"}, {"items", Codec<T>::schema(s)}}; }
};

// ---- enumerations -----------------------------------------------------------------------

// Enum<E>::values lists every value of an enumeration whose names come from the domain's
// `to_string(E)`: the names are said once, in the domain; the codec only lists the values.
template <typename E>
struct EnumValues;

template <typename E>
  requires std::is_enum_v<E> && requires { EnumValues<E>::values; }
struct Codec<E> {
  static void write(E v, Json& out) { out = std::string(to_string(v)); }
  static void read(const Json& in, E& v, Reader& r, std::string_view path) {
    if (in.is_string()) {
      const auto& text = in.get_ref<const std::string&>();
      for (const E candidate : EnumValues<E>::values) {
        if (to_string(candidate) == text) {
          v = candidate;
          return;
        }
      }
    }
    r.error(std::string(path), fmt::format("one of {}", names(", ")));
  }
  static Json schema(Schemas&) {
    Json names_json = Json::array();
    for (const E value : EnumValues<E>::values) names_json.push_back(std::string(to_string(value)));
    return {{"type", "string"}, {"enum", std::move(names_json)}};
  }
  static std::string names(std::string_view separator) {
    std::string out;
    for (const E value : EnumValues<E>::values) {
      if (!out.empty()) out += separator;
      out += to_string(value);
    }
    return out;
  }
};

// ---- objects ----------------------------------------------------------------------------

// How a member behaves. Orbis always writes every member of an object.
enum FieldFlags : unsigned {
  kPlain = 0,
  kReadOnly = 1u << 0,      // set by Orbis only: a client that sends it is told so
  kNullIfEmpty = 1u << 1,   // an empty string is written as null (null always reads as empty)
  kOmitIfAbsent = 1u << 2,  // an empty optional is left out, not written as null
};

// One member of an object: its JSON name, the C++ member it maps to, and its flags.
template <typename T, typename M>
struct Field {
  std::string_view name;
  M T::* member;
  unsigned flags = kPlain;
  std::string_view description = {};
};

// A member computed when writing (a view's derived value): never read.
template <typename T, typename Get>
struct Computed {
  std::string_view name;
  Get get;
  std::string_view description = {};
};

// The members of another object written in place (a view that adds to a record).
template <typename T, typename M>
struct Embed {
  M T::* member;
};

template <typename T, typename M>
Field(std::string_view, M T::*, unsigned = kPlain, std::string_view = {}) -> Field<T, M>;

namespace detail {
// The object type a getter takes: `const T&` of `[](const T&) {…}`.
template <typename F>
struct getter_of : getter_of<decltype(&F::operator())> {};
template <typename C, typename R, typename A>
struct getter_of<R (C::*)(A) const> {
  using object = std::remove_cvref_t<A>;
};
template <typename R, typename A>
struct getter_of<R (*)(A)> {
  using object = std::remove_cvref_t<A>;
};
}  // namespace detail

template <typename G>
Computed(std::string_view, G, std::string_view = {})
    -> Computed<typename detail::getter_of<G>::object, G>;

namespace detail {

template <typename F>
struct is_field : std::false_type {};
template <typename T, typename M>
struct is_field<Field<T, M>> : std::true_type {};
template <typename F>
struct is_computed : std::false_type {};
template <typename T, typename G>
struct is_computed<Computed<T, G>> : std::true_type {};
template <typename F>
struct is_embed : std::false_type {};
template <typename T, typename M>
struct is_embed<Embed<T, M>> : std::true_type {};

template <typename T, typename M>
void write_member(const T& object, const Field<T, M>& f, Json& out) {
  if constexpr (std::same_as<M, std::string>) {
    if ((f.flags & kNullIfEmpty) && (object.*f.member).empty()) {
      out[std::string(f.name)] = nullptr;
      return;
    }
  }
  if constexpr (requires { (object.*f.member).has_value(); }) {
    if ((f.flags & kOmitIfAbsent) && !(object.*f.member).has_value()) return;
  }
  Codec<M>::write(object.*f.member, out[std::string(f.name)]);
}

template <typename T, typename G>
void write_member(const T& object, const Computed<T, G>& f, Json& out) {
  using V = std::decay_t<decltype(f.get(object))>;
  Codec<V>::write(f.get(object), out[std::string(f.name)]);
}

template <typename T, typename M>
void write_member(const T& object, const Embed<T, M>& f, Json& out) {
  Json inner;
  Codec<M>::write(object.*f.member, inner);
  for (auto& [key, value] : inner.items()) out[key] = std::move(value);
}

}  // namespace detail

// The codec of a struct described by `Describe::fields()`, a tuple of Field, Computed and
// Embed; `Describe::name` names its component schema.
//
//   template <> struct Codec<domain::Scholarship> : Object<domain::Scholarship, Codec<...>> {
//     static constexpr std::string_view name = "Scholarship";
//     static constexpr auto fields() { return std::tuple{Field{"code", &Scholarship::code}, …}; }
//   };
template <typename T, typename Describe>
struct Object {
  static void write(const T& value, Json& out) {
    out = Json::object();
    std::apply([&](const auto&... f) { (detail::write_member(value, f, out), ...); },
               Describe::fields());
  }

  static void read(const Json& in, T& value, Reader& r, std::string_view path) {
    if (!in.is_object()) return r.error(std::string(path), "an object");
    for (const auto& [key, member] : in.items()) {
      if (!read_member(key, member, value, r, path)) {
        r.error(Reader::join(path, key), "not a member of this record");
      }
    }
  }

  static Json schema(Schemas& s) {
    return s.ref(Describe::name, [](Schemas& schemas) { return object_schema(schemas); });
  }

  // The object's schema itself (for embedding and for components).
  static Json object_schema(Schemas& s) {
    Json properties = Json::object();
    Json required = Json::array();
    std::apply([&](const auto&... f) { (describe(f, s, properties, required), ...); },
               Describe::fields());
    Json out = {{"type", "object"}, {"properties", std::move(properties)}};
    if (!required.empty()) out["required"] = std::move(required);
    // What a client sends is checked member by member; what Orbis sends may grow.
    if (s.direction() == Schemas::Direction::input) out["additionalProperties"] = false;
    return out;
  }

  // Reads one member by name; false when the type has no such member.
  static bool read_member(const std::string& key, const Json& member, T& value, Reader& r,
                          std::string_view path) {
    bool known = false;
    std::apply(
        [&](const auto&... f) {
          ((known = known || read_one(f, key, member, value, r, path)), ...);
        },
        Describe::fields());
    return known;
  }

 private:
  template <typename M>
  static bool read_one(const Field<T, M>& f, const std::string& key, const Json& member, T& value,
                       Reader& r, std::string_view path) {
    if (f.name != key) return false;
    const auto where = Reader::join(path, key);
    if ((f.flags & kReadOnly) && r.origin() == Origin::client) {
      r.error(where, "set by Orbis, not by a client");
      return true;
    }
    if constexpr (std::same_as<M, std::string>) {
      if (member.is_null()) {
        (value.*f.member).clear();
        return true;
      }
    }
    Codec<M>::read(member, value.*f.member, r, where);
    return true;
  }
  template <typename G>
  static bool read_one(const Computed<T, G>& f, const std::string& key, const Json&, T&, Reader& r,
                       std::string_view path) {
    if (f.name != key) return false;
    if (r.origin() == Origin::client)
      r.error(Reader::join(path, key), "set by Orbis, not by a client");
    return true;
  }
  template <typename M>
  static bool read_one(const Embed<T, M>& f, const std::string& key, const Json& member, T& value,
                       Reader& r, std::string_view path) {
    return Codec<M>::read_member(key, member, value.*f.member, r, path);
  }

  template <typename M>
  static void describe(const Field<T, M>& f, Schemas& s, Json& properties, Json& required) {
    const bool input = s.direction() == Schemas::Direction::input;
    if (input && (f.flags & kReadOnly)) return;
    Json schema;
    if constexpr (
        requires { typename M::value_type; } && !std::same_as<M, std::string> &&
        requires(M m) { m.has_value(); }) {
      // Left out rather than null: the schema is the value's, and the member is optional.
      schema = (f.flags & kOmitIfAbsent) ? Codec<typename M::value_type>::schema(s)
                                         : Codec<M>::schema(s);
    } else {
      schema = Codec<M>::schema(s);
    }
    if constexpr (std::same_as<M, std::string>) {
      // A client may clear a text with null; Orbis writes null for an empty one when asked.
      if (input || (f.flags & kNullIfEmpty)) schema = {{"type", Json::array({"string", "null"})}};
    }
    if (f.flags & kReadOnly) schema = with(std::move(schema), "readOnly", true);
    if (!f.description.empty()) schema = with(std::move(schema), "description", f.description);
    properties[std::string(f.name)] = std::move(schema);
    if (!input && !(f.flags & kOmitIfAbsent)) required.push_back(std::string(f.name));
  }
  template <typename G>
  static void describe(const Computed<T, G>& f, Schemas& s, Json& properties, Json& required) {
    if (s.direction() == Schemas::Direction::input) return;
    using V = std::decay_t<decltype(f.get(std::declval<const T&>()))>;
    Json schema = with(Codec<V>::schema(s), "readOnly", true);
    if (!f.description.empty()) schema = with(std::move(schema), "description", f.description);
    properties[std::string(f.name)] = std::move(schema);
    required.push_back(std::string(f.name));
  }
  template <typename M>
  static void describe(const Embed<T, M>&, Schemas& s, Json& properties, Json& required) {
    const Json inner = Codec<M>::object_schema(s);
    for (const auto& [key, value] : inner["properties"].items()) properties[key] = value;
    if (inner.contains("required"))
      for (const auto& name : inner["required"]) required.push_back(name);
  }

  // A $ref cannot carry siblings in every validator: wrap it.
  static Json with(Json schema, std::string_view key, Json value) {
    if (schema.contains("$ref")) schema = {{"allOf", Json::array({std::move(schema)})}};
    schema[std::string(key)] = std::move(value);
    return schema;
  }

 private:
  // Only the codec that describes itself derives from it (CRTP).
  Object() = default;
  friend Describe;
};

}  // namespace orbis::http::json
