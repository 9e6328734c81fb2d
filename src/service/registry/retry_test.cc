// A registry use case whose transaction loses a race is run again, whole, and takes effect
// once.
#include <gtest/gtest.h>

#include "service/registry/registry.h"
#include "service/support/transaction.h"
#include "store/testing/aborting_store.h"
#include "store/testing/scratch_store.h"

namespace orbis::service {
namespace {

using store::testing::AbortingStore;
using store::testing::ScratchStore;

TEST(RegistryRetry, AnInstitutionWhoseFirstCommitLostARaceIsAddedOnce) {
  FixedClock clock(TimePoint(std::chrono::milliseconds(1'790'000'000'000)));
  auto scratch = ScratchStore::open(clock);
  ASSERT_TRUE(scratch) << scratch.error().message;
  AbortingStore flaky((*scratch)->store(), 1);
  Registry registry(flaky, clock);
  ASSERT_TRUE(registry.load());

  domain::Institution in;
  in.name = "Westlake University";
  in.country = "cn";
  in.domains = {"westlake.edu.cn"};
  const auto added = registry.create(domain::Actor::command_line(), in);

  ASSERT_TRUE(added) << added.error().message;
  EXPECT_EQ(flaky.aborted(), 1);
  EXPECT_EQ(flaky.write_commits(), 2);
  EXPECT_EQ(added->name, "Westlake University");
  EXPECT_EQ(added->country, "CN");
  auto tx = (*scratch)->store().begin(store::Access::read);
  ASSERT_TRUE(tx);
  const auto all = (*tx)->institutions().all();
  ASSERT_TRUE(all);
  ASSERT_EQ(all->size(), 1u);
  EXPECT_EQ(all->front().id, added->id);
  EXPECT_EQ(all->front().domains, std::vector<std::string>{"westlake.edu.cn"});
  const auto audit = (*tx)->audit().list(0, 10);
  ASSERT_TRUE(audit);
  ASSERT_EQ(audit->size(), 1u);
  EXPECT_EQ(audit->front().action, "institution.create");
  EXPECT_EQ(audit->front().entity_id, std::to_string(added->id.value));
  // The search index learnt it once, after the commit.
  EXPECT_EQ(registry.size(), 1u);
  SearchRequest request;
  request.q = "Westlake";
  const auto found = registry.search(domain::Actor::command_line(), request);
  ASSERT_TRUE(found);
  ASSERT_EQ(found->items.size(), 1u);
  EXPECT_EQ(found->items.front().id, added->id);
}

TEST(RegistryRetry, AnInstitutionIsNotAddedWhenEveryAttemptLosesItsRace) {
  FixedClock clock(TimePoint(std::chrono::milliseconds(1'790'000'000'000)));
  auto scratch = ScratchStore::open(clock);
  ASSERT_TRUE(scratch) << scratch.error().message;
  AbortingStore flaky((*scratch)->store(), kMaxAttempts);
  Registry registry(flaky, clock);
  ASSERT_TRUE(registry.load());

  domain::Institution in;
  in.name = "Westlake University";
  in.country = "CN";
  const auto added = registry.create(domain::Actor::command_line(), in);

  ASSERT_FALSE(added);
  EXPECT_EQ(added.error().code, ErrorCode::aborted);
  EXPECT_EQ(flaky.write_commits(), kMaxAttempts);
  EXPECT_EQ(registry.size(), 0u);
  auto tx = (*scratch)->store().begin(store::Access::read);
  ASSERT_TRUE(tx);
  const auto all = (*tx)->institutions().all();
  ASSERT_TRUE(all);
  EXPECT_TRUE(all->empty());
}

}  // namespace
}  // namespace orbis::service
