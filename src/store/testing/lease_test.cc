// Leases (store/lease.h): one holder at a time, renewed by its holder, taken by another once
// it ends unrenewed or is released.
#include "store/lease.h"

#include "store/testing/conformance.h"

namespace orbis::store::testing {
namespace {

using std::chrono::seconds;

TEST_P(StoreConformance, ALeaseHasOneHolderUntilItEndsOrIsReleased) {
  auto a = ok(claim_lease(*store_, "scheduled-work", "server-a", seconds(60)));
  EXPECT_TRUE(a.held);
  EXPECT_TRUE(a.taken);
  EXPECT_EQ(a.holder, "server-a");
  EXPECT_EQ(a.expires_at, "2031-05-06T07:09:09.123Z");

  // Another server finds it held, and learns by whom and until when.
  auto b = ok(claim_lease(*store_, "scheduled-work", "server-b", seconds(60)));
  EXPECT_FALSE(b.held);
  EXPECT_FALSE(b.taken);
  EXPECT_EQ(b.holder, "server-a");
  EXPECT_EQ(b.expires_at, "2031-05-06T07:09:09.123Z");
  // Another lease is another row.
  EXPECT_TRUE(ok(claim_lease(*store_, "other-work", "server-b", seconds(60))).held);

  // The holder renews it before it ends; a renewal is not a new take.
  clock_.advance(seconds(30));
  a = ok(claim_lease(*store_, "scheduled-work", "server-a", seconds(60)));
  EXPECT_TRUE(a.held);
  EXPECT_FALSE(a.taken);
  EXPECT_EQ(a.expires_at, "2031-05-06T07:09:39.123Z");
  clock_.advance(seconds(59));
  EXPECT_FALSE(ok(claim_lease(*store_, "scheduled-work", "server-b", seconds(60))).held);

  // Server a stops renewing (it died): at the end of its lease, b takes it.
  clock_.advance(seconds(1));
  b = ok(claim_lease(*store_, "scheduled-work", "server-b", seconds(60)));
  EXPECT_TRUE(b.held);
  EXPECT_TRUE(b.taken);
  EXPECT_EQ(b.holder, "server-b");
  a = ok(claim_lease(*store_, "scheduled-work", "server-a", seconds(60)));
  EXPECT_FALSE(a.held);
  EXPECT_EQ(a.holder, "server-b");

  // A release by someone else changes nothing; the holder's own hands it over at once.
  ok(release_lease(*store_, "scheduled-work", "server-a"));
  EXPECT_FALSE(ok(claim_lease(*store_, "scheduled-work", "server-a", seconds(60))).held);
  ok(release_lease(*store_, "scheduled-work", "server-b"));
  a = ok(claim_lease(*store_, "scheduled-work", "server-a", seconds(60)));
  EXPECT_TRUE(a.held);
  EXPECT_TRUE(a.taken);
  EXPECT_EQ(a.expires_at, "2031-05-06T07:10:39.123Z");
}

}  // namespace
}  // namespace orbis::store::testing
