// Test support: reading the data-driven cases under tests/cases/vc. Tests only; the
// library itself does no file I/O.
#pragma once

#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>
#include <string>

namespace orbis::credentials::testing {

inline std::filesystem::path vc_cases() {
  return std::filesystem::path(ORBIS_SOURCE_DIR) / "tests" / "cases" / "vc";
}

// The bytes of `path`, or "" if it cannot be read (tests then fail on the comparison).
inline std::string read_file(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream out;
  out << in.rdbuf();
  return out.str();
}

inline nlohmann::json read_json(const std::filesystem::path& path) {
  return nlohmann::json::parse(read_file(path));
}

}  // namespace orbis::credentials::testing
