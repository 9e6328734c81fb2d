#include "schema_check.h"

#include <algorithm>
#include <cmath>
#include <regex>
#include <sstream>

namespace orbis::testing {

using nlohmann::json;

namespace {

std::vector<std::string> segments(const std::string& path) {
  std::vector<std::string> out;
  std::stringstream in(path);
  for (std::string part; std::getline(in, part, '/');)
    if (!part.empty()) out.push_back(part);
  return out;
}

bool is_type(const json& value, const std::string& type) {
  if (type == "null") return value.is_null();
  if (type == "boolean") return value.is_boolean();
  if (type == "object") return value.is_object();
  if (type == "array") return value.is_array();
  if (type == "string") return value.is_string();
  if (type == "number") return value.is_number();
  if (type == "integer") {
    if (value.is_number_integer()) return true;
    if (!value.is_number_float()) return false;
    const double d = value.get<double>();
    return std::isfinite(d) && std::floor(d) == d;
  }
  return false;
}

// The number of Unicode code points in UTF-8 text (minLength counts characters).
std::size_t code_points(const std::string& text) {
  return static_cast<std::size_t>(
      std::count_if(text.begin(), text.end(), [](char c) { return (c & 0xC0) != 0x80; }));
}

std::string shown(const json& value) {
  std::string text = value.dump();
  if (text.size() > 60) text = text.substr(0, 57) + "...";
  return text;
}

}  // namespace

SchemaCheck::SchemaCheck(json document) : document_(std::move(document)) {}

const json* SchemaCheck::operation(const std::string& method, const std::string& path) const {
  const auto wanted = segments(path);
  const json* best = nullptr;
  std::size_t best_templates = SIZE_MAX;
  std::string lower = method;
  std::transform(lower.begin(), lower.end(), lower.begin(),
                 [](unsigned char c) { return std::tolower(c); });
  for (const auto& [pattern, item] : document_.at("paths").items()) {
    const auto parts = segments(pattern);
    if (parts.size() != wanted.size() || !item.contains(lower)) continue;
    std::size_t templates = 0;
    bool match = true;
    for (std::size_t i = 0; i < parts.size() && match; ++i) {
      if (parts[i].front() == '{') {
        ++templates;
      } else {
        match = parts[i] == wanted[i];
      }
    }
    // A literal segment beats a template: /agreements/reminders before /agreements/{id}.
    if (match && templates < best_templates) {
      best = &item.at(lower);
      best_templates = templates;
    }
  }
  return best;
}

std::vector<std::string> SchemaCheck::check(const std::string& method, const std::string& target,
                                            int status, const std::string& content_type,
                                            const std::string& body) const {
  const std::string media = content_type.substr(0, content_type.find(';'));
  if (media != "application/json" && media != "application/problem+json") return {};
  const std::string path = target.substr(0, target.find('?'));
  const json* op = operation(method, path);
  if (!op) return {};
  const std::string where = method + " " + path + " " + std::to_string(status) + ": ";
  const auto& responses = op->at("responses");
  const json* response = nullptr;
  if (responses.contains(std::to_string(status))) {
    response = &responses.at(std::to_string(status));
  } else if (responses.contains("default")) {
    response = &responses.at("default");
  } else {
    return {where + "the document lists no such status for this operation"};
  }
  json value = json::parse(body, nullptr, false);
  if (value.is_discarded()) return {where + "the body is not JSON"};
  if (!response->contains("content")) return {where + "the document says no content"};
  const auto& content = response->at("content");
  const json* described = content.contains(media) ? &content.at(media) : nullptr;
  if (!described && content.contains("application/json"))
    described = &content.at("application/json");
  if (!described) return {where + "the document does not list " + media};
  if (!described->contains("schema")) return {};
  std::vector<std::string> out;
  for (auto& mistake : validate(described->at("schema"), value)) out.push_back(where + mistake);
  return out;
}

std::vector<std::string> SchemaCheck::validate(const json& schema, const json& value,
                                               const std::string& at) const {
  std::vector<std::string> out;
  validate(schema, value, at, out, 0);
  return out;
}

void SchemaCheck::validate(const json& schema, const json& value, const std::string& at,
                           std::vector<std::string>& out, int depth) const {
  const std::string here = at.empty() ? "/" : at;
  if (depth > 64) {
    out.push_back(here + ": schema nested too deeply");
    return;
  }
  if (schema.is_boolean()) {
    if (!schema.get<bool>()) out.push_back(here + ": no value is allowed here");
    return;
  }
  if (!schema.is_object()) return;
  if (auto ref = schema.find("$ref"); ref != schema.end()) {
    const std::string pointer = ref->get<std::string>();
    if (pointer.rfind("#", 0) != 0) {
      out.push_back(here + ": cannot follow " + pointer);
      return;
    }
    const json::json_pointer target(pointer.substr(1));
    if (!document_.contains(target)) {
      out.push_back(here + ": " + pointer + " is not in the document");
      return;
    }
    validate(document_.at(target), value, at, out, depth + 1);
  }
  if (auto type = schema.find("type"); type != schema.end()) {
    bool ok = false;
    if (type->is_string()) ok = is_type(value, *type);
    if (type->is_array())
      for (const auto& t : *type) ok = ok || is_type(value, t.get<std::string>());
    if (!ok) {
      out.push_back(here + ": " + shown(value) + " is not of type " + type->dump());
      return;
    }
  }
  if (auto values = schema.find("enum"); values != schema.end()) {
    if (std::find(values->begin(), values->end(), value) == values->end())
      out.push_back(here + ": " + shown(value) + " is not one of " + shown(*values));
  }
  if (auto c = schema.find("const"); c != schema.end() && *c != value)
    out.push_back(here + ": " + shown(value) + " is not " + shown(*c));
  if (value.is_object()) {
    const json empty = json::object();
    const auto& properties = schema.contains("properties") ? schema.at("properties") : empty;
    if (auto required = schema.find("required"); required != schema.end())
      for (const auto& name : *required)
        if (!value.contains(name.get<std::string>()))
          out.push_back(here + ": the required member \"" + name.get<std::string>() +
                        "\" is missing");
    for (const auto& [name, member] : value.items()) {
      const std::string path = at + "/" + name;
      if (properties.contains(name)) {
        validate(properties.at(name), member, path, out, depth + 1);
      } else if (auto extra = schema.find("additionalProperties"); extra != schema.end()) {
        if (extra->is_boolean() && !extra->get<bool>()) {
          out.push_back(path + ": a member the schema does not allow");
        } else {
          validate(*extra, member, path, out, depth + 1);
        }
      }
    }
  }
  if (value.is_array()) {
    if (auto items = schema.find("items"); items != schema.end())
      for (std::size_t i = 0; i < value.size(); ++i)
        validate(*items, value[i], at + "/" + std::to_string(i), out, depth + 1);
    if (auto min = schema.find("minItems");
        min != schema.end() && value.size() < min->get<std::size_t>())
      out.push_back(here + ": fewer than " + min->dump() + " items");
    if (auto max = schema.find("maxItems");
        max != schema.end() && value.size() > max->get<std::size_t>())
      out.push_back(here + ": more than " + max->dump() + " items");
  }
  if (value.is_string()) {
    const auto& text = value.get_ref<const std::string&>();
    if (auto min = schema.find("minLength");
        min != schema.end() && code_points(text) < min->get<std::size_t>())
      out.push_back(here + ": shorter than " + min->dump() + " characters");
    if (auto max = schema.find("maxLength");
        max != schema.end() && code_points(text) > max->get<std::size_t>())
      out.push_back(here + ": longer than " + max->dump() + " characters");
    if (auto pattern = schema.find("pattern"); pattern != schema.end()) {
      const std::regex re(pattern->get<std::string>(), std::regex::ECMAScript);
      if (!std::regex_search(text, re))
        out.push_back(here + ": " + shown(value) + " does not match " + pattern->dump());
    }
  }
  if (value.is_number()) {
    const double number = value.get<double>();
    if (auto min = schema.find("minimum"); min != schema.end() && number < min->get<double>())
      out.push_back(here + ": " + shown(value) + " is below " + min->dump());
    if (auto max = schema.find("maximum"); max != schema.end() && number > max->get<double>())
      out.push_back(here + ": " + shown(value) + " is above " + max->dump());
  }
  if (auto all = schema.find("allOf"); all != schema.end())
    for (const auto& part : *all) validate(part, value, at, out, depth + 1);
  if (auto any = schema.find("anyOf"); any != schema.end()) {
    bool matched = false;
    for (const auto& part : *any) matched = matched || validate(part, value, at).empty();
    if (!matched) out.push_back(here + ": " + shown(value) + " matches none of anyOf");
  }
  if (auto one = schema.find("oneOf"); one != schema.end()) {
    std::size_t matched = 0;
    for (const auto& part : *one) matched += validate(part, value, at).empty() ? 1 : 0;
    if (matched != 1)
      out.push_back(here + ": " + shown(value) + " matches " + std::to_string(matched) +
                    " of oneOf, not exactly one");
  }
}

}  // namespace orbis::testing
