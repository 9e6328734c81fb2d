#include "store/sql/statement.h"

namespace orbis::store::sql {

void Where::add_keyset(const std::vector<std::string>& columns, const std::optional<Cursor>& cursor,
                       const std::string& id_column, bool descending) {
  if (!cursor) return;
  const char* after = descending ? " < " : " > ";
  // (c1, c2, id) > (k1, k2, i), spelled out so that every engine uses the index.
  std::vector<std::string> keys;
  keys.reserve(columns.size());
  for (std::size_t i = 0; i < columns.size(); ++i)
    keys.push_back(bind(i < cursor->keys.size() ? cursor->keys[i] : std::string()));
  const std::string id = bind(static_cast<long long>(cursor->id));
  std::string condition;
  for (std::size_t i = 0; i <= columns.size(); ++i) {
    std::string term;
    for (std::size_t j = 0; j < i; ++j)
      term.append(columns[j]).append(" = ").append(keys[j]).append(" AND ");
    if (i < columns.size())
      term.append(columns[i]).append(after).append(keys[i]);
    else
      term.append(id_column).append(after).append(id);
    condition.append(condition.empty() ? "(" : " OR (").append(term).append(")");
  }
  add("(" + condition + ")");
}

std::string Where::bind_list(const std::vector<long long>& ids) {
  std::string out = "(";
  for (const auto id : ids) out += (out.size() > 1 ? ", " : "") + bind(id);
  return out + ")";
}

std::string select_children(Where& where, const std::vector<long long>& run,
                            std::string_view parent, std::string_view columns,
                            std::string_view table, std::string_view order, std::string_view also) {
  where.add(std::string(parent) + " IN " + where.bind_list(run));
  if (!also.empty()) where.add(std::string(also));
  return "SELECT " + std::string(parent) + ", " + std::string(columns) + " FROM " +
         std::string(table) + where.sql() + " ORDER BY " + std::string(parent) + ", " +
         std::string(order);
}

std::string Where::sql() const {
  if (conditions_.empty()) return "";
  std::string out = " WHERE ";
  for (std::size_t i = 0; i < conditions_.size(); ++i) {
    if (i > 0) out += " AND ";
    out += conditions_[i];
  }
  return out;
}

std::string order_and_limit(const std::vector<std::string>& columns, std::size_t limit,
                            const std::string& id_column, bool descending) {
  const char* direction = descending ? " DESC" : "";
  std::string out = " ORDER BY ";
  for (const auto& c : columns) out += c + direction + ", ";
  out += id_column + direction + " LIMIT " + std::to_string(limit + 1);
  return out;
}

}  // namespace orbis::store::sql
