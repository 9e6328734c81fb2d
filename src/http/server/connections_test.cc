#include "http/server/connections.h"

#include <gtest/gtest.h>
#include <sys/resource.h>

#include <vector>

namespace orbis::http {
namespace {

// Records whether it was asked to close.
struct FakeConnection : Connection {
  bool shed_asked = false;
  void shed() override { shed_asked = true; }
};

std::vector<std::shared_ptr<FakeConnection>> open(ConnectionTable& table, int count) {
  std::vector<std::shared_ptr<FakeConnection>> out;
  for (int i = 0; i < count; ++i) {
    out.push_back(std::make_shared<FakeConnection>());
    table.add(out.back());
  }
  return out;
}

TEST(ConnectionTable, ShedsTheLongestWaitingFirstAndNeverAWorkingOne) {
  ConnectionTable table(3);
  auto c = open(table, 3);
  EXPECT_TRUE(table.full());
  table.working(c[0].get());  // the oldest is busy with a request
  table.working(c[1].get());
  table.waiting(c[1].get());  // answered: it waits again, now behind c[2]
  EXPECT_EQ(table.in_flight(), 1u);
  EXPECT_EQ(table.shed_waiting(1), 1u);
  EXPECT_FALSE(c[0]->shed_asked);
  EXPECT_TRUE(c[2]->shed_asked);
  EXPECT_FALSE(c[1]->shed_asked);
  // Asked once: the next call picks another.
  EXPECT_EQ(table.shed_waiting(5), 1u);
  EXPECT_TRUE(c[1]->shed_asked);
  EXPECT_FALSE(c[0]->shed_asked);
  EXPECT_EQ(table.shed_waiting(5), 0u);
}

TEST(ConnectionTable, CountsRequestsInFlightUntilTheyAreAnsweredOrClosed) {
  ConnectionTable table(10);
  auto c = open(table, 3);
  for (auto& connection : c) table.working(connection.get());
  EXPECT_EQ(table.in_flight(), 3u);
  table.working(c[0].get());  // still one request
  EXPECT_EQ(table.in_flight(), 3u);
  table.waiting(c[0].get());
  table.closing(c[1].get());
  table.remove(c[2].get());
  EXPECT_EQ(table.in_flight(), 0u);
  EXPECT_EQ(table.open(), 2u);
  table.remove(c[0].get());
  table.remove(c[1].get());
  EXPECT_EQ(table.open(), 0u);
  EXPECT_EQ(table.shed_waiting(1), 0u);
}

TEST(ConnectionTable, ForgetsConnectionsThatAreGone) {
  ConnectionTable table(2);
  {
    auto c = open(table, 1);
  }  // destroyed without remove(): nothing to ask
  EXPECT_EQ(table.shed_waiting(1), 0u);
}

TEST(ConnectionCap, KeepsTheReserveFreeAndNeverReachesZero) {
  EXPECT_EQ(connection_cap(1024), 1024 - kReservedDescriptors);
  EXPECT_EQ(connection_cap(256), 256 - kReservedDescriptors);
  EXPECT_EQ(connection_cap(100), 50u);
  EXPECT_EQ(connection_cap(1), 1u);
  EXPECT_EQ(connection_cap(0), 1u);
}

TEST(DescriptorLimit, RaisesTheSoftLimitToTheHardOne) {
  const auto limit = raise_descriptor_limit();
  ASSERT_TRUE(limit.has_value()) << limit.error().message;
  EXPECT_LE(limit->soft_before, limit->soft);
  EXPECT_EQ(*descriptor_limit(), limit->soft);
  if (limit->hard != RLIM_INFINITY) {
    EXPECT_EQ(limit->soft, limit->hard);
  }
}

}  // namespace
}  // namespace orbis::http
