#include "grades/scale.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "grades/json_format.h"

namespace orbis::grades {
namespace {

const ScaleRegistry& builtins() {
  static const ScaleRegistry registry = ScaleRegistry::with_builtins();
  return registry;
}

Grade parse(std::string_view scale, std::string_view text) {
  auto s = builtins().find(scale);
  EXPECT_TRUE(s.has_value());
  auto grade = (*s)->parse(text);
  EXPECT_TRUE(grade.has_value()) << scale << " " << text << ": "
                                 << (grade ? "" : grade.error().message);
  return grade.value_or(Grade{});
}

std::string error_of(std::string_view scale, std::string_view text) {
  auto grade = (*builtins().find(scale))->parse(text);
  EXPECT_FALSE(grade.has_value()) << scale << " " << text;
  if (grade) return "";
  EXPECT_EQ(grade.error().code, ErrorCode::invalid_argument);
  return grade.error().message;
}

bool better(std::string_view scale, std::string_view a, std::string_view b) {
  return compare(parse(scale, a), parse(scale, b)) > 0;
}

bool equivalent(std::string_view scale, std::string_view a, std::string_view b) {
  return compare(parse(scale, a), parse(scale, b)) == 0;
}

TEST(GradesScale, TheBuiltInsAreExactlyTheNine) {
  std::vector<std::string> ids;
  for (const Scale* scale : builtins().all()) ids.push_back(scale->id());
  EXPECT_EQ(ids, (std::vector<std::string>{"ects", "us4", "cn100", "uk", "de", "fr20", "it30",
                                           "nl10", "jp"}));
}

TEST(GradesScale, EveryBuiltInDefinitionIsValid) {
  for (ScaleDefinition& d : builtin_scale_definitions()) {
    const std::string id = d.id;
    auto scale = Scale::create(std::move(d));
    EXPECT_TRUE(scale.has_value()) << id << ": " << (scale ? "" : scale.error().message);
  }
}

TEST(GradesScale, UnknownScaleListsTheKnownOnes) {
  auto scale = builtins().find("gpa5");
  ASSERT_FALSE(scale.has_value());
  EXPECT_EQ(scale.error().code, ErrorCode::invalid_argument);
  EXPECT_EQ(scale.error().message,
            "unknown scale 'gpa5'; the scales are: ects, us4, cn100, uk, de, fr20, it30, nl10, jp");
}

TEST(GradesEcts, PassesOrdersAndFails) {
  for (const char* g : {"A", "B", "C", "D", "E"}) EXPECT_TRUE(parse("ects", g).passes) << g;
  EXPECT_FALSE(parse("ects", "FX").passes);
  EXPECT_FALSE(parse("ects", "F").passes);
  EXPECT_TRUE(better("ects", "A", "B"));
  EXPECT_TRUE(better("ects", "E", "FX"));
  EXPECT_TRUE(better("ects", "FX", "F"));
  EXPECT_EQ(parse("ects", " c ").text, "C");
  EXPECT_EQ((*builtins().find("ects"))->best_failing().text, "FX");
  EXPECT_EQ(error_of("ects", "G"),
            "'G' is not a grade of ects (ECTS grading scale): pass: A, B, C, D, E; fail: FX, F");
  EXPECT_NE(error_of("ects", "85").find("not a grade of ects"), std::string::npos);
}

TEST(GradesUs4, LettersAndPointsShareOneOrder) {
  EXPECT_TRUE(equivalent("us4", "A+", "A"));
  EXPECT_TRUE(equivalent("us4", "A", "4.0"));
  EXPECT_TRUE(equivalent("us4", "B-", "2.7"));
  EXPECT_TRUE(better("us4", "A-", "3.69"));
  EXPECT_TRUE(better("us4", "3.71", "A-"));
  EXPECT_TRUE(better("us4", "D", "F"));
  EXPECT_TRUE(parse("us4", "D").passes);
  EXPECT_TRUE(parse("us4", "1.0").passes);
  EXPECT_FALSE(parse("us4", "0.99").passes);
  EXPECT_FALSE(parse("us4", "F").passes);
  EXPECT_EQ(parse("us4", "b+").text, "B+");
  EXPECT_EQ(parse("us4", "3.3").text, "3.30");
  EXPECT_EQ(*parse("us4", "C-").value, 1.7);
  EXPECT_EQ((*builtins().find("us4"))->best_failing().text, "F");
  EXPECT_NE(error_of("us4", "4.01").find("'4.01' is outside us4 (US 4.0 grade points)"),
            std::string::npos);
  EXPECT_NE(error_of("us4", "E").find("not a grade of us4"), std::string::npos);
}

TEST(GradesCn100, PassesFromSixty) {
  EXPECT_TRUE(parse("cn100", "60").passes);
  EXPECT_FALSE(parse("cn100", "59.99").passes);
  EXPECT_TRUE(better("cn100", "85.5", "85"));
  EXPECT_EQ(parse("cn100", "100").text, "100");
  EXPECT_EQ(parse("cn100", "88%").text, "88");
  EXPECT_EQ((*builtins().find("cn100"))->best_failing().text, "59");
  EXPECT_EQ(error_of("cn100", "101"),
            "'101' is outside cn100 (Chinese 100-point scale): a number 0-100, pass from 60");
  EXPECT_NE(error_of("cn100", "-5").find("not a grade of cn100"), std::string::npos);
  EXPECT_NE(error_of("cn100", "85/30").find("not a grade"), std::string::npos);
  EXPECT_NE(error_of("cn100", "").find("not a grade"), std::string::npos);
  EXPECT_NE(error_of("cn100", "1e2").find("not a grade"), std::string::npos);
}

TEST(GradesUk, ClassesStandForTheMarkTheyReach) {
  EXPECT_TRUE(equivalent("uk", "First", "70"));
  EXPECT_TRUE(better("uk", "72", "First"));
  EXPECT_TRUE(better("uk", "First", "69"));
  EXPECT_TRUE(equivalent("uk", "2:1", "Upper Second"));
  EXPECT_TRUE(equivalent("uk", "2:2", "50"));
  EXPECT_TRUE(better("uk", "Third", "Fail"));
  EXPECT_TRUE(parse("uk", "40").passes);
  EXPECT_FALSE(parse("uk", "39").passes);
  EXPECT_FALSE(parse("uk", "fail").passes);
  EXPECT_EQ(parse("uk", "upper  second class").text, "Upper Second");
  EXPECT_EQ((*builtins().find("uk"))->best_failing().text, "Fail");
}

TEST(GradesDe, LowerIsBetterAndAnyDecimalCounts) {
  EXPECT_TRUE(better("de", "1.0", "1.3"));
  EXPECT_TRUE(better("de", "2.3", "2.35"));
  EXPECT_TRUE(parse("de", "4.0").passes);
  EXPECT_FALSE(parse("de", "4.1").passes);
  EXPECT_EQ(parse("de", "1,7").text, "1.7");
  EXPECT_EQ(parse("de", "3").text, "3.0");
  EXPECT_EQ(parse("de", "2.35").text, "2.35");
  EXPECT_EQ((*builtins().find("de"))->best_failing().text, "5.0");
  EXPECT_EQ(error_of("de", "5.5"),
            "'5.5' is outside de (German grades 1.0-5.0): a number 1.0-5.0, lower is better, "
            "pass up to 4.0");
  EXPECT_NE(error_of("de", "1.234").find("more than two decimals"), std::string::npos);
}

TEST(GradesFr20, PassesFromTen) {
  EXPECT_TRUE(parse("fr20", "10").passes);
  EXPECT_FALSE(parse("fr20", "9.99").passes);
  EXPECT_EQ(parse("fr20", "14,5/20").text, "14.5");
  EXPECT_EQ((*builtins().find("fr20"))->best_failing().text, "9.9");
  EXPECT_NE(error_of("fr20", "21").find("outside fr20"), std::string::npos);
}

TEST(GradesIt30, LodeIsBestAndRespintoFails) {
  EXPECT_TRUE(better("it30", "30L", "30"));
  EXPECT_TRUE(equivalent("it30", "30 e lode", "30L"));
  EXPECT_TRUE(equivalent("it30", "30 cum laude", "30L"));
  EXPECT_TRUE(better("it30", "18", "17"));
  EXPECT_TRUE(parse("it30", "18").passes);
  EXPECT_FALSE(parse("it30", "17").passes);
  EXPECT_FALSE(parse("it30", "respinto").passes);
  EXPECT_EQ(parse("it30", "Respinto").text, "respinto");
  EXPECT_EQ(*parse("it30", "30L").value, 30);
  EXPECT_EQ((*builtins().find("it30"))->best_failing().text, "respinto");
  EXPECT_NE(error_of("it30", "31").find("outside it30"), std::string::npos);
}

TEST(GradesNl10, FivePointFiveRoundsToAPass) {
  EXPECT_TRUE(parse("nl10", "5.5").passes);
  EXPECT_FALSE(parse("nl10", "5.49").passes);
  EXPECT_EQ(parse("nl10", "8").text, "8.0");
  EXPECT_EQ((*builtins().find("nl10"))->best_failing().text, "5.4");
  EXPECT_NE(error_of("nl10", "0.5").find("outside nl10"), std::string::npos);
}

TEST(GradesJp, LettersAndKanji) {
  EXPECT_TRUE(equivalent("jp", "秀", "S"));
  EXPECT_TRUE(equivalent("jp", "優", "A"));
  EXPECT_TRUE(equivalent("jp", "良", "B"));
  EXPECT_TRUE(equivalent("jp", "可", "C"));
  EXPECT_TRUE(equivalent("jp", "不可", "F"));
  EXPECT_TRUE(better("jp", "S", "A"));
  EXPECT_TRUE(better("jp", "C", "F"));
  EXPECT_FALSE(parse("jp", "不可").passes);
  EXPECT_EQ((*builtins().find("jp"))->best_failing().text, "F");
}

TEST(GradesPosition, NumericScalesAreLinearBetweenPassAndNmax) {
  const Scale& cn100 = **builtins().find("cn100");
  EXPECT_DOUBLE_EQ(cn100.position(parse("cn100", "80")), 0.5);
  EXPECT_DOUBLE_EQ(cn100.position(parse("cn100", "60")), 0);
  const Scale& de = **builtins().find("de");
  EXPECT_DOUBLE_EQ(de.position(parse("de", "2.5")), 0.5);
  const Scale& uk = **builtins().find("uk");
  EXPECT_DOUBLE_EQ(uk.position(parse("uk", "95")), 1) << "beyond Nmax 80 counts as 80";
  EXPECT_EQ(uk.at_position(0.75).grade.text, "First");
  EXPECT_EQ(uk.at_position(0.7499).grade.text, "Upper Second");
  EXPECT_EQ(de.at_position(1).grade.text, "1.0");
  EXPECT_EQ(de.at_position(0).grade.text, "4.0");
}

TEST(GradesPosition, LabelScalesUseTheMiddleOfTheirReferenceBand) {
  const Scale& ects = **builtins().find("ects");
  EXPECT_DOUBLE_EQ(ects.position(parse("ects", "A")), 0.95);
  EXPECT_DOUBLE_EQ(ects.position(parse("ects", "C")), 0.5);
  EXPECT_EQ(ects.at_position(0.9).grade.text, "A") << "a boundary goes to the better band";
  EXPECT_EQ(ects.at_position(0.89).grade.text, "B");
  EXPECT_EQ(ects.at_position(0).grade.text, "E");
  const Scale& jp = **builtins().find("jp");
  EXPECT_DOUBLE_EQ(jp.position(parse("jp", "C")), 0.125);
}

TEST(GradesRounding, HalvesGoToTheBetterGradeAndGermanGradesAreTruncated) {
  const Scale& cn100 = **builtins().find("cn100");
  EXPECT_EQ(cn100.round_value(84.5).grade.text, "85");
  EXPECT_EQ(cn100.round_value(84.49).grade.text, "84");
  const Scale& de = **builtins().find("de");
  EXPECT_EQ(de.round_value(2.8).grade.text, "2.8");
  EXPECT_EQ(de.round_value(2.7999999999999998).grade.text, "2.8");
  EXPECT_EQ(de.round_value(1.99).grade.text, "1.9");
  EXPECT_EQ(de.round_value(0.7).grade.text, "1.0") << "kept within the passing range";
}

constexpr std::string_view kKorean = R"({"scales": [{
  "id": "kr45",
  "name": {"en": "Korean 4.5 grade points", "zh": "韩国 4.5 绩点"},
  "numeric": {"min": 0, "max": 4.5, "pass": 1.0, "decimals": 2},
  "grades": [
    {"grade": "A+", "value": 4.5}, {"grade": "A0", "value": 4.0, "aliases": ["A"]},
    {"grade": "B+", "value": 3.5}, {"grade": "B0", "value": 3.0}, {"grade": "C+", "value": 2.5},
    {"grade": "C0", "value": 2.0}, {"grade": "D+", "value": 1.5}, {"grade": "D0", "value": 1.0},
    {"grade": "F", "value": 0}
  ]
}, {
  "id": "pass-merit",
  "name": {"en": "Distinction, merit, pass", "zh": "优秀、良好、及格"},
  "grades": [
    {"grade": "Distinction", "passes": true}, {"grade": "Merit", "passes": true},
    {"grade": "Pass", "passes": true}, {"grade": "Fail", "passes": false}
  ],
  "reference": [20, 30, 50],
  "reference_source": "the school's published shares"
}]})";

