// A page of a list as the use cases return it: the items, the cursor of the next page (the
// store's keyset cursor, encoded for the client), and a total when the list counts.
// Thread-safety: plain values and pure functions.
#pragma once

#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <vector>

#include "common/error.h"
#include "service/support/transaction.h"
#include "store/query.h"
#include "store/store.h"

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

// What a client asks of a list read a page at a time: how many items, and the `next` of the
// page before (empty: the first page).
struct PageRequest {
  std::size_t limit = kMaxKeysetPageSize;
  std::string cursor;
};

// The store's page spec for a client's limit and cursor of `list` in `sort` order;
// invalid_argument naming the parameter.
Result<store::PageSpec> page_spec(std::string_view list, std::string_view sort, std::size_t limit,
                                  std::string_view cursor);

// The same for a client's page request.
Result<store::PageSpec> page_spec(std::string_view list, std::string_view sort,
                                  const PageRequest& request);

// The client's cursor of the store's next page.
std::optional<std::string> next_cursor(std::string_view list, std::string_view sort,
                                       const std::optional<store::Cursor>& next);

// A page of `list` in `sort` order as the client asks for it, read in one read transaction
// of `store` by `read(tx, spec)` (which returns a Result<store::Page<T>>, and may check
// access or redact in that transaction); invalid_argument naming `limit` or `cursor`.
template <typename T, typename Read>
Result<Page<T>> read_page(store::Store& store, std::string_view list, std::string_view sort,
                          const PageRequest& request, Read read) {
  auto spec = page_spec(list, sort, request);
  if (!spec) return fail(spec.error());
  Result<store::Page<T>> found =
      run(store, store::Access::read,
          [&](store::Transaction& tx) -> Result<store::Page<T>> { return read(tx, *spec); });
  if (!found) return fail(found.error());
  return Page<T>{std::move(found->items), next_cursor(list, sort, found->next), std::nullopt};
}

}  // namespace orbis::service
