// The indicators Orbis computes (docs/indicators.md): each one's id, its definition in both
// languages, the published methodology it follows, and what it counts from — the stays
// Orbis holds, or figures the office enters because Orbis does not hold their records
// (students enrolled, academic staff).
//
// Thread-safety: constant data.
#pragma once

#include <span>
#include <string_view>

namespace orbis::indicators {

enum class Unit {
  ratio,  // a share, 0..1
  count,  // people
  index,  // a Herfindahl index, 0..1
};
std::string_view to_string(Unit unit);

// Where an indicator's numerator comes from.
enum class Basis {
  stays,      // people with stays of the year, counted in the database; drills down to them
  graduates,  // graduates of the year with a stay abroad, counted in the database; drills down
  figures,    // figures the office enters per year
  // the institution's publications (an OpenAlex extract, imported), counted per publication
  // year; no data until some are recorded
  publications,
};

struct Definition {
  std::string_view id;
  std::string_view name;
  std::string_view name_zh;
  std::string_view definition;
  std::string_view definition_zh;
  std::string_view source;
  Unit unit = Unit::count;
  Basis basis = Basis::stays;
  // Basis::figures: the measure counted.
  std::string_view numerator_measure;
  // The entered measure a ratio divides by; empty for counts and indexes.
  std::string_view denominator_measure;
  // Whether the ratio is multiplied by the diversity of the incoming students' nationalities
  // (1 − their Herfindahl index): QS's international student diversity.
  bool nationality_diversity = false;
  // Basis::graduates: what makes a stay count, as the methodology sets it — at least this
  // many days, or at least this many ECTS credits recognised.
  int stay_min_days = 0;
  double stay_min_ects = 0;
};

// Every indicator, in the order a report shows them.
std::span<const Definition> catalogue();
// The indicator of `id`; nullptr when there is none.
const Definition* find(std::string_view id);

// A figure the office enters per year because Orbis does not hold its records.
struct Measure {
  std::string_view id;
  std::string_view name;
  std::string_view name_zh;
};
std::span<const Measure> measures();
const Measure* find_measure(std::string_view id);

}  // namespace orbis::indicators
