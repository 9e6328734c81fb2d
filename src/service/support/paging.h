// A page of a list as the use cases return it: the items, the cursor of the next page (the
// store's keyset cursor, encoded for the client), and a total when the list counts.
// Thread-safety: plain values and pure functions.
#pragma once

#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <vector>

#include "common/error.h"
#include "store/query.h"

namespace orbis::service {

template <typename T>
struct Page {
  std::vector<T> items;
  std::optional<std::string> next;
  std::optional<std::size_t> total;
};

// A page of the API's list items, as the use cases that build them answer.
using JsonPage = Page<nlohmann::json>;

inline constexpr std::size_t kMaxKeysetPageSize = 100;

// The store's page spec for a client's limit and cursor of `list` in `sort` order;
// invalid_argument naming the parameter.
Result<store::PageSpec> page_spec(std::string_view list, std::string_view sort, std::size_t limit,
                                  std::string_view cursor);

// The client's cursor of the store's next page.
std::optional<std::string> next_cursor(std::string_view list, std::string_view sort,
                                       const std::optional<store::Cursor>& next);

}  // namespace orbis::service
