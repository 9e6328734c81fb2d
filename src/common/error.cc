#include "common/error.h"

namespace orbis {

Error Error::invalid(std::string message, std::vector<FieldError> fields) {
  return {ErrorCode::invalid_argument, std::move(message), std::move(fields)};
}
Error Error::not_found(std::string message) {
  return {ErrorCode::not_found, std::move(message), {}};
}
Error Error::exists(std::string message) {
  return {ErrorCode::already_exists, std::move(message), {}};
}
Error Error::conflict(std::string message) { return {ErrorCode::conflict, std::move(message), {}}; }
Error Error::denied(std::string message) {
  return {ErrorCode::permission_denied, std::move(message), {}};
}
Error Error::unauthenticated(std::string message) {
  return {ErrorCode::unauthenticated, std::move(message), {}};
}
Error Error::exhausted(std::string message) {
  return {ErrorCode::resource_exhausted, std::move(message), {}};
}
Error Error::failed_precondition(std::string message) {
  return {ErrorCode::failed_precondition, std::move(message), {}};
}
Error Error::aborted(std::string message) { return {ErrorCode::aborted, std::move(message), {}}; }
Error Error::unavailable(std::string message) {
  return {ErrorCode::unavailable, std::move(message), {}};
}
Error Error::internal(std::string message) { return {ErrorCode::internal, std::move(message), {}}; }

std::string_view to_string(ErrorCode code) {
  switch (code) {
    case ErrorCode::invalid_argument:
      return "invalid_argument";
    case ErrorCode::not_found:
      return "not_found";
    case ErrorCode::already_exists:
      return "already_exists";
    case ErrorCode::conflict:
      return "conflict";
    case ErrorCode::permission_denied:
      return "permission_denied";
    case ErrorCode::unauthenticated:
      return "unauthenticated";
    case ErrorCode::resource_exhausted:
      return "resource_exhausted";
    case ErrorCode::failed_precondition:
      return "failed_precondition";
    case ErrorCode::aborted:
      return "aborted";
    case ErrorCode::unavailable:
      return "unavailable";
    case ErrorCode::internal:
      return "internal";
  }
  return "internal";
}

}  // namespace orbis
