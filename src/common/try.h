// Early return on an error, for functions that return Result<T> or Status.
//
//   ORBIS_TRY(tx.commit());                            // returns the error, if any
//   ORBIS_ASSIGN_OR_RETURN(auto call, calls.get(id));  // declares `call` from the value
//
// Thread-safety: macros over values.
#pragma once

#include <expected>
#include <utility>

#define ORBIS_CONCAT_INNER(a, b) a##b
#define ORBIS_CONCAT(a, b) ORBIS_CONCAT_INNER(a, b)

#define ORBIS_TRY(expression)                                      \
  do {                                                             \
    if (auto orbis_try_result = (expression); !orbis_try_result)   \
      return std::unexpected(std::move(orbis_try_result).error()); \
  } while (false)

// `holder` is a name and `declaration` declares one ("auto call"): neither can be put in
// parentheses.
// NOLINTBEGIN(bugprone-macro-parentheses)
#define ORBIS_ASSIGN_OR_RETURN_IMPL(holder, declaration, expression) \
  auto holder = (expression);                                        \
  if (!holder) return std::unexpected(std::move(holder).error());    \
  declaration = std::move(*holder)
// NOLINTEND(bugprone-macro-parentheses)

#define ORBIS_ASSIGN_OR_RETURN(declaration, expression) \
  ORBIS_ASSIGN_OR_RETURN_IMPL(ORBIS_CONCAT(orbis_assign_, __LINE__), declaration, expression)
