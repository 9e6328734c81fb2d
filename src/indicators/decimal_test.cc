#include "indicators/decimal.h"

#include <gtest/gtest.h>

#include <string>

namespace orbis::indicators {
namespace {

TEST(AddDecimals, AddsDigitByDigitWithTheLongerFractionsPlaces) {
  EXPECT_EQ(add_decimals("2500.00", "12000.00"), "14500.00");
  EXPECT_EQ(add_decimals("0.50", "2"), "2.50");
  EXPECT_EQ(add_decimals("0.1", "0.2"), "0.3");  // 0.30000000000000004 in binary
  EXPECT_EQ(add_decimals("999.99", "0.01"), "1000.00");
  EXPECT_EQ(add_decimals("9", "1"), "10");
  EXPECT_EQ(add_decimals("007", "0.005"), "7.005");
  EXPECT_EQ(add_decimals("", ""), "0");
  EXPECT_EQ(add_decimals("", "12.5"), "12.5");
  // Twenty digits, beyond a double's exact integers (2^53 is about 9.0e15).
  EXPECT_EQ(add_decimals("99999999999999999999", "1"), "100000000000000000000");
  EXPECT_EQ(add_decimals("9007199254740993", "0"), "9007199254740993");
}

TEST(AddDecimals, RefusesWhatIsNotANonNegativeDecimal) {
  for (const char* bad : {"-1", "1.", ".5", "1.2.3", "1e3", " 1", "abc", "1,000"}) {
    EXPECT_FALSE(add_decimals(bad, "1").has_value()) << bad;
    EXPECT_FALSE(add_decimals("1", bad).has_value()) << bad;
  }
}

}  // namespace
}  // namespace orbis::indicators
