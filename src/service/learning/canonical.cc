#include "service/learning/canonical.h"

#include <nlohmann/json.hpp>

#include "service/support/serialize.h"

namespace orbis::service {

std::string canonical_text(std::int64_t mobility, const domain::LaVersion& v) {
  // nlohmann keeps object keys sorted, and dump() writes no spaces: one text per content.
  const nlohmann::json j = {{"mobility", mobility},
                            {"number", v.number},
                            {"components", la_components_json(v.components)},
                            {"reason", v.reason}};
  return j.dump();
}

}  // namespace orbis::service
