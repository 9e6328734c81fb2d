#include "grades/json_format.h"

#include <fmt/format.h>

#include <algorithm>
#include <initializer_list>
#include <nlohmann/json.hpp>
#include <optional>
#include <set>
#include <vector>

#include "common/json.h"
#include "common/text.h"

namespace orbis::grades {
namespace {

using Json = nlohmann::json;

Error invalid(std::string message, std::string field) {
  FieldError fe{std::move(field), message};
  return Error::invalid(std::move(message), {std::move(fe)});
}

// Through the bounded parse (common/json.h); its message names the byte, line and column.
Result<Json> parse_document(std::string_view text) {
  auto parsed = orbis::parse_json(text);
  if (!parsed) return fail(invalid(parsed.error().message, "document"));
  return parsed;
}

// Walks one object of the document, remembering where it is for the messages. A read that
// fails records the first error in the shared `error` and returns an empty value, so that
// a reader can take every field in turn and check once at the end.
class Reader {
 public:
  Reader(const Json& object, std::string path, std::optional<Error>& error)
      : object_(object), path_(std::move(path)), error_(error) {}

  // Requires an object whose keys are all in `known`: a misspelt optional field is not
  // silently ignored.
  bool expect_object(std::initializer_list<std::string_view> known) {
    if (!object_.is_object()) return record(type_error(path_, "an object"));
    for (const auto& [key, value] : object_.items()) {
      if (std::ranges::find(known, key) == known.end())
        return record(invalid(fmt::format("{} has an unknown field \"{}\"", path_, key), at(key)));
    }
    return true;
  }
  const Json* find(std::string_view key) const {
    const auto it = object_.find(key);
    return it == object_.end() ? nullptr : &*it;
  }
  std::string string(std::string_view key, bool required = true) {
    const Json* value = present(key, required);
    if (value == nullptr) return {};
    if (!value->is_string()) {
      record(type_error(at(key), "a string"));
      return {};
    }
    return value->get<std::string>();
  }
  std::optional<double> number(std::string_view key, bool required = false) {
    const Json* value = present(key, required);
    if (value == nullptr) return std::nullopt;
    if (!value->is_number()) {
      record(type_error(at(key), "a number"));
      return std::nullopt;
    }
    return value->get<double>();
  }
  std::optional<bool> boolean(std::string_view key) {
    const Json* value = present(key, false);
    if (value == nullptr) return std::nullopt;
    if (!value->is_boolean()) {
      record(type_error(at(key), "true or false"));
      return std::nullopt;
    }
    return value->get<bool>();
  }
  // The array member `key`, or nullptr when it is missing (an error if required) or is not
  // an array.
  const Json* array(std::string_view key, bool required = true) {
    const Json* value = present(key, required);
    if (value == nullptr) return nullptr;
    if (!value->is_array()) {
      record(type_error(at(key), "an array"));
      return nullptr;
    }
    return value;
  }
  // One of `choices` (the first is the default when the member is missing); its index.
  std::size_t choice(std::string_view key, std::initializer_list<std::string_view> choices) {
    const std::string value = string(key, false);
    if (value.empty()) return 0;
    const auto it = std::ranges::find(choices, value);
    if (it != choices.end()) return static_cast<std::size_t>(it - choices.begin());
    std::vector<std::string> quoted;
    for (const std::string_view c : choices) quoted.push_back(fmt::format("\"{}\"", c));
    record(type_error(at(key), text::join(quoted, " or ")));
    return 0;
  }
  std::vector<std::string> strings(std::string_view key) {
    std::vector<std::string> out;
    const Json* list = array(key, false);
    for (std::size_t i = 0; list != nullptr && i < list->size(); ++i) {
      if (!(*list)[i].is_string()) {
        record(type_error(fmt::format("{}[{}]", at(key), i), "a string"));
        break;
      }
      out.push_back((*list)[i].get<std::string>());
    }
    return out;
  }
  std::string at(std::string_view key) const { return fmt::format("{}.{}", path_, key); }
  // Records `e` unless an earlier error is recorded; returns false.
  bool record(Error e) {
    if (!error_) error_ = std::move(e);
    return false;
  }
  static Error type_error(const std::string& field, std::string_view expectation) {
    return invalid(fmt::format("{} must be {}", field, expectation), field);
  }

