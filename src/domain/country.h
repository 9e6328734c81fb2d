// ISO 3166-1 countries, compiled in. Thread-safe: immutable data.
#pragma once

#include <optional>
#include <span>
#include <string>
#include <string_view>

namespace orbis::domain {

struct Country {
  std::string_view code;     // ISO 3166-1 alpha-2, upper case: "CN"
  std::string_view alpha3;   // "CHN"
  std::string_view name;     // English short name: "China"
  std::string_view name_zh;  // Chinese name: "中国"
  std::string_view region;   // UN M49 region: "Asia"
};

// Every country, sorted by code.
std::span<const Country> countries();

// The country with this alpha-2 code (case-insensitive), or nullopt.
std::optional<Country> find_country(std::string_view code);

// A validated ISO 3166-1 alpha-2 code, always upper case.
class CountryCode {
 public:
  // Returns nullopt when `code` is not an assigned alpha-2 code.
  static std::optional<CountryCode> parse(std::string_view code);
  const std::string& str() const { return code_; }
  friend bool operator==(const CountryCode&, const CountryCode&) = default;

 private:
  explicit CountryCode(std::string code) : code_(std::move(code)) {}
  std::string code_;
};

}  // namespace orbis::domain
