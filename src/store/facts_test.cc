// Every member of the aggregates kept in columns and child tables (migration 9) comes back as
// it was written, after an insert and after an update that changes and drops children.
#include <gtest/gtest.h>

#include <filesystem>
#include <nlohmann/json.hpp>

#include "common/crypto.h"
#include "domain/mobility_json.h"
#include "store/store.h"

namespace orbis::store {
namespace {

using nlohmann::json;

class FactsTest : public ::testing::Test {
 protected:
  void SetUp() override {
    ASSERT_TRUE(crypto::init());
    dir_ = std::filesystem::temp_directory_path() /
           ("orbis-facts-test-" + crypto::to_hex(crypto::random_bytes(6)));
    std::filesystem::create_directories(dir_);
    auto opened = open((dir_ / "test.db").string());
    ASSERT_TRUE(opened) << opened.error().message;
    store_ = std::move(*opened);
    ASSERT_TRUE(store_->migrate());
    auto tx = write();
    for (const char* name : {"Westlake University", "University of Oxford"}) {
      domain::Institution in;
      in.name = name;
      in.country = "CN";
      in.types = {domain::InstitutionType::education};
      auto id = tx->institutions().insert(in);
      ASSERT_TRUE(id) << id.error().message;
      institutions_.push_back(*id);
    }
    domain::OrgUnit unit;
    unit.institution = institutions_[0];
    unit.name = "School of Engineering";
    auto u = tx->institutions().insert_org_unit(unit);
    ASSERT_TRUE(u) << u.error().message;
    unit_ = *u;
    domain::Person p;
    p.family_name = "Wang";
    p.given_name = "Fang";
    p.nationality = "CN";
    p.home_institution = institutions_[0];
    auto person = tx->people().insert(p);
    ASSERT_TRUE(person) << person.error().message;
    person_ = *person;
    ASSERT_TRUE(tx->commit());
  }
  void TearDown() override {
    store_.reset();
    std::filesystem::remove_all(dir_);
  }
  std::unique_ptr<Transaction> write() {
    auto tx = store_->begin(Access::write);
    EXPECT_TRUE(tx) << tx.error().message;
    return std::move(*tx);
  }

  std::filesystem::path dir_;
  std::unique_ptr<Store> store_;
  std::vector<InstitutionId> institutions_;
  OrgUnitId unit_;
  PersonId person_;
};

TEST_F(FactsTest, AProgrammeKeepsEveryMember) {
  domain::Programme p;
  p.code = "WL-EXCH";
  p.name = "Exchange";
  p.name_zh = "交换";
  p.kind = domain::ProgrammeKind::summer_school;
  p.hosts = {institutions_[1], institutions_[0]};
  p.conditions = {7, 3};
  p.language = "en";
  p.fee = {"2500.00", "EUR"};
  p.capacity = 12;
  p.max_duration_months = 3;
  p.description = "For everyone";
  p.description_zh = "人人";
  p.scholarships = {
      {"S1", "One", "一", "Westlake", {"100.00", "CNY"}, "good", "好", {"CN", "GB"}, 3},
      {"S2", "Two", "", "", {}, "", "", {}, std::nullopt}};
  p.published = true;
  auto tx = write();
  auto id = tx->programmes().insert(p);
  ASSERT_TRUE(id) << id.error().message;
  p.id = *id;
  p.version = 1;
  auto read = tx->programmes().get(*id);
  ASSERT_TRUE(read) << read.error().message;
  EXPECT_EQ(domain::to_json(*read), domain::to_json(p));

  p.hosts = {institutions_[0]};
  p.conditions.clear();
  p.capacity.reset();
  p.scholarships.pop_back();
  p.scholarships[0].nationalities = {"FR"};
  p.published = false;
  ASSERT_TRUE(tx->programmes().update(p));
  p.version = 2;
  read = tx->programmes().get(*id);
  ASSERT_TRUE(read) << read.error().message;
  EXPECT_EQ(domain::to_json(*read), domain::to_json(p));
  auto stale = p;
  stale.version = 1;
  EXPECT_EQ(tx->programmes().update(stale).error().code, ErrorCode::conflict);
  auto all = tx->programmes().all();
  ASSERT_TRUE(all);
  ASSERT_EQ(all->size(), 1u);
  EXPECT_EQ(domain::to_json(all->front()), domain::to_json(p));
}

}  // namespace
}  // namespace orbis::store