 private:
  const Json* present(std::string_view key, bool required) {
    const Json* value = find(key);
    if (value == nullptr && required) record(type_error(at(key), "present"));
    return value;
  }

  const Json& object_;
  std::string path_;
  std::optional<Error>& error_;
};

NumericDefinition read_numeric(const Json& json, const std::string& path,
                               std::optional<Error>& error) {
  Reader r(json, path, error);
  NumericDefinition n;
  if (!r.expect_object(
          {"min", "max", "direction", "pass", "nmax", "decimals", "rounding", "output"}))
    return n;
  n.min = r.number("min", true).value_or(0);
  n.max = r.number("max", true).value_or(0);
  n.pass = r.number("pass", true).value_or(0);
  n.formula_best = r.number("nmax");
  if (const Json* decimals = r.find("decimals")) {
    if (decimals->is_number_integer()) {
      n.decimals = decimals->get<int>();
    } else {
      r.record(Reader::type_error(r.at("decimals"), "0, 1 or 2"));
    }
  }
  if (r.choice("direction", {"higher-is-better", "lower-is-better"}) == 1)
    n.direction = Direction::lower_is_better;
  if (r.choice("rounding", {"nearest", "truncate"}) == 1) n.rounding = Rounding::truncate;
  if (r.choice("output", {"number", "label"}) == 1) n.output = Output::label;
  return n;
}

LabelDefinition read_label(const Json& json, const std::string& path,
                           const std::optional<NumericDefinition>& numeric,
                           std::optional<Error>& error) {
  Reader r(json, path, error);
  LabelDefinition l;
  if (!r.expect_object({"grade", "aliases", "passes", "value", "honours"})) return l;
  l.label = r.string("grade");
  l.aliases = r.strings("aliases");
  l.value = r.number("value");
  l.honours = r.boolean("honours").value_or(false);
  if (const auto passes = r.boolean("passes")) {
    l.passes = *passes;
  } else if (numeric && l.value) {
    l.passes = numeric->direction == Direction::higher_is_better ? *l.value >= numeric->pass
                                                                 : *l.value <= numeric->pass;
  } else {
    r.record(Reader::type_error(r.at("passes"), "present on a scale without numbers"));
  }
  return l;
}

ScaleDefinition read_scale(const Json& json, const std::string& path, std::optional<Error>& error) {
  Reader r(json, path, error);
  ScaleDefinition d;
  if (!r.expect_object(
          {"id", "name", "grades", "numeric", "reference", "reference_source", "best_failing"}))
    return d;
  d.id = r.string("id");
  if (const Json* name = r.find("name")) {
    Reader names(*name, r.at("name"), error);
    if (names.expect_object({"en", "zh"})) {
      d.name_en = names.string("en");
      d.name_zh = names.string("zh");
    }
  } else {
    r.record(Reader::type_error(r.at("name"), "present"));
  }
  if (const Json* numeric = r.find("numeric"))
    d.numeric = read_numeric(*numeric, r.at("numeric"), error);
  const Json* grades = r.array("grades", !d.numeric);
  for (std::size_t i = 0; grades != nullptr && i < grades->size(); ++i)
    d.labels.push_back(
        read_label((*grades)[i], fmt::format("{}[{}]", r.at("grades"), i), d.numeric, error));
  const Json* reference = r.array("reference", false);
  for (std::size_t i = 0; reference != nullptr && i < reference->size(); ++i) {
    if (!(*reference)[i].is_number()) {
      r.record(Reader::type_error(fmt::format("{}[{}]", r.at("reference"), i), "a number"));
      break;
    }
    d.reference.push_back((*reference)[i].get<double>());
  }
  d.reference_source = r.string("reference_source", false);
  if (d.reference_source.empty() && !d.numeric)
    d.reference_source = fmt::format("the reference shares of {}", d.id);
  if (r.find("best_failing")) d.best_failing = r.string("best_failing");
  return d;
}

TableDefinition read_table(const Json& json, const std::string& path, std::optional<Error>& error) {
  Reader r(json, path, error);
  TableDefinition t;
  if (!r.expect_object({"id", "institution", "field", "cycle", "years", "scale", "illustrative",
                        "note", "rows"}))
    return t;
  t.id = r.string("id");
  t.institution = r.string("institution");
  t.field = r.string("field");
  t.cycle = r.string("cycle");
  t.years = r.string("years");
  t.scale = r.string("scale");
  t.illustrative = r.boolean("illustrative").value_or(false);
  t.note = r.string("note", false);
  const Json* rows = r.array("rows");
  for (std::size_t i = 0; rows != nullptr && i < rows->size(); ++i) {
    Reader row((*rows)[i], fmt::format("{}[{}]", r.at("rows"), i), error);
    if (!row.expect_object({"grade", "percent"})) break;
    std::string grade = row.string("grade");
    const double share = row.number("percent", true).value_or(0);
    t.rows.push_back({std::move(grade), share});
  }
  return t;
}

}  // namespace

Result<std::vector<Scale>> parse_scales(std::string_view json) {
  auto document = parse_document(json);
  if (!document) return fail(document.error());
  std::optional<Error> error;
  Reader top(*document, "the document", error);
  const Json* list = top.expect_object({"scales"}) ? top.array("scales") : nullptr;
  std::vector<Scale> scales;
  for (std::size_t i = 0; list != nullptr && i < list->size() && !error; ++i) {
    ScaleDefinition definition = read_scale((*list)[i], fmt::format("scales[{}]", i), error);
    if (error) break;
    auto scale = Scale::create(std::move(definition));
    if (!scale) return fail(scale.error());
    scales.push_back(std::move(*scale));
  }
  if (error) return fail(*error);
  return scales;
}

Result<std::vector<DistributionTable>> parse_tables(std::string_view json,
                                                    const ScaleRegistry& scales) {
  auto document = parse_document(json);
  if (!document) return fail(document.error());
  std::optional<Error> error;
  std::vector<std::pair<const Json*, std::string>> items;
  if (document->is_object() && document->contains("rows")) {
    items.emplace_back(&*document, "the table");
  } else {
    Reader top(*document, "the document", error);
    const Json* list = top.expect_object({"tables"}) ? top.array("tables") : nullptr;
    for (std::size_t i = 0; list != nullptr && i < list->size(); ++i)
      items.emplace_back(&(*list)[i], fmt::format("tables[{}]", i));
  }
  std::vector<DistributionTable> tables;
  std::set<std::string> ids;
  for (const auto& [item, path] : items) {
    TableDefinition definition = read_table(*item, path, error);
    if (error) break;
    if (!ids.insert(definition.id).second) {
      return fail(
          invalid(fmt::format("the table id '{}' is used twice", definition.id), path + ".id"));
    }
    auto scale = scales.find(definition.scale);
    if (!scale) return fail(scale.error());
    auto table = DistributionTable::create(std::move(definition), **scale);
    if (!table) return fail(table.error());
    tables.push_back(std::move(*table));
  }
  if (error) return fail(*error);
  return tables;
}

std::string to_json(const Conversion& c) {
  using Ordered = nlohmann::ordered_json;
  Ordered to = {{"scale", c.to_scale}, {"grade", c.to_grade.text}};
  to["value"] = c.to_grade.value ? Ordered(*c.to_grade.value) : Ordered(nullptr);
  to["passes"] = c.to_grade.passes;
  Ordered out = {{"from", {{"scale", c.from_scale}, {"grade", c.from_grade.text}}},
                 {"to", std::move(to)},
                 {"method", std::string(to_string(c.method))},
                 {"source", c.source},
                 {"notes", c.notes}};
  if (c.coordinator_override) {
    const Override& o = *c.coordinator_override;
    out["override"] = {{"grade", o.grade},
                       {"reason", o.reason},
                       {"coordinator", o.coordinator.value},
                       {"at", format_iso8601(o.at)}};
  }
  return out.dump(2, ' ', false, Ordered::error_handler_t::replace);
}

}  // namespace orbis::grades
