#include "domain/scholars/work_permit.h"

#include <gtest/gtest.h>

#include <cmath>
#include <limits>
#include <string>
#include <vector>

namespace orbis::domain::scholars {
namespace {

// The two tables as data/rules/cn/ ships them, built by hand: the domain's tests do not read
// rule files (rules/points_test.cc checks the shipped files against the same edges).
Band below(double from, double end, int points) {
  Band band;
  band.from = from;
  band.below = end;
  band.points = points;
  return band;
}
Band through(int from, int end, int points) {
  Band band;
  band.from = from;
  band.through = end;
  band.points = points;
  return band;
}
Band open_ended(double from, int points, int points_per_year = 0) {
  Band band;
  band.from = from;
  band.points = points;
  band.points_per_year = points_per_year;
  return band;
}
PointsItem item(Factor factor, int max) {
  PointsItem i;
  i.factor = factor;
  i.name = std::string(to_string(factor));
  i.name_zh = i.name;
  i.max = max;
  i.source = "table";
  return i;
}
Option option(Claim claim, int points, int at_least_years = 0) {
  return {claim, std::string(to_string(claim)), std::string(to_string(claim)), points,
          at_least_years};
}

PointsRuleSet table_set(bool interim) {
  PointsRuleSet set;
  set.info.id = interim ? "interim" : "trial";
  set.info.kind = "work_permit_points";
  set.info.name = set.info.id;
  set.info.valid_from = interim ? "2017-09-01" : "2017-04-01";
  set.info.sources = {{"table", "a table", "https://example.org/table", "2026-12-07", ""}};
  auto& table = set.table;
  table.category = {85, 60, Degree::bachelor, 2, "table"};

  auto salary = item(Factor::salary, 20);
  salary.bands = {below(0, 5, 0),    below(5, 7, 5),    below(7, 15, 8),   below(15, 25, 11),
                  below(25, 35, 14), below(35, 45, 17), open_ended(45, 20)};
  auto education = item(Factor::education, 20);
  education.levels = {{"bachelor", 10}, {"master", 15}, {"doctorate", 20}};
  auto work_years = item(Factor::work_years, interim ? 20 : 15);
  work_years.bands = {below(0, 2, 0), open_ended(2, 5, 1)};
  auto months = item(Factor::months_in_china, 15);
  months.bands = {below(0, 3, 0), below(3, 6, 5), below(6, 9, 10), open_ended(9, 15)};
  auto chinese = item(Factor::chinese, interim ? 5 : 10);
  const int step = interim ? 1 : 2;
  for (int level = 1; level <= 5; ++level) {
    chinese.levels.push_back({"hsk" + std::to_string(level), level * step});
  }
  if (interim) chinese.options.push_back(option(Claim::former_chinese_national, 5));
  chinese.options.push_back(option(Claim::chinese_taught_degree, interim ? 5 : 10));
  auto location = item(Factor::work_location, 10);
  location.options = {option(Claim::encouraged_region, 10)};
  auto age = item(Factor::age, 15);
  age.bands = {through(18, 25, 10), through(26, 45, 15), through(46, 55, 10), through(56, 60, 5),
               open_ended(61, 0)};
  auto distinction = item(Factor::distinction, 5);
  distinction.options = {option(Claim::top_university_or_fortune_500, 5)};
  if (interim) {
    distinction.options.push_back(option(Claim::patents, 5));
    distinction.options.push_back(option(Claim::continuous_work_in_china, 5, 5));
  }
  auto bonus = item(Factor::provincial_bonus, 10);
  table.items = {salary, education, work_years, months, chinese, location, age, distinction, bonus};
  return set;
}

const PointsRuleSet& trial() {
  static const PointsRuleSet set = table_set(false);
  return set;
}
const PointsRuleSet& interim() {
  static const PointsRuleSet set = table_set(true);
  return set;
}

constexpr const char* kAssessedOn = "2026-12-07";

std::string born_aged(int age) { return std::to_string(2026 - age) + "-12-07"; }

// Nothing claimed but an age of 30, which scores 15 under both tables.
PointsInput base_input() {
  PointsInput input;
  input.date_of_birth = born_aged(30);
  input.assessed_on = kAssessedOn;
  return input;
}

const ItemPoints* item_of(const Assessment& assessment, Factor factor) {
  for (const auto& i : assessment.items) {
    if (i.factor == factor) return &i;
  }
  return nullptr;
}

int points(const PointsRuleSet& set, const PointsInput& input, Factor factor) {
  const auto assessment = assess(set, input);
  if (!assessment) {
    ADD_FAILURE() << assessment.error().message;
    return -1;
  }
  const auto* i = item_of(*assessment, factor);
  if (i == nullptr) {
    ADD_FAILURE() << "no item " << to_string(factor);
    return -1;
  }
  return i->points;
}

// A value of one fact and the points its item gives under each table.
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

TEST(WorkPermitPoints, SalaryBandEdges) {
  check<double>(
      Factor::salary,
      {{0, 0, 0},        {1, 0, 0},        {49999, 0, 0},       {50000, 5, 5},    {50001, 5, 5},
       {69999, 5, 5},    {70000, 8, 8},    {70001, 8, 8},       {149999, 8, 8},   {150000, 11, 11},
       {150001, 11, 11}, {249999, 11, 11}, {250000, 14, 14},    {250001, 14, 14}, {349999, 14, 14},
       {350000, 17, 17}, {350001, 17, 17}, {449999.99, 17, 17}, {450000, 20, 20}, {450001, 20, 20},
       {5000000, 20, 20}},
      [](PointsInput& input, double cny) { input.annual_salary_cny = cny; });
  EXPECT_EQ(points(trial(), base_input(), Factor::salary), 0);  // not given
}

TEST(WorkPermitPoints, WorkYearsGrowByTheYearUpToEachTablesMax) {
  check<int>(Factor::work_years,
             {{0, 0, 0},
              {1, 0, 0},
              {2, 5, 5},
              {3, 6, 6},
              {11, 14, 14},
              {12, 15, 15},  // the trial table's max
              {13, 15, 16},
              {16, 15, 19},
              {17, 15, 20},  // the interim table's max
              {18, 15, 20},
              {45, 15, 20}},
             [](PointsInput& input, int years) { input.work_years = years; });
  EXPECT_EQ(points(interim(), base_input(), Factor::work_years), 0);  // not given
}

TEST(WorkPermitPoints, MonthsInChinaBandEdges) {
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
}

// Whole years, inclusive: 25 is in 18-25, 60 in 56-60 (the files' notes say why).
TEST(WorkPermitPoints, AgeBandEdgesInWholeYears) {
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

TEST(WorkPermitPoints, AgeCountsWholeYearsToTheBirthday) {
  PointsInput input = base_input();
  input.date_of_birth = "2001-12-08";  // 25 tomorrow
  EXPECT_EQ(assess(trial(), input)->age, 24);
  input.date_of_birth = "2000-12-08";
  EXPECT_EQ(assess(trial(), input)->age, 25);
  EXPECT_EQ(points(trial(), input, Factor::age), 10);
  input.date_of_birth = "2000-12-07";  // 26 today
  EXPECT_EQ(assess(trial(), input)->age, 26);
  EXPECT_EQ(points(trial(), input, Factor::age), 15);
  input.date_of_birth = "2000-02-29";
  input.assessed_on = "2021-02-28";
  EXPECT_EQ(assess(trial(), input)->age, 20);
  input.assessed_on = "2021-03-01";
  EXPECT_EQ(assess(trial(), input)->age, 21);
  input.assessed_on = "2024-02-29";
  EXPECT_EQ(assess(trial(), input)->age, 24);
}

TEST(WorkPermitPoints, EducationLevels) {
  check<int>(Factor::education, {{0, 0, 0}, {1, 10, 10}, {2, 15, 15}, {3, 20, 20}},
             [](PointsInput& input, int degree) { input.degree = static_cast<Degree>(degree); });
}

TEST(WorkPermitPoints, HskLevelsAndFiveOrAbove) {
  check<int>(Factor::chinese,
             {{0, 0, 0}, {1, 2, 1}, {2, 4, 2}, {3, 6, 3}, {4, 8, 4}, {5, 10, 5}, {6, 10, 5}},
             [](PointsInput& input, int level) { input.hsk_level = level; });
}

// The Chinese item gives the best of what is claimed, never a sum.
TEST(WorkPermitPoints, ChineseTaughtDegreeAndFormerNationals) {
  check<int>(Factor::chinese, {{0, 10, 5}, {3, 10, 5}, {6, 10, 5}},
             [](PointsInput& input, int level) {
               input.hsk_level = level;
               input.chinese_taught_bachelor_or_higher = true;
             });
  // Only the interim table scores a former Chinese national.
  check<int>(Factor::chinese, {{0, 0, 5}, {2, 4, 5}, {6, 10, 5}},
             [](PointsInput& input, int level) {
               input.hsk_level = level;
               input.former_chinese_national = true;
             });
}

TEST(WorkPermitPoints, WorkLocation) {
  check<bool>(Factor::work_location, {{false, 0, 0}, {true, 10, 10}},
              [](PointsInput& input, bool region) { input.encouraged_region = region; });
}

// The interim table's patents and continuous work share one item of at most 5 with the top
// university or Fortune 500 claim; the trial table has only the latter.
TEST(WorkPermitPoints, DistinctionsShareOneItem) {
  check<bool>(Factor::distinction, {{false, 0, 0}, {true, 5, 5}},
              [](PointsInput& input, bool top) { input.top_university_or_fortune_500 = top; });
  check<bool>(Factor::distinction, {{false, 0, 0}, {true, 0, 5}},
              [](PointsInput& input, bool patents) { input.patents = patents; });
  check<int>(Factor::distinction, {{0, 0, 0}, {4, 0, 0}, {5, 0, 5}, {6, 0, 5}},
             [](PointsInput& input, int years) { input.continuous_years_in_china = years; });
  check<bool>(Factor::distinction, {{true, 5, 5}}, [](PointsInput& input, bool all) {
    input.top_university_or_fortune_500 = all;
    input.patents = all;
    input.continuous_years_in_china = 20;
  });
}

TEST(WorkPermitPoints, ProvincialBonusAsGranted) {
  check<int>(Factor::provincial_bonus, {{0, 0, 0}, {1, 1, 1}, {9, 9, 9}, {10, 10, 10}},
             [](PointsInput& input, int bonus) { input.provincial_bonus = bonus; });
}

TEST(WorkPermitPoints, ItemsSayWhatGaveThem) {
  PointsInput input = base_input();
  input.annual_salary_cny = 350000;
  input.work_years = 8;
  const auto assessment = assess(trial(), input);
  ASSERT_TRUE(assessment);
  ASSERT_EQ(assessment->items.size(), 9u);
  const auto* salary = item_of(*assessment, Factor::salary);
  EXPECT_EQ(salary->basis, "annual salary 350000 CNY, 35 × 10,000 CNY: band [35, 45)");
  EXPECT_EQ(salary->max, 20);
  EXPECT_EQ(salary->name, "salary");
  EXPECT_EQ(item_of(*assessment, Factor::work_years)->basis,
            "8 years of relevant work: band 2 or more, 5 and 1 a year past 2");
  EXPECT_EQ(item_of(*assessment, Factor::age)->basis, "age 30: band 26 through 45");
  EXPECT_EQ(assessment->rule_set, "trial");
  EXPECT_EQ(assessment->total, 17 + 11 + 15);
}

// 15 (age 30) + 15 (12 months) + 10 (location) + Chinese (HSK 5: 10 in the trial table; in the
// interim, HSK 5 gives 5 and patents 5) = 50 under both tables.
PointsInput fifty_points() {
  PointsInput input = base_input();
  input.months_in_china_per_year = 12;
  input.encouraged_region = true;
  input.hsk_level = 5;
  input.hsk_certificate = true;
  return input;
}
PointsInput fifty_points_interim() {
  PointsInput input = fifty_points();
  input.patents = true;
  return input;
}
// 50 + 5 (salary 50,000 CNY) + 15 or 20 (work years at each table's max) + 5 (top university)
// in the trial table, or + 5 salary + 20 work years in the interim = 75.
PointsInput seventy_five_points(bool interim_table) {
  PointsInput input = interim_table ? fifty_points_interim() : fifty_points();
  input.annual_salary_cny = 50000;
  input.salary_evidence = true;
  input.work_years = interim_table ? 17 : 12;
  if (!interim_table) input.top_university_or_fortune_500 = true;
  return input;
}

TEST(WorkPermitCategory, BAtSixtyPoints) {
  for (const bool interim_table : {false, true}) {
    const auto& set = interim_table ? interim() : trial();
    PointsInput input = interim_table ? fifty_points_interim() : fifty_points();
    input.provincial_bonus = 9;
    auto assessment = assess(set, input);
    ASSERT_TRUE(assessment);
    EXPECT_EQ(assessment->total, 59) << set.info.id;
    EXPECT_EQ(assessment->category, Category::c) << set.info.id;
    EXPECT_EQ(assessment->basis, CategoryBasis::below_thresholds);
    EXPECT_EQ(assessment->why,
              "59 points fall short of B (60), and neither the talent criteria nor a bachelor's "
              "degree or higher and 2 years of relevant work apply.");
    input.provincial_bonus = 10;
    assessment = assess(set, input);
    EXPECT_EQ(assessment->total, 60) << set.info.id;
    EXPECT_EQ(assessment->category, Category::b) << set.info.id;
    EXPECT_EQ(assessment->basis, CategoryBasis::points);
    EXPECT_EQ(assessment->why, "60 points reach B (60 or more), short of A (85).");
  }
}

TEST(WorkPermitCategory, AAtEightyFivePoints) {
  for (const bool interim_table : {false, true}) {
    const auto& set = interim_table ? interim() : trial();
    PointsInput input = seventy_five_points(interim_table);
    input.provincial_bonus = 9;
    auto assessment = assess(set, input);
    ASSERT_TRUE(assessment);
    EXPECT_EQ(assessment->total, 84) << set.info.id;
    EXPECT_EQ(assessment->category, Category::b) << set.info.id;
    EXPECT_EQ(assessment->basis, CategoryBasis::points);
    input.provincial_bonus = 10;
    assessment = assess(set, input);
    EXPECT_EQ(assessment->total, 85) << set.info.id;
    EXPECT_EQ(assessment->category, Category::a) << set.info.id;
    EXPECT_EQ(assessment->basis, CategoryBasis::points);
    EXPECT_EQ(assessment->why, "85 points reach A (85 or more).");
    EXPECT_TRUE(assessment->missing.empty());
  }
}

TEST(WorkPermitCategory, ThresholdsAreTheTablesData) {
  PointsRuleSet set = trial();
  set.table.category.a_points = 50;
  set.table.category.b_points = 40;
  const auto assessment = assess(set, fifty_points());
  EXPECT_EQ(assessment->category, Category::a);
  EXPECT_EQ(assessment->why, "50 points reach A (50 or more).");
}

TEST(WorkPermitCategory, AByTalentCriteriaWithoutPoints) {
  PointsInput input = base_input();
  input.a_by_talent_criteria = true;
  const auto assessment = assess(trial(), input);
  EXPECT_EQ(assessment->total, 15);
  EXPECT_EQ(assessment->category, Category::a);
  EXPECT_EQ(assessment->basis, CategoryBasis::talent_criteria);
  EXPECT_EQ(assessment->why,
            "15 points fall short of A (85); the talent criteria (talent plans, recognised "
            "achievements, encouraged posts) give A without points.");
  // Enough points say so, criteria or not.
  input = seventy_five_points(false);
  input.provincial_bonus = 10;
  input.a_by_talent_criteria = true;
  EXPECT_EQ(assess(trial(), input)->basis, CategoryBasis::points);
}

TEST(WorkPermitCategory, BByDegreeAndTwoYearsWithoutPoints) {
  struct Case {
    Degree degree;
    std::optional<int> work_years;
    Category category;
  };
  for (const auto& c : std::vector<Case>{{Degree::bachelor, 2, Category::b},
                                         {Degree::bachelor, 1, Category::c},
                                         {Degree::bachelor, std::nullopt, Category::c},
                                         {Degree::master, 2, Category::b},
                                         {Degree::doctorate, 30, Category::b},
                                         {Degree::none, 10, Category::c}}) {
    PointsInput input = base_input();
    input.degree = c.degree;
    input.work_years = c.work_years;
    input.degree_verified = true;
    const auto assessment = assess(interim(), input);
    ASSERT_TRUE(assessment);
    EXPECT_LT(assessment->total, 60);
    EXPECT_EQ(assessment->category, c.category)
        << to_string(c.degree) << " " << c.work_years.value_or(-1);
    if (c.category == Category::b) {
      EXPECT_EQ(assessment->basis, CategoryBasis::degree_and_experience);
    }
  }
  PointsInput input = base_input();
  input.degree = Degree::bachelor;
  input.work_years = 2;
  EXPECT_EQ(assess(trial(), input)->why,
            "30 points fall short of B (60); a bachelor's degree or higher and 2 years of "
            "relevant work give B without points.");
}

std::vector<std::string> missing_codes(const Assessment& assessment) {
  std::vector<std::string> codes;
  for (const auto& m : assessment.missing) codes.emplace_back(to_string(m.evidence));
  return codes;
}

TEST(WorkPermitEvidence, WhatAClaimNeedsAndIsNotHeld) {
  using Codes = std::vector<std::string>;
  PointsInput input = base_input();
  input.annual_salary_cny = 300000;
  input.degree = Degree::doctorate;
  input.hsk_level = 4;
  auto assessment = assess(trial(), input);
  EXPECT_EQ(missing_codes(*assessment),
            (Codes{"salary_contract", "degree_verification", "hsk_certificate"}));
  EXPECT_EQ(assessment->missing.front().factor, Factor::salary);
  EXPECT_EQ(assessment->missing.front().text,
            "The salary claimed has no evidence yet (the employment contract stating it).");
  // The claims still count while their evidence is missing.
  EXPECT_EQ(assessment->total, 14 + 20 + 8 + 15);
  input.salary_evidence = true;
  input.degree_verified = true;
  input.hsk_certificate = true;
  EXPECT_TRUE(assess(trial(), input)->missing.empty());
}

TEST(WorkPermitEvidence, NothingMissingForWhatScoresNothing) {
  PointsInput input = base_input();
  input.annual_salary_cny = 40000;  // below the first band
  EXPECT_TRUE(assess(trial(), input)->missing.empty());
}

TEST(WorkPermitEvidence, AnotherClaimWorthAsMuchNeedsNoCertificate) {
  PointsInput input = base_input();
  input.hsk_level = 5;
  input.former_chinese_national = true;
  EXPECT_TRUE(assess(interim(), input)->missing.empty());
  // The trial table does not score former nationals: HSK 5 gives the 10, and needs its
  // certificate.
  EXPECT_EQ(missing_codes(*assess(trial(), input)), std::vector<std::string>{"hsk_certificate"});
  // HSK 5 and a Chinese-taught degree give 10 each; whichever evidence is held serves.
  input = base_input();
  input.hsk_level = 5;
  input.chinese_taught_bachelor_or_higher = true;
  input.hsk_certificate = true;
  EXPECT_TRUE(assess(trial(), input)->missing.empty());
  input.hsk_certificate = false;
  input.degree_verified = true;
  EXPECT_TRUE(assess(trial(), input)->missing.empty());
  input.degree_verified = false;
  EXPECT_EQ(missing_codes(*assess(trial(), input)), std::vector<std::string>{"hsk_certificate"});
}

TEST(WorkPermitEvidence, BByDegreeNeedsTheDegreeVerifiedOnce) {
  PointsInput input = base_input();
  input.degree = Degree::bachelor;
  input.work_years = 2;
  const auto assessment = assess(trial(), input);
  EXPECT_EQ(assessment->basis, CategoryBasis::degree_and_experience);
  EXPECT_EQ(missing_codes(*assessment), std::vector<std::string>{"degree_verification"});
}

std::vector<std::string> invalid_fields(const PointsInput& input) {
  const auto assessment = assess(trial(), input);
  if (assessment) return {"accepted"};
  EXPECT_EQ(assessment.error().code, ErrorCode::invalid_argument);
  std::vector<std::string> fields;
  for (const auto& f : assessment.error().fields) fields.push_back(f.field);
  return fields;
}

TEST(WorkPermitInput, InvalidInputNamesItsFields) {
  using Fields = std::vector<std::string>;
  const auto with = [](auto change) {
    PointsInput input = base_input();
    change(input);
    return invalid_fields(input);
  };
  EXPECT_EQ(with([](PointsInput& i) { i.annual_salary_cny = -1; }), Fields{"annual_salary_cny"});
  EXPECT_EQ(with([](PointsInput& i) { i.annual_salary_cny = std::nan(""); }),
            Fields{"annual_salary_cny"});
  EXPECT_EQ(
      with([](PointsInput& i) { i.annual_salary_cny = std::numeric_limits<double>::infinity(); }),
      Fields{"annual_salary_cny"});
  EXPECT_EQ(with([](PointsInput& i) { i.work_years = -1; }), Fields{"work_years"});
  EXPECT_EQ(with([](PointsInput& i) { i.months_in_china_per_year = 12.5; }),
            Fields{"months_in_china_per_year"});
  EXPECT_EQ(with([](PointsInput& i) { i.months_in_china_per_year = -0.5; }),
            Fields{"months_in_china_per_year"});
  EXPECT_EQ(with([](PointsInput& i) { i.hsk_level = 7; }), Fields{"hsk_level"});
  EXPECT_EQ(with([](PointsInput& i) { i.hsk_level = -1; }), Fields{"hsk_level"});
  EXPECT_EQ(with([](PointsInput& i) { i.date_of_birth = "1990-02-30"; }), Fields{"date_of_birth"});
  EXPECT_EQ(with([](PointsInput& i) { i.date_of_birth = "yesterday"; }), Fields{"date_of_birth"});
  EXPECT_EQ(with([](PointsInput& i) { i.assessed_on = ""; }), Fields{"assessed_on"});
  EXPECT_EQ(with([](PointsInput& i) { i.date_of_birth = "2026-12-08"; }), Fields{"date_of_birth"});
  EXPECT_EQ(with([](PointsInput& i) { i.continuous_years_in_china = -1; }),
            Fields{"continuous_years_in_china"});
  EXPECT_EQ(with([](PointsInput& i) { i.provincial_bonus = -1; }), Fields{"provincial_bonus"});
  EXPECT_EQ(with([](PointsInput& i) { i.provincial_bonus = 11; }), Fields{"provincial_bonus"});
  // Every fault at once, and the edges that are allowed.
  EXPECT_EQ(with([](PointsInput& i) {
              i.annual_salary_cny = -5;
              i.provincial_bonus = 12;
              i.assessed_on = "2026-13-01";
            }),
            (Fields{"annual_salary_cny", "assessed_on", "provincial_bonus"}));
  EXPECT_EQ(with([](PointsInput& i) {
              i.annual_salary_cny = 0;
              i.work_years = 0;
              i.months_in_china_per_year = 12;
              i.hsk_level = 6;
              i.date_of_birth = kAssessedOn;
              i.provincial_bonus = 10;
            }),
            Fields{"accepted"});
  PointsInput input = base_input();
  input.provincial_bonus = 11;
  EXPECT_EQ(assess(trial(), input).error().message,
            "invalid work-permit points input: provincial_bonus (0 to 10 points)");
}

TEST(WorkPermitSets, TheLatestToBeginApplies) {
  const std::vector<PointsRuleSet> sets{trial(), interim()};
  PointsInput input = fifty_points_interim();

  input.assessed_on = "2017-03-31";
  input.date_of_birth = "1987-01-01";
  const auto none = assess_under_each(sets, input);
  ASSERT_FALSE(none);
  EXPECT_EQ(none.error().code, ErrorCode::not_found);

  for (const char* day : {"2017-04-01", "2017-08-31"}) {
    input.assessed_on = day;
    const auto only_trial = assess_under_each(sets, input);
    ASSERT_TRUE(only_trial) << day;
    ASSERT_EQ(only_trial->assessments.size(), 1u);
    EXPECT_EQ(only_trial->applied_assessment().rule_set, "trial");
    EXPECT_EQ(only_trial->why,
              "Rule set trial (from 2017-04-01, no end) holds on " + std::string(day) + ".");
  }

  input.assessed_on = "2017-09-01";
  const auto both = assess_under_each(sets, input);
  ASSERT_TRUE(both);
  ASSERT_EQ(both->assessments.size(), 2u);
  EXPECT_EQ(both->applied, 1u);
  EXPECT_EQ(both->applied_assessment().rule_set, "interim");
  EXPECT_EQ(both->why,
            "Rule sets trial (from 2017-04-01, no end) and interim (from 2017-09-01, no end) "
            "both hold on 2017-09-01; interim applies, being the latest to begin.");
  // Side by side: HSK 5 is worth 10 in one table and 5 in the other, patents only in the
  // interim one.
  EXPECT_EQ(both->assessments[0].total, 15 + 15 + 10 + 10);
  EXPECT_EQ(both->assessments[1].total, 15 + 15 + 10 + 5 + 5);

  // The order of the sets does not decide.
  const std::vector<PointsRuleSet> reversed{interim(), trial()};
  const auto again = assess_under_each(reversed, input);
  EXPECT_EQ(again->applied, 0u);
  EXPECT_EQ(again->applied_assessment().rule_set, "interim");
  EXPECT_EQ(again->assessments[1].rule_set, "trial");

  // A set that has ended is not shown.
  std::vector<PointsRuleSet> ended{trial(), interim()};
  ended[0].info.valid_to = "2017-12-31";
  input.assessed_on = "2018-01-01";
  const auto after = assess_under_each(ended, input);
  ASSERT_EQ(after->assessments.size(), 1u);
  EXPECT_EQ(after->applied_assessment().rule_set, "interim");
}

TEST(WorkPermitSets, InvalidInputBeforeAnySetIsLookedFor) {
  PointsInput input = base_input();
  input.assessed_on = "1900-01-32";
  const auto result = assess_under_each({trial(), interim()}, input);
  ASSERT_FALSE(result);
  EXPECT_EQ(result.error().code, ErrorCode::invalid_argument);
}

TEST(WorkPermitPoints, BandsLevelsAndNames) {
  EXPECT_FALSE(below(5, 7, 5).contains(4.999));
  EXPECT_TRUE(below(5, 7, 5).contains(5));
  EXPECT_FALSE(below(5, 7, 5).contains(7));
  EXPECT_TRUE(through(18, 25, 10).contains(25));
  EXPECT_FALSE(through(18, 25, 10).contains(25.5));
  EXPECT_TRUE(open_ended(45, 20).contains(1e9));
  EXPECT_EQ(level_rank(Factor::education, "master"), 2);
  EXPECT_EQ(level_rank(Factor::education, "none"), std::nullopt);
  EXPECT_EQ(level_rank(Factor::education, "hsk5"), std::nullopt);
  EXPECT_EQ(level_rank(Factor::chinese, "hsk6"), 6);
  EXPECT_EQ(level_rank(Factor::chinese, "hsk7"), std::nullopt);
  EXPECT_EQ(level_rank(Factor::chinese, "hsk0"), std::nullopt);
  EXPECT_EQ(level_rank(Factor::age, "hsk1"), std::nullopt);
  for (const auto factor : {Factor::salary, Factor::provincial_bonus, Factor::months_in_china}) {
    EXPECT_EQ(parse_factor(to_string(factor)), factor);
  }
  EXPECT_EQ(parse_factor("wage"), std::nullopt);
  EXPECT_EQ(parse_claim("patents"), Claim::patents);
  EXPECT_EQ(factor_of(Claim::continuous_work_in_china), Factor::distinction);
  EXPECT_EQ(factor_of(Claim::former_chinese_national), Factor::chinese);
  EXPECT_EQ(parse_degree("doctorate"), Degree::doctorate);
  EXPECT_EQ(to_string(Category::b), "B");
  EXPECT_EQ(to_string(CategoryBasis::degree_and_experience), "degree_and_experience");
  EXPECT_EQ(to_string(Evidence::hsk_certificate), "hsk_certificate");
  EXPECT_TRUE(counts_whole_years(Factor::age));
  EXPECT_FALSE(counts_whole_years(Factor::salary));
}

}  // namespace
}  // namespace orbis::domain::scholars
