#include "store/sql/dialect.h"

#include <fmt/format.h>

#include <array>
#include <utility>

namespace orbis::store::sql {

std::string substitute(std::string_view text, std::string_view id, std::string_view boolean,
                       std::string_view true_literal, std::string_view false_literal,
                       std::string_view blob) {
  const std::array<std::pair<std::string_view, std::string_view>, 5> words{{
      {"{{id}}", id},
      {"{{bool}}", boolean},
      {"{{true}}", true_literal},
      {"{{false}}", false_literal},
      {"{{blob}}", blob},
  }};
  std::string out(text);
  for (const auto& [word, replacement] : words) {
    for (std::size_t at = 0; (at = out.find(word, at)) != std::string::npos;
         at += replacement.size())
      out.replace(at, word.size(), replacement);
  }
  return out;
}

std::string json_text(std::string_view column) {
  return fmt::format("COALESCE(CAST({} AS TEXT), '')", column);
}

}  // namespace orbis::store::sql
