#include "seed/large.h"

#include <fmt/format.h>
#include <gtest/gtest.h>

#include <filesystem>
#include <set>

#include "common/crypto.h"
#include "service/identity/auth.h"
#include "service/support/serialize.h"

namespace orbis::seed {
namespace {

constexpr std::size_t kPeople = 2'000;

// A large university at 1% of its full size, on a fixed day.
class LargeSeedTest : public ::testing::Test {
 protected:
  void SetUp() override {
    ASSERT_TRUE(crypto::init());
    dir_ = std::filesystem::temp_directory_path() /
           ("orbis-seed-test-" + crypto::to_hex(crypto::random_bytes(6)));
    std::filesystem::create_directories(dir_);
  }
  void TearDown() override { std::filesystem::remove_all(dir_); }

  std::unique_ptr<store::Store> open(const std::string& name) {
    auto opened = store::open((dir_ / name).string());
    EXPECT_TRUE(opened) << opened.error().message;
    return opened ? std::move(*opened) : nullptr;
  }
  Result<ScaleReport> build(store::Store& store, std::uint64_t seed) {
    ScaleOptions options;
    options.people = kPeople;
    options.seed = seed;
    return create_large(store, clock_, std::string(ORBIS_SOURCE_DIR) + "/data", options);
  }

  FixedClock clock_{*parse_iso8601("2026-11-23T09:00:00Z")};
  std::filesystem::path dir_;
};

// What a build wrote that the seed decides: people, applications and stays as JSON.
std::vector<std::string> records(store::Store& store) {
  std::vector<std::string> out;
  auto tx = store.begin(store::Access::read);
  EXPECT_TRUE(tx);
  auto people = (*tx)->people().all();
  auto applications = (*tx)->applications().find({});
  auto stays = (*tx)->mobilities().find({});
  auto agreements = (*tx)->agreements().all();
  EXPECT_TRUE(people && applications && stays && agreements);
  for (const auto& p : *people)
    out.push_back(fmt::format("{} {} {} {}", p.id.value, p.display_name(), p.email, p.nationality));
  for (const auto& a : *applications) out.push_back(service::application_json(a).dump());
  for (const auto& m : *stays) out.push_back(service::mobility_json(m).dump());
  for (const auto& a : *agreements)
    out.push_back(fmt::format("{} {} {}", a.code, domain::to_string(a.status), a.end_date));
  return out;
}

TEST_F(LargeSeedTest, BuildsTheUniversityInProportionAroundTheDemo) {
  auto store = open("large.db");
  ASSERT_TRUE(store);
  auto report = build(*store, 7);
  ASSERT_TRUE(report) << report.error().message;

  // Per 200,000 people: 1,500 agreements, 500,000 applications, 100,000 stays.
  EXPECT_EQ(report->people, kPeople);
  EXPECT_EQ(report->agreements, 15u);
  EXPECT_GE(report->applications, kPeople * 5 / 2 * 9 / 10);
  EXPECT_LE(report->applications, kPeople * 5 / 2);
  EXPECT_GE(report->mobilities, kPeople / 2 * 9 / 10);
  EXPECT_LE(report->mobilities, kPeople / 2);
  EXPECT_GT(report->calls, 20u);
  EXPECT_GT(report->nominations, kPeople / 10);
  EXPECT_GT(report->learning_agreements, kPeople / 10);
  EXPECT_GT(report->partners, 10u);
  EXPECT_EQ(report->scholar_cases, 30u);
  EXPECT_EQ(report->research_projects, 20u);
  EXPECT_EQ(report->publications, 600u);  // per 200,000 people: 60,000
  EXPECT_EQ(report->joint_courses, 30u);
  EXPECT_EQ(report->joint_programmes, 1u);

  auto tx = store->begin(store::Access::read);
  ASSERT_TRUE(tx);
  auto people = (*tx)->people().all();
  auto agreements = (*tx)->agreements().all();
  auto applications = (*tx)->applications().find({});
  auto stays = (*tx)->mobilities().find({});
  auto learning = (*tx)->learning_agreements().all();
  ASSERT_TRUE(people && agreements && applications && stays && learning);
  // The demo is all there, and the university around it.
  EXPECT_GE(people->size(), report->demo.people + kPeople);
  EXPECT_EQ(agreements->size(), report->demo.agreements + report->agreements);
  EXPECT_EQ(applications->size(), report->demo.applications + report->applications);
  EXPECT_GE(stays->size(), report->demo.mobilities + report->mobilities);
  EXPECT_GE(learning->size(), report->learning_agreements);

  // Statuses spread as an office's ten years leave them.
  std::set<std::string> stay_statuses, application_statuses, agreement_statuses, years;
  for (const auto& m : *stays) {
    stay_statuses.insert(std::string(domain::to_string(m.status)));
    years.insert(m.academic_year);
    EXPECT_FALSE(m.history.empty());
  }
  for (const auto& a : *applications)
    application_statuses.insert(std::string(domain::to_string(a.status)));
  for (const auto& a : *agreements)
    agreement_statuses.insert(std::string(domain::to_string(a.status)));
  for (const char* s : {"nominated", "accepted", "abroad", "completed", "recognised", "cancelled"})
    EXPECT_TRUE(stay_statuses.contains(s)) << s;
  for (const char* s : {"confirmed", "ineligible", "unplaced", "waitlisted", "withdrawn"})
    EXPECT_TRUE(application_statuses.contains(s)) << s;
  for (const char* s : {"draft", "active", "terminated", "renewed"})
    EXPECT_TRUE(agreement_statuses.contains(s)) << s;
  EXPECT_GE(years.size(), 10u);
  tx->reset();

  // The demo's accounts sign in.
  service::Auth auth(*store, clock_);
  for (const char* email : {"officer@westlake.edu.cn", "student@westlake.edu.cn",
                            "partner@ox.ac.uk", "coordinator@westlake.edu.cn"}) {
    auto in = auth.login({email, std::string(kDemoPassword), std::nullopt, "127.0.0.1", "test"});
    EXPECT_TRUE(in) << email << ": " << (in ? "" : in.error().message);
  }
}

TEST_F(LargeSeedTest, TheSameSeedGivesTheSameRecords) {
  auto first = open("first.db"), second = open("second.db");
  ASSERT_TRUE(first && second);
  ASSERT_TRUE(build(*first, 11));
  ASSERT_TRUE(build(*second, 11));
  const auto a = records(*first), b = records(*second);
  ASSERT_EQ(a.size(), b.size());
  for (std::size_t i = 0; i < a.size(); ++i) ASSERT_EQ(a[i], b[i]) << "record " << i;
}

TEST_F(LargeSeedTest, RefusesTooFewPeopleBeforeWritingAnything) {
  auto store = open("few.db");
  ASSERT_TRUE(store);
  ScaleOptions options;
  options.people = 999;
  auto report = create_large(*store, clock_, std::string(ORBIS_SOURCE_DIR) + "/data", options);
  ASSERT_FALSE(report);
  EXPECT_EQ(report.error().code, ErrorCode::invalid_argument);
  ASSERT_TRUE(store->migrate());
  auto tx = store->begin(store::Access::read);
  ASSERT_TRUE(tx);
  EXPECT_EQ(*(*tx)->institutions().count(), 0u);
}

}  // namespace
}  // namespace orbis::seed
