// The audit chain and the settings.
#include "store/testing/conformance.h"

namespace orbis::store::testing {
namespace {

domain::AuditEntry entry(int i) {
  domain::AuditEntry e;
  e.at = "2026-11-23T00:00:00.000Z";
  e.actor = "cli";
  e.action = "institution.update";
  e.entity = "institution";
  e.entity_id = std::to_string(i);
  e.before = R"({"city":"a"})";
  e.after = R"({"city":"b"})";
  return e;
}

TEST_P(StoreConformance, AuditAppendsAChainWithAHead) {
  EXPECT_EQ(ok(read()->audit().head()), std::make_pair(std::int64_t{0}, domain::genesis_hash()));
  std::vector<domain::AuditEntry> appended;
  committed([&](Transaction& tx) {
    for (int i = 0; i < 5; ++i) appended.push_back(ok(tx.audit().append(entry(i))));
    return 0;
  });
  EXPECT_EQ(appended[0].seq, 1);
  EXPECT_EQ(appended[0].prev_hash, domain::genesis_hash());
  EXPECT_EQ(appended[1].prev_hash, appended[0].hash);
  EXPECT_EQ(appended[4].hash, domain::compute_audit_hash(appended[4]));
  auto tx = read();
  const auto entries = ok(tx->audit().list(0, 100));
  EXPECT_EQ(describe_all(entries), describe_all(appended));
  EXPECT_TRUE(domain::verify_chain(entries).empty());
  EXPECT_EQ(ok(tx->audit().head()), std::make_pair(std::int64_t{5}, appended.back().hash));
  // Pages by sequence number.
  const auto page = ok(tx->audit().list(2, 2));
  ASSERT_EQ(page.size(), 2u);
  EXPECT_EQ(page[0].seq, 3);
  EXPECT_EQ(page[1].seq, 4);
  EXPECT_TRUE(ok(tx->audit().list(5, 10)).empty());
}

TEST_P(StoreConformance, AnAuditEntryRolledBackLeavesTheHeadWhereItWas) {
  const auto first = committed([&](Transaction& tx) { return ok(tx.audit().append(entry(1))); });
  {
    auto tx = write();
    ok(tx->audit().append(entry(2)));
  }
  const auto next = committed([&](Transaction& tx) { return ok(tx.audit().append(entry(3))); });
  EXPECT_EQ(next.seq, 2);
  EXPECT_EQ(next.prev_hash, first.hash);
  EXPECT_EQ(ok(read()->audit().head()).first, 2);
}

TEST_P(StoreConformance, SettingsAreReplacedByKey) {
  auto tx = write();
  ok(tx->settings().set("home", "1"));
  ok(tx->settings().set("other", "x"));
  ok(tx->settings().set("home", "2"));
  EXPECT_EQ(ok(tx->settings().get("home")), "2");
  EXPECT_EQ(ok(tx->settings().get("other")), "x");
  EXPECT_FALSE(ok(tx->settings().get("missing")).has_value());
  ASSERT_TRUE(tx->commit());
  EXPECT_EQ(ok(read()->settings().get("home")), "2");
}

}  // namespace
}  // namespace orbis::store::testing
