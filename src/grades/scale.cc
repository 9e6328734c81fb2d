#include "grades/scale.h"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <numeric>

#include "common/text.h"

namespace orbis::grades {
namespace {

// Computed values are compared with this slack, so that 2.8 computed as 2.7999999999999998
// still truncates to 2.8 and a position on a band boundary is seen as on it.
constexpr double kSlack = 1e-9;
// Reference shares may miss 100 by this much (published tables round their shares).
constexpr double kShareSlack = 0.5;
constexpr std::size_t kMaxIdLength = 32;

Error invalid(std::string message, std::string field = "scale") {
  FieldError fe{std::move(field), message};
  return Error::invalid(std::move(message), {std::move(fe)});
}

// Case and spacing do not matter in labels: " upper  second " reads as "Upper Second".
std::string fold(std::string_view s) {
  std::string out;
  bool space = false;
  for (const char c : text::trim(s)) {
    if (c == ' ' || c == '\t') {
      space = true;
      continue;
    }
    if (space && !out.empty()) out += ' ';
    space = false;
    out += (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
  }
  return out;
}

enum class NumberError { none, not_a_number, too_many_decimals };

// A plain decimal: digits, then optionally "." or "," and one or two digits. Returns the
// value in hundredths, so that "2.8" is exactly 280.
std::optional<long long> parse_hundredths(std::string_view s, NumberError& error) {
  error = NumberError::not_a_number;
  std::size_t i = 0;
  long long whole = 0;
  while (i < s.size() && s[i] >= '0' && s[i] <= '9') {
    if (whole > 1'000'000'000) return std::nullopt;
    whole = whole * 10 + (s[i] - '0');
    ++i;
  }
  if (i == 0) return std::nullopt;
  long long fraction = 0;
  if (i < s.size()) {
    if (s[i] != '.' && s[i] != ',') return std::nullopt;
    ++i;
    const std::size_t digits = s.size() - i;
    if (digits == 0) return std::nullopt;
    for (std::size_t k = i; k < s.size(); ++k)
      if (s[k] < '0' || s[k] > '9') return std::nullopt;
    if (digits > 2) {
      error = NumberError::too_many_decimals;
      return std::nullopt;
    }
    for (std::size_t k = i; k < s.size(); ++k) fraction = fraction * 10 + (s[k] - '0');
    if (digits == 1) fraction *= 10;
  }
  error = NumberError::none;
  return whole * 100 + fraction;
}

long long hundredths(double value) { return std::llround(value * 100); }

bool valid_id(std::string_view id) {
  if (id.empty() || id.size() > kMaxIdLength) return false;
  return std::ranges::all_of(
      id, [](char c) { return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-'; });
}

LabelDefinition label(std::string name, std::vector<std::string> aliases, bool passes,
                      std::optional<double> value = std::nullopt, bool honours = false) {
  return {std::move(name), std::move(aliases), passes, value, honours};
}

}  // namespace

std::weak_ordering compare(const Grade& a, const Grade& b) {
  if (a.rank.level < b.rank.level) return std::weak_ordering::less;
  if (a.rank.level > b.rank.level) return std::weak_ordering::greater;
  return a.rank.honours <=> b.rank.honours;
}

double Scale::oriented(double value) const {
  return def_.numeric->direction == Direction::higher_is_better ? value : -value;
}

Result<Scale> Scale::create(ScaleDefinition definition) {
  Scale scale(std::move(definition));
  const ScaleDefinition& d = scale.def_;
  const auto where = [&](std::string_view what) {
    return fmt::format("scale '{}': {}", d.id, what);
  };
  if (!valid_id(d.id)) {
    return fail(invalid(
        fmt::format("scale id '{}' must be 1-32 characters of a-z, 0-9 and '-'", d.id), "id"));
  }
  if (d.name_en.empty() || d.name_zh.empty())
    return fail(invalid(where("needs a name in English and in Chinese"), "name"));

  // Labels: unique spellings, passing ones first.
  bool seen_failing = false;
  std::size_t passing = 0;
  for (std::size_t i = 0; i < d.labels.size(); ++i) {
    const LabelDefinition& l = d.labels[i];
    if (l.passes && seen_failing)
      return fail(invalid(where("passing grades must come before failing ones"), "grades"));
    seen_failing = seen_failing || !l.passes;
    if (l.passes) ++passing;
    std::vector<std::string> names{l.label};
    names.insert(names.end(), l.aliases.begin(), l.aliases.end());
    for (const std::string& name : names) {
      const std::string folded = fold(name);
      if (folded.empty()) return fail(invalid(where("a grade has an empty name"), "grades"));
      if (!scale.by_name_.emplace(folded, i).second)
        return fail(invalid(where(fmt::format("the name '{}' is used twice", name)), "grades"));
    }
  }

  if (!d.numeric) {
    if (passing == 0 || !seen_failing) {
      return fail(invalid(where("needs at least one passing and one failing grade"), "grades"));
    }
    for (const LabelDefinition& l : d.labels) {
      if (l.value || l.honours) {
        return fail(
            invalid(where("grades of a scale without a numeric range take no value"), "grades"));
      }
    }
    std::vector<double> shares = d.reference;
    if (shares.empty()) shares.assign(passing, 100.0 / static_cast<double>(passing));
    if (shares.size() != passing) {
      return fail(invalid(where(fmt::format("the reference has {} shares for {} passing grades",
                                            shares.size(), passing)),
                          "reference"));
    }
    const double sum = std::accumulate(shares.begin(), shares.end(), 0.0);
    if (std::ranges::any_of(shares, [](double s) { return !(s >= 0); }) ||
        std::abs(sum - 100) > kShareSlack) {
      return fail(
          invalid(where("reference shares must be non-negative and sum to 100"), "reference"));
    }
    double cumulative = 0;
    for (const double share : shares) {
      cumulative += share;
      scale.band_end_.push_back(100 * cumulative / sum);
    }
  } else {
    const NumericDefinition& n = *d.numeric;
    if (!std::isfinite(n.min) || !std::isfinite(n.max) || !(n.min < n.max))
      return fail(invalid(where("the numeric range needs min < max"), "numeric"));
    if (!(n.pass > n.min && n.pass < n.max))
      return fail(invalid(where("the pass mark must lie strictly inside the range"), "numeric"));
    if (n.decimals < 0 || n.decimals > 2)
      return fail(invalid(where("decimals must be 0, 1 or 2"), "numeric"));
    if (!d.reference.empty())
      return fail(
          invalid(where("only scales without a numeric range take reference shares"), "reference"));
    const double best = n.direction == Direction::higher_is_better ? n.max : n.min;
    scale.formula_best_ = n.formula_best.value_or(best);
    if (!(scale.oriented(scale.formula_best_) > scale.oriented(n.pass)) ||
        scale.oriented(scale.formula_best_) > scale.oriented(best)) {
      return fail(
          invalid(where("Nmax must lie between the pass mark and the best grade"), "numeric"));
    }
    std::optional<Rank> previous;
    bool reaches_pass = false;
    for (std::size_t i = 0; i < d.labels.size(); ++i) {
      const LabelDefinition& l = d.labels[i];
      if (!l.value || !(*l.value >= n.min && *l.value <= n.max)) {
        return fail(invalid(
            where(fmt::format("grade '{}' needs a value within the range", l.label)), "grades"));
      }
      if (l.passes != (scale.oriented(*l.value) >= scale.oriented(n.pass))) {
        return fail(invalid(
            where(fmt::format("grade '{}' passes or fails against its value", l.label)), "grades"));
      }
      const Rank rank = scale.label_grade(i).rank;
      if (previous && rank > *previous)
        return fail(invalid(where("grades must be listed best first"), "grades"));
      previous = rank;
      reaches_pass = reaches_pass || (l.passes && !l.honours && *l.value == n.pass);
    }
    if (n.output == Output::label && !reaches_pass) {
      return fail(invalid(where("a scale that converts into labels needs a label at the pass mark"),
                          "numeric"));
    }
  }

  if (d.best_failing) {
    auto grade = scale.parse(*d.best_failing);
    if (!grade || grade->passes)
      return fail(
          invalid(where("best_failing must be a failing grade of the scale"), "best_failing"));
    scale.best_failing_ = std::move(*grade);
  } else {
    const auto first_failing =
        std::ranges::find_if(d.labels, [](const LabelDefinition& l) { return !l.passes; });
    if (first_failing != d.labels.end()) {
      scale.best_failing_ =
          scale.label_grade(static_cast<std::size_t>(first_failing - d.labels.begin()));
    } else {
      const NumericDefinition& n = *d.numeric;
      const double step = std::pow(10.0, -n.decimals);
      scale.best_failing_ = scale.number_grade(
          n.direction == Direction::higher_is_better ? n.pass - step : n.pass + step);
    }
  }
  return scale;
}

Grade Scale::label_grade(std::size_t index) const {
  const LabelDefinition& l = def_.labels[index];
  Grade grade;
  grade.text = l.label;
  grade.value = l.value;
  grade.passes = l.passes;
  grade.label = index;
  if (def_.numeric) {
    grade.rank = {oriented(*l.value), l.honours ? 1 : 0};
  } else {
    grade.rank = {-static_cast<double>(index), 0};
  }
  return grade;
}

Grade Scale::number_grade(double value) const {
  const double exact = static_cast<double>(hundredths(value)) / 100;
  Grade grade;
  grade.text = format_value(exact);
  grade.value = exact;
  grade.passes = oriented(exact) >= oriented(def_.numeric->pass) - kSlack;
  grade.rank = {oriented(exact), 0};
  return grade;
}

std::string Scale::format_value(double value) const {
  const long long h = hundredths(value);
  const int needed = h % 100 == 0 ? 0 : (h % 10 == 0 ? 1 : 2);
  const int decimals = def_.numeric ? std::max(needed, def_.numeric->decimals) : needed;
  return fmt::format("{:.{}f}", static_cast<double>(h) / 100, decimals);
}

Result<Grade> Scale::parse(std::string_view text) const {
  const std::string_view trimmed = text::trim(text);
  if (const auto it = by_name_.find(fold(trimmed)); it != by_name_.end())
    return label_grade(it->second);
  const auto not_a_grade = [&](std::string_view why) {
    return fail(
        invalid(fmt::format("'{}' {} {} ({}): {}", trimmed, why, def_.id, def_.name_en, describe()),
                "grade"));
  };
  if (!def_.numeric) return not_a_grade("is not a grade of");
  const NumericDefinition& n = *def_.numeric;

  std::string_view number = trimmed;
  if (n.min == 0 && n.max == 100 && number.ends_with('%')) number.remove_suffix(1);
  if (const auto slash = number.find('/'); slash != std::string_view::npos) {
    // "14/20": the part after the slash must be the scale's maximum.
    NumberError ignored{};
    const auto out_of = parse_hundredths(text::trim(number.substr(slash + 1)), ignored);
    if (!out_of || *out_of != hundredths(n.max)) return not_a_grade("is not a grade of");
    number = number.substr(0, slash);
  }
  NumberError error{};
  const auto h = parse_hundredths(text::trim(number), error);
  if (error == NumberError::too_many_decimals)
    return not_a_grade("has more than two decimals; grades are read to two decimals on");
  if (!h) return not_a_grade("is not a grade of");
  const double value = static_cast<double>(*h) / 100;
  if (value < n.min || value > n.max) return not_a_grade("is outside");
  return number_grade(value);
}

std::string Scale::describe() const {
  std::vector<std::string> passing, failing;
  for (const LabelDefinition& l : def_.labels) {
    std::string name = l.label;
    if (!l.aliases.empty()) name += fmt::format(" ({})", l.aliases.front());
    (l.passes ? passing : failing).push_back(std::move(name));
  }
  std::vector<std::string> parts;
  if (!passing.empty()) parts.push_back("pass: " + text::join(passing, ", "));
  if (!failing.empty()) parts.push_back("fail: " + text::join(failing, ", "));
  if (def_.numeric) {
    const NumericDefinition& n = *def_.numeric;
    const bool lower = n.direction == Direction::lower_is_better;
    parts.push_back(fmt::format("{}a number {}-{}{}, pass {} {}", parts.empty() ? "" : "or ",
                                format_value(n.min), format_value(n.max),
                                lower ? ", lower is better" : "", lower ? "up to" : "from",
                                format_value(n.pass)));
  }
  return text::join(parts, "; ");
}

Rank Scale::pass_rank() const {
  if (def_.numeric) return {oriented(def_.numeric->pass), 0};
  std::size_t last_passing = 0;
  for (std::size_t i = 0; i < def_.labels.size(); ++i)
    if (def_.labels[i].passes) last_passing = i;
  return label_grade(last_passing).rank;
}

double Scale::position(const Grade& grade) const {
  if (!def_.numeric) {
    const std::size_t i = grade.label.value_or(0);
    const double start = i == 0 ? 0 : band_end_[i - 1];
    const double middle = (start + band_end_[i]) / 2;
    return 1 - middle / 100;
  }
  const double pass = oriented(def_.numeric->pass);
  const double p = (oriented(*grade.value) - pass) / (oriented(formula_best_) - pass);
  return std::clamp(p, 0.0, 1.0);
}

Placed Scale::at_position(double p) const {
  p = std::clamp(p, 0.0, 1.0);
  if (!def_.numeric) {
    // Percent from the top; a boundary belongs to the better band.
    const double from_top = 100 * (1 - p);
    std::size_t i = 0;
    while (i + 1 < band_end_.size() && from_top > band_end_[i] + kSlack) ++i;
    return {label_grade(i), std::nullopt};
  }
  const double pass = def_.numeric->pass;
  const double exact = pass + p * (formula_best_ - pass);
  if (def_.numeric->output == Output::label) {
    for (std::size_t i = 0; i < def_.labels.size(); ++i) {
      const LabelDefinition& l = def_.labels[i];
      if (l.passes && !l.honours && oriented(exact) >= oriented(*l.value) - kSlack)
        return {label_grade(i), exact};
    }
  }
  return round_value(exact);
}

Placed Scale::round_value(double exact) const {
  const NumericDefinition& n = *def_.numeric;
  const double step = std::pow(10.0, n.decimals);
  const bool higher = n.direction == Direction::higher_is_better;
  double rounded = 0;
  if (n.rounding == Rounding::truncate) {
    rounded = std::floor(exact * step + kSlack) / step;
  } else if (higher) {
    rounded = std::floor(exact * step + 0.5 + kSlack) / step;
  } else {
    rounded = std::ceil(exact * step - 0.5 - kSlack) / step;
  }
  const double best = higher ? n.max : n.min;
  if (oriented(rounded) < oriented(n.pass)) rounded = n.pass;
  if (oriented(rounded) > oriented(best)) rounded = best;
  return {number_grade(rounded), exact};
}

std::vector<ScaleDefinition> builtin_scale_definitions() {
  std::vector<ScaleDefinition> scales;

  ScaleDefinition ects{.id = "ects", .name_en = "ECTS grading scale", .name_zh = "ECTS 等级"};
  for (const char* name : {"A", "B", "C", "D", "E"}) ects.labels.push_back(label(name, {}, true));
  ects.labels.push_back(label("FX", {}, false));
  ects.labels.push_back(label("F", {}, false));
  ects.reference = {10, 25, 30, 25, 10};
  ects.reference_source =
      "ECTS Users' Guide 2009 reference shares A 10%, B 25%, C 30%, D 25%, E 10%";
  scales.push_back(std::move(ects));

  ScaleDefinition us4{.id = "us4",
                      .name_en = "US 4.0 grade points",
                      .name_zh = "美国 4.0 绩点",
                      .numeric = NumericDefinition{.min = 0, .max = 4, .pass = 1, .decimals = 2}};
  const std::pair<const char*, double> letters[] = {
      {"A+", 4.0}, {"A", 4.0}, {"A-", 3.7}, {"B+", 3.3}, {"B", 3.0}, {"B-", 2.7},
      {"C+", 2.3}, {"C", 2.0}, {"C-", 1.7}, {"D+", 1.3}, {"D", 1.0}, {"F", 0.0}};
  for (const auto& [name, points] : letters)
    us4.labels.push_back(label(name, {}, points >= 1, points));
  scales.push_back(std::move(us4));

  scales.push_back(ScaleDefinition{.id = "cn100",
                                   .name_en = "Chinese 100-point scale",
                                   .name_zh = "百分制",
                                   .numeric = NumericDefinition{.min = 0, .max = 100, .pass = 60}});

  // Classes stand for the percentage they reach. Nmax is 80, not 100: UK marks above 80 are
  // rare, and with 100 a First (70) would sit at the middle of the passing range.
  ScaleDefinition uk{
      .id = "uk",
      .name_en = "UK honours classes and percentages",
      .name_zh = "英国荣誉学位等级与百分制",
      .numeric = NumericDefinition{
          .min = 0, .max = 100, .pass = 40, .formula_best = 80, .output = Output::label}};
  uk.labels = {label("First", {"1st", "First Class", "I"}, true, 70),
               label("Upper Second", {"2:1", "II.1", "Upper Second Class"}, true, 60),
               label("Lower Second", {"2:2", "II.2", "Lower Second Class"}, true, 50),
               label("Third", {"3rd", "III", "Third Class"}, true, 40),
               label("Fail", {}, false, 0)};
  scales.push_back(std::move(uk));

  scales.push_back(
      ScaleDefinition{.id = "de",
                      .name_en = "German grades 1.0-5.0",
                      .name_zh = "德国 1.0–5.0 分制",
                      .numeric = NumericDefinition{.min = 1,
                                                   .max = 5,
                                                   .direction = Direction::lower_is_better,
                                                   .pass = 4,
                                                   .decimals = 1,
                                                   .rounding = Rounding::truncate},
                      .best_failing = "5.0"});

  scales.push_back(ScaleDefinition{
      .id = "fr20",
      .name_en = "French 0-20 scale",
      .name_zh = "法国 20 分制",
      .numeric = NumericDefinition{.min = 0, .max = 20, .pass = 10, .decimals = 1}});

  ScaleDefinition it30{.id = "it30",
                       .name_en = "Italian 30-point scale",
                       .name_zh = "意大利 30 分制",
                       .numeric = NumericDefinition{.min = 0, .max = 30, .pass = 18}};
  it30.labels = {
      label("30L", {"30 e lode", "30 lode", "30 con lode", "30 cum laude", "30+"}, true, 30, true),
      label("respinto", {"insufficiente", "non superato", "bocciato"}, false, 0)};
  scales.push_back(std::move(it30));

  scales.push_back(ScaleDefinition{
      .id = "nl10",
      .name_en = "Dutch 1-10 scale",
      .name_zh = "荷兰 10 分制",
      .numeric = NumericDefinition{.min = 1, .max = 10, .pass = 5.5, .decimals = 1}});

  ScaleDefinition jp{.id = "jp", .name_en = "Japanese letter grades", .name_zh = "日本等级制"};
  jp.labels = {label("S", {"秀"}, true), label("A", {"優"}, true), label("B", {"良"}, true),
               label("C", {"可"}, true), label("F", {"不可"}, false)};
  jp.reference_source =
      "equal reference shares S, A, B, C (the 100-point bands 90-100, 80-89, 70-79, 60-69)";
  scales.push_back(std::move(jp));
  return scales;
}

ScaleRegistry ScaleRegistry::with_builtins() {
  ScaleRegistry registry;
  for (ScaleDefinition& definition : builtin_scale_definitions()) {
    auto scale = Scale::create(std::move(definition));
    // The built-in definitions are constants checked by scale_test.cc; a failure is a bug.
    if (!scale) std::abort();
    (void)registry.add(std::move(*scale));
  }
  return registry;
}

Status ScaleRegistry::add(Scale scale) {
  const std::string id = scale.id();
  if (scales_.contains(id))
    return fail(invalid(fmt::format("a scale with the id '{}' exists already", id), "id"));
  scales_.emplace(id, std::move(scale));
  order_.push_back(id);
  return {};
}

Result<const Scale*> ScaleRegistry::find(std::string_view id) const {
  const auto it = scales_.find(id);
  if (it == scales_.end()) {
    return fail(
        invalid(fmt::format("unknown scale '{}'; the scales are: {}", id, text::join(order_, ", ")),
                "scale"));
  }
  return &it->second;
}

std::vector<const Scale*> ScaleRegistry::all() const {
  std::vector<const Scale*> out;
  out.reserve(order_.size());
  for (const std::string& id : order_) out.push_back(&scales_.find(id)->second);
  return out;
}

}  // namespace orbis::grades
