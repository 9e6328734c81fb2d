// The enumerator a name stands for, in the tables of names the domain's enumerations keep
// (names[i] is the name of the enumerator whose value is i).
#pragma once

#include <array>
#include <cstddef>
#include <optional>
#include <string_view>

namespace orbis::domain {

template <typename E, typename Name, std::size_t N>
std::optional<E> enum_of(const std::array<Name, N>& names, std::string_view name) {
  for (std::size_t i = 0; i < N; ++i) {
    if (std::string_view{names[i]} == name) return static_cast<E>(i);
  }
  return std::nullopt;
}

}  // namespace orbis::domain
