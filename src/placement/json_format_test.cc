// The JSON documents: every bad input is a one-line invalid_argument naming the problem,
// and the output records what is needed to reproduce a run.

#include "placement/json_format.h"

#include <gtest/gtest.h>

#include <cmath>
#include <limits>
#include <nlohmann/json.hpp>
#include <string>

#include "common/crypto.h"
#include "placement/allocation.h"

namespace orbis::placement {
namespace {

using Json = nlohmann::json;

constexpr std::string_view kSmallCall = R"({
  "offers": [{"id": "A", "seats": 1}, {"id": "B", "seats": 1, "priority": ["s2"]}],
  "applicants": [
    {"id": "s1", "score": 90, "preferences": ["A", "B"]},
    {"id": "s2", "score": 80, "preferences": ["B", "A"], "ineligible": {"A": "no French"}}
  ],
  "seed": 7
})";

struct BadInput {
  std::string name;
  std::string json;
  std::string message;  // a substring of the error message
};

void PrintTo(const BadInput& input, std::ostream* out) { *out << input.name; }

class PlacementBadInput : public testing::TestWithParam<BadInput> {};

TEST_P(PlacementBadInput, FailsWithOneLineNamingTheProblem) {
  const auto result = allocate_json(GetParam().json, {});
  ASSERT_FALSE(result.has_value());
  EXPECT_EQ(result.error().code, ErrorCode::invalid_argument);
  EXPECT_NE(result.error().message.find(GetParam().message), std::string::npos)
      << result.error().message;
  EXPECT_EQ(result.error().message.find('\n'), std::string::npos) << result.error().message;
}

const BadInput kBadInputs[] = {
    {"NegativeSeats", R"({"offers": [{"id": "A", "seats": -2}], "applicants": []})",
     R"(offer "A" has negative seats (-2))"},
    {"DuplicateOffer",
     R"({"offers": [{"id": "A", "seats": 1}, {"id": "A", "seats": 2}], "applicants": []})",
     R"(duplicate offer id "A")"},
    {"DuplicateApplicant",
     R"({"offers": [], "applicants": [{"id": "s", "score": 1, "preferences": []}, {"id": "s", "score": 2, "preferences": []}]})",
     R"(duplicate applicant id "s")"},
    {"EmptyId", R"({"offers": [{"id": "", "seats": 1}], "applicants": []})", "empty id"},
    {"DuplicatePreference",
     R"({"offers": [{"id": "A", "seats": 1}], "applicants": [{"id": "s", "score": 1, "preferences": ["A", "A"]}]})",
     R"(applicant "s" ranks offer "A" twice)"},
    {"UnknownPreference",
     R"({"offers": [{"id": "A", "seats": 1}], "applicants": [{"id": "s", "score": 1, "preferences": ["Z"]}]})",
     R"(applicant "s" ranks unknown offer "Z")"},
    {"UnknownIneligibleOffer",
     R"({"offers": [], "applicants": [{"id": "s", "score": 1, "preferences": [], "ineligible": {"Z": "x"}}]})",
     R"(ineligible for unknown offer "Z")"},
    {"UnknownPriorityApplicant",
     R"({"offers": [{"id": "A", "seats": 1, "priority": ["ghost"]}], "applicants": []})",
     R"(offer "A" priority lists unknown applicant "ghost")"},
    {"DuplicatePriorityApplicant",
     R"({"offers": [{"id": "A", "seats": 1, "priority": ["s", "s"]}], "applicants": [{"id": "s", "score": 1, "preferences": []}]})",
     R"(offer "A" priority lists applicant "s" twice)"},
    {"ScoreOverflow",
     R"({"offers": [], "applicants": [{"id": "s", "score": 1e400, "preferences": []}]})",
     "the number 1e400 is out of range"},
    {"MalformedJson", "{\"offers\": [\n  {\"id\": \"A\", \"seats\": 1,}\n], \"applicants\": []}",
     "(line 2, column 26)"},
    {"TruncatedJson", R"({"offers": [)", "not valid JSON at byte 13 (line 1, column 13)"},
    {"NotAnObject", "[1, 2]", "the document must be an object"},
    {"MissingOffers", R"({"applicants": []})", "offers must be an array"},
    {"SeatsNotInteger", R"({"offers": [{"id": "A", "seats": 1.5}], "applicants": []})",
     "offers[0].seats must be an integer"},
    {"SeatsTooLarge",
     R"({"offers": [{"id": "A", "seats": 9223372036854775808}], "applicants": []})",
     "offers[0].seats must be at most 2^63 - 1"},
    {"SeatsMissing", R"({"offers": [{"id": "A"}], "applicants": []})",
     "offers[0].seats must be present"},
    {"IdNotString", R"({"offers": [{"id": 7, "seats": 1}], "applicants": []})",
     "offers[0].id must be a string"},
    {"ScoreNotNumber",
     R"({"offers": [], "applicants": [{"id": "s", "score": "high", "preferences": []}]})",
     "applicants[0].score must be a number"},
    {"PreferencesNotArray",
     R"({"offers": [], "applicants": [{"id": "s", "score": 1, "preferences": "A"}]})",
     "applicants[0].preferences must be an array of ids"},
    {"PreferenceNotString",
     R"({"offers": [], "applicants": [{"id": "s", "score": 1, "preferences": [3]}]})",
     "applicants[0].preferences[0] must be a string id"},
    {"IneligibleNotObject",
     R"({"offers": [], "applicants": [{"id": "s", "score": 1, "preferences": [], "ineligible": ["A"]}]})",
     "applicants[0].ineligible must be an object"},
    {"IneligibleReasonNotString",
     R"({"offers": [{"id": "A", "seats": 1}], "applicants": [{"id": "s", "score": 1, "preferences": [], "ineligible": {"A": 1}}]})",
     "applicants[0].ineligible.A must be a string"},
    {"UnknownField", R"({"offers": [{"id": "A", "seats": 1, "seat": 2}], "applicants": []})",
     R"(offers[0] has an unknown field "seat")"},
    {"UnknownTopLevelField", R"({"offers": [], "applicants": [], "mode": "optimal"})",
     R"(the document has an unknown field "mode")"},
    {"NegativeSeed", R"({"offers": [], "applicants": [], "seed": -1})",
     "seed must be a non-negative integer"},
    {"FractionalSeed", R"({"offers": [], "applicants": [], "seed": 1.5})",
     "seed must be a non-negative integer"},
};

