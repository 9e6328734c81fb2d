// The shipped work-permit points tables, read as `orbis serve` reads them, checked at every
// band edge; and the reader's faults on broken tables.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "domain/scholars/work_permit.h"
#include "rules/rulebook.h"

namespace orbis::rules {
namespace {

using domain::scholars::Factor;
using domain::scholars::PointsInput;
using domain::scholars::PointsRuleSet;

constexpr std::string_view kTrialFile = "data/rules/cn/work-permit-points-2017-trial.toml";
constexpr std::string_view kInterimFile = "data/rules/cn/work-permit-points-interim.toml";

const Rulebook& book() {
  const auto& shipped_book = shipped();
  if (!shipped_book) {
    ADD_FAILURE() << shipped_book.error().message;
    static const Rulebook empty;
    return empty;
  }
  return *shipped_book;
}

const PointsRuleSet& shipped_set(std::string_view id) {
  for (const auto& set : book().points) {
    if (set.info.id == id) return set;
  }
  ADD_FAILURE() << "no shipped set " << id;
  static const PointsRuleSet empty;
  return empty;
}
const PointsRuleSet& trial() { return shipped_set("cn-work-permit-points-2017-trial"); }
const PointsRuleSet& interim() { return shipped_set("cn-work-permit-points-interim"); }

TEST(ShippedPoints, BothTablesAreReadAndOverlap) {
  ASSERT_TRUE(shipped()) << shipped().error().message;
  ASSERT_EQ(book().points.size(), 2u);
  EXPECT_EQ(trial().info.valid_from, "2017-04-01");
  EXPECT_EQ(interim().info.valid_from, "2017-09-01");
  EXPECT_TRUE(trial().info.valid_to.empty());
  EXPECT_TRUE(interim().info.valid_to.empty());
  for (const auto* set : {&trial(), &interim()}) {
    EXPECT_EQ(set->info.kind, "work_permit_points");
    EXPECT_EQ(set->table.items.size(), 9u);
    EXPECT_EQ(set->table.category.a_points, 85);
    EXPECT_EQ(set->table.category.b_points, 60);
    EXPECT_EQ(set->table.category.b_degree, domain::scholars::Degree::bachelor);
    EXPECT_EQ(set->table.category.b_work_years, 2);
    EXPECT_FALSE(set->info.note.empty());
    for (const auto& source : set->info.sources) {
      EXPECT_EQ(source.read_on, "2026-12-07") << source.id;
      EXPECT_FALSE(source.note.empty()) << source.id;
    }
  }
  int listed = 0;
  for (const auto& info : book().sets()) listed += info.kind == "work_permit_points";
  EXPECT_EQ(listed, 2);
}

int points(const PointsRuleSet& set, const PointsInput& input, Factor factor) {
  const auto assessment = domain::scholars::assess(set, input);
  if (!assessment) {
    ADD_FAILURE() << assessment.error().message;
    return -1;
  }
  for (const auto& item : assessment->items) {
    if (item.factor == factor) return item.points;
  }
  ADD_FAILURE() << "no item " << to_string(factor);
  return -1;
}

std::string born_aged(int age) { return std::to_string(2026 - age) + "-12-07"; }

PointsInput base_input() {
  PointsInput input;
  input.date_of_birth = born_aged(30);
  input.assessed_on = "2026-12-07";
  return input;
}

template <typename Value>
struct Golden {
  Value value;
  int trial;
  int interim;
};

template <typename Value, typename Apply>
void check(Factor factor, const std::vector<Golden<Value>>& goldens, Apply apply) {
  for (const auto& golden : goldens) {
    PointsInput input = base_input();
    apply(input, golden.value);
    EXPECT_EQ(points(trial(), input, factor), golden.trial)
        << "trial, " << to_string(factor) << " " << golden.value;
    EXPECT_EQ(points(interim(), input, factor), golden.interim)
        << "interim, " << to_string(factor) << " " << golden.value;
  }
}

TEST(ShippedPoints, EveryBandEdgeOfBothTables) {
  check<double>(Factor::salary,
                {{0, 0, 0},
                 {49999, 0, 0},
                 {50000, 5, 5},
                 {50001, 5, 5},
                 {69999, 5, 5},
                 {70000, 8, 8},
                 {70001, 8, 8},
                 {149999, 8, 8},
                 {150000, 11, 11},
                 {150001, 11, 11},
                 {249999, 11, 11},
                 {250000, 14, 14},
                 {250001, 14, 14},
                 {349999, 14, 14},
                 {350000, 17, 17},
                 {350001, 17, 17},
                 {449999, 17, 17},
                 {450000, 20, 20},
                 {450001, 20, 20}},
                [](PointsInput& input, double cny) { input.annual_salary_cny = cny; });
  check<int>(Factor::work_years,
             {{0, 0, 0},
              {1, 0, 0},
              {2, 5, 5},
              {3, 6, 6},
              {11, 14, 14},
              {12, 15, 15},
              {13, 15, 16},
              {16, 15, 19},
              {17, 15, 20},
              {18, 15, 20}},
             [](PointsInput& input, int years) { input.work_years = years; });
  check<double>(Factor::months_in_china,
                {{0, 0, 0},
                 {2.9, 0, 0},
                 {3, 5, 5},
                 {3.1, 5, 5},
                 {5.9, 5, 5},
                 {6, 10, 10},
                 {6.1, 10, 10},
                 {8.9, 10, 10},
                 {9, 15, 15},
                 {9.1, 15, 15},
                 {12, 15, 15}},
                [](PointsInput& input, double months) { input.months_in_china_per_year = months; });
  check<int>(Factor::age,
             {{17, 0, 0},
              {18, 10, 10},
              {19, 10, 10},
              {24, 10, 10},
              {25, 10, 10},
              {26, 15, 15},
              {27, 15, 15},
              {44, 15, 15},
              {45, 15, 15},
              {46, 10, 10},
              {47, 10, 10},
              {54, 10, 10},
              {55, 10, 10},
              {56, 5, 5},
              {57, 5, 5},
              {59, 5, 5},
              {60, 5, 5},
              {61, 0, 0},
              {62, 0, 0}},
             [](PointsInput& input, int age) { input.date_of_birth = born_aged(age); });
}

TEST(ShippedPoints, EveryLevelAndOptionOfBothTables) {
  check<int>(Factor::education, {{0, 0, 0}, {1, 10, 10}, {2, 15, 15}, {3, 20, 20}},
             [](PointsInput& input, int degree) {
               input.degree = static_cast<domain::scholars::Degree>(degree);
             });
  check<int>(Factor::chinese,
             {{0, 0, 0}, {1, 2, 1}, {2, 4, 2}, {3, 6, 3}, {4, 8, 4}, {5, 10, 5}, {6, 10, 5}},
             [](PointsInput& input, int level) { input.hsk_level = level; });
  check<bool>(Factor::chinese, {{true, 10, 5}}, [](PointsInput& input, bool taught) {
    input.chinese_taught_bachelor_or_higher = taught;
  });
  check<bool>(Factor::chinese, {{true, 0, 5}},
              [](PointsInput& input, bool former) { input.former_chinese_national = former; });
  check<bool>(Factor::work_location, {{false, 0, 0}, {true, 10, 10}},
              [](PointsInput& input, bool region) { input.encouraged_region = region; });
  check<bool>(Factor::distinction, {{false, 0, 0}, {true, 5, 5}},
              [](PointsInput& input, bool top) { input.top_university_or_fortune_500 = top; });
  check<bool>(Factor::distinction, {{true, 0, 5}},
              [](PointsInput& input, bool patents) { input.patents = patents; });
  check<int>(Factor::distinction, {{4, 0, 0}, {5, 0, 5}, {6, 0, 5}},
             [](PointsInput& input, int years) { input.continuous_years_in_china = years; });
  check<bool>(Factor::distinction, {{true, 5, 5}}, [](PointsInput& input, bool all) {
    input.top_university_or_fortune_500 = all;
    input.patents = all;
    input.continuous_years_in_china = 9;
  });
  check<int>(Factor::provincial_bonus, {{0, 0, 0}, {1, 1, 1}, {9, 9, 9}, {10, 10, 10}},
             [](PointsInput& input, int bonus) { input.provincial_bonus = bonus; });
}

TEST(ShippedPoints, TheInterimTableAppliesWhileBothHold) {
  PointsInput input = base_input();
  input.hsk_level = 5;
  input.hsk_certificate = true;
  const auto both = domain::scholars::assess_under_each(book().points, input);
  ASSERT_TRUE(both) << both.error().message;
  ASSERT_EQ(both->assessments.size(), 2u);
  EXPECT_EQ(both->applied_assessment().rule_set, "cn-work-permit-points-interim");
  input.assessed_on = "2017-06-30";
  input.date_of_birth = "1987-06-30";
  const auto before = domain::scholars::assess_under_each(book().points, input);
  ASSERT_TRUE(before);
  ASSERT_EQ(before->assessments.size(), 1u);
  EXPECT_EQ(before->applied_assessment().rule_set, "cn-work-permit-points-2017-trial");
}

// The text of a shipped file with `from` replaced by `to` (which must occur).
std::string edited(std::string_view file, std::string_view from, std::string_view to) {
  std::string text;
  for (const auto& f : shipped_files()) {
    if (f.name == file) text = f.text;
  }
  const auto at = text.find(from);
  if (at == std::string::npos) {
    ADD_FAILURE() << "not in " << file << ": " << from;
    return text;
  }
  return text.replace(at, from.size(), to);
}

// The first fault parse() finds in `text` as `file`, or "read" when it finds none.
std::string fault(std::string_view file, const std::string& text) {
  const auto read = parse({RuleFile{file, text}});
  if (read) return "read";
  EXPECT_EQ(read.error().code, ErrorCode::invalid_argument);
  return read.error().message;
}

std::string trial_fault(std::string_view from, std::string_view to) {
  return fault(kTrialFile, edited(kTrialFile, from, to));
}
std::string interim_fault(std::string_view from, std::string_view to) {
  return fault(kInterimFile, edited(kInterimFile, from, to));
}

TEST(PointsReader, ReadsTheShippedFilesAlone) {
  EXPECT_EQ(trial_fault("", ""), "read");
  EXPECT_EQ(interim_fault("", ""), "read");
}

TEST(PointsReader, FaultsNameTheFileAndKey) {
  const auto read =
      parse({RuleFile{kTrialFile, edited(kTrialFile, "id = \"salary\"", "id = \"wage\"")}});
  ASSERT_FALSE(read);
  EXPECT_EQ(read.error().message,
            std::string(kTrialFile) +
                ": item[0].id: unknown item wage; the items are salary, education, work_years, "
                "months_in_china, chinese, work_location, age, distinction and "
                "provincial_bonus");
  ASSERT_EQ(read.error().fields.size(), 1u);
  EXPECT_EQ(read.error().fields[0].field, std::string(kTrialFile) + "#item[0].id");
}

std::string message_after_key(const std::string& message) {
  const auto at = message.find(": ");
  return at == std::string::npos ? message : message.substr(at + 2);
}

TEST(PointsReader, BandsOutOfOrderOrOverlapping) {
  EXPECT_EQ(message_after_key(trial_fault(
                "  { from = 5, below = 7, points = 5 },\n  { from = 7, below = 15, points = 8 },",
                "  { from = 7, below = 15, points = 8 },\n  { from = 5, below = 7, points = 5 },")),
            "item[0].bands[2].from: out of order: bands go lowest first");
  EXPECT_EQ(message_after_key(trial_fault("{ from = 7, below = 15, points = 8 }",
                                          "{ from = 6, below = 15, points = 8 }")),
            "item[0].bands[2].from: overlaps the band before it");
  EXPECT_EQ(message_after_key(trial_fault("{ from = 26, through = 45, points = 15 }",
                                          "{ from = 25, through = 45, points = 15 }")),
            "item[6].bands[1].from: overlaps the band before it");
  EXPECT_EQ(message_after_key(trial_fault("{ from = 45, points = 20 },",
                                          "{ from = 45, points = 20 },\n{ from = 90, points = "
                                          "20 },")),
            "item[0].bands[7]: follows a band with no end");
  EXPECT_EQ(message_after_key(trial_fault("{ from = 5, below = 7, points = 5 }",
                                          "{ from = 5, below = 5, points = 5 }")),
            "item[0].bands[1].below: not above from");
  EXPECT_EQ(message_after_key(trial_fault("{ from = 45, points = 20 }",
                                          "{ from = 45, through = 50, points = 20 }")),
            "item[0].bands[6].through: only bands of whole years end through a year; use below");
  EXPECT_EQ(message_after_key(trial_fault("{ from = 18, through = 25, points = 10 }",
                                          "{ from = 18.5, through = 25, points = 10 }")),
            "item[6].bands[0].from: a whole number of years");
  EXPECT_EQ(message_after_key(trial_fault("{ from = 9, points = 15 }",
                                          "{ from = 9, points = 15, points_per_year = 1 }")),
            "item[3].bands[3].points_per_year: only bands of whole years grow by the year");
}

TEST(PointsReader, MaxSmallerThanPoints) {
  EXPECT_EQ(message_after_key(trial_fault("max = 20", "max = 19")),
            "item[0].bands[6].points: the item's max 19 is smaller than these 20 points");
  EXPECT_EQ(message_after_key(interim_fault("max = 5\nsource = \"sme-brother-table\"\nlevels",
                                            "max = 4\nsource = \"sme-brother-table\"\nlevels")),
            "item[4].levels[4].points: the item's max 4 is smaller than these 5 points");
  EXPECT_EQ(message_after_key(interim_fault("name_zh = \"具有专利等知识产权的\", points = 5",
                                            "name_zh = \"具有专利等知识产权的\", points = 6")),
            "item[7].options[1].points: the item's max 5 is smaller than these 6 points");
}

TEST(PointsReader, UnknownKeysLevelsAndOptions) {
  EXPECT_EQ(message_after_key(trial_fault("id = \"salary\"", "id = \"salary\"\ncolour = 1")),
            "item[0].colour: unknown key");
  EXPECT_EQ(message_after_key(trial_fault("{ from = 0, below = 5, points = 0 }",
                                          "{ from = 0, upto = 5, points = 0 }")),
            "item[0].bands[0].upto: unknown key");
  EXPECT_EQ(message_after_key(trial_fault("level = \"hsk5\"", "level = \"hsk7\"")),
            "item[4].levels[4].level: hsk1 to hsk6");
  EXPECT_EQ(message_after_key(trial_fault("level = \"master\"", "level = \"bachelor\"")),
            "item[1].levels[1].level: out of order or repeated: levels go lowest first");
  EXPECT_EQ(message_after_key(trial_fault("id = \"encouraged_region\"", "id = \"patents\"")),
            "item[5].options[0].id: patents is an option of distinction");
  EXPECT_EQ(message_after_key(trial_fault("id = \"encouraged_region\"", "id = \"region\"")),
            "item[5].options[0].id: unknown option region");
  EXPECT_EQ(
      message_after_key(interim_fault(", points = 5, at_least_years = 5 }", ", points = 5 }")),
      "item[7].options[2].at_least_years: missing");
  EXPECT_EQ(message_after_key(interim_fault("name_zh = \"具有专利等知识产权的\", points = 5",
                                            "name_zh = \"具有专利等知识产权的\", points = 5, "
                                            "at_least_years = 2")),
            "item[7].options[1].at_least_years: only continuous_work_in_china counts years");
  EXPECT_EQ(message_after_key(trial_fault("id = \"education\"", "id = \"education\"\nbands = []")),
            "item[1].bands: education is not scored by bands");
}

TEST(PointsReader, ItemsCategoryAndSources) {
  EXPECT_EQ(message_after_key(trial_fault("id = \"age\"", "id = \"salary\"")),
            "item[6].id: a second item salary");
  const auto cut = edited(kTrialFile, "", "");
  EXPECT_EQ(message_after_key(
                fault(kTrialFile, cut.substr(0, cut.find("[[item]]\nid = \"provincial_bonus\"")))),
            "item: no item provincial_bonus");
  EXPECT_EQ(message_after_key(trial_fault("b_points = 60", "b_points = 85")),
            "category.b_points: B needs fewer points than A");
  EXPECT_EQ(message_after_key(trial_fault("b_degree = \"bachelor\"", "b_degree = \"diploma\"")),
            "category.b_degree: none, bachelor, master or doctorate");
  EXPECT_EQ(message_after_key(trial_fault("a_points = 85", "a_points = 200")),
            "category.a_points: more than the table's items give (120 at most)");
  EXPECT_EQ(message_after_key(
                trial_fault("max = 20\nsource = \"hyit-table\"", "max = 20\nsource = \"nobody\"")),
            "item[0].source: names no source of the set: nobody");
  EXPECT_EQ(message_after_key(trial_fault("[category]", "[categories]")),
            "categories: unknown key");
}

// Points sets may overlap (the published tables disagree); two legal-clock sets may not.
TEST(PointsReader, PointsSetsMayOverlap) {
  const auto copy = edited(kTrialFile, "id = \"cn-work-permit-points-2017-trial\"",
                           "id = \"cn-work-permit-points-copy\"");
  const auto trial_text = edited(kTrialFile, "", "");
  const auto read = parse({RuleFile{kTrialFile, trial_text}, RuleFile{"copy.toml", copy}});
  ASSERT_TRUE(read) << read.error().message;
  EXPECT_EQ(read->points.size(), 2u);
}

}  // namespace
}  // namespace orbis::rules
