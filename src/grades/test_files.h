// Test support: reading the data-driven cases and tables under tests/cases/grades. Tests
// only; the library itself does no file I/O.
#pragma once

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "grades/json_format.h"

namespace orbis::grades::testing {

inline std::filesystem::path cases_dir() {
  return std::filesystem::path(ORBIS_SOURCE_DIR) / "tests" / "cases" / "grades";
}

// The bytes of `path`, or "" if it cannot be read (tests then fail on parsing).
inline std::string read_file(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream out;
  out << in.rdbuf();
  return out.str();
}

// The valid example tables in tests/cases/grades/tables/, sorted by file name.
inline std::vector<DistributionTable> example_tables(const ScaleRegistry& scales) {
  std::vector<std::filesystem::path> files;
  for (const auto& entry : std::filesystem::directory_iterator(cases_dir() / "tables"))
    if (entry.path().extension() == ".json") files.push_back(entry.path());
  std::ranges::sort(files);
  std::vector<DistributionTable> tables;
  for (const auto& file : files) {
    auto parsed = parse_tables(read_file(file), scales);
    EXPECT_TRUE(parsed.has_value()) << file << ": " << (parsed ? "" : parsed.error().message);
    if (parsed) tables.insert(tables.end(), parsed->begin(), parsed->end());
  }
  return tables;
}

}  // namespace orbis::grades::testing
