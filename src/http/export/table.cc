#include "http/export/table.h"

#include <algorithm>
#include <set>

#include "common/text.h"

namespace orbis::http::exports {
namespace {

// Objects nested deeper than this are one column of JSON.
constexpr std::size_t kMaxDepth = 3;

// The schema itself behind references, allOf wrappers and nullable unions.
const Json* resolve(const Json* schema, const std::map<std::string, Json>& components,
                    int hops = 0) {
  if (hops > 16 || !schema->is_object()) return schema;
  if (const auto ref = schema->find("$ref"); ref != schema->end() && ref->is_string()) {
    const auto& target = ref->get_ref<const std::string&>();
    if (const auto it = components.find(target.substr(target.rfind('/') + 1));
        it != components.end())
      return resolve(&it->second, components, hops + 1);
    return schema;
  }
  for (const char* combinator : {"allOf", "anyOf", "oneOf"}) {
    const auto list = schema->find(combinator);
    if (list == schema->end() || !list->is_array()) continue;
    for (const auto& option : *list) {
      const auto type = option.find("type");
      if (type != option.end() && type->is_string() && *type == "null") continue;
      return resolve(&option, components, hops + 1);
    }
  }
  return schema;
}

bool is_object(const Json& schema) {
  const auto type = schema.find("type");
  if (type == schema.end()) return schema.contains("properties");
  if (type->is_string()) return *type == "object";
  return type->is_array() && std::find(type->begin(), type->end(), "object") != type->end();
}

// The member names of an object schema, in the order the item declares them.
std::vector<std::string> members_in_order(const Json& schema) {
  std::vector<std::string> out;
  std::set<std::string> seen;
  const auto properties = schema.find("properties");
  if (properties == schema.end() || !properties->is_object()) return out;
  if (const auto required = schema.find("required");
      required != schema.end() && required->is_array()) {
    for (const auto& name : *required) {
      if (name.is_string() && properties->contains(name.get<std::string>()) &&
          seen.insert(name.get<std::string>()).second)
        out.push_back(name.get<std::string>());
    }
  }
  for (const auto& [name, _] : properties->items()) {
    if (seen.insert(name).second) out.push_back(name);
  }
  return out;
}

void add_columns(const Json& schema, const std::map<std::string, Json>& components,
                 std::vector<std::string>& path, std::vector<Column>& out) {
  const Json& resolved = *resolve(&schema, components);
  if (is_object(resolved) && path.size() < kMaxDepth && resolved.contains("properties")) {
    for (const auto& name : members_in_order(resolved)) {
      // What the caller may do with a record, for the page that shows it: not the record.
      if (name == "allowed_actions" || name == "allowed_transitions") continue;
      path.push_back(name);
      add_columns(resolved["properties"][name], components, path, out);
      path.pop_back();
    }
    return;
  }
  out.push_back(Column{path});
}

// What names an object in a list of them.
std::string name_of(const Json& element) {
  for (const char* key : {"name", "code", "title", "label", "id"}) {
    const auto it = element.find(key);
    if (it == element.end() || it->is_null()) continue;
    return it->is_string() ? it->get<std::string>() : it->dump();
  }
  return element.dump();
}

std::string text_of(const Json& value) {
  if (value.is_string()) return value.get<std::string>();
  if (value.is_object()) return name_of(value);
  return value.dump();
}

}  // namespace

std::string Column::key() const { return text::join(path, "."); }

std::vector<Column> columns_of(const Json& schema, const std::map<std::string, Json>& components) {
  std::vector<Column> out;
  std::vector<std::string> path;
  const Json& resolved = *resolve(&schema, components);
  if (!is_object(resolved) || !resolved.contains("properties")) return {Column{{"value"}}};
  add_columns(resolved, components, path, out);
  return out;
}

Cell cell_of(const Json& item, const Column& column) {
  const Json* at = &item;
  for (const auto& part : column.path) {
    if (!at->is_object()) return {};
    const auto it = at->find(part);
    if (it == at->end()) return {};
    at = &*it;
  }
  Cell cell;
  if (at->is_null()) return cell;
  if (at->is_number()) {
    cell.kind = Cell::Kind::number;
    cell.number = at->get<double>();
    cell.text = at->dump();
  } else if (at->is_boolean()) {
    cell.kind = Cell::Kind::boolean;
    cell.boolean = at->get<bool>();
    cell.text = cell.boolean ? "true" : "false";
  } else if (at->is_array()) {
    if (at->empty()) return cell;
    cell.kind = Cell::Kind::text;
    for (const auto& element : *at) {
      if (!cell.text.empty()) cell.text += "; ";
      cell.text += text_of(element);
    }
  } else if (at->is_string()) {
    cell.kind = Cell::Kind::text;
    cell.text = at->get<std::string>();
  } else {
    cell.kind = Cell::Kind::text;
    cell.text = at->dump();
  }
  return cell;
}

std::vector<Cell> cells_of(const Json& item, const std::vector<Column>& columns) {
  std::vector<Cell> cells;
  cells.reserve(columns.size());
  for (const auto& column : columns) cells.push_back(cell_of(item, column));
  return cells;
}

std::vector<std::string> headings(const std::vector<Column>& columns, Language language) {
  std::vector<std::string> out;
  out.reserve(columns.size());
  for (const auto& column : columns) out.push_back(heading(column, language));
  return out;
}

std::string inert(std::string text) {
  if (!text.empty() && (text.front() == '=' || text.front() == '+' || text.front() == '-' ||
                        text.front() == '@' || text.front() == '\t' || text.front() == '\r'))
    text.insert(text.begin(), '\'');
  return text;
}

}  // namespace orbis::http::exports
