// Test support: the data-driven cases under tests/cases/ewp and the schema folder
// data/ewp/schemas. Tests only; the library itself reads no files except through
// validate()'s schema folder.
#pragma once

#include <filesystem>
#include <fstream>
#include <ostream>
#include <sstream>
#include <string>
#include <vector>

namespace orbis::interop::testing {

inline std::filesystem::path source_dir() { return std::filesystem::path(ORBIS_SOURCE_DIR); }
inline std::filesystem::path ewp_cases() { return source_dir() / "tests" / "cases" / "ewp"; }
inline std::filesystem::path schema_root() { return source_dir() / "data" / "ewp" / "schemas"; }
inline constexpr const char* kIiasSchema = "ewp-specs-api-iias-v7.0.0/endpoints/get-response.xsd";

// The bytes of `path`, or "" if it cannot be read (tests then fail on the comparison).
inline std::string read_file(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream out;
  out << in.rdbuf();
  return out.str();
}

// One row of tests/cases/ewp/iia-hashes.csv: the oracle's hash of the index-th iia (from 0)
// of a case file.
struct ExpectedHash {
  std::string file;
  std::size_t index = 0;
  std::string hash;
};

inline void PrintTo(const ExpectedHash& row, std::ostream* out) {
  *out << row.file << "#" << row.index;
}

inline std::vector<ExpectedHash> expected_hashes() {
  std::vector<ExpectedHash> rows;
  std::istringstream lines(read_file(ewp_cases() / "iia-hashes.csv"));
  std::string line;
  std::getline(lines, line);  // header: file,index,iia_hash
  while (std::getline(lines, line)) {
    const auto first = line.find(',');
    const auto second = line.find(',', first + 1);
    if (first == std::string::npos || second == std::string::npos) continue;
    rows.push_back({line.substr(0, first), std::stoul(line.substr(first + 1, second - first - 1)),
                    line.substr(second + 1)});
  }
  return rows;
}

}  // namespace orbis::interop::testing