TEST(GradesCustomScale, LoadFromJson) {
  auto scales = parse_scales(kKorean);
  ASSERT_TRUE(scales.has_value()) << scales.error().message;
  ASSERT_EQ(scales->size(), 2u);
  ScaleRegistry registry = ScaleRegistry::with_builtins();
  for (Scale& s : *scales) ASSERT_TRUE(registry.add(std::move(s)).has_value());
  const Scale& kr = **registry.find("kr45");
  EXPECT_EQ(kr.parse("a").value().text, "A0");
  EXPECT_EQ(kr.parse("3.75").value().text, "3.75");
  EXPECT_FALSE(kr.parse("F").value().passes);
  EXPECT_TRUE(kr.parse("D0").value().passes);
  EXPECT_EQ(kr.best_failing().text, "F");
  const Scale& merit = **registry.find("pass-merit");
  EXPECT_DOUBLE_EQ(merit.position(merit.parse("Merit").value()), 1 - 0.35);
  EXPECT_EQ(merit.best_failing().text, "Fail");
}

TEST(GradesCustomScale, CannotTakeABuiltInId) {
  ScaleRegistry registry = ScaleRegistry::with_builtins();
  auto scale = Scale::create(builtin_scale_definitions().front());
  ASSERT_TRUE(scale.has_value());
  auto added = registry.add(std::move(*scale));
  ASSERT_FALSE(added.has_value());
  EXPECT_EQ(added.error().message, "a scale with the id 'ects' exists already");
}

