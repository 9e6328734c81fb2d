// The demo's indicator figures and targets: what an office enters each year because Orbis does not
// hold the records (students enrolled, graduates, academic staff, international students and
// staff), for the academic years the demo's stays span, so that the leadership's rates have
// denominators. The numbers are illustrative, in proportion to a young research university
// of Westlake University's size; they are not its published figures, and their source says so.
#include <array>

#include "seed/demo.h"
#include "service/indicators/indicators.h"

namespace orbis::seed {
namespace {

struct YearFigures {
  int year;
  int students_enrolled;
  int graduates;
  int academic_staff;
  int international_students;
  int international_academic_staff;
};

// Westlake University admitted its first undergraduates in 2022 and its first international
// students in 2023 (the seed's description): enrolment grows each year, international
// students start from none. 2026/2027 has no graduates yet.
constexpr std::array<YearFigures, 5> kFigures = {{
    {2022, 1920, 185, 212, 0, 25},
    {2023, 2360, 240, 236, 14, 30},
    {2024, 2810, 305, 259, 37, 36},
    {2025, 3290, 388, 284, 66, 42},
    {2026, 3720, -1, 301, 95, 46},
}};

constexpr const char* kSource =
    "Demo figures, illustrative: not Westlake University's published numbers";

// The office's targets for the last two years, so that the tiles show progress: some met,
// some not. Illustrative as the figures are.
struct DemoTarget {
  const char* indicator;
  int year;
  double value;
};
// In proportion to the demo's stays (about 50 students abroad a year, 1.5% of enrolment) and,
// for the graduates, to the European benchmark of 20% that the university is far from.
constexpr std::array<DemoTarget, 9> kTargets = {{
    {"outbound_students", 2025, 55},
    {"outbound_students", 2026, 60},
    {"outbound_mobility_rate", 2025, 0.014},
    {"outbound_mobility_rate", 2026, 0.016},
    {"graduates_with_stay_abroad", 2025, 0.05},
    {"international_student_ratio", 2025, 0.02},
    {"international_student_ratio", 2026, 0.03},
    {"international_faculty_ratio", 2025, 0.15},
    {"international_faculty_ratio", 2026, 0.15},
}};
constexpr const char* kTargetNote = "Demo target, illustrative: the office's plan for the year";

}  // namespace

Result<std::size_t> create_demo_figures(store::Store& store, const Clock& clock,
                                        const domain::Actor& officer) {
  service::Indicators indicators(store, clock);
  std::size_t entered = 0;
  for (const auto& y : kFigures) {
    const std::array<std::pair<const char*, int>, 5> measures = {{
        {"students_enrolled", y.students_enrolled},
        {"graduates", y.graduates},
        {"academic_staff", y.academic_staff},
        {"international_students", y.international_students},
        {"international_academic_staff", y.international_academic_staff},
    }};
    for (const auto& [measure, value] : measures) {
      if (value < 0) continue;
      service::FigureInput figure{
          .measure = measure, .year = y.year, .org_unit = {}, .value = value, .source = kSource};
      if (auto saved = indicators.save_figure(officer, figure); !saved) return fail(saved.error());
      ++entered;
    }
  }
  for (const auto& t : kTargets) {
    service::TargetInput target{
        .indicator = t.indicator, .year = t.year, .value = t.value, .note = kTargetNote};
    if (auto saved = indicators.save_target(officer, target); !saved) return fail(saved.error());
  }
  return entered;
}

}  // namespace orbis::seed
