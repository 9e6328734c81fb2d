#include "credentials/multibase.h"

#include <gtest/gtest.h>

namespace orbis::credentials {
namespace {

TEST(Multibase, Base58RoundTripsAndKeepsLeadingZeros) {
  const std::string bytes("\0\0\x01\xff hello", 10);
  const std::string text = base58btc_encode(bytes);
  EXPECT_TRUE(text.starts_with("11"));
  EXPECT_EQ(base58btc_decode(text), bytes);
  EXPECT_EQ(multibase_decode("z" + text), bytes);
  EXPECT_EQ(base58btc_decode("0OIl"), std::nullopt);  // not in the alphabet
}

// Decoding base58 is quadratic: a proofValue of 900 KB inside a /verify body would cost
// minutes of CPU. Nothing Orbis decodes is that long, so such text is refused at once.
TEST(Multibase, RefusesBase58LongerThanAnyKeyOrSignature) {
  const std::string long_text(900000, '2');
  EXPECT_EQ(base58btc_decode(long_text), std::nullopt);
  const auto decoded = multibase_decode("z" + long_text);
  ASSERT_FALSE(decoded);
  EXPECT_EQ(decoded.error().message,
            "a base58btc string of 900000 characters; keys and signatures take at most 512");
  EXPECT_TRUE(base58btc_decode(std::string(kMaxBase58Chars, '2')));
}

}  // namespace
}  // namespace orbis::credentials
