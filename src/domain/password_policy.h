// What a password must be: long enough, not too long, and not one of the passwords people
// choose most (the shipped list, data/common_passwords.txt).
//
// Thread-safety: immutable after construction; share it freely.
#pragma once

#include <string>
#include <string_view>
#include <unordered_set>

#include "common/error.h"

namespace orbis::domain {

class PasswordPolicy {
 public:
  static constexpr std::size_t kMinCharacters = 10;  // code points, so 中文 counts as typed
  static constexpr std::size_t kMaxBytes = 1024;

  // Length rules only.
  PasswordPolicy() = default;
  // Also refuses every password of `common_list` (one a line, compared case-insensitively).
  explicit PasswordPolicy(std::string_view common_list);

  // invalid_argument naming `field` when `password` is too short, too long, not UTF-8, one
  // of the common passwords, or the account's own email or its part before the '@'.
  Status check(std::string_view password, std::string_view email = {},
               std::string_view field = "password") const;

  std::size_t common_passwords() const { return common_.size(); }

 private:
  std::unordered_set<std::string> common_;
};

}  // namespace orbis::domain
