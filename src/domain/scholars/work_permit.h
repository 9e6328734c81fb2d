// China's work-permit category (A, B or C) of a foreign scholar and its points, under the
// points tables (积分要素计分赋值表) of the classification standard 外国人来华工作分类标准:
// which category the facts give and why, the points of each item, and the evidence the items
// claimed still lack. The tables are dated, cited sets read from data/rules/ (rules/); the
// published tables disagree, so two sets may hold on one day, and assess_under_each() scores
// under both and names the one applied.
// Thread-safety: plain values and pure functions.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "common/error.h"
#include "domain/rule_set.h"

namespace orbis::domain::scholars {

enum class Degree { none, bachelor, master, doctorate };
std::string_view to_string(Degree degree);
std::optional<Degree> parse_degree(std::string_view name);

// The items (积分要素) of a points table. Each reads its own facts of PointsInput.
enum class Factor {
  salary,            // annual salary from the employer in China; bands in 10,000 CNY (万元)
  education,         // the highest degree; levels "bachelor", "master", "doctorate"
  work_years,        // years of relevant work; bands of whole years
  months_in_china,   // months worked in China a year; bands
  chinese,           // levels "hsk1" to "hsk6"; options chinese_taught_degree and
                     // former_chinese_national
  work_location,     // option encouraged_region
  age,               // whole years on the assessment day; bands
  distinction,       // options top_university_or_fortune_500, patents,
                     // continuous_work_in_china
  provincial_bonus,  // the points the province grants, as given, up to the item's max
};
std::string_view to_string(Factor factor);
std::optional<Factor> parse_factor(std::string_view name);
// Whether the factor's bands count whole years (and may end "through" a year).
bool counts_whole_years(Factor factor);

// A yes-or-no fact an item may score.
enum class Claim {
  chinese_taught_degree,          // a bachelor's degree or higher taught in Chinese
  former_chinese_national,        // once held Chinese nationality
  encouraged_region,              // western region, north-east old industrial base, poor county
  top_university_or_fortune_500,  // graduated from a top university, or Fortune 500 experience
  patents,                        // holds patents or other intellectual property
  continuous_work_in_china,       // has worked in China for some years without a break
};
std::string_view to_string(Claim claim);
std::optional<Claim> parse_claim(std::string_view name);
// The item a claim belongs to.
Factor factor_of(Claim claim);

// A range of a measured fact and the points it gives.
struct Band {
  double from = 0;              // inclusive
  std::optional<double> below;  // exclusive end, for continuous values (salary, months)
  std::optional<int> through;   // inclusive end, for whole years (age 18 through 25)
  int points = 0;
  int points_per_year = 0;  // added for each whole year past `from` (work years: +1 a year)

  bool contains(double value) const;
};

// Points for reaching a level; the highest level reached counts ("HSK 5 or above").
struct Level {
  std::string level;  // "bachelor", "hsk5"
  int points = 0;
};
// The rank of a level of the factor: bachelor 1, master 2, doctorate 3; hskN is N. nullopt
// for a level the factor does not have.
std::optional<int> level_rank(Factor factor, std::string_view level);

struct Option {
  Claim claim = Claim::patents;
  std::string name;
  std::string name_zh;
  int points = 0;
  int at_least_years = 0;  // continuous_work_in_china: the years of work it needs
};

struct PointsItem {
  Factor factor = Factor::salary;  // also the item's id: to_string(factor)
  std::string name;
  std::string name_zh;
  // The item's ceiling ("此项最高"): it caps the highest of what the item scores and a band's
  // growth per year.
  int max = 0;
  std::vector<Band> bands;    // in order, not overlapping
  std::vector<Level> levels;  // by rank, lowest first
  std::vector<Option> options;
  std::string source;  // a source id of the set
};

// What each category needs.
struct CategoryRule {
  int a_points = 85;  // A with this many points or more
  int b_points = 60;  // B with this many points or more
  // B without points: this degree or higher and this many years of relevant work.
  Degree b_degree = Degree::bachelor;
  int b_work_years = 2;
  std::string source;  // a source id of the set
};

struct PointsTable {
  CategoryRule category;
  std::vector<PointsItem> items;  // in the published order

