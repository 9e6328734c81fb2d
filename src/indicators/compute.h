// An indicator's value for one academic year from what was counted (pure: the counting is
// the store's, store/indicators.h). A value that cannot be computed says why, in both
// languages, instead of showing 0.
//
// Thread-safety: pure functions.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <string_view>

#include "indicators/catalogue.h"

namespace orbis::indicators {

// What was counted for one indicator and year.
struct Inputs {
  std::string academic_year;  // "2025/2026"
  // Basis::stays: the people counted (each once).
  int people = 0;
  // nationality_concentration: the people per nationality (ISO 3166-1 alpha-2), and those
  // without one.
  std::map<std::string, int> nationalities;
  int missing = 0;
  // The figures the office entered for the year, by measure id; absent: not entered.
  std::map<std::string, double, std::less<>> figures;
  // Basis::publications: the institution's publications of the year (none when none at all
  // are recorded), those with an author at an institution abroad, and, over the five years
  // to this one, its institutions abroad with three or more co-publications and the
  // countries and territories they are in.
  std::optional<int> publications;
  int international_publications = 0;
  int sustained_partners = 0;
  int partner_countries = 0;
};

// How many co-publications over five years make a partner abroad a sustained one (QS's
// International Research Network), and the years that counts over.
inline constexpr int kSustainedCoPublications = 3;
inline constexpr int kNetworkYears = 5;

// Whether the indicator's values (and so its targets) lie from 0 to 1: shares and
// concentrations do, QS's L / ln P does not.
bool at_most_one(const Definition& definition);

struct Value {
  std::optional<double> value;  // rounded to 4 places; none when it cannot be computed
  double numerator = 0;
  std::optional<double> denominator;
  int missing = 0;      // records left out for lack of data
  std::string no_data;  // why there is no value, when there is none
  std::string no_data_zh;
};

Value compute(const Definition& definition, const Inputs& inputs);

// The academic year that begins in `year`: 2025 → "2025/2026".
std::string academic_year(int year);
// The year an academic year begins in: "2025/2026" → 2025; nullopt for anything else.
std::optional<int> year_of(std::string_view academic_year);
// The academic year under way on a date ("YYYY-MM-DD…"): from `first_month` (1–12) of a
// year to the month before it in the next. nullopt for a text that is not a date.
std::optional<int> academic_year_on(std::string_view date, int first_month = 9);

}  // namespace orbis::indicators