TEST(GradesCustomScale, BadDefinitionsAreRejectedWithOneLine) {
  const std::pair<std::string_view, std::string_view> cases[] = {
      {R"({"scales": [{"id": "X", "name": {"en": "x", "zh": "x"}, "numeric": {"min": 0, "max": 10, "pass": 5}}]})",
       "scale id 'X' must be 1-32 characters"},
      {R"({"scales": [{"id": "x", "name": {"en": "x", "zh": "x"}, "numeric": {"min": 0, "max": 10, "pass": 10}}]})",
       "the pass mark must lie strictly inside the range"},
      {R"({"scales": [{"id": "x", "name": {"en": "x", "zh": "x"}, "numeric": {"min": 0, "max": 10, "pass": 5, "rounding": "up"}}]})",
       "scales[0].numeric.rounding must be \"nearest\" or \"truncate\""},
      {R"({"scales": [{"id": "x", "name": {"en": "x", "zh": "x"}, "grades": [{"grade": "P", "passes": true}]}]})",
       "needs at least one passing and one failing grade"},
      {R"({"scales": [{"id": "x", "name": {"en": "x", "zh": "x"}, "grades": [{"grade": "F", "passes": false}, {"grade": "P", "passes": true}]}]})",
       "passing grades must come before failing ones"},
      {R"({"scales": [{"id": "x", "name": {"en": "x", "zh": "x"}, "numeric": {"min": 0, "max": 10, "pass": 5}, "grades": [{"grade": "low", "value": 6}, {"grade": "high", "value": 9}]}]})",
       "grades must be listed best first"},
      {R"({"scales": [{"id": "x", "name": {"en": "x", "zh": "x"}, "grades": [{"grade": "P", "passes": true}, {"grade": "p", "passes": false}]}]})",
       "the name 'p' is used twice"},
      {R"({"scales": [{"id": "x", "name": {"en": "x"}, "numeric": {"min": 0, "max": 10, "pass": 5}}]})",
       "scales[0].name.zh must be present"},
      {R"({"scales": [{"id": "x", "nam": {}}]})", "scales[0] has an unknown field \"nam\""},
      {R"({"scales": [{"id": "x", "name": {"en": "x", "zh": "x"}, "grades": [{"grade": "P", "passes": true}, {"grade": "F", "passes": false}], "reference": [90]}]})",
       "reference shares must be non-negative and sum to 100"},
      {R"({"scales": [}])", "not valid JSON at byte 13 (line 1, column 13)"},
  };
  for (const auto& [json, message] : cases) {
    auto scales = parse_scales(json);
    ASSERT_FALSE(scales.has_value()) << json;
    EXPECT_EQ(scales.error().code, ErrorCode::invalid_argument);
    EXPECT_NE(scales.error().message.find(message), std::string::npos)
        << scales.error().message << "\nexpected: " << message;
  }
}

}  // namespace
}  // namespace orbis::grades
