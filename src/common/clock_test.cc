#include "common/clock.h"

#include <gtest/gtest.h>

namespace orbis {
namespace {

TEST(Iso8601, RoundTrips) {
  const auto t = parse_iso8601("2026-11-23T16:12:37.250Z");
  ASSERT_TRUE(t);
  EXPECT_EQ(format_iso8601(*t), "2026-11-23T16:12:37.250Z");
  EXPECT_EQ(format_iso8601(*parse_iso8601("2026-11-24T00:12:37+08:00")),
            "2026-11-23T16:12:37.000Z");
}

TEST(Iso8601, RejectsMalformed) {
  for (const char* bad : {"2026-11-23", "2026-13-01T00:00:00Z", "2026-02-30T00:00:00Z",
                          "2026-11-23T16:12:37", "2026-11-23T16:12:37Zjunk", "x"}) {
    EXPECT_FALSE(parse_iso8601(bad)) << bad;
  }
}

TEST(FixedClock, AdvancesOnlyWhenTold) {
  FixedClock clock(*parse_iso8601("2026-01-01T00:00:00Z"));
  const auto a = clock.now();
  clock.advance(std::chrono::minutes(5));
  EXPECT_EQ(clock.now() - a, std::chrono::minutes(5));
}

}  // namespace
}  // namespace orbis
