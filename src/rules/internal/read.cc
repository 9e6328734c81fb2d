#include "rules/internal/read.h"

#include <algorithm>
#include <cstdio>

namespace orbis::rules::internal {
namespace {

std::string join(std::string_view path, std::string_view key) {
  return path.empty() ? std::string(key) : std::string(path) + "." + std::string(key);
}

bool iso_date(std::string_view s) {
  if (s.size() != 10 || s[4] != '-' || s[7] != '-') return false;
  for (std::size_t i : {0, 1, 2, 3, 5, 6, 8, 9}) {
    if (s[i] < '0' || s[i] > '9') return false;
  }
  return true;
}

}  // namespace

void Reader::only_keys(const toml::table& table, std::string_view path,
                       std::span<const std::string_view> known) {
  for (auto it = table.begin(); it != table.end(); ++it) {
    const std::string_view key = it->first.str();
    if (std::find(known.begin(), known.end(), key) == known.end())
      fault(join(path, key), "unknown key");
  }
}

void Reader::fault(std::string_view path, std::string message) {
  if (error_) return;
  error_ = Error::invalid(file_ + ": " + std::string(path) + ": " + message,
                          {{file_ + "#" + std::string(path), message}});
}

std::string Reader::text(const toml::table& table, std::string_view path, std::string_view key,
                         bool required) {
  const auto* node = table.get(key);
  if (node == nullptr) {
    if (required) fault(join(path, key), "missing");
    return {};
  }
  if (const auto* s = node->as_string()) return s->get();
  fault(join(path, key), "not a string");
  return {};
}

std::string Reader::date(const toml::table& table, std::string_view path, std::string_view key,
                         bool required) {
  const auto* node = table.get(key);
  if (node == nullptr) {
    if (required) fault(join(path, key), "missing");
    return {};
  }
  if (const auto* d = node->as_date()) {
    const auto& v = d->get();
    char out[16];
    std::snprintf(out, sizeof out, "%04d-%02d-%02d", static_cast<int>(v.year),
                  static_cast<int>(v.month), static_cast<int>(v.day));
    return out;
  }
  if (const auto* s = node->as_string(); s != nullptr && iso_date(s->get())) return s->get();
  fault(join(path, key), "not a date (YYYY-MM-DD)");
  return {};
}

std::optional<std::int64_t> Reader::integer(const toml::table& table, std::string_view path,
                                            std::string_view key, bool required) {
  const auto* node = table.get(key);
  if (node == nullptr) {
    if (required) fault(join(path, key), "missing");
    return std::nullopt;
  }
  if (const auto* i = node->as_integer()) return i->get();
  fault(join(path, key), "not an integer");
  return std::nullopt;
}

std::optional<double> Reader::number(const toml::table& table, std::string_view path,
                                     std::string_view key, bool required) {
  const auto* node = table.get(key);
  if (node == nullptr) {
    if (required) fault(join(path, key), "missing");
    return std::nullopt;
  }
  if (const auto* i = node->as_integer()) return static_cast<double>(i->get());
  if (const auto* f = node->as_floating_point()) return f->get();
  fault(join(path, key), "not a number");
  return std::nullopt;
}

bool Reader::boolean(const toml::table& table, std::string_view path, std::string_view key) {
  const auto* node = table.get(key);
  if (node == nullptr) return false;
  if (const auto* b = node->as_boolean()) return b->get();
  fault(join(path, key), "not true or false");
  return false;
}

const toml::table* Reader::table(const toml::table& table, std::string_view path,
                                 std::string_view key, bool required) {
  const auto* node = table.get(key);
  if (node == nullptr) {
    if (required) fault(join(path, key), "missing");
    return nullptr;
  }
  if (const auto* t = node->as_table()) return t;
  fault(join(path, key), "not a table");
  return nullptr;
}

const toml::array* Reader::array(const toml::table& table, std::string_view path,
                                 std::string_view key, bool required) {
  const auto* node = table.get(key);
  if (node == nullptr) {
    if (required) fault(join(path, key), "missing");
    return nullptr;
  }
  if (const auto* a = node->as_array()) return a;
  fault(join(path, key), "not an array");
  return nullptr;
}

domain::RuleSetInfo Reader::info(const toml::table& root) {
  domain::RuleSetInfo info;
  const auto* set = table(root, "", "rule_set");
  if (set == nullptr) return info;
  info.id = text(*set, "rule_set", "id");
  info.kind = text(*set, "rule_set", "kind");
  info.name = text(*set, "rule_set", "name");
  info.name_zh = text(*set, "rule_set", "name_zh");
  info.authority = text(*set, "rule_set", "authority");
  info.valid_from = date(*set, "rule_set", "valid_from");
  info.valid_to = date(*set, "rule_set", "valid_to", false);
  info.note = text(*set, "rule_set", "note", false);
  if (!info.valid_to.empty() && info.valid_to < info.valid_from) {
    fault("rule_set.valid_to", "before valid_from");
  }
  const auto* sources = array(root, "", "source");
  if (sources == nullptr) return info;
  if (sources->empty()) fault("source", "a rule set cites at least one source");
  for (std::size_t i = 0; i < sources->size(); ++i) {
    const auto path = "source[" + std::to_string(i) + "]";
    const auto* s = sources->get(i)->as_table();
    if (s == nullptr) {
      fault(path, "not a table");
      continue;
    }
    domain::RuleSource source;
    source.id = text(*s, path, "id");
    source.title = text(*s, path, "title");
    source.url = text(*s, path, "url");
    source.read_on = date(*s, path, "read_on");
    source.note = text(*s, path, "note", false);
    if (info.source(source.id) != nullptr) fault(path + ".id", "a second source " + source.id);
    info.sources.push_back(std::move(source));
  }
  return info;
}

}  // namespace orbis::rules::internal
