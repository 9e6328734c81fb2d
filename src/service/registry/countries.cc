#include "service/registry/countries.h"

#include <algorithm>
#include <string>

namespace orbis::service {

Result<Page<domain::Country>> country_page(const PageRequest& request) {
  auto spec = page_spec("countries", "code", request);
  if (!spec) return fail(spec.error());
  const auto all = domain::countries();  // sorted by code
  auto first = all.begin();
  if (spec->after) {
    const std::string after = spec->after->keys.empty() ? "" : spec->after->keys.front();
    first = std::ranges::upper_bound(all, std::string_view(after), {}, &domain::Country::code);
  }
  const auto left = static_cast<std::size_t>(all.end() - first);
  Page<domain::Country> page;
  page.items.assign(first, first + static_cast<std::ptrdiff_t>(std::min(left, spec->limit)));
  if (left > spec->limit) {
    page.next =
        next_cursor("countries", "code", store::Cursor{{std::string(page.items.back().code)}, 0});
  }
  return page;
}

}  // namespace orbis::service