  // The item of `factor`, or nullptr when the table lacks it.
  const PointsItem* item(Factor factor) const;
};

struct PointsRuleSet {
  RuleSetInfo info;
  PointsTable table;
};

// The facts one assessment reads. Unset optional facts score nothing.
struct PointsInput {
  std::optional<double> annual_salary_cny;  // paid by the employer in China
  Degree degree = Degree::none;
  std::optional<int> work_years;  // relevant work, whole years
  std::optional<double> months_in_china_per_year;
  int hsk_level = 0;  // 1 to 6 (HSK 2.0); 0: none
  bool chinese_taught_bachelor_or_higher = false;
  bool former_chinese_national = false;
  std::string date_of_birth;  // ISO date
  std::string assessed_on;    // ISO date: the tables holding that day apply, and age is counted
  bool encouraged_region = false;
  bool top_university_or_fortune_500 = false;
  bool patents = false;
  int continuous_years_in_china = 0;
  int provincial_bonus = 0;  // 0 to kHighestProvincialBonus, as the province grants
  // A without points: talent plans, internationally recognised achievements, encouraged
  // posts, innovative and young talent (the classification standard's A criteria).
  bool a_by_talent_criteria = false;
  // Evidence held.
  bool degree_verified = false;
  bool hsk_certificate = false;
  bool salary_evidence = false;  // the contract stating the salary
};
inline constexpr int kHighestHskLevel = 6;
inline constexpr int kHighestProvincialBonus = 10;

enum class Category { a, b, c };
std::string_view to_string(Category category);  // "A", "B", "C"

enum class CategoryBasis {
  points,                 // the total reaches the category's threshold
  talent_criteria,        // A by the talent criteria
  degree_and_experience,  // B by degree and years of work
  below_thresholds,       // C: neither points nor criteria give more
};
std::string_view to_string(CategoryBasis basis);

// The points of one item.
struct ItemPoints {
  Factor factor = Factor::salary;
  std::string name;
  std::string name_zh;
  int points = 0;
  int max = 0;
  std::string basis;  // the input that gave them, in words
};

enum class Evidence { degree_verification, hsk_certificate, salary_contract };
std::string_view to_string(Evidence evidence);  // the code: "degree_verification"

// Evidence an item claimed needs but the applicant does not hold yet.
struct MissingEvidence {
  Evidence evidence = Evidence::degree_verification;
  Factor factor = Factor::education;  // the item, or the criterion's item, that needs it
  std::string text;                   // English
};

struct Assessment {
  std::string rule_set;  // the set's id
  std::string rule_set_name;
  int age = 0;  // whole years on the assessment day
  int total = 0;
  Category category = Category::c;
  CategoryBasis basis = CategoryBasis::below_thresholds;
  std::string why;                // the category's reason, in words
  std::vector<ItemPoints> items;  // in the table's order
  std::vector<MissingEvidence> missing;
};

// The category and points of `input` under `set`. invalid_argument naming each bad field:
// a negative salary, work years or continuous years, months outside 0 to 12, an HSK level
// outside 0 to 6, a date that is not an ISO date or a birth after the assessment, a
// provincial bonus outside 0 to 10. Does not check that the set holds on the day.
// REQUIRES: `set` as the rules reader validates it.
Result<Assessment> assess(const PointsRuleSet& set, const PointsInput& input);

// The assessments under every set holding on input.assessed_on, so that a page can show
// them side by side, and which applied: the latest to begin (holding_on).
struct PointsComparison {
  std::vector<Assessment> assessments;  // in the order of `sets`
  std::size_t applied = 0;              // index into assessments
  std::string why;                      // why that set applied, in words

  const Assessment& applied_assessment() const { return assessments.at(applied); }
};
// Errors as assess(); not_found when no set holds on the day.
Result<PointsComparison> assess_under_each(const std::vector<PointsRuleSet>& sets,
                                           const PointsInput& input);

}  // namespace orbis::domain::scholars
