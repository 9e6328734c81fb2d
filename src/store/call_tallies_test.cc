// A call's tallies (migration 14) are kept as its applications are saved: after every write
// that changes them — applying, submitting, ranking other offers, placing, withdrawing,
// moving to another call — they equal the counts of the applications as stored, and a write
// that fails changes nothing.
#include <gtest/gtest.h>

#include <filesystem>

#include "common/crypto.h"
#include "store/call_page.h"
#include "store/lists.h"
#include "store/store.h"

namespace orbis::store {
namespace {

using domain::ApplicationStatus;

class CallTalliesTest : public ::testing::Test {
 protected:
  void SetUp() override {
    ASSERT_TRUE(crypto::init());
    dir_ = std::filesystem::temp_directory_path() /
           ("orbis-tallies-test-" + crypto::to_hex(crypto::random_bytes(6)));
    std::filesystem::create_directories(dir_);
    auto opened = open((dir_ / "test.db").string());
    ASSERT_TRUE(opened) << opened.error().message;
    store_ = std::move(*opened);
    ASSERT_TRUE(store_->migrate());
    tx_ = std::move(*store_->begin(Access::write));
    domain::Institution in;
    in.name = "University of Oxford";
    in.country = "GB";
    in.types = {domain::InstitutionType::education};
    auto host = tx_->institutions().insert(in);
    ASSERT_TRUE(host) << host.error().message;
    for (const char* code : {"A", "B"}) {
      domain::Call c;
      c.code = code;
      c.academic_year = "2027/2028";
      c.opens_at = "2027-01-10T09:00:00Z";
      c.closes_at = "2027-02-10T09:00:00Z";
      for (const std::int64_t offer : {1, 2, 3}) {
        domain::Offer o;
        o.id = offer;
        o.host = *host;
        o.seats = 2;
        c.offers.push_back(o);
      }
      auto id = tx_->calls().insert(c);
      ASSERT_TRUE(id) << id.error().message;
      calls_.push_back(*id);
    }
    for (const char* name : {"Wang", "Li", "Zhang"}) {
      domain::Person p;
      p.family_name = name;
      p.given_name = "Fang";
      p.nationality = "CN";
      p.home_institution = *host;
      auto id = tx_->people().insert(p);
      ASSERT_TRUE(id) << id.error().message;
      people_.push_back(*id);
    }
  }
  void TearDown() override {
    tx_.reset();
    store_.reset();
    std::filesystem::remove_all(dir_);
  }

  // The call's tallies counted from its applications as stored.
  CallTallies counted(CallId call) {
    CallTallies t;
    auto apps = tx_->applications().find({.call = call, .person = std::nullopt});
    EXPECT_TRUE(apps) << apps.error().message;
    for (const auto& a : *apps) {
      ++t.total;
      if (a.status == ApplicationStatus::draft || a.status == ApplicationStatus::withdrawn)
        continue;
      ++t.submitted;
      for (std::size_t i = 0; i < a.preferences.size(); ++i) {
        if (i == 0) ++t.first_choices[a.preferences[i]];
        ++t.rankings[a.preferences[i]];
      }
    }
    return t;
  }

  // Every call's kept tallies equal its counted ones.
  void expect_kept() {
    auto kept = call_tallies(*tx_, calls_);
    ASSERT_TRUE(kept) << kept.error().message;
    ASSERT_EQ(kept->size(), calls_.size());
    for (const auto call : calls_) {
      auto& k = (*kept)[call];
      auto c = counted(call);
      SCOPED_TRACE(call.value);
      EXPECT_EQ(k.total, c.total);
      EXPECT_EQ(k.submitted, c.submitted);
      EXPECT_EQ(k.rankings, c.rankings);
      for (const auto& [offer, n] : k.rankings)
        EXPECT_EQ(k.first_choices[offer], c.first_choices[offer]) << offer;
    }
  }

  domain::Application saved(domain::Application a) {
    EXPECT_TRUE(tx_->applications().update(a));
    ++a.version;
    return a;
  }

  std::filesystem::path dir_;
  std::unique_ptr<Store> store_;
  std::unique_ptr<Transaction> tx_;
  std::vector<CallId> calls_;
  std::vector<PersonId> people_;
};

TEST_F(CallTalliesTest, FollowEveryWriteOfAnApplication) {
  expect_kept();  // no applications: zeroes

  std::vector<domain::Application> apps;
  for (const auto person : people_) {
    domain::Application a;
    a.call = calls_[0];
    a.person = person;
    a.status = ApplicationStatus::draft;
    a.preferences = {1, 2};
    auto id = tx_->applications().insert(a);  // apply: a draft
    ASSERT_TRUE(id) << id.error().message;
    a.id = *id;
    a.version = 1;
    apps.push_back(a);
    expect_kept();
  }
  EXPECT_EQ(call_tallies(*tx_, calls_[0])->total, 3u);

  for (auto& a : apps) {  // submit
    a.status = ApplicationStatus::submitted;
    a = saved(a);
    expect_kept();
  }
  EXPECT_EQ(call_tallies(*tx_, calls_[0])->rankings[1], 3);

  apps[0].preferences = {3, 1, 2};  // ranks other offers
  apps[0] = saved(apps[0]);
  expect_kept();
  apps[1].preferences = {};
  apps[1] = saved(apps[1]);
  expect_kept();

  apps[0].status = ApplicationStatus::placed;  // placed, with a score: the tallies stay
  apps[0].score = 81.5;
  apps[0] = saved(apps[0]);
  expect_kept();

  apps[2].status = ApplicationStatus::withdrawn;  // withdraw
  apps[2] = saved(apps[2]);
  expect_kept();
  apps[2].status = ApplicationStatus::draft;
  apps[2] = saved(apps[2]);
  expect_kept();

  apps[1].call = calls_[1];  // moved to the other call
  apps[1].preferences = {2};
  apps[1].status = ApplicationStatus::eligible;
  apps[1] = saved(apps[1]);
  expect_kept();

  auto stale = apps[0];  // a stale write fails and changes nothing
  stale.version = 1;
  stale.status = ApplicationStatus::withdrawn;
  EXPECT_FALSE(tx_->applications().update(stale));
  auto missing = apps[0];
  missing.id = ApplicationId{apps[0].id.value + 100};
  EXPECT_FALSE(tx_->applications().update(missing));
  expect_kept();
  const auto a = *call_tallies(*tx_, calls_[0]);
  EXPECT_EQ(a.total, 2u);
  EXPECT_EQ(a.submitted, 1u);
}

}  // namespace
}  // namespace orbis::store
