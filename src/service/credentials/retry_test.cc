// Issuing a credential whose transaction loses a race runs again, whole: the first issuer
// key, the status-list index and the credential are stored once, and the document handed
// out is signed with the key that was committed.
#include <gtest/gtest.h>

#include "service/credentials/credentials.h"
#include "store/testing/aborting_store.h"
#include "store/testing/scratch_store.h"

namespace orbis::service {
namespace {

using store::testing::AbortingStore;
using store::testing::ScratchStore;

TEST(CredentialsRetry, ACredentialWhoseFirstCommitLostARaceIsIssuedOnce) {
  FixedClock clock(TimePoint(std::chrono::milliseconds(1'790'000'000'000)));
  auto scratch = ScratchStore::open(clock);
  ASSERT_TRUE(scratch) << scratch.error().message;
  store::Store& real = (*scratch)->store();
  {
    auto tx = real.begin(store::Access::write);
    ASSERT_TRUE(tx);
    domain::Institution home;
    home.name = "Westlake University";
    home.country = "CN";
    auto id = (*tx)->institutions().insert(home);
    ASSERT_TRUE(id);
    ASSERT_TRUE((*tx)->settings().set("home_institution_id", std::to_string(id->value)));
    ASSERT_TRUE((*tx)->commit());
  }
  auto kek = credentials::KeyEncryptionKey::from_base64(std::string(43, 'A') + "=");
  ASSERT_TRUE(kek) << kek.error().message;
  Registry registry(real, clock);
  AbortingStore flaky(real, 1);
  Credentials issuer(flaky, clock, registry, {.kek = *kek, .public_url = "https://orbis.test"});

  IssueRequest request;
  request.type = "exchange_completion";
  request.subject_name = "Li Hua";
  request.achievement = {{"host_institution", "Uppsala University"},
                         {"start_date", "2026-02-01"},
                         {"end_date", "2026-06-30"}};
  const auto issued = issuer.issue(domain::Actor::command_line(), request);

  ASSERT_TRUE(issued) << issued.error().message;
  EXPECT_EQ(flaky.aborted(), 1);
  EXPECT_EQ(flaky.write_commits(), 2);
  auto tx = real.begin(store::Access::read);
  ASSERT_TRUE(tx);
  const auto keys = (*tx)->credentials().keys();
  ASSERT_TRUE(keys);
  EXPECT_EQ(keys->size(), 1u);
  const auto stored = (*tx)->credentials().list(true);
  ASSERT_TRUE(stored);
  ASSERT_EQ(stored->size(), 1u);
  EXPECT_EQ(stored->front().id, issued->id);
  EXPECT_EQ(stored->front().status_index, issued->status_index);
  EXPECT_EQ(stored->front().document, issued->document);
  const auto audit = (*tx)->audit().list(0, 10);
  ASSERT_TRUE(audit);
  ASSERT_EQ(audit->size(), 2u);
  EXPECT_EQ((*audit)[0].action, "credential.key_create");
  EXPECT_EQ((*audit)[1].action, "credential.issue");
  EXPECT_EQ((*audit)[1].entity_id, issued->id);
  // Signed with the committed key: it verifies against the DID document of the register.
  Credentials verifier(real, clock, registry, {.kek = *kek, .public_url = "https://orbis.test"});
  const auto report = verifier.verify(nlohmann::json::parse(issued->document));
  EXPECT_TRUE(report.ours);
  EXPECT_EQ(report.issuer_name, "Westlake University");
  EXPECT_EQ(report.verification.verdict, credentials::Verdict::valid)
      << credentials::to_string(report.verification.verdict);
}

}  // namespace
}  // namespace orbis::service
