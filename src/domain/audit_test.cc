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

}  // namespace
}  // namespace orbis::domain
