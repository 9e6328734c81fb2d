#include "store/query.h"

#include <gtest/gtest.h>

namespace orbis::store {
namespace {

TEST(Cursor, RoundTripsAndBelongsToItsListAndSort) {
  const Cursor c{{"2026-09-01", "Zhang 张"}, 42};
  const auto text = encode_cursor("mobilities", "start_desc", c);
  const auto back = decode_cursor("mobilities", "start_desc", text);
  ASSERT_TRUE(back);
  EXPECT_EQ(back->keys, c.keys);
  EXPECT_EQ(back->id, 42);
  EXPECT_FALSE(decode_cursor("people", "start_desc", text));
  EXPECT_FALSE(decode_cursor("mobilities", "start_asc", text));
}

TEST(Cursor, RefusesWhatWasNotGivenOut) {
  const std::vector<std::string> cases = {"", "%%%", "bW9iaWxpdGllcw", std::string(3000, 'A'),
                                          "WyJtb2JpbGl0aWVzIiwic3RhcnRfZGVzYyIsWzFdLDFd"};
  for (const auto& bad : cases) {
    const auto r = decode_cursor("mobilities", "start_desc", bad);
    ASSERT_FALSE(r) << bad;
    EXPECT_EQ(r.error().code, ErrorCode::invalid_argument);
    EXPECT_EQ(r.error().fields.at(0).field, "cursor");
  }
}

}  // namespace
}  // namespace orbis::store
