// Reading a rule file's TOML: each reader records the first fault with the file and the
// key, so that a parse names exactly what is wrong. Private to the rules layer.
#pragma once

#include <toml++/toml.h>

#include <optional>
#include <span>
#include <string>
#include <string_view>

#include "common/error.h"
#include "domain/rule_set.h"

namespace orbis::rules::internal {

class Reader {
 public:
  explicit Reader(std::string_view file) : file_(file) {}

  // A string; "" and a fault when required and absent, a fault when not a string.
  std::string text(const toml::table& table, std::string_view path, std::string_view key,
                   bool required = true);
  // An ISO date given as a string "YYYY-MM-DD" or a TOML date.
  std::string date(const toml::table& table, std::string_view path, std::string_view key,
                   bool required = true);
  std::optional<std::int64_t> integer(const toml::table& table, std::string_view path,
                                      std::string_view key, bool required = true);
  std::optional<double> number(const toml::table& table, std::string_view path,
                               std::string_view key, bool required = true);
  bool boolean(const toml::table& table, std::string_view path, std::string_view key);
  const toml::table* table(const toml::table& table, std::string_view path, std::string_view key,
                           bool required = true);
  const toml::array* array(const toml::table& table, std::string_view path, std::string_view key,
                           bool required = true);

  // A fault for each key of `table` that is not in `known`: a misspelt key would otherwise
  // be ignored, and its rule silently left out.
  void only_keys(const toml::table& table, std::string_view path,
                 std::span<const std::string_view> known);

  // [rule_set] and [[source]]: what every set says of itself.
  domain::RuleSetInfo info(const toml::table& root);

  void fault(std::string_view path, std::string message);
  bool ok() const { return !error_; }
  Error error() const { return *error_; }

 private:
  std::string file_;
  std::optional<Error> error_;
};

}  // namespace orbis::rules::internal
