// Runs every hand-computed case in tests/cases/indicators/cases.json, and checks that every
// indicator of the catalogue has one.
#include <gtest/gtest.h>

#include <fstream>
#include <nlohmann/json.hpp>
#include <set>

#include "indicators/catalogue.h"
#include "indicators/compute.h"

namespace orbis::indicators {
namespace {

using nlohmann::json;

json load_cases() {
  const char* root = std::getenv("ORBIS_SOURCE_DIR");
  std::ifstream in(std::string(root ? root : ORBIS_SOURCE_DIR) +
                   "/tests/cases/indicators/cases.json");
  EXPECT_TRUE(in) << "tests/cases/indicators/cases.json is missing";
  return json::parse(in, nullptr, false);
}

Inputs inputs_of(const json& j) {
  Inputs in;
  in.academic_year = j.at("academic_year").get<std::string>();
  in.people = j.value("people", 0);
  in.missing = j.value("missing", 0);
  const json nationalities = j.value("nationalities", json::object());
  for (const auto& [k, v] : nationalities.items()) in.nationalities[k] = v.get<int>();
  const json figures = j.value("figures", json::object());
  for (const auto& [k, v] : figures.items()) in.figures[k] = v.get<double>();
  if (j.contains("publications")) in.publications = j.at("publications").get<int>();
  in.international_publications = j.value("international_publications", 0);
  in.sustained_partners = j.value("sustained_partners", 0);
  in.partner_countries = j.value("partner_countries", 0);
  return in;
}

TEST(IndicatorCases, EveryCaseGivesItsHandComputedValue) {
  const json cases = load_cases();
  ASSERT_TRUE(cases.is_object());
  ASSERT_FALSE(cases.at("cases").empty());
  for (const auto& c : cases.at("cases")) {
    SCOPED_TRACE(c.at("note").get<std::string>());
    const auto* d = find(c.at("indicator").get<std::string>());
    ASSERT_NE(d, nullptr) << c.at("indicator");
    const Value v = compute(*d, inputs_of(c.at("inputs")));
    const json& e = c.at("expect");
    if (e.at("value").is_null()) {
      EXPECT_FALSE(v.value.has_value());
      EXPECT_FALSE(v.no_data.empty());
      EXPECT_FALSE(v.no_data_zh.empty());
    } else {
      ASSERT_TRUE(v.value.has_value()) << v.no_data;
      EXPECT_DOUBLE_EQ(*v.value, e.at("value").get<double>());
      EXPECT_TRUE(v.no_data.empty());
    }
    EXPECT_DOUBLE_EQ(v.numerator, e.at("numerator").get<double>());
    if (e.at("denominator").is_null()) {
      EXPECT_FALSE(v.denominator.has_value());
    } else {
      EXPECT_EQ(v.denominator, e.at("denominator").get<double>());
    }
    EXPECT_EQ(v.missing, e.at("missing").get<int>());
    if (e.contains("no_data")) {
      EXPECT_EQ(v.no_data, e.at("no_data").get<std::string>());
    }
    if (e.contains("no_data_zh")) {
      EXPECT_EQ(v.no_data_zh, e.at("no_data_zh").get<std::string>());
    }
  }
}

TEST(IndicatorCases, EveryIndicatorHasACase) {
  const json cases = load_cases();
  std::set<std::string> covered;
  for (const auto& c : cases.at("cases")) covered.insert(c.at("indicator").get<std::string>());
  for (const auto& d : catalogue()) EXPECT_TRUE(covered.contains(std::string(d.id))) << d.id;
}

TEST(IndicatorCatalogue, EveryIndicatorSaysWhatItIsInBothLanguagesAndWhereFrom) {
  std::set<std::string_view> ids;
  for (const auto& d : catalogue()) {
    EXPECT_TRUE(ids.insert(d.id).second) << "twice: " << d.id;
    EXPECT_FALSE(d.name.empty() || d.name_zh.empty() || d.definition.empty() ||
                 d.definition_zh.empty() || d.source.empty())
        << d.id;
    if (!d.denominator_measure.empty()) {
      EXPECT_NE(find_measure(d.denominator_measure), nullptr);
    }
    if (d.basis == Basis::figures) {
      EXPECT_NE(find_measure(d.numerator_measure), nullptr);
    }
    // A ratio of entered figures has a denominator; one of publications divides by what it
    // counts.
    if (d.basis != Basis::publications) {
      EXPECT_EQ(d.unit == Unit::ratio, !d.denominator_measure.empty()) << d.id;
    }
  }
  EXPECT_EQ(find("nothing"), nullptr);
}

TEST(AcademicYears, NameAndReadTheYearTheyBeginIn) {
  EXPECT_EQ(academic_year(2025), "2025/2026");
  EXPECT_EQ(year_of("2025/2026"), 2025);
  EXPECT_EQ(year_of("2025/2027"), std::nullopt);
  EXPECT_EQ(year_of("2025-2026"), std::nullopt);
  EXPECT_EQ(year_of("25/26"), std::nullopt);
  EXPECT_EQ(year_of("2025/2026 "), std::nullopt);
  EXPECT_EQ(academic_year_on("2026-09-01"), 2026);
  EXPECT_EQ(academic_year_on("2026-08-31T23:00:00Z"), 2025);
  EXPECT_EQ(academic_year_on("2027-02-14", 2), 2027);
  EXPECT_EQ(academic_year_on("2026-13-01"), std::nullopt);
  EXPECT_EQ(academic_year_on("yesterday"), std::nullopt);
}

}  // namespace
}  // namespace orbis::indicators
