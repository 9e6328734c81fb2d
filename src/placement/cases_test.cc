// Runs every hand-solved case in tests/cases/placement/*.json (format in docs/placement.md):
// each run places the input (or re-fills it after `changes`) and compares the output
// document with the expectation, field by field.

#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <map>
#include <nlohmann/json.hpp>
#include <sstream>
#include <string>
#include <vector>

#include "placement/allocation.h"
#include "placement/json_format.h"

namespace orbis::placement {
namespace {

using Json = nlohmann::json;

std::filesystem::path cases_dir() {
  return std::filesystem::path(ORBIS_SOURCE_DIR) / "tests" / "cases" / "placement";
}

std::string read_file(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

std::vector<std::string> case_names() {
  std::vector<std::string> names;
  for (const auto& entry : std::filesystem::directory_iterator(cases_dir())) {
    if (entry.path().extension() == ".json") names.push_back(entry.path().stem().string());
  }
  std::ranges::sort(names);
  return names;
}

Changes read_changes(const Json& json) {
  Changes changes;
  for (const auto& id : json.value("withdrawn", Json::array()))
    changes.withdrawn.push_back({id.get<std::string>()});
  for (const auto& rejection : json.value("rejections", Json::array())) {
    changes.rejections.push_back({{rejection.at("applicant").get<std::string>()},
                                  {rejection.at("offer").get<std::string>()}});
  }
  return changes;
}

// Runs one `runs[i]` entry; returns the output document and the displaced applicants.
std::pair<Json, Json> run_case(const std::string& input, const Json& run) {
  Options options;
  options.mode = *parse_mode(run.value("mode", "stable"));
  if (run.contains("seed")) options.seed = run.at("seed").get<std::uint64_t>();
  auto problem = parse_problem(input);
  EXPECT_TRUE(problem.has_value()) << (problem ? "" : problem.error().message);
  if (!problem) return {};
  auto allocation = allocate(*problem, options);
  EXPECT_TRUE(allocation.has_value()) << (allocation ? "" : allocation.error().message);
  if (!allocation) return {};
  if (!run.contains("changes")) return {Json::parse(to_json(*problem, *allocation)), Json::array()};
  auto refilled = refill(*problem, *allocation, read_changes(run.at("changes")), options);
  EXPECT_TRUE(refilled.has_value()) << (refilled ? "" : refilled.error().message);
  if (!refilled) return {};
  Json displaced = Json::array();
  for (const ApplicantId& id : refilled->displaced) displaced.push_back(id.value);
  return {Json::parse(to_json(refilled->problem, refilled->allocation)), displaced};
}

class PlacementCase : public testing::TestWithParam<std::string> {};

TEST_P(PlacementCase, MatchesHandSolvedExpectation) {
  const Json file = Json::parse(read_file(cases_dir() / (GetParam() + ".json")));
  ASSERT_TRUE(file.contains("description")) << "every case says what it shows";
  const std::string input = file.at("input").dump();
  ASSERT_FALSE(file.at("runs").empty());
  for (const Json& run : file.at("runs")) {
    SCOPED_TRACE(run.value("mode", "stable") + " run " + run.dump().substr(0, 80));
    const auto [output, displaced] = run_case(input, run);
    if (output.is_null()) continue;
    const Json& expected = run.at("expected");

    if (expected.contains("algorithm")) {
      EXPECT_EQ(output["engine"]["algorithm"], expected["algorithm"]);
    }
    Json assignments = Json::object();
    for (const Json& entry : output["assignments"])
      assignments[entry["applicant"].get<std::string>()] = entry["offer"];
    EXPECT_EQ(assignments, expected.at("assignments"));

    Json cutoffs = Json::object();
    Json waiting_lists = Json::object();
    for (const Json& offer : output["offers"]) {
      const std::string id = offer["offer"];
      cutoffs[id] = offer["cutoff"].is_null() ? Json(nullptr) : offer["cutoff"]["score"];
      if (!offer["waiting_list"].empty()) waiting_lists[id] = offer["waiting_list"];
    }
    if (expected.contains("cutoffs")) {
      EXPECT_EQ(cutoffs, expected["cutoffs"]);
    }
    if (expected.contains("waiting_lists")) {
      EXPECT_EQ(waiting_lists, expected["waiting_lists"]);
    }
    if (expected.contains("reasons")) {
      Json reasons = Json::object();
      for (const Json& e : output["explanations"]) {
        reasons[e["applicant"].get<std::string>()][e["offer"].get<std::string>()] = e["reason"];
      }
      EXPECT_EQ(reasons, expected["reasons"]);
    }
    if (expected.contains("statistics")) {
      for (const auto& [key, value] : expected["statistics"].items()) {
        EXPECT_EQ(output["statistics"][key], value) << "statistics." << key;
      }
    }
    if (expected.contains("displaced")) {
      EXPECT_EQ(displaced, expected["displaced"]);
    }
  }
}

INSTANTIATE_TEST_SUITE_P(Cases, PlacementCase, testing::ValuesIn(case_names()),
                         [](const testing::TestParamInfo<std::string>& info) {
                           std::string name = info.param;
                           std::ranges::replace_if(
                               name,
                               [](char c) { return !std::isalnum(static_cast<unsigned char>(c)); },
                               '_');
                           return name;
                         });

TEST(PlacementCases, DirectoryHoldsCases) { EXPECT_GE(case_names().size(), 8u); }

}  // namespace
}  // namespace orbis::placement
