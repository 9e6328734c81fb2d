// Errors as values. Thread-safe: all types here are plain values.
//
// Every expected failure in Orbis is an Error with a code from one small enum (after
// Abseil's Status): the code tells a caller whether to fix the input, retry or give up,
// and one table in the http layer maps codes to HTTP statuses.
#pragma once

#include <expected>
#include <string>
#include <string_view>
#include <vector>

namespace orbis {

enum class ErrorCode {
  invalid_argument,     // the caller's input is wrong; fix it
  not_found,            // the thing named does not exist (or is not visible to the caller)
  already_exists,       // a unique key is taken
  conflict,             // the state changed since it was read, or the transition is not allowed
  failed_precondition,  // the system is not in the state the action needs (a closed call, no
                        // home institution); fix the state first, retrying alone will not help
  permission_denied,    // authenticated, but the role or scope does not allow it
  unauthenticated,      // no valid credentials
  resource_exhausted,   // a rate or size limit was hit; retry later or send less
  aborted,              // the transaction lost a race with another writer; retry the whole
                        // transaction (the transaction runner does, a few times)
  unavailable,          // a dependency is down or busy; retry
  internal,             // a bug or broken invariant; never the user's fault
};

// One offending field of a validation error: a JSON pointer-ish path and a message.
struct FieldError {
  std::string field;
  std::string message;
};

struct Error {
  ErrorCode code = ErrorCode::internal;
  std::string message;             // one human sentence, English
  std::vector<FieldError> fields;  // for invalid_argument: what is wrong, field by field

  static Error invalid(std::string message, std::vector<FieldError> fields = {});
  static Error not_found(std::string message);
  static Error exists(std::string message);
  static Error conflict(std::string message);
  static Error denied(std::string message);
  static Error unauthenticated(std::string message);
  static Error exhausted(std::string message);
  static Error failed_precondition(std::string message);
  static Error aborted(std::string message);
  static Error unavailable(std::string message);
  static Error internal(std::string message);
};

// The stable name of a code, e.g. "invalid_argument".
std::string_view to_string(ErrorCode code);

template <typename T>
using Result = std::expected<T, Error>;
using Status = std::expected<void, Error>;

inline std::unexpected<Error> fail(Error error) { return std::unexpected<Error>(std::move(error)); }

}  // namespace orbis
