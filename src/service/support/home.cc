#include "service/support/home.h"

#include <fmt/format.h>

#include <charconv>
#include <cstdint>
#include <string>

namespace orbis::service {

Result<std::optional<InstitutionId>> home_institution_id(store::Transaction& tx) {
  auto value = tx.settings().get(kHomeInstitutionSetting);
  if (!value) return fail(value.error());
  if (!*value) return std::optional<InstitutionId>{};
  const std::string& text = **value;
  std::int64_t id = 0;
  const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), id);
  if (ec != std::errc{} || end != text.data() + text.size() || id <= 0)
    return fail(Error::internal(fmt::format("the setting {} holds '{}', not an institution's id",
                                            kHomeInstitutionSetting, text)));
  return std::optional(InstitutionId{id});
}

Result<InstitutionId> require_home_institution(store::Transaction& tx) {
  auto id = home_institution_id(tx);
  if (!id) return fail(id.error());
  if (!*id)
    return fail(Error::not_found("no home institution is set; run 'orbis demo' or set one"));
  return **id;
}

}  // namespace orbis::service
