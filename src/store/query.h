// What every list query of the store shares: a page size, a keyset cursor, and the page it
// returns. A list is read in the order of its sort key and id, and the next page starts
// after the last row of this one (`WHERE (key, id) > (:key, :id)`), so reading page 1,000
// costs what reading page 1 costs.
//
// Thread-safety: plain values and pure functions.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "common/error.h"

namespace orbis::store {

// Where the page before ended: the sort key of its last row (one text per sort column,
// compared as the database compares them) and that row's id.
struct Cursor {
  std::vector<std::string> keys;
  std::int64_t id = 0;
};

// A page size and where to start.
struct PageSpec {
  std::size_t limit = 20;
  std::optional<Cursor> after;
};

template <typename T>
struct Page {
  std::vector<T> items;
  std::optional<Cursor> next;  // set when more rows follow
};

// The opaque text a client passes back: names its list and sort, so that a cursor from
// another list or another order is refused.
std::string encode_cursor(std::string_view list, std::string_view sort, const Cursor& cursor);
// invalid_argument (field "cursor") for anything not given out for this list and sort.
Result<Cursor> decode_cursor(std::string_view list, std::string_view sort, std::string_view text);

inline constexpr std::size_t kMaxCursorBytes = 2048;

}  // namespace orbis::store
