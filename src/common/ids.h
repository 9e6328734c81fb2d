// Strong identifier types. Thread-safe: plain values.
//
// An Id<Tag> wraps the database's 64-bit key so that an InstitutionId can never be
// passed where a UserId is expected.
#pragma once

#include <compare>
#include <cstdint>
#include <functional>

namespace orbis {

template <typename Tag>
struct Id {
  std::int64_t value = 0;
  constexpr explicit operator bool() const { return value != 0; }
  friend constexpr auto operator<=>(Id, Id) = default;
};

using InstitutionId = Id<struct InstitutionTag>;
using OrgUnitId = Id<struct OrgUnitTag>;
using UserId = Id<struct UserTag>;
using PersonId = Id<struct PersonTag>;

}  // namespace orbis

template <typename Tag>
struct std::hash<orbis::Id<Tag>> {
  std::size_t operator()(orbis::Id<Tag> id) const noexcept {
    return std::hash<std::int64_t>{}(id.value);
  }
};
