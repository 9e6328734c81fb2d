// Properties of conversion over every pair of built-in scales, the example tables and seeded
// random tables: a better grade never converts to a worse one, passing stays passing and
// failing stays failing, and the same question always gets the same answer.

#include <fmt/format.h>
#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <numeric>
#include <optional>
#include <random>
#include <string>
#include <vector>

#include "grades/conversion.h"
#include "grades/json_format.h"
#include "grades/test_files.h"

namespace orbis::grades {
namespace {

constexpr int kNumericSamples = 400;
constexpr int kRandomTablesPerScale = 25;

const ScaleRegistry& builtins() {
  static const ScaleRegistry registry = ScaleRegistry::with_builtins();
  return registry;
}

// Grades of `scale`, best first: every label and spelling, and a fine grid of numbers.
std::vector<std::string> samples(const Scale& scale) {
  std::vector<std::string> texts;
  for (const LabelDefinition& l : scale.definition().labels) {
    texts.push_back(l.label);
    texts.insert(texts.end(), l.aliases.begin(), l.aliases.end());
  }
  if (const auto& n = scale.definition().numeric) {
    for (int k = 0; k <= kNumericSamples; ++k)
      texts.push_back(fmt::format("{:.2f}", n->min + (n->max - n->min) * k / kNumericSamples));
    texts.push_back(scale.format_value(n->pass));
  }
  std::vector<std::pair<Grade, std::string>> graded;
  for (const std::string& t : texts) graded.emplace_back(scale.parse(t).value(), t);
  std::ranges::stable_sort(
      graded, [](const auto& a, const auto& b) { return compare(a.first, b.first) > 0; });
  std::vector<std::string> out;
  for (auto& [grade, text] : graded) out.push_back(std::move(text));
  return out;
}

// Converts every sample of `from` (best first) and checks the properties.
void expect_monotone(std::string_view from, std::string_view to, const Tables& tables = {}) {
  const Scale& source = **builtins().find(from);
  std::optional<Conversion> previous;
  for (const std::string& text : samples(source)) {
    auto c = convert(builtins(), from, to, text, tables);
    ASSERT_TRUE(c.has_value()) << from << " " << text << " -> " << to << ": " << c.error().message;
    EXPECT_EQ(c->to_grade.passes, c->from_grade.passes) << from << " " << text << " -> " << to;
    if (previous) {
      const auto source_order = compare(previous->from_grade, c->from_grade);
      const auto target_order = compare(previous->to_grade, c->to_grade);
      EXPECT_TRUE(source_order >= 0) << "samples are best first";
      if (source_order == 0) {
        EXPECT_TRUE(target_order == 0) << from << " " << previous->from_grade.text << " and "
                                       << text << " are equivalent but convert to "
                                       << previous->to_grade.text << " and " << c->to_grade.text;
      } else {
        EXPECT_TRUE(target_order >= 0)
            << from << " " << previous->from_grade.text << " -> " << to << " "
            << previous->to_grade.text << ", but the worse " << text << " -> " << c->to_grade.text;
      }
    }
    previous = std::move(*c);
  }
}

TEST(GradesProperties, EveryBuiltInPairIsMonotone) {
  for (const Scale* from : builtins().all()) {
    for (const Scale* to : builtins().all()) {
      SCOPED_TRACE(from->id() + " -> " + to->id());
      expect_monotone(from->id(), to->id());
    }
  }
}

TEST(GradesProperties, EveryPairOfExampleTablesIsMonotone) {
  const auto tables = testing::example_tables(builtins());
  ASSERT_GE(tables.size(), 5u);
  for (const DistributionTable& from : tables) {
    for (const DistributionTable& to : tables) {
      if (&from == &to) continue;
      SCOPED_TRACE(from.id() + " -> " + to.id());
      expect_monotone(from.scale(), to.scale(), {&from, &to});
    }
    // One side with a table and the other ects: the ECTS reference stands in.
    expect_monotone(from.scale(), "ects", {&from, nullptr});
    expect_monotone("ects", from.scale(), {nullptr, &from});
  }
}

// A random table on `scale`: every passing label of a label-only scale, else a few random
// values between the pass mark and the best grade, each a row; random shares.
DistributionTable random_table(const Scale& scale, std::mt19937_64& random, int n) {
  TableDefinition d{.id = fmt::format("random-{}-{}", scale.id(), n),
                    .institution = "Random University",
                    .field = "07 Engineering",
                    .cycle = "bachelor",
                    .years = "2023",
                    .scale = scale.id(),
                    .illustrative = true};
  std::vector<std::string> grades;
  if (scale.label_only()) {
    for (const LabelDefinition& l : scale.definition().labels)
      if (l.passes) grades.push_back(l.label);
  } else {
    const NumericDefinition& numeric = *scale.definition().numeric;
    const double best =
        numeric.direction == Direction::higher_is_better ? numeric.max : numeric.min;
    std::vector<Grade> values{scale.parse(scale.format_value(numeric.pass)).value()};
    std::uniform_int_distribution<int> count(0, 12);
    std::uniform_real_distribution<double> between(0, 1);
    for (int k = count(random); k > 0; --k) {
      const double v = numeric.pass + (best - numeric.pass) * between(random);
      values.push_back(scale.parse(fmt::format("{:.2f}", v)).value());
    }
    std::ranges::sort(values, [](const Grade& a, const Grade& b) { return compare(a, b) > 0; });
    const auto last = std::ranges::unique(
        values, [](const Grade& a, const Grade& b) { return compare(a, b) == 0; });
    values.erase(last.begin(), last.end());
    for (const Grade& g : values) grades.push_back(g.text);
  }
  std::uniform_int_distribution<int> weight(0, 20);
  std::vector<int> weights;
  for (std::size_t i = 0; i < grades.size(); ++i) weights.push_back(weight(random));
  if (std::ranges::all_of(weights, [](int w) { return w == 0; })) weights.back() = 1;
  const double sum = std::accumulate(weights.begin(), weights.end(), 0.0);
  for (std::size_t i = 0; i < grades.size(); ++i)
    d.rows.push_back({grades[i], std::round(10'000 * weights[i] / sum) / 100});
  auto table = DistributionTable::create(std::move(d), scale);
  EXPECT_TRUE(table.has_value()) << table.error().message;
  return std::move(*table);
}

TEST(GradesProperties, SeededRandomTablesAreMonotone) {
  std::mt19937_64 random(20260901);
  std::vector<DistributionTable> tables;
  for (const Scale* scale : builtins().all())
    for (int n = 0; n < kRandomTablesPerScale; ++n)
      tables.push_back(random_table(*scale, random, n));
  std::uniform_int_distribution<std::size_t> pick(0, tables.size() - 1);
  for (int trial = 0; trial < 150; ++trial) {
    const DistributionTable& from = tables[pick(random)];
    const DistributionTable& to = tables[pick(random)];
    SCOPED_TRACE(from.id() + " -> " + to.id());
    expect_monotone(from.scale(), to.scale(), {&from, &to});
  }
}

TEST(GradesProperties, ConversionIsDeterministic) {
  const auto tables = testing::example_tables(builtins());
  std::vector<std::string> first;
  const auto run = [&](bool reverse) {
    std::vector<std::string> out;
    auto scales = builtins().all();
    if (reverse) std::ranges::reverse(scales);
    for (const Scale* from : scales) {
      for (const Scale* to : scales) {
        auto chosen = choose_tables(tables, from->id(), to->id());
        const Tables use = chosen ? *chosen : Tables{};
        for (const std::string& text : samples(*from)) {
          auto c = convert(builtins(), from->id(), to->id(), text, use);
          out.push_back(from->id() + to->id() + text + (c ? to_json(*c) : c.error().message));
        }
      }
    }
    std::ranges::sort(out);
    return out;
  };
  const auto forward = run(false);
  EXPECT_EQ(forward, run(false));
  EXPECT_EQ(forward, run(true));
}

}  // namespace
}  // namespace orbis::grades
