#include "indicators/national.h"

#include <gtest/gtest.h>

namespace orbis::indicators {
namespace {

// The rows of data/mobility/uis_tertiary_mobility_by_country.csv for China:
//   CHN,2022,210903,-841380,1052283,|     and     CHN,2023,200892,,,|
TEST(NationalMobility, GivesTheAcademicYearThatEndsInTheReferenceYear) {
  const auto year = national_mobility("CN", 2021);  // 2021/2022: reference year 2022
  ASSERT_TRUE(year.has_value());
  EXPECT_EQ(year->reference_year, 2022);
  EXPECT_EQ(year->inbound, 210903);
  EXPECT_EQ(year->outbound, 1052283);  // 210903 − (−841380)
  EXPECT_FALSE(year->inbound_estimated);
  EXPECT_FALSE(year->outbound_estimated);
}

TEST(NationalMobility, SaysWhatIsNotPublished) {
  const auto newest = national_mobility("CN", 2022);  // 2022/2023: no net flow yet
  ASSERT_TRUE(newest.has_value());
  EXPECT_EQ(newest->inbound, 200892);
  EXPECT_EQ(newest->outbound, -1);
  EXPECT_FALSE(national_mobility("CN", 2030).has_value());
  EXPECT_TRUE(national_mobility("ZZ").empty());
  EXPECT_TRUE(national_mobility("").empty());
}

// GBR,2000,222936,201670,21266,|UIS_EST: the net flow, and so the outbound, is UIS's estimate.
TEST(NationalMobility, MarksEstimates) {
  const auto year = national_mobility("GB", 1999);
  ASSERT_TRUE(year.has_value());
  EXPECT_EQ(year->inbound, 222936);
  EXPECT_EQ(year->outbound, 21266);
  EXPECT_FALSE(year->inbound_estimated);
  EXPECT_TRUE(year->outbound_estimated);
}

TEST(NationalMobility, HoldsEachCountrysYearsOldestFirst) {
  const auto china = national_mobility("CN");
  ASSERT_GE(china.size(), 8U);
  for (std::size_t i = 1; i < china.size(); ++i) {
    EXPECT_EQ(china[i].country, "CN");
    EXPECT_LT(china[i - 1].reference_year, china[i].reference_year);
  }
}

}  // namespace
}  // namespace orbis::indicators
