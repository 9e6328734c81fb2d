// Opaque cursors for lists paged by offset. Thread-safe: pure functions.
//
// A cursor names its list, so one list's cursor is refused by another.
#pragma once

#include <string>
#include <string_view>

#include "common/error.h"

namespace orbis::service {

// The cursor of the page that starts at `offset` of `list` ("institutions", "people").
std::string encode_cursor(std::string_view list, std::size_t offset);

// The offset in `cursor`; invalid_argument (field "cursor") for anything this server did
// not give out for `list`.
Result<std::size_t> decode_cursor(std::string_view list, std::string_view cursor);

}  // namespace orbis::service
