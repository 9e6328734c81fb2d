#include "http/server/forwarded.h"

#include <gtest/gtest.h>

namespace orbis::http {
namespace {

TrustedProxies proxies(std::string_view list) {
  auto parsed = TrustedProxies::parse(list);
  EXPECT_TRUE(parsed) << parsed.error().message;
  return parsed ? *parsed : TrustedProxies{};
}

TEST(TrustedProxies, WithoutProxiesTheHeaderIsIgnored) {
  const TrustedProxies none;
  EXPECT_TRUE(none.empty());
  EXPECT_EQ(none.client("203.0.113.7", "198.51.100.1"), "203.0.113.7");
}

TEST(TrustedProxies, AnUntrustedPeerCannotNameAnotherClient) {
  const auto p = proxies("127.0.0.1");
  EXPECT_EQ(p.client("203.0.113.7", "198.51.100.1"), "203.0.113.7");
}

TEST(TrustedProxies, TheClientIsTheRightmostAddressNotATrustedProxy) {
  const auto p = proxies("127.0.0.1, 10.0.0.2 ::1");
  EXPECT_EQ(p.client("127.0.0.1", "198.51.100.1"), "198.51.100.1");
  // A client that writes the header itself cannot choose its address: nginx adds the one
  // it saw at the end.
  EXPECT_EQ(p.client("127.0.0.1", "1.2.3.4, 198.51.100.1"), "198.51.100.1");
  // Through two proxies we trust.
  EXPECT_EQ(p.client("127.0.0.1", "198.51.100.1, 10.0.0.2"), "198.51.100.1");
  EXPECT_EQ(p.client("::1", "2001:db8::5"), "2001:db8::5");
}

TEST(TrustedProxies, AddressesCompareInOneForm) {
  const auto p = proxies("::ffff:127.0.0.1");
  EXPECT_EQ(p.client("127.0.0.1", "2001:DB8::5"), "2001:db8::5");
  EXPECT_EQ(p.client("::ffff:127.0.0.1", "::ffff:198.51.100.1"), "198.51.100.1");
}

TEST(TrustedProxies, AMissingOrGarbledHeaderLeavesTheProxysAddress) {
  const auto p = proxies("127.0.0.1");
  EXPECT_EQ(p.client("127.0.0.1", ""), "127.0.0.1");
  EXPECT_EQ(p.client("127.0.0.1", "unknown, 198.51.100.1"), "127.0.0.1");
  EXPECT_EQ(p.client("127.0.0.1", ",,"), "127.0.0.1");
  EXPECT_EQ(p.client("127.0.0.1", "127.0.0.1"), "127.0.0.1");
}

TEST(TrustedProxies, AnEntryThatIsNotAnAddressIsRefused) {
  const auto parsed = TrustedProxies::parse("127.0.0.1, proxy.example");
  ASSERT_FALSE(parsed);
  EXPECT_EQ(parsed.error().code, ErrorCode::invalid_argument);
  EXPECT_NE(parsed.error().message.find("proxy.example"), std::string::npos);
  EXPECT_TRUE(TrustedProxies::parse("").value().empty());
}

}  // namespace
}  // namespace orbis::http