INSTANTIATE_TEST_SUITE_P(Placement, PlacementBadInput, testing::ValuesIn(kBadInputs),
                         [](const testing::TestParamInfo<BadInput>& info) {
                           return info.param.name;
                         });

TEST(PlacementTypedInput, RejectsNonFiniteScores) {
  for (const double score :
       {std::numeric_limits<double>::quiet_NaN(), std::numeric_limits<double>::infinity()}) {
    Problem problem;
    problem.applicants.push_back({{"s"}, score, {}, {}});
    const auto result = allocate(problem, {});
    ASSERT_FALSE(result);
    EXPECT_EQ(result.error().message, R"(applicant "s" has a non-finite score)");
    ASSERT_EQ(result.error().fields.size(), 1u);
    EXPECT_EQ(result.error().fields[0].field, "applicants[0].score");
  }
}

TEST(PlacementTypedInput, RejectsUnknownNamesInChanges) {
  const auto problem = parse_problem(kSmallCall);
  ASSERT_TRUE(problem);
  const auto before = allocate(*problem, {});
  ASSERT_TRUE(before);
  EXPECT_FALSE(refill(*problem, *before, {.withdrawn = {{"ghost"}}}, {}));
  EXPECT_FALSE(refill(*problem, *before, {.rejections = {{{"s1"}, {"Z"}}}}, {}));
  EXPECT_TRUE(refill(*problem, *before, {.rejections = {{{"s1"}, {"A"}}}}, {}));
}

TEST(PlacementTypedInput, AcceptsHugeSeatCountsWithoutOverflow) {
  constexpr std::int64_t kUnlimited = std::numeric_limits<std::int64_t>::max();
  Problem problem;
  problem.offers = {{{"A"}, kUnlimited, {}}, {{"B"}, kUnlimited, {}}};
  problem.applicants = {{{"s1"}, 1, {{"A"}}, {}}, {{"s2"}, 2, {{"B"}, {"A"}}, {}}};
  for (const Mode mode : {Mode::stable, Mode::optimal}) {
    const auto result = allocate(problem, {.mode = mode});
    ASSERT_TRUE(result) << result.error().message;
    EXPECT_EQ(result->statistics.placed, 2u);
    EXPECT_EQ(result->statistics.seats, kUnlimited);  // saturated, not wrapped
    EXPECT_FALSE(result->offers[0].cutoff);
  }
}

TEST(PlacementModes, ParsesModeNames) {
  EXPECT_EQ(parse_mode("stable"), Mode::stable);
  EXPECT_EQ(parse_mode("optimal"), Mode::optimal);
  EXPECT_FALSE(parse_mode("fast"));
}

