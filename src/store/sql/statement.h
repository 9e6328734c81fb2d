// Internal to the SQL back ends: building a query whose conditions depend on the request,
// with every value bound, never spliced into the text.
//
//   Where where;
//   where.add("published = " + where.bind(1));
//   where.add_keyset({"code"}, page.after);   // (code, id) after the cursor
//   sql << "SELECT … FROM programmes" + where.sql() + " ORDER BY code, id LIMIT " + …,
//       soci::use(where.values()), …
//
// Not thread-safe.
#pragma once

#include <soci/soci.h>

#include <algorithm>
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "store/query.h"

namespace orbis::store::sql {

class Where {
 public:
  // A condition ANDed with the others.
  void add(std::string condition) { conditions_.push_back(std::move(condition)); }
  // A placeholder bound to `value`, for use in a condition.
  template <typename T>
  std::string bind(const T& value) {
    const std::string name = "p" + std::to_string(next_++);
    values_.set(name, value);
    return ":" + name;
  }
  std::string bind(std::int64_t value) { return bind(static_cast<long long>(value)); }
  // "(:p1, :p2, …)", a placeholder bound to each of `ids`, for "column IN …". REQUIRES: `ids`
  // is not empty.
  std::string bind_list(const std::vector<long long>& ids);
  // Rows after `cursor` in the order (columns…, id); `descending` reverses it.
  void add_keyset(const std::vector<std::string>& columns, const std::optional<Cursor>& cursor,
                  const std::string& id_column = "id", bool descending = false);
  // " WHERE a AND b", or "" when there is no condition.
  std::string sql() const;
  soci::values& values() { return values_; }
  bool empty() const { return conditions_.empty(); }

 private:
  std::vector<std::string> conditions_;
  soci::values values_;
  int next_ = 0;
};

// Ids bound in one "column IN (…)" statement: a few hundred keep under every back end's
// limit of bound parameters.
inline constexpr std::size_t kIdsPerStatement = 500;

// Calls `each` with `ids` in runs of at most kIdsPerStatement, in order: the children of a
// page's rows are read with one statement per run (a page is one run) rather than one per row.
template <typename Each>
void in_runs(const std::vector<long long>& ids, Each each) {
  for (std::size_t from = 0; from < ids.size(); from += kIdsPerStatement) {
    const auto to = std::min(ids.size(), from + kIdsPerStatement);
    each(std::vector<long long>(ids.begin() + static_cast<std::ptrdiff_t>(from),
                                ids.begin() + static_cast<std::ptrdiff_t>(to)));
  }
}

// Rows read from the database (anything with an `id.value`), by id and in their order, for
// reading their children in runs:
//
//   Parents<Mobility> parents(stays);
//   in_runs(parents.ids, [&](const std::vector<long long>& run) {
//     Where where;
//     soci::statement st = (sql.prepare << select_children(where, run, "mobility_id",
//                               "at, actor", "mobility_history", "position"),
//                           soci::use(where.values()), soci::into(owner), …);
//     st.execute();
//     while (st.fetch()) parents[owner].history.push_back(…);
//   });
template <typename T>
class Parents {
 public:
  explicit Parents(std::vector<T>& rows) {
    ids.reserve(rows.size());
    for (auto& row : rows) {
      by_id_.emplace(row.id.value, &row);
      ids.push_back(row.id.value);
    }
  }
  // The row `id`; throws std::out_of_range (an internal error) for an id not among them.
  T& operator[](long long id) const { return *by_id_.at(id); }

  std::vector<long long> ids;

 private:
  std::unordered_map<long long, T*> by_id_;
};

// "SELECT parent, columns FROM table WHERE parent IN (run…) [AND also] ORDER BY parent,
// order", with the run's ids bound in `where`.
std::string select_children(Where& where, const std::vector<long long>& run,
                            std::string_view parent, std::string_view columns,
                            std::string_view table, std::string_view order,
                            std::string_view also = {});

// " ORDER BY c1, c2, id LIMIT n+1": one row more than the page, to know whether more follow.
std::string order_and_limit(const std::vector<std::string>& columns, std::size_t limit,
                            const std::string& id_column = "id", bool descending = false);

// Cuts the extra row off `rows` and makes the cursor of the next page from the last row kept.
template <typename T, typename KeyOf>
Page<T> page_of(std::vector<T> rows, std::size_t limit, KeyOf key_of) {
  Page<T> page;
  if (rows.size() > limit) {
    rows.resize(limit);
    page.next = key_of(rows.back());
  }
  page.items = std::move(rows);
  return page;
}

// The page of `spec` among the rows `select(where, order)` gives, in the order of `columns`
// and then the id: adds the keyset condition to `where`, reads one row more than the page,
// and cuts it off.
template <typename Select, typename KeyOf>
auto keyset_page(Where& where, const std::vector<std::string>& columns, const PageSpec& spec,
                 Select select, KeyOf key_of) {
  where.add_keyset(columns, spec.after);
  return page_of(select(where, order_and_limit(columns, spec.limit)), spec.limit, key_of);
}

}  // namespace orbis::store::sql
