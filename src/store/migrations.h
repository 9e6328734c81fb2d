// Internal to the store: the numbered schema migrations. Thread-safe: immutable data.
#pragma once

#include <span>
#include <string_view>

namespace orbis::store::internal {

struct Migration {
  int version;
  std::string_view name;
  // Statements separated by ";\n". "{{id}}" stands for the back end's auto-increment
  // primary key column type.
  std::string_view sql;
};

// Every migration, in order. Never edit one that has shipped; add the next number.
std::span<const Migration> migrations();

}  // namespace orbis::store::internal
