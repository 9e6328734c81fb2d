// Runs every hand-computed case in tests/cases/grades/*.json (format in docs/grades.md):
// each case converts one grade, with the tables it names, and compares the result (or the
// error) with the expectation.

#include <gtest/gtest.h>

#include <algorithm>
#include <nlohmann/json.hpp>
#include <set>
#include <string>
#include <vector>

#include "grades/conversion.h"
#include "grades/json_format.h"
#include "grades/test_files.h"

namespace orbis::grades {
namespace {

using Json = nlohmann::json;

std::vector<std::string> case_files() {
  std::vector<std::string> names;
  for (const auto& entry : std::filesystem::directory_iterator(testing::cases_dir())) {
    if (entry.path().extension() == ".json") names.push_back(entry.path().stem().string());
  }
  std::ranges::sort(names);
  return names;
}

// Loads the case's tables, chooses them and converts; the error message on failure.
Result<Conversion> run(const ScaleRegistry& scales, const Json& c,
                       std::vector<DistributionTable>& loaded) {
  for (const Json& file : c.value("tables", Json::array())) {
    auto tables =
        parse_tables(testing::read_file(testing::cases_dir() / file.get<std::string>()), scales);
    if (!tables) return fail(tables.error());
    loaded.insert(loaded.end(), tables->begin(), tables->end());
  }
  const std::string from = c.at("from"), to = c.at("to");
  auto chosen = choose_tables(loaded, from, to, c.value("from_table", ""), c.value("to_table", ""));
  if (!chosen) return fail(chosen.error());
  return convert(scales, from, to, c.at("grade").get<std::string>(), *chosen);
}

class GradesCase : public ::testing::TestWithParam<std::string> {};

TEST_P(GradesCase, MatchesHandComputedExpectation) {
  const auto scales = ScaleRegistry::with_builtins();
  const Json file = Json::parse(testing::read_file(testing::cases_dir() / (GetParam() + ".json")));
  ASSERT_TRUE(file.contains("description")) << "every case file says what it shows";
  ASSERT_FALSE(file.at("cases").empty());
  for (const Json& c : file.at("cases")) {
    SCOPED_TRACE(c.dump().substr(0, 160));
    const Json& expected = c.at("expected");
    std::vector<DistributionTable> loaded;
    const auto result = run(scales, c, loaded);
    if (expected.contains("error")) {
      ASSERT_FALSE(result.has_value()) << "expected an error";
      EXPECT_EQ(result.error().code, ErrorCode::invalid_argument);
      EXPECT_NE(result.error().message.find(expected["error"].get<std::string>()),
                std::string::npos)
          << result.error().message;
      continue;
    }
    ASSERT_TRUE(c.contains("why")) << "every case shows its arithmetic";
    ASSERT_TRUE(result.has_value()) << result.error().message;
    EXPECT_EQ(result->to_grade.text, expected.at("grade").get<std::string>());
    EXPECT_EQ(to_string(result->method), expected.at("method").get<std::string>());
    if (expected.contains("value")) {
      ASSERT_TRUE(result->to_grade.value.has_value());
      EXPECT_DOUBLE_EQ(*result->to_grade.value, expected["value"].get<double>());
    }
    if (expected.contains("source_contains")) {
      EXPECT_NE(result->source.find(expected["source_contains"].get<std::string>()),
                std::string::npos)
          << result->source;
    }
  }
}

INSTANTIATE_TEST_SUITE_P(Files, GradesCase, ::testing::ValuesIn(case_files()),
                         [](const auto& info) { return info.param; });

// The case files together convert from and to every built-in scale, by every method.
TEST(GradesCases, CoverEveryScaleAndMethod) {
  std::set<std::string> from, to, methods;
  for (const std::string& name : case_files()) {
    const Json file = Json::parse(testing::read_file(testing::cases_dir() / (name + ".json")));
    for (const Json& c : file.at("cases")) {
      if (c.at("expected").contains("error")) continue;
      from.insert(c.at("from").get<std::string>());
      to.insert(c.at("to").get<std::string>());
      methods.insert(c.at("expected").at("method").get<std::string>());
    }
  }
  for (const Scale* scale : ScaleRegistry::with_builtins().all()) {
    EXPECT_TRUE(from.contains(scale->id())) << scale->id() << " as a source";
    EXPECT_TRUE(to.contains(scale->id())) << scale->id() << " as a target";
  }
  EXPECT_EQ(methods, (std::set<std::string>{"identity", "egracons-table", "formula",
                                            "normalised-position"}));
}

}  // namespace
}  // namespace orbis::grades
