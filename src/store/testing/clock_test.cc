// The times a store stamps of itself come from the clock it was opened with
// (OpenOptions::clock), never from the wall clock or another store's clock.
#include "store/testing/conformance.h"

namespace orbis::store::testing {
namespace {

TEST_P(StoreConformance, StampsComeFromTheClockTheStoreWasOpenedWith) {
  // A second store on a clock of its own, far from the fixture's and from today.
  FixedClock other_clock(*parse_iso8601("2040-02-29T23:59:58.250Z"));
  const auto folder = scratch_ / "other";
  std::filesystem::create_directories(folder);
  auto opened = GetParam().open(other_clock, folder);
  ASSERT_TRUE(opened) << opened.error().message;
  std::unique_ptr<Store> other = std::move(*opened);
  other_clock.advance(std::chrono::milliseconds(1'500));
  const std::string stamp = "2040-02-29T23:59:59.750Z";
  ASSERT_EQ(format_iso8601(other_clock.now()), stamp);

  // The fixture's helpers write to store_: it is the other store until swapped back.
  std::swap(store_, other);
  const World w = add_world();
  domain::Application a;
  a.call = add_call("C");
  a.person = w.person;
  const auto application =
      committed([&](Transaction& tx) { return ok(tx.applications().insert(a)); });
  const auto user = add_user("officer@westlake.edu.cn");
  committed([&](Transaction& tx) {
    ok(tx.users().set_calendar_token(user, "feed"));
    return 0;
  });
  {
    auto tx = read();
    const auto stored = ok(tx->applications().get(application));
    EXPECT_EQ(stored.created_at, stamp);
    EXPECT_EQ(stored.updated_at, stamp);
    const auto feed = ok(tx->users().calendar_feed(user));
    ASSERT_TRUE(feed.has_value());
    EXPECT_EQ(feed->created_at, stamp);
  }
  std::swap(store_, other);

  // The fixture's store, meanwhile, stamps with the fixture's clock.
  const auto here = add_user("officer@westlake.edu.cn");
  auto tx = write();
  ok(tx->users().set_calendar_token(here, "mine"));
  const auto own = ok(tx->users().calendar_feed(here));
  ASSERT_TRUE(own.has_value());
  EXPECT_EQ(own->created_at, kStart);
}

}  // namespace
}  // namespace orbis::store::testing
