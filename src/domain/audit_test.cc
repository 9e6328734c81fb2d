#include "domain/audit.h"

#include <gtest/gtest.h>

namespace orbis::domain {
namespace {

std::vector<AuditEntry> chain(int n) {
  std::vector<AuditEntry> entries;
  std::string prev = genesis_hash();
  for (int i = 1; i <= n; ++i) {
    AuditEntry e{i,
                 "2026-11-23T00:00:00.000Z",
                 "officer@westlake.edu.cn",
                 "institution.update",
                 "institution",
                 std::to_string(i),
                 "{}",
                 "{\"name\":\"x\"}",
                 prev,
                 ""};
    e.hash = compute_audit_hash(e);
    prev = e.hash;
    entries.push_back(e);
  }
  return entries;
}

TEST(AuditChain, HoldsWhenUntouched) { EXPECT_TRUE(verify_chain(chain(5)).empty()); }

TEST(AuditChain, DetectsAnEditedEntry) {
  auto entries = chain(5);
  entries[2].after = "{\"name\":\"y\"}";
  const auto problems = verify_chain(entries);
  ASSERT_FALSE(problems.empty());
  EXPECT_EQ(problems[0].seq, 3);
}

TEST(AuditChain, DetectsADeletedEntry) {
  auto entries = chain(5);
  entries.erase(entries.begin() + 1);
  const auto problems = verify_chain(entries);
  ASSERT_FALSE(problems.empty());
  EXPECT_EQ(problems[0].seq, 3);
}

TEST(AuditChain, DetectsARehashedEditThatBreaksTheNextLink) {
  auto entries = chain(4);
  entries[1].actor = "intruder";
  entries[1].hash = compute_audit_hash(entries[1]);
  const auto problems = verify_chain(entries);
  ASSERT_EQ(problems.size(), 1u);
  EXPECT_EQ(problems[0].seq, 3);
}

// A chain rewritten from the start: every link holds, only a head kept elsewhere tells.
std::vector<AuditEntry> rewritten(std::vector<AuditEntry> entries) {
  std::string prev = genesis_hash();
  for (auto& e : entries) {
    e.actor = "intruder";
    e.prev_hash = prev;
    e.hash = compute_audit_hash(e);
    prev = e.hash;
  }
  return entries;
}

TEST(AuditCheckpoint, HoldsForTheSameChainAndOneThatGrewSince) {
  const auto entries = chain(5);
  const ChainHead head{3, entries[2].hash, "2026-11-23T00:00:00Z"};
  EXPECT_TRUE(check_against(entries, head).empty());
  EXPECT_TRUE(check_against(chain(3), head).empty());
  EXPECT_TRUE(check_against({}, ChainHead{0, genesis_hash(), "2026-11-23T00:00:00Z"}).empty());
}

TEST(AuditCheckpoint, CatchesAConsistentlyRewrittenChain) {
  const auto entries = chain(5);
  const auto forged = rewritten(entries);
  ASSERT_TRUE(verify_chain(forged).empty());
  const auto problems = check_against(forged, {5, entries[4].hash, "2026-11-23T00:00:00Z"});
  ASSERT_EQ(problems.size(), 1u);
  EXPECT_EQ(problems[0].seq, 5);
  EXPECT_NE(problems[0].what.find("rewritten"), std::string::npos);
}

TEST(AuditCheckpoint, CatchesAChainCutShort) {
  const auto entries = chain(5);
  const auto cut = chain(3);
  ASSERT_TRUE(verify_chain(cut).empty());
  const auto problems = check_against(cut, {5, entries[4].hash, "2026-11-23T00:00:00Z"});
  ASSERT_EQ(problems.size(), 1u);
  EXPECT_EQ(problems[0].seq, 3);
  EXPECT_NE(problems[0].what.find("cut off"), std::string::npos);
}

}  // namespace
}  // namespace orbis::domain