TEST(PlacementOutput, RecordsEngineParametersAndInputHash) {
  const auto text = allocate_json(kSmallCall, {.mode = Mode::optimal});
  ASSERT_TRUE(text) << text.error().message;
  const Json output = Json::parse(*text);
  EXPECT_EQ(output["engine"]["name"], "orbis-placement");
  EXPECT_EQ(output["engine"]["version"], std::string(kEngineVersion));
  EXPECT_EQ(output["engine"]["algorithm"], "min_cost_flow");
  EXPECT_EQ(output["parameters"], Json::parse(R"({"mode": "optimal", "seed": 7})"));
  const auto problem = parse_problem(kSmallCall);
  EXPECT_EQ(output["input_sha256"], crypto::sha256_hex(canonical_input(*problem)));
  EXPECT_EQ(output["input_sha256"].get<std::string>().size(), 64u);
}

TEST(PlacementOutput, SeedOptionOverridesTheInputSeed) {
  const Json output = Json::parse(*allocate_json(kSmallCall, {.seed = 99}));
  EXPECT_EQ(output["parameters"]["seed"], 99);
}

TEST(PlacementOutput, CanonicalInputIgnoresLayoutKeyOrderAndSeed) {
  const auto compact = parse_problem(
      R"({"seed":1,"applicants":[{"preferences":["B","A"],"score":80.0,"id":"s2","ineligible":{"A":"no French"}},)"
      R"({"id":"s1","score":90,"preferences":["A","B"]}],"offers":[{"seats":1,"id":"A","priority":[]},{"id":"B","seats":1,"priority":["s2"]}]})");
  const auto spaced = parse_problem(kSmallCall);
  ASSERT_TRUE(compact && spaced);
  // Same data, different applicant order: different canonical input.
  EXPECT_NE(canonical_input(*compact), canonical_input(*spaced));
  Problem reordered = *compact;
  std::swap(reordered.applicants[0], reordered.applicants[1]);
  EXPECT_EQ(canonical_input(reordered), canonical_input(*spaced));
  EXPECT_EQ(
      canonical_input(*spaced),
      R"({"applicants":[{"id":"s1","ineligible":{},"preferences":["A","B"],"score":90},)"
      R"({"id":"s2","ineligible":{"A":"no French"},"preferences":["B","A"],"score":80}],)"
      R"("offers":[{"id":"A","priority":[],"seats":1},{"id":"B","priority":["s2"],"seats":1}]})");
}

TEST(PlacementOutput, CanonicalInputEscapesLikeJcs) {
  Problem problem;
  problem.offers.push_back({{"a\"b\\c\n\x01\xc3\xa9"}, 2, {}});
  EXPECT_EQ(canonical_input(problem),
            "{\"applicants\":[],\"offers\":[{\"id\":\"a\\\"b\\\\c\\n\\u0001\xc3\xa9\",\"priority\":"
            "[],\"seats\":2}]}");
}

TEST(PlacementOutput, ExplainsEveryPreferenceAboveTheResult) {
  const Json output = Json::parse(*allocate_json(kSmallCall, {}));
  // Everyone gets their first eligible choice: nothing to explain.
  EXPECT_EQ(output["explanations"], Json::array());
  const Json both = Json::parse(*allocate_json(R"({
    "offers": [{"id": "A", "seats": 1}],
    "applicants": [{"id": "s1", "score": 90, "preferences": ["A"]},
                   {"id": "s2", "score": 80, "preferences": ["A"]},
                   {"id": "s3", "score": 99, "preferences": ["A"], "ineligible": {"A": "no visa"}}]})",
                                               {}));
  EXPECT_EQ(both["explanations"], Json::parse(R"([
    {"applicant": "s2", "offer": "A", "preference": 1, "reason": "outranked", "priority_position": 3,
     "cutoff_score": 90.0, "cutoff_priority_position": 2},
    {"applicant": "s3", "offer": "A", "preference": 1, "reason": "not_eligible", "detail": "no visa"}])"));
  EXPECT_EQ(both["assignments"][0],
            Json::parse(R"({"applicant": "s1", "offer": "A", "preference": 1})"));
  EXPECT_EQ(both["assignments"][1],
            Json::parse(R"({"applicant": "s2", "offer": null, "preference": null})"));
  EXPECT_EQ(both["offers"][0]["cutoff"],
            Json::parse(R"({"applicant": "s1", "score": 90.0, "priority_position": 2})"));
}

TEST(PlacementOutput, HandlesAnEmptyCall) {
  const auto text = allocate_json(R"({"offers": [], "applicants": []})", {});
  ASSERT_TRUE(text);
  const Json output = Json::parse(*text);
  EXPECT_EQ(output["statistics"]["applicants"], 0);
  EXPECT_EQ(output["assignments"], Json::array());
  EXPECT_TRUE(allocate_json(R"({"offers": [], "applicants": []})", {.mode = Mode::optimal}));
}

}  // namespace
}  // namespace orbis::placement
