#include "indicators/compute.h"

#include <fmt/format.h>

#include <cmath>

namespace orbis::indicators {
namespace {

double rounded(double x) { return std::round(x * 10000) / 10000; }

// The number the decimal digits of `text` write; nullopt for an empty text or any other
// character.
std::optional<int> digits(std::string_view text) {
  if (text.empty()) return std::nullopt;
  int n = 0;
  for (const char c : text) {
    if (c < '0' || c > '9') return std::nullopt;
    n = n * 10 + (c - '0');
  }
  return n;
}

// The name of a measure, in English and Chinese, for the reasons of no data.
std::pair<std::string_view, std::string_view> names_of(std::string_view measure) {
  if (const auto* m = find_measure(measure)) return {m->name, m->name_zh};
  return {measure, measure};
}

Value no_data(Value v, std::string en, std::string zh) {
  v.value.reset();
  v.no_data = std::move(en);
  v.no_data_zh = std::move(zh);
  return v;
}

// numerator ÷ the entered `denominator` measure of the year.
Value ratio(Value v, std::string_view measure, const Inputs& in) {
  const auto [name, name_zh] = names_of(measure);
  const auto it = in.figures.find(measure);
  if (it == in.figures.end())
    return no_data(std::move(v), fmt::format("{} not entered for {}", name, in.academic_year),
                   fmt::format("未录入 {} 学年的{}", in.academic_year, name_zh));
  v.denominator = it->second;
  if (!(it->second > 0))
    return no_data(std::move(v), fmt::format("{} for {} is 0", name, in.academic_year),
                   fmt::format("{} 学年的{}为 0", in.academic_year, name_zh));
  v.value = rounded(v.numerator / it->second);
  return v;
}

// The sum of the squared shares of the groups (people without a nationality left out).
Value herfindahl(Value v, const Inputs& in) {
  long counted = 0;
  for (const auto& [group, n] : in.nationalities) counted += n;
  v.numerator = static_cast<double>(counted);
  v.missing = in.missing;
  if (counted == 0)
    return no_data(std::move(v), fmt::format("no incoming students in {}", in.academic_year),
                   fmt::format("{} 学年没有来校学生", in.academic_year));
  double sum = 0;
  for (const auto& [group, n] : in.nationalities) {
    const double share = static_cast<double>(n) / static_cast<double>(counted);
    sum += share * share;
  }
  v.value = rounded(sum);
  return v;
}

// A ratio multiplied by the Gini–Simpson diversity of the nationalities, 1 − their
// Herfindahl index, computed from the unrounded ratio.
Value diversified(Value v, const Inputs& in) {
  v.missing = in.missing;
  long counted = 0;
  for (const auto& [group, n] : in.nationalities) counted += n;
  if (counted == 0)
    return no_data(
        std::move(v),
        fmt::format("no incoming students with a recorded nationality in {}", in.academic_year),
        fmt::format("{} 学年没有登记国籍的来校学生", in.academic_year));
  double concentration = 0;
  for (const auto& [group, n] : in.nationalities) {
    const double share = static_cast<double>(n) / static_cast<double>(counted);
    concentration += share * share;
  }
  v.value = rounded(v.numerator / *v.denominator * (1 - concentration));
  return v;
}

// The share of the year's publications co-authored abroad, or QS's L / ln P over the five
// years to it.
Value publications(Value v, const Definition& d, const Inputs& in) {
  if (!in.publications)
    return no_data(std::move(v), "no publications are recorded yet", "尚未记录论文");
  if (d.unit == Unit::index) {
    v.numerator = in.partner_countries;
    v.denominator = in.sustained_partners;
    if (in.sustained_partners < 2)
      return no_data(
          std::move(v),
          fmt::format("fewer than two institutions abroad with {} or more co-publications in "
                      "the {} years to {}, so ln P is not above 0",
                      kSustainedCoPublications, kNetworkYears, in.academic_year),
          fmt::format("截至 {} 学年的 {} 年内合作论文 {} 篇及以上的境外机构少于两所，ln P 不大于 0",
                      in.academic_year, kNetworkYears, kSustainedCoPublications));
    v.value = rounded(in.partner_countries / std::log(in.sustained_partners));
    return v;
  }
  v.numerator = in.international_publications;
  v.denominator = *in.publications;
  if (*in.publications == 0)
    return no_data(std::move(v), fmt::format("no publications recorded for {}", in.academic_year),
                   fmt::format("没有 {} 学年的论文记录", in.academic_year));
  v.value = rounded(static_cast<double>(in.international_publications) / *in.publications);
  return v;
}

}  // namespace

bool at_most_one(const Definition& d) {
  return d.unit == Unit::ratio || (d.unit == Unit::index && d.basis != Basis::publications);
}

Value compute(const Definition& d, const Inputs& in) {
  Value v;
  switch (d.basis) {
    case Basis::publications:
      return publications(std::move(v), d, in);
    case Basis::graduates:
    case Basis::stays:
      if (d.unit == Unit::index) return herfindahl(std::move(v), in);
      v.numerator = in.people;
      v.missing = in.missing;
      if (d.unit == Unit::ratio) return ratio(std::move(v), d.denominator_measure, in);
      v.value = in.people;
      return v;
    case Basis::figures: {
      const auto [name, name_zh] = names_of(d.numerator_measure);
      const auto it = in.figures.find(d.numerator_measure);
      if (it == in.figures.end())
        return no_data(std::move(v), fmt::format("{} not entered for {}", name, in.academic_year),
                       fmt::format("未录入 {} 学年的{}", in.academic_year, name_zh));
      v.numerator = it->second;
      v = ratio(std::move(v), d.denominator_measure, in);
      if (!d.nationality_diversity || !v.value) return v;
      return diversified(std::move(v), in);
    }
  }
  return v;
}

std::string academic_year(int year) { return fmt::format("{}/{}", year, year + 1); }

std::optional<int> year_of(std::string_view text) {
  if (text.size() != 9 || text[4] != '/') return std::nullopt;
  const auto first = digits(text.substr(0, 4));
  const auto second = digits(text.substr(5, 4));
  if (!first || !second || *second != *first + 1) return std::nullopt;
  return first;
}

std::optional<int> academic_year_on(std::string_view date, int first_month) {
  if (date.size() < 7 || date[4] != '-') return std::nullopt;
  const auto year = digits(date.substr(0, 4));
  const auto month = digits(date.substr(5, 2));
  if (!year || !month || *month < 1 || *month > 12) return std::nullopt;
  return *month >= first_month ? *year : *year - 1;
}

}  // namespace orbis::indicators
