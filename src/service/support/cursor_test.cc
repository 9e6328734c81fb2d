#include "service/support/cursor.h"

#include <gtest/gtest.h>

#include "common/crypto.h"

namespace orbis::service {
namespace {

TEST(Paging, CursorsRoundTripAndBelongToTheirList) {
  ASSERT_TRUE(crypto::init());
  EXPECT_EQ(*decode_cursor("people", encode_cursor("people", 40)), 40u);
  EXPECT_FALSE(decode_cursor("agreements", encode_cursor("people", 40)));
  for (const char* bad : {"", "bogus", "p1.20", "!!!"})
    EXPECT_FALSE(decode_cursor("people", bad)) << bad;
  EXPECT_EQ(decode_cursor("people", "bogus").error().fields.at(0).field, "cursor");
}

}  // namespace
}  // namespace orbis::service
