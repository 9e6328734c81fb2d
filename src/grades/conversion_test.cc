#include "grades/conversion.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <vector>

#include "grades/json_format.h"

namespace orbis::grades {
namespace {

const ScaleRegistry& builtins() {
  static const ScaleRegistry registry = ScaleRegistry::with_builtins();
  return registry;
}

DistributionTable table(std::string id, std::string scale, std::vector<DistributionRow> rows,
                        std::string field = "07 Engineering", std::string cycle = "bachelor") {
  TableDefinition d{.id = std::move(id),
                    .institution = "Example University",
                    .field = std::move(field),
                    .cycle = std::move(cycle),
                    .years = "2023",
                    .scale = std::move(scale),
                    .illustrative = true,
                    .rows = std::move(rows)};
  auto s = builtins().find(d.scale);
  EXPECT_TRUE(s.has_value());
  auto t = DistributionTable::create(std::move(d), **s);
  EXPECT_TRUE(t.has_value()) << (t ? "" : t.error().message);
  return std::move(*t);
}

Conversion convert_ok(std::string_view from, std::string_view to, std::string_view grade,
                      const Tables& tables = {}) {
  auto c = convert(builtins(), from, to, grade, tables);
  EXPECT_TRUE(c.has_value()) << (c ? "" : c.error().message);
  return c.value_or(Conversion{});
}

bool has_note(const Conversion& c, std::string_view text) {
  return std::ranges::any_of(c.notes, [&](const std::string& n) { return n.find(text) != n.npos; });
}

TEST(GradesFormula, PekingUniversityGpaSaysWhatItRounded) {
  const Conversion c = convert_ok("cn100", "us4", "85");
  EXPECT_EQ(c.to_grade.text, "3.58");
  EXPECT_EQ(c.method, Method::formula);
  EXPECT_TRUE(has_note(c, "computed 3.5781, rounded to 3.58"));
}

TEST(GradesFormula, BavarianDropsTheSecondDecimal) {
  const Conversion c = convert_ok("fr20", "de", "16.5");
  EXPECT_EQ(c.to_grade.text, "2.0");
  EXPECT_TRUE(has_note(c, "computed 2.05, further decimals dropped"));
  EXPECT_EQ(c.source,
            "modified Bavarian formula: 1 + 3(Nmax - N)/(Nmax - Nmin), Nmax 20.0, Nmin 10.0");
}

TEST(GradesFormula, UkMarksBeyondNmaxCountAsNmax) {
  const Conversion c = convert_ok("uk", "de", "92");
  EXPECT_EQ(c.to_grade.text, "1.0");
  EXPECT_TRUE(has_note(c, "92 is beyond Nmax 80 and counts as 80"));
}

TEST(GradesFormula, FailingGradesBecomeTheBestFailingGrade) {
  const Conversion c = convert_ok("cn100", "de", "12");
  EXPECT_EQ(c.to_grade.text, "5.0");
  EXPECT_FALSE(c.to_grade.passes);
  EXPECT_EQ(c.method, Method::formula);
  EXPECT_TRUE(
      has_note(c, "12 fails on cn100; failing grades convert to the best failing grade of de"));
}

TEST(GradesFormula, LabelOnlyScalesGoThroughThePositionNotTheBavarianFormula) {
  EXPECT_EQ(convert_ok("ects", "de", "B").method, Method::normalised_position);
  EXPECT_EQ(convert_ok("de", "jp", "1.0").method, Method::normalised_position);
  EXPECT_EQ(convert_ok("de", "jp", "1.0").to_grade.text, "S");
}

TEST(GradesIdentity, SameScaleGivesTheCanonicalForm) {
  const Conversion c = convert_ok("it30", "it30", "30 con lode");
  EXPECT_EQ(c.method, Method::identity);
  EXPECT_EQ(c.to_grade.text, "30L");
  EXPECT_EQ(c.source, "same scale");
}

TEST(GradesEgracons, MidpointOnABoundaryGoesToTheBetterRow) {
  const auto from = table("from", "ects", {{"A", 20}, {"B", 20}, {"C", 20}, {"D", 20}, {"E", 20}});
  const auto to = table("to", "jp", {{"S", 10}, {"A", 20}, {"B", 30}, {"C", 40}});
  // A covers 0-20, midpoint 10: the boundary of S (0-10] and A (10-30] -> S.
  EXPECT_EQ(convert_ok("ects", "jp", "A", {&from, &to}).to_grade.text, "S");
  // B covers 20-40, midpoint 30: the boundary of A and B (30-60] -> A.
  EXPECT_EQ(convert_ok("ects", "jp", "B", {&from, &to}).to_grade.text, "A");
  // D covers 60-80, midpoint 70: inside C (60-100].
  EXPECT_EQ(convert_ok("ects", "jp", "D", {&from, &to}).to_grade.text, "C");
  const Conversion e = convert_ok("ects", "jp", "E", {&from, &to});
  EXPECT_EQ(e.to_grade.text, "C");
  EXPECT_EQ(e.method, Method::egracons_table);
  EXPECT_TRUE(has_note(
      e, "E is in row E of from, covering 80%-100% (midpoint 90%); row C of to covers 60%-100%"));
}

TEST(GradesEgracons, SharesAreComparedAsFractionsOfEachTable) {
  // The source sums to 99.9: B's midpoint 74.95 is 75.03% of the table, past X's 75%.
  const auto from = table("from", "jp", {{"S", 25}, {"A", 25}, {"B", 49.9}, {"C", 0}});
  const auto to = table("to", "it30", {{"30", 75}, {"18", 25}});
  EXPECT_EQ(convert_ok("jp", "it30", "B", {&from, &to}).to_grade.text, "18");
}

TEST(GradesEgracons, RowsWithoutSharesAreNeverTheResult) {
  const auto from = table("from", "jp", {{"S", 0}, {"A", 50}, {"B", 25}, {"C", 25}});
  const auto to = table("to", "it30", {{"30L", 0}, {"30", 40}, {"18-29", 60}});
  // S covers 0-0, midpoint 0: not 30L, which nobody got, but the first row with a share.
  EXPECT_EQ(convert_ok("jp", "it30", "S", {&from, &to}).to_grade.text, "30");
}

TEST(GradesEgracons, RangeRowsCountFromTheirLowerEnd) {
  const auto from = table("from", "cn100", {{"90-100", 30}, {"75–89", 40}, {"60-74", 30}});
  const auto to = table("to", "de", {{"1.0-1.5", 30}, {"1.6-2.5", 40}, {"2.6-4.0", 30}});
  EXPECT_EQ(convert_ok("cn100", "de", "89.99", {&from, &to}).to_grade.text, "1.6-2.5");
  EXPECT_EQ(convert_ok("cn100", "de", "90", {&from, &to}).to_grade.text, "1.0-1.5");
  EXPECT_FALSE(convert_ok("cn100", "de", "90", {&from, &to}).to_grade.value.has_value());
}

TEST(GradesEgracons, TwoInstitutionsOnOneScaleNeedTheirTablesNamed) {
  const std::vector<DistributionTable> loaded = {
      table("westlake", "cn100", {{"90-100", 10}, {"80-89", 40}, {"60-79", 50}}),
      table("zju", "cn100", {{"90-100", 30}, {"80-89", 40}, {"60-79", 30}})};
  auto none = choose_tables(loaded, "cn100", "cn100");
  ASSERT_TRUE(none.has_value());
  EXPECT_EQ(convert_ok("cn100", "cn100", "85", *none).method, Method::identity);
  auto named = choose_tables(loaded, "cn100", "cn100", "westlake", "zju");
  ASSERT_TRUE(named.has_value());
  // 85 at Westlake covers 10-50, midpoint 30: ZJU's 90-100 (0-30].
  const Conversion c = convert_ok("cn100", "cn100", "85", *named);
  EXPECT_EQ(c.method, Method::egracons_table);
  EXPECT_EQ(c.to_grade.text, "90-100");
}

TEST(GradesEgracons, TablesOfDifferentFieldsGetANote) {
  const auto from = table("from", "ects", {{"A", 20}, {"B", 20}, {"C", 20}, {"D", 20}, {"E", 20}},
                          "03 Social sciences", "master");
  const auto to = table("to", "jp", {{"S", 25}, {"A", 25}, {"B", 25}, {"C", 25}});
  EXPECT_TRUE(has_note(convert_ok("ects", "jp", "A", {&from, &to}), "different fields or cycles"));
}

TEST(GradesEgracons, OneSidedTableIsNotUsedUnlessTheOtherSideIsEcts) {
  const auto westlake = table("westlake", "cn100", {{"90-100", 20}, {"60-89", 80}});
  const Conversion c = convert_ok("cn100", "fr20", "95", {&westlake, nullptr});
  EXPECT_EQ(c.method, Method::normalised_position);
  EXPECT_TRUE(has_note(c, "table westlake not used: no table for fr20"));
  const Conversion e = convert_ok("cn100", "ects", "95", {&westlake, nullptr});
  EXPECT_EQ(e.method, Method::egracons_table);
  EXPECT_EQ(e.to_grade.text, "A");  // 0-20, midpoint 10: A (0-10].
}

TEST(GradesEgracons, ATableOnTheWrongScaleIsRejected) {
  const auto westlake = table("westlake", "cn100", {{"90-100", 20}, {"60-89", 80}});
  auto c = convert(builtins(), "it30", "de", "28", {&westlake, nullptr});
  ASSERT_FALSE(c.has_value());
  EXPECT_EQ(c.error().message, "the from table 'westlake' is on cn100, not it30");
}

TEST(GradesChooseTables, SeveralOnOneScaleNeedAName) {
  const std::vector<DistributionTable> loaded = {table("a", "cn100", {{"60-100", 100}}),
                                                 table("b", "cn100", {{"60-100", 100}}),
                                                 table("t", "it30", {{"18-30", 100}})};
  auto chosen = choose_tables(loaded, "cn100", "it30");
  ASSERT_FALSE(chosen.has_value());
  EXPECT_EQ(chosen.error().message, "several tables are on cn100 (a, b); name the from table");
  chosen = choose_tables(loaded, "cn100", "it30", "b");
  ASSERT_TRUE(chosen.has_value());
  EXPECT_EQ(chosen->from->id(), "b");
  EXPECT_EQ(chosen->to->id(), "t");
}

TEST(GradesTable, BadTablesAreRejectedWithOneLine) {
  const std::pair<std::string_view, std::string_view> cases[] = {
      {R"({"tables": [{"id": "t", "institution": "i", "field": "f", "cycle": "phd", "years": "y", "scale": "ects", "rows": []}]})",
       "table 't': cycle 'phd' is not short, bachelor, master, doctorate or any"},
      {R"({"tables": [{"id": "t", "institution": "i", "field": "f", "cycle": "master", "years": "y", "scale": "ects", "rows": [{"grade": "A", "percent": 50}, {"grade": "C", "percent": 50}]}]})",
       "table 't': the last row must reach down to the pass mark"},
      {R"({"tables": [{"id": "t", "institution": "i", "field": "f", "cycle": "master", "years": "y", "scale": "ects", "rows": [{"grade": "A", "percent": 50}, {"grade": "B", "percent": 20}, {"grade": "E", "percent": 30}]}]})",
       "table 't': must list every passing grade of the scale"},
      {R"({"tables": [{"id": "t", "institution": "i", "field": "f", "cycle": "master", "years": "y", "scale": "de", "rows": [{"grade": "2.0", "percent": 50}, {"grade": "1.0", "percent": 50}]}]})",
       "table 't': row 2 ('1.0') overlaps the row above"},
      {R"({"tables": [{"id": "t", "institution": "i", "field": "f", "cycle": "master", "years": "y", "scale": "de", "rows": [{"grade": "1.0-4.0", "percent": 100.001}]}]})",
       "row 1 ('1.0-4.0') has a share with more than two decimals"},
      {R"({"tables": [{"id": "t", "institution": "i", "field": "f", "cycle": "master", "years": "y", "scale": "de", "rows": [{"grade": "1.0-2.0", "percent": 92233720368547758}, {"grade": "2.1-4.0", "percent": -92233720368547758}]}]})",
       "row 1 ('1.0-2.0') has a share over 100 percent"},
      {R"({"tables": [{"id": "t", "institution": "i", "field": "f", "cycle": "master", "years": "y", "scale": "gpa", "rows": []}]})",
       "unknown scale 'gpa'"},
      {R"({"tables": [{"id": "t", "institution": "i", "field": "f", "cycle": "master", "years": "y", "scale": "ects", "rows": [{"grade": "A", "share": 1}]}]})",
       "tables[0].rows[0] has an unknown field \"share\""},
      {R"({"tables": [{"id": "t", "institution": "i", "field": "f", "cycle": "master", "years": "y", "scale": "ects", "rows": [{"grade": "A", "percent": "10"}]}]})",
       "tables[0].rows[0].percent must be a number"},
      {R"({"tables": [{"id": "t", "institution": "i", "field": "f", "cycle": "master", "years": "y", "scale": "jp", "rows": [{"grade": "S", "percent": 25}, {"grade": "A", "percent": 25}, {"grade": "B", "percent": 25}, {"grade": "C", "percent": 25}]}, {"id": "t", "institution": "i", "field": "f", "cycle": "master", "years": "y", "scale": "jp", "rows": []}]})",
       "the table id 't' is used twice"},
      {R"({"tables": [{"id": "t", "field": "f", "cycle": "master", "years": "y", "scale": "ects", "rows": []}]})",
       "tables[0].institution must be present"},
      {R"([1, 2])", "the document must be an object"},
  };
  for (const auto& [json, message] : cases) {
    auto tables = parse_tables(json, builtins());
    ASSERT_FALSE(tables.has_value()) << json;
    EXPECT_EQ(tables.error().code, ErrorCode::invalid_argument);
    EXPECT_NE(tables.error().message.find(message), std::string::npos)
        << tables.error().message << "\nexpected: " << message;
  }
}

TEST(GradesTable, OneTableObjectIsADocumentToo) {
  auto tables = parse_tables(
      R"({"id": "t", "institution": "i", "field": "f", "cycle": "master", "years": "y", "scale": "it30", "rows": [{"grade": "18-30", "percent": 100}]})",
      builtins());
  ASSERT_TRUE(tables.has_value()) << tables.error().message;
  EXPECT_EQ(tables->front().row_grade(0).text, "18-30");
}

TEST(GradesOverride, AreRecordedBesideTheComputedGrade) {
  const Conversion computed = convert_ok("cn100", "us4", "85");
  const TimePoint at{std::chrono::milliseconds(1'790'000'000'000)};
  auto overridden =
      record_override(builtins(), computed, "a-", " Partner's transcript key ", UserId{7}, at);
  ASSERT_TRUE(overridden.has_value()) << overridden.error().message;
  EXPECT_EQ(overridden->to_grade.text, "3.58");
  EXPECT_EQ(overridden->final_grade(), "A-");
  EXPECT_EQ(overridden->coordinator_override->reason, "Partner's transcript key");
  EXPECT_EQ(computed.final_grade(), "3.58");

  auto bad = record_override(builtins(), computed, "4.3", "x", UserId{7}, at);
  ASSERT_FALSE(bad.has_value());
  EXPECT_NE(bad.error().message.find("'4.3' is outside us4"), std::string::npos);
  bad = record_override(builtins(), computed, "A", "  ", UserId{7}, at);
  ASSERT_FALSE(bad.has_value());
  EXPECT_EQ(bad.error().message, "an override needs a reason");
  bad = record_override(builtins(), computed, "A", "why", UserId{}, at);
  ASSERT_FALSE(bad.has_value());
  EXPECT_EQ(bad.error().message, "an override needs the coordinator");
}

TEST(GradesJson, ConversionDocument) {
  const Conversion c = convert_ok("cn100", "us4", "85");
  EXPECT_EQ(to_json(c), R"({
  "from": {
    "scale": "cn100",
    "grade": "85"
  },
  "to": {
    "scale": "us4",
    "grade": "3.58",
    "value": 3.58,
    "passes": true
  },
  "method": "formula",
  "source": "Peking University GPA formula: GPA = 4 - 3(100 - x)^2/1600 for 60 <= x <= 100, 0 below 60",
  "notes": [
    "computed 3.5781, rounded to 3.58"
  ]
})");
  const TimePoint at{std::chrono::milliseconds(1'790'000'000'000)};
  auto overridden = record_override(builtins(), c, "A-", "transcript key", UserId{7}, at);
  ASSERT_TRUE(overridden.has_value());
  EXPECT_NE(to_json(*overridden).find(R"("override": {
    "grade": "A-",
    "reason": "transcript key",
    "coordinator": 7,
    "at": "2026-09-21T)"),
            std::string::npos)
      << to_json(*overridden);
  EXPECT_NE(to_json(convert_ok("de", "jp", "2.0")).find(R"("value": null)"), std::string::npos);
  // A label on a numeric scale carries the value it stands for.
  EXPECT_NE(to_json(convert_ok("de", "uk", "2.0")).find(R"("value": 60)"), std::string::npos);
}

}  // namespace
}  // namespace orbis::grades
