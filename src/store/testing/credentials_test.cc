// Issuer keys and issued credentials.
#include "store/testing/conformance.h"

namespace orbis::store::testing {
namespace {

CredentialRecord credential(const std::string& id, int index, const std::string& issued_at) {
  CredentialRecord r;
  r.id = id;
  r.type = "TranscriptOfRecords";
  r.subject_name = "Wang Fang";
  r.subject_name_zh = "王芳";
  r.subject_email = "wang.fang@westlake.edu.cn";
  r.status = "active";
  r.status_index = index;
  r.document = R"({"proof":{}})";
  r.issued_at = issued_at;
  r.issued_by = "officer@westlake.edu.cn";
  r.updated_at = issued_at;
  return r;
}

TEST_P(StoreConformance, IssuerKeysAreKeptOldestFirst) {
  auto tx = write();
  // A key file is JSON text: quotes, backslashes, line breaks and any script are kept.
  IssuerKeyRecord first{0, "z6Mk1", "{\"sealed\": \"a\\\"b\",\n \"名\": \"\u00e9\"}",
                        "2026-01-01T00:00:00.000Z"};
  IssuerKeyRecord second{0, "z6Mk2", "sealed two", "2026-02-01T00:00:00.000Z"};
  first.id = ok(tx->credentials().insert_key(first));
  second.id = ok(tx->credentials().insert_key(second));
  const auto keys = ok(tx->credentials().keys());
  ASSERT_EQ(keys.size(), 2u);
  EXPECT_EQ(keys[0].id, first.id);
  EXPECT_EQ(keys[0].public_multikey, "z6Mk1");
  EXPECT_EQ(keys[0].sealed_key, first.sealed_key);
  EXPECT_EQ(keys[0].created_at, first.created_at);
  EXPECT_EQ(keys[1].id, second.id);
  EXPECT_EQ(code_of(tx->credentials().insert_key(first)), ErrorCode::already_exists);
}

TEST_P(StoreConformance, ACredentialKeepsEveryMemberAndItsStatus) {
  auto r = credential("0f8e", 7, "2026-03-01T00:00:00.000Z");
  committed([&](Transaction& tx) {
    ok(tx.credentials().insert(r));
    return 0;
  });
  auto tx = write();
  EXPECT_EQ(describe(*ok(tx->credentials().get("0f8e"))), describe(r));
  EXPECT_FALSE(ok(tx->credentials().get("nope")).has_value());
  ok(tx->credentials().set_status("0f8e", "suspended", "under review", "2026-03-02T00:00:00.000Z"));
  r.status = "suspended";
  r.status_reason = "under review";
  r.updated_at = "2026-03-02T00:00:00.000Z";
  EXPECT_EQ(describe(*ok(tx->credentials().get("0f8e"))), describe(r));
  const auto absent = tx->credentials().set_status("nope", "revoked", "", "");
  ASSERT_FALSE(absent);
  EXPECT_EQ(absent.error().code, ErrorCode::not_found);
  // The id and the status index are each unique.
  EXPECT_EQ(code_of(tx->credentials().insert(credential("0f8e", 8, "2026-03-01T00:00:00.000Z"))),
            ErrorCode::already_exists);
  tx.reset();
  tx = write();
  const auto same_index =
      tx->credentials().insert(credential("other", 7, "2026-03-01T00:00:00.000Z"));
  ASSERT_FALSE(same_index);
  EXPECT_EQ(same_index.error().code, ErrorCode::already_exists);
}

TEST_P(StoreConformance, CredentialsPageLatestFirstWithFiltersAndScope) {
  committed([&](Transaction& tx) {
    for (int i = 0; i < 7; ++i) {
      auto r = credential("c" + std::to_string(i), i,
                          i % 2 ? "2026-03-01T00:00:00.000Z" : "2026-04-01T00:00:00.000Z");
      if (i % 3 == 0) r.subject_email = "li.na@westlake.edu.cn";
      if (i == 5) r.status = "revoked";
      ok(tx.credentials().insert(r));
    }
    return 0;
  });
  auto tx = read();
  const auto listed = [&](CredentialQuery query, std::size_t limit) {
    std::vector<std::string> ids;
    for (const auto& r : read_pages<CredentialRecord>(
             [&](const PageSpec& page) {
               query.page = page;
               return list_credentials(*tx, query);
             },
             limit)) {
      EXPECT_EQ(r.document, "");  // without the documents
      ids.push_back(r.id);
    }
    return ids;
  };
  // April first, then March; within a day the highest status index first.
  EXPECT_EQ(listed({}, 3), (std::vector<std::string>{"c6", "c4", "c2", "c0", "c5", "c3", "c1"}));
  CredentialQuery of_li;
  of_li.subject_email = "li.na@westlake.edu.cn";
  EXPECT_EQ(listed(of_li, 1), (std::vector<std::string>{"c6", "c0", "c3"}));
  CredentialQuery revoked;
  revoked.status = "revoked";
  EXPECT_EQ(listed(revoked, 2), std::vector<std::string>{"c5"});
  EXPECT_EQ(ok(tx->credentials().list(false)).size(), 7u);
  EXPECT_EQ(ok(tx->credentials().list(true)).front().document, R"({"proof":{}})");
}

}  // namespace
}  // namespace orbis::store::testing
