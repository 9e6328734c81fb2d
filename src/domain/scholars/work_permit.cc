#include "domain/scholars/work_permit.h"

#include <algorithm>
#include <array>
#include <chrono>
#include <cmath>
#include <cstdio>

#include "domain/names.h"
#include "domain/reference.h"

namespace orbis::domain::scholars {
namespace {

constexpr std::array kDegrees{"none", "bachelor", "master", "doctorate"};
constexpr std::array kFactors{"salary",          "education",     "work_years", "months_in_china",
                              "chinese",         "work_location", "age",        "distinction",
                              "provincial_bonus"};
constexpr std::array kClaims{"chinese_taught_degree",
                             "former_chinese_national",
                             "encouraged_region",
                             "top_university_or_fortune_500",
                             "patents",
                             "continuous_work_in_china"};
constexpr std::array kCategories{"A", "B", "C"};
constexpr std::array kBases{"points", "talent_criteria", "degree_and_experience",
                            "below_thresholds"};
constexpr std::array kEvidence{"degree_verification", "hsk_certificate", "salary_contract"};

// The tables publish the salary bands in 万元 (10,000 CNY); the input is in CNY.
constexpr double kSalaryBandUnitCny = 10000;
constexpr double kMonthsInYear = 12;

std::string number(double value) {
  char text[32];
  std::snprintf(text, sizeof text, "%.10g", value);
  return text;
}

std::string describe(const Band& band) {
  if (band.below) return "[" + number(band.from) + ", " + number(*band.below) + ")";
  if (band.through) return number(band.from) + " through " + std::to_string(*band.through);
  return number(band.from) + " or more";
}

// What one reading of an item gives, before the item's cap, and the evidence it rests on.
struct Score {
  int points = 0;
  std::string basis;
  std::optional<Evidence> needs;
};

bool held(Evidence evidence, const PointsInput& input) {
  switch (evidence) {
    case Evidence::degree_verification:
      return input.degree_verified;
    case Evidence::hsk_certificate:
      return input.hsk_certificate;
    case Evidence::salary_contract:
      return input.salary_evidence;
  }
  return false;
}

// The better of two readings: more points, or as many resting on evidence held (a former
// Chinese national and an HSK 5 holder both score the Chinese item in full; the certificate
// is then not missing).
const Score& better(const Score& a, const Score& b, const PointsInput& input) {
  if (a.points != b.points) return a.points > b.points ? a : b;
  const bool a_held = !a.needs || held(*a.needs, input);
  const bool b_held = !b.needs || held(*b.needs, input);
  return b_held && !a_held ? b : a;
}

Score by_band(const PointsItem& item, std::optional<double> value, const std::string& shown) {
  if (!value) return {0, "not given", std::nullopt};
  for (const auto& band : item.bands) {
    if (!band.contains(*value)) continue;
    // Wide enough for any int count of years times any int points a year.
    long long points = band.points;
    std::string basis = shown + ": band " + describe(band);
    if (band.points_per_year > 0) {
      const auto years = static_cast<long long>(std::floor(*value - band.from));
      points += band.points_per_year * years;
      basis += ", " + std::to_string(band.points) + " and " + std::to_string(band.points_per_year) +
               " a year past " + number(band.from);
    }
    return {static_cast<int>(std::min<long long>(points, item.max)), basis, std::nullopt};
  }
  return {0, shown + ": in no band", std::nullopt};
}

Score by_level(const PointsItem& item, int rank, const std::string& shown) {
  const Level* reached = nullptr;
  for (const auto& level : item.levels) {
    const auto level_at = level_rank(item.factor, level.level);
    if (level_at && *level_at <= rank) reached = &level;
  }
  if (reached == nullptr) return {0, shown + ": no level of the table", std::nullopt};
  return {reached->points, shown + " (level " + reached->level + ")", std::nullopt};
}

bool claimed(const Option& option, const PointsInput& input) {
  switch (option.claim) {
    case Claim::chinese_taught_degree:
      return input.chinese_taught_bachelor_or_higher;
    case Claim::former_chinese_national:
      return input.former_chinese_national;
    case Claim::encouraged_region:
      return input.encouraged_region;
    case Claim::top_university_or_fortune_500:
      return input.top_university_or_fortune_500;
    case Claim::patents:
      return input.patents;
    case Claim::continuous_work_in_china:
      return input.continuous_years_in_china >= option.at_least_years;
  }
  return false;
}

// The best of the options claimed; `best` is the reading to beat.
Score by_options(const PointsItem& item, const PointsInput& input, Score best) {
  for (const auto& option : item.options) {
    if (!claimed(option, input)) continue;
    Score score{option.points, option.name, std::nullopt};
    if (option.claim == Claim::chinese_taught_degree) score.needs = Evidence::degree_verification;
    best = better(best, score, input);
  }
  return best;
}

std::string years_text(int years) {
  return std::to_string(years) + (years == 1 ? " year" : " years");
}

Score score(const PointsItem& item, const PointsInput& input, int age) {
  switch (item.factor) {
    case Factor::salary: {
      if (!input.annual_salary_cny) return {0, "not given", std::nullopt};
      const double salary = *input.annual_salary_cny;
      Score s = by_band(item, salary / kSalaryBandUnitCny,
                        "annual salary " + number(salary) + " CNY, " +
                            number(salary / kSalaryBandUnitCny) + " × 10,000 CNY");
      if (s.points > 0) s.needs = Evidence::salary_contract;
      return s;
    }
    case Factor::education: {
      const auto degree = std::string(to_string(input.degree));
      if (input.degree == Degree::none) return {0, "no degree", std::nullopt};
      Score s = by_level(item, static_cast<int>(input.degree), degree);
      if (s.points > 0) s.needs = Evidence::degree_verification;
      return s;
    }
    case Factor::work_years:
      return by_band(item, input.work_years,
                     input.work_years ? years_text(*input.work_years) + " of relevant work" : "");
    case Factor::months_in_china:
      return by_band(item, input.months_in_china_per_year,
                     input.months_in_china_per_year
                         ? number(*input.months_in_china_per_year) + " months a year in China"
                         : "");
    case Factor::age:
      return by_band(item, static_cast<double>(age), "age " + std::to_string(age));
    case Factor::chinese: {
      Score s{0, "no Chinese claimed", std::nullopt};
      if (input.hsk_level > 0) {
        s = by_level(item, input.hsk_level, "HSK " + std::to_string(input.hsk_level));
        s.needs = Evidence::hsk_certificate;
      }
      return by_options(item, input, s);
    }
    case Factor::work_location:
    case Factor::distinction:
      return by_options(item, input, {0, "nothing claimed", std::nullopt});
    case Factor::provincial_bonus:
      return {input.provincial_bonus, "granted by the province", std::nullopt};
  }
  return {};
}

std::string evidence_text(Evidence evidence) {
  switch (evidence) {
    case Evidence::degree_verification:
      return "The degree claimed is not verified yet (a verification or authentication of the "
             "diploma).";
    case Evidence::hsk_certificate:
      return "The HSK level claimed has no certificate yet.";
    case Evidence::salary_contract:
      return "The salary claimed has no evidence yet (the employment contract stating it).";
  }
  return {};
}

void add_missing(std::vector<MissingEvidence>& missing, Evidence evidence, Factor factor) {
  for (const auto& m : missing) {
    if (m.evidence == evidence) return;
  }
  missing.push_back({evidence, factor, evidence_text(evidence)});
}

std::string degree_phrase(Degree degree) {
  switch (degree) {
    case Degree::none:
      return "any schooling";
    case Degree::bachelor:
      return "a bachelor's degree or higher";
    case Degree::master:
      return "a master's degree or higher";
    case Degree::doctorate:
      return "a doctorate";
  }
  return {};
}

void categorise(Assessment& out, const CategoryRule& rule, const PointsInput& input) {
  const auto total = std::to_string(out.total);
  const auto a_mark = std::to_string(rule.a_points);
  const auto b_mark = std::to_string(rule.b_points);
  const bool degree_and_experience =
      input.degree >= rule.b_degree && input.work_years && *input.work_years >= rule.b_work_years;
  const auto criterion =
      degree_phrase(rule.b_degree) + " and " + years_text(rule.b_work_years) + " of relevant work";
  if (out.total >= rule.a_points) {
    out.category = Category::a;
    out.basis = CategoryBasis::points;
    out.why = total + " points reach A (" + a_mark + " or more).";
  } else if (input.a_by_talent_criteria) {
    out.category = Category::a;
    out.basis = CategoryBasis::talent_criteria;
    out.why = total + " points fall short of A (" + a_mark +
              "); the talent criteria (talent plans, recognised achievements, encouraged "
              "posts) give A without points.";
  } else if (out.total >= rule.b_points) {
    out.category = Category::b;
    out.basis = CategoryBasis::points;
    out.why = total + " points reach B (" + b_mark + " or more), short of A (" + a_mark + ").";
  } else if (degree_and_experience) {
    out.category = Category::b;
    out.basis = CategoryBasis::degree_and_experience;
    out.why = total + " points fall short of B (" + b_mark + "); " + criterion +
              " give B without points.";
  } else {
    out.category = Category::c;
    out.basis = CategoryBasis::below_thresholds;
    out.why = total + " points fall short of B (" + b_mark +
              "), and neither the talent criteria nor " + criterion + " apply.";
  }
}

// Whole years from `born` to `on` (days since the epoch); a birthday on 29 February counts
// as reached on 1 March in other years.
int whole_years(int born, int on) {
  using std::chrono::days;
  using std::chrono::sys_days;
  using std::chrono::year_month_day;
  const year_month_day b{sys_days{days{born}}};
  const year_month_day o{sys_days{days{on}}};
  int years = static_cast<int>(o.year()) - static_cast<int>(b.year());
  if (o.month() < b.month() || (o.month() == b.month() && o.day() < b.day())) --years;
  return years;
}

Status validate(const PointsInput& input) {
  std::vector<FieldError> fields;
  if (input.annual_salary_cny &&
      (!std::isfinite(*input.annual_salary_cny) || *input.annual_salary_cny < 0)) {
    fields.push_back({"annual_salary_cny", "a salary of 0 CNY or more"});
  }
  if (input.work_years && *input.work_years < 0) {
    fields.push_back({"work_years", "0 years or more"});
  }
  if (const auto& months = input.months_in_china_per_year;
      months && (!std::isfinite(*months) || *months < 0 || *months > kMonthsInYear)) {
    fields.push_back({"months_in_china_per_year", "0 to 12 months"});
  }
  if (input.hsk_level < 0 || input.hsk_level > kHighestHskLevel) {
    fields.push_back({"hsk_level", "0 (none) to 6"});
  }
  const auto born = parse_date(input.date_of_birth);
  const auto on = parse_date(input.assessed_on);
  if (!born) fields.push_back({"date_of_birth", "not a date (YYYY-MM-DD)"});
  if (!on) fields.push_back({"assessed_on", "not a date (YYYY-MM-DD)"});
  if (born && on && *born > *on) fields.push_back({"date_of_birth", "after assessed_on"});
  if (input.continuous_years_in_china < 0) {
    fields.push_back({"continuous_years_in_china", "0 years or more"});
  }
  if (input.provincial_bonus < 0 || input.provincial_bonus > kHighestProvincialBonus) {
    fields.push_back({"provincial_bonus", "0 to 10 points"});
  }
  if (fields.empty()) return {};
  std::string message = "invalid work-permit points input:";
  for (const auto& f : fields) message += " " + f.field + " (" + f.message + ")";
  return fail(Error::invalid(message, std::move(fields)));
}

std::string span_of(const RuleSetInfo& info) {
  return info.id + " (from " + info.valid_from +
         (info.valid_to.empty() ? std::string(", no end)") : " to " + info.valid_to + ")");
}

}  // namespace

std::string_view to_string(Degree degree) { return kDegrees.at(static_cast<std::size_t>(degree)); }
std::optional<Degree> parse_degree(std::string_view name) {
  return enum_of<Degree>(kDegrees, name);
}
std::string_view to_string(Factor factor) { return kFactors.at(static_cast<std::size_t>(factor)); }
std::optional<Factor> parse_factor(std::string_view name) {
  return enum_of<Factor>(kFactors, name);
}
std::string_view to_string(Claim claim) { return kClaims.at(static_cast<std::size_t>(claim)); }
std::optional<Claim> parse_claim(std::string_view name) { return enum_of<Claim>(kClaims, name); }
std::string_view to_string(Category category) {
  return kCategories.at(static_cast<std::size_t>(category));
}
std::string_view to_string(CategoryBasis basis) {
  return kBases.at(static_cast<std::size_t>(basis));
}
std::string_view to_string(Evidence evidence) {
  return kEvidence.at(static_cast<std::size_t>(evidence));
}

bool counts_whole_years(Factor factor) {
  return factor == Factor::work_years || factor == Factor::age;
}

Factor factor_of(Claim claim) {
  switch (claim) {
    case Claim::chinese_taught_degree:
    case Claim::former_chinese_national:
      return Factor::chinese;
    case Claim::encouraged_region:
      return Factor::work_location;
    case Claim::top_university_or_fortune_500:
    case Claim::patents:
    case Claim::continuous_work_in_china:
      return Factor::distinction;
  }
  return Factor::distinction;
}

bool Band::contains(double value) const {
  if (value < from) return false;
  if (below && value >= *below) return false;
  if (through && value > *through) return false;
  return true;
}

std::optional<int> level_rank(Factor factor, std::string_view level) {
  if (factor == Factor::education) {
    const auto degree = parse_degree(level);
    if (!degree || *degree == Degree::none) return std::nullopt;
    return static_cast<int>(*degree);
  }
  if (factor == Factor::chinese && level.size() == 4 && level.substr(0, 3) == "hsk" &&
      level[3] >= '1' && level[3] <= '0' + kHighestHskLevel) {
    return level[3] - '0';
  }
  return std::nullopt;
}

const PointsItem* PointsTable::item(Factor factor) const {
  for (const auto& i : items) {
    if (i.factor == factor) return &i;
  }
  return nullptr;
}

Result<Assessment> assess(const PointsRuleSet& set, const PointsInput& input) {
  if (auto valid = validate(input); !valid) return fail(valid.error());
  Assessment out;
  out.rule_set = set.info.id;
  out.rule_set_name = set.info.name;
  out.age = whole_years(*parse_date(input.date_of_birth), *parse_date(input.assessed_on));
  for (const auto& item : set.table.items) {
    Score s = score(item, input, out.age);
    const int points = std::clamp(s.points, 0, item.max);
    if (points > 0 && s.needs && !held(*s.needs, input)) {
      add_missing(out.missing, *s.needs, item.factor);
    }
    out.items.push_back({item.factor, item.name, item.name_zh, points, item.max, s.basis});
    out.total += points;
  }
  categorise(out, set.table.category, input);
  if (out.basis == CategoryBasis::degree_and_experience && !input.degree_verified) {
    add_missing(out.missing, Evidence::degree_verification, Factor::education);
  }
  return out;
}

Result<PointsComparison> assess_under_each(const std::vector<PointsRuleSet>& sets,
                                           const PointsInput& input) {
  if (auto valid = validate(input); !valid) return fail(valid.error());
  const auto* applied = holding_on(sets, input.assessed_on);
  if (applied == nullptr) {
    return fail(Error::not_found("no work-permit points table holds on " + input.assessed_on));
  }
  PointsComparison out;
  std::vector<std::string> holding;
  for (const auto& set : sets) {
    if (!set.info.holds_on(input.assessed_on)) continue;
    auto assessment = assess(set, input);
    if (!assessment) return fail(assessment.error());
    if (&set == applied) out.applied = out.assessments.size();
    out.assessments.push_back(std::move(*assessment));
    holding.push_back(span_of(set.info));
  }
  if (holding.size() == 1) {
    out.why = "Rule set " + holding.front() + " holds on " + input.assessed_on + ".";
  } else {
    out.why = "Rule sets";
    for (std::size_t i = 0; i < holding.size(); ++i) {
      out.why += (i == 0 ? " " : (i + 1 == holding.size() ? " and " : ", ")) + holding[i];
    }
    out.why += (holding.size() == 2 ? " both" : " all") + std::string(" hold on ") +
               input.assessed_on + "; " + applied->info.id + " applies, being the latest to begin.";
  }
  return out;
}

}  // namespace orbis::domain::scholars
