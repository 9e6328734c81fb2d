#include "service/support/paging.h"

#include <fmt/format.h>

namespace orbis::service {

Result<store::PageSpec> page_spec(std::string_view list, std::string_view sort, std::size_t limit,
                                  std::string_view cursor) {
  if (limit < 1 || limit > kMaxKeysetPageSize) {
    return fail(Error::invalid(
        "a query parameter is out of range",
        {{"limit", fmt::format("a whole number from 1 to {}", kMaxKeysetPageSize)}}));
  }
  store::PageSpec spec{limit, std::nullopt};
  if (!cursor.empty()) {
    auto decoded = store::decode_cursor(list, sort, cursor);
    if (!decoded) return fail(decoded.error());
    spec.after = std::move(*decoded);
  }
  return spec;
}

Result<store::PageSpec> page_spec(std::string_view list, std::string_view sort,
                                  const PageRequest& request) {
  return page_spec(list, sort, request.limit, request.cursor);
}

std::optional<std::string> next_cursor(std::string_view list, std::string_view sort,
                                       const std::optional<store::Cursor>& next) {
  if (!next) return std::nullopt;
  return store::encode_cursor(list, sort, *next);
}

}  // namespace orbis::service
