// Institutions and their org units; the schema and transactions as every repository sees them.
#include "store/labels.h"
#include "store/testing/conformance.h"

namespace orbis::store::testing {
namespace {

domain::Institution westlake() {
  domain::Institution in;
  in.ror_id = "05hfa4n20";
  in.name = "Westlake University";
  in.name_zh = "西湖大学";
  in.country = "CN";
  in.city = "Hangzhou";
  in.state_province = "Zhejiang";
  in.types = {domain::InstitutionType::education, domain::InstitutionType::facility};
  in.established = 2018;
  in.website = "https://www.westlake.edu.cn";
  in.wikidata = "Q56050432";
  in.status = "active";
  in.names = {{"WIAS", "", domain::NameKind::acronym}, {"西湖", "zh", domain::NameKind::alias}};
  in.domains = {"westlake.edu.cn", "wias.org.cn"};
  return in;
}

TEST_P(StoreConformance, MigratesOnceAndReportsVersion) {
  EXPECT_EQ(ok(store_->schema_version()), store_->latest_schema_version());
  EXPECT_GT(store_->latest_schema_version(), 0);
  EXPECT_EQ(ok(store_->migrate()), store_->latest_schema_version());  // idempotent
  EXPECT_TRUE(ok(store_->integrity_check()).empty());
  EXPECT_EQ(store_->backend(), GetParam().name == "sqlite" ? "sqlite" : "postgresql");
}

TEST_P(StoreConformance, AnInstitutionKeepsEveryMember) {
  auto in = westlake();
  const auto id = committed([&](Transaction& tx) { return ok(tx.institutions().insert(in)); });
  in.id = id;
  in.version = 1;
  auto tx = read();
  EXPECT_EQ(describe(ok(tx->institutions().get(id))), describe(in));
  EXPECT_EQ(ok(tx->institutions().find_by_domain("wias.org.cn")), id);
  EXPECT_EQ(ok(tx->institutions().find_by_ror("05hfa4n20")), id);
  EXPECT_FALSE(ok(tx->institutions().find_by_ror("052gg0110")).has_value());
  EXPECT_FALSE(ok(tx->institutions().find_by_domain("ox.ac.uk")).has_value());
  EXPECT_EQ(code_of(tx->institutions().get(InstitutionId{id.value + 1})), ErrorCode::not_found);
  tx.reset();

  // An update replaces names and domains, and drops what is cleared.
  in.name = "Westlake";
  in.names = {{"Xihu Daxue", "zh-Latn", domain::NameKind::label}};
  in.domains = {"westlake.edu.cn"};
  in.established.reset();
  in.types = {domain::InstitutionType::education};
  committed([&](Transaction& t) {
    ok(t.institutions().update(in));
    return 0;
  });
  in.version = 2;
  tx.reset();
  tx = read();
  EXPECT_EQ(describe(ok(tx->institutions().get(id))), describe(in));
  EXPECT_FALSE(ok(tx->institutions().find_by_domain("wias.org.cn")).has_value());
  EXPECT_EQ(describe_all(ok(tx->institutions().all())), std::vector{describe(in)});
  EXPECT_EQ(ok(tx->institutions().count()), 1u);
}

TEST_P(StoreConformance, AnInstitutionsRorIdAndDomainsAreUnique) {
  committed([&](Transaction& tx) { return ok(tx.institutions().insert(westlake())); });
  auto tx = write();
  auto same_domain = westlake();
  same_domain.ror_id = "";
  same_domain.domains = {"wias.org.cn"};
  EXPECT_EQ(code_of(tx->institutions().insert(same_domain)), ErrorCode::already_exists);
  tx.reset();
  tx = write();
  auto same_ror = westlake();
  same_ror.domains = {};
  EXPECT_EQ(code_of(tx->institutions().insert(same_ror)), ErrorCode::already_exists);
  tx.reset();
  tx = write();
  auto other = westlake();
  other.ror_id = "052gg0110";
  other.domains = {"ox.ac.uk"};
  EXPECT_TRUE(tx->institutions().insert(other));
}

TEST_P(StoreConformance, AStaleInstitutionUpdateIsAConflictAndChangesNothing) {
  const auto id =
      committed([&](Transaction& tx) { return ok(tx.institutions().insert(westlake())); });
  auto tx = write();
  auto in = ok(tx->institutions().get(id));
  in.city = "Xihu, Hangzhou";
  ASSERT_TRUE(tx->institutions().update(in));
  in.city = "stale";
  const auto stale = tx->institutions().update(in);  // still carries version 1
  ASSERT_FALSE(stale);
  EXPECT_EQ(stale.error().code, ErrorCode::conflict);
  auto missing = in;
  missing.id = InstitutionId{id.value + 1};
  const auto absent = tx->institutions().update(missing);
  ASSERT_FALSE(absent);
  EXPECT_EQ(absent.error().code, ErrorCode::not_found);
  ASSERT_TRUE(tx->commit());
  tx.reset();
  tx = read();
  EXPECT_EQ(ok(tx->institutions().get(id)).city, "Xihu, Hangzhou");
  EXPECT_EQ(ok(tx->institutions().get(id)).version, 2);
}

// What another server reads to bring its search index up to date: every committed insert
// and update, numbered in commit order; a write rolled back or refused leaves no number.
TEST_P(StoreConformance, EachCommittedInstitutionWriteIsNumberedInOrder) {
  EXPECT_EQ(ok(read()->institutions().last_change()), 0);
  const auto first =
      committed([&](Transaction& tx) { return ok(tx.institutions().insert(westlake())); });
  {
    auto tx = write();  // rolled back: no change
    auto other = westlake();
    other.ror_id = "0000000r0";
    other.domains = {"rolled-back.example"};
    ASSERT_TRUE(tx->institutions().insert(other));
  }
  const auto second = committed([&](Transaction& tx) {
    auto other = westlake();
    other.ror_id = "0000000s0";
    other.domains = {"second.example"};
    return ok(tx.institutions().insert(other));
  });
  committed([&](Transaction& tx) {
    auto in = ok(tx.institutions().get(first));
    in.city = "Xihu, Hangzhou";
    EXPECT_TRUE(tx.institutions().update(in));
    in.city = "stale";  // refused: no change
    EXPECT_FALSE(tx.institutions().update(in));
    return 0;
  });
  auto tx = read();
  const auto all = ok(tx->institutions().changes_after(0, 10));
  ASSERT_EQ(all.size(), 3u);
  EXPECT_EQ(all[0].second, first);
  EXPECT_EQ(all[1].second, second);
  EXPECT_EQ(all[2].second, first);
  EXPECT_LT(all[0].first, all[1].first);
  EXPECT_LT(all[1].first, all[2].first);
  EXPECT_EQ(ok(tx->institutions().last_change()), all[2].first);
  const auto after_first = ok(tx->institutions().changes_after(all[0].first, 1));
  ASSERT_EQ(after_first.size(), 1u);
  EXPECT_EQ(after_first[0], all[1]);
  EXPECT_TRUE(ok(tx->institutions().changes_after(all[2].first, 10)).empty());
}

TEST_P(StoreConformance, UncommittedWritesRollBack) {
  {
    auto tx = write();
    ASSERT_TRUE(tx->institutions().insert(westlake()));
    ASSERT_TRUE(tx->settings().set("home", "1"));
    domain::User u;
    u.email = "officer@westlake.edu.cn";
    ASSERT_TRUE(tx->users().insert(u, "hash"));
  }
  auto tx = read();
  EXPECT_EQ(ok(tx->institutions().count()), 0u);
  EXPECT_FALSE(ok(tx->settings().get("home")).has_value());
  EXPECT_TRUE(ok(tx->users().list()).empty());
}

TEST_P(StoreConformance, AFailedTransactionLeavesNothingWritten) {
  committed([&](Transaction& tx) { return ok(tx.institutions().insert(westlake())); });
  {
    auto tx = write();
    auto other = westlake();
    other.ror_id = "052gg0110";
    other.domains = {"ox.ac.uk"};
    ASSERT_TRUE(tx->institutions().insert(other));
    // The second write fails; the caller gives up and the first goes with it.
    EXPECT_EQ(code_of(tx->institutions().insert(westlake())), ErrorCode::already_exists);
  }
  auto tx = read();
  EXPECT_EQ(ok(tx->institutions().count()), 1u);
  EXPECT_FALSE(ok(tx->institutions().find_by_domain("ox.ac.uk")).has_value());
}

TEST_P(StoreConformance, OrgUnitsRoundTripAndPageByName) {
  const auto home = add_institution("Westlake University");
  const auto other = add_institution("University of Oxford", "GB");
  domain::OrgUnit school;
  school.institution = home;
  school.code = "SOE";
  school.name = "School of Engineering";
  school.name_zh = "工学院";
  school.id =
      committed([&](Transaction& tx) { return ok(tx.institutions().insert_org_unit(school)); });
  school.version = 1;
  domain::OrgUnit lab = school;
  lab.parent = school.id;
  lab.code = "AI";
  lab.name = "AI Lab";
  lab.name_zh = "";
  lab.id = committed([&](Transaction& tx) { return ok(tx.institutions().insert_org_unit(lab)); });
  for (const char* name : {"Zoology", "Medicine", "Business", "Law", "Chemistry"})
    add_org_unit(home, name);
  add_org_unit(other, "Balliol College");

  auto tx = read();
  EXPECT_EQ(describe(ok(tx->institutions().org_unit(school.id))), describe(school));
  EXPECT_EQ(describe(ok(tx->institutions().org_unit(lab.id))), describe(lab));
  EXPECT_EQ(code_of(tx->institutions().org_unit(OrgUnitId{999999})), ErrorCode::not_found);
  const auto all = ok(tx->institutions().org_units(home));
  ASSERT_EQ(all.size(), 7u);

  const auto paged = read_pages<domain::OrgUnit>(
      [&](const PageSpec& page) {
        return list_org_units(*tx, {.institution = home, .page = page});
      },
      2);
  std::vector<std::string> names;
  for (const auto& u : paged) names.push_back(u.name);
  EXPECT_EQ(names, (std::vector<std::string>{"AI Lab", "Business", "Chemistry", "Law", "Medicine",
                                             "School of Engineering", "Zoology"}));
  ids_of(paged);
  EXPECT_EQ(ok(list_org_units(*tx, {.institution = other, .page = {}})).items.size(), 1u);
}

TEST_P(StoreConformance, InstitutionLabelsAreReadForManyIdsAtOnce) {
  const auto westlake = add_institution("Westlake University");
  const auto oxford = add_institution("University of Oxford", "GB");
  committed([&](Transaction& tx) {
    auto in = ok(tx.institutions().get(westlake));
    in.name_zh = "西湖大学";
    ok(tx.institutions().update(in));
    return 0;
  });
  auto tx = read();
  const InstitutionId gone{oxford.value + 100};
  // Repeated ids are read once; an id naming no institution has no label.
  const auto labels = ok(institution_labels(*tx, {oxford, westlake, gone, oxford}));
  ASSERT_EQ(labels.size(), 2u);
  EXPECT_EQ(labels.at(westlake).id, westlake);
  EXPECT_EQ(labels.at(westlake).name, "Westlake University");
  EXPECT_EQ(labels.at(westlake).name_zh, "西湖大学");
  EXPECT_EQ(labels.at(westlake).country, "CN");
  EXPECT_EQ(labels.at(oxford).name, "University of Oxford");
  EXPECT_EQ(labels.at(oxford).country, "GB");
  EXPECT_FALSE(labels.contains(gone));
  EXPECT_TRUE(ok(institution_labels(*tx, {})).empty());
}

}  // namespace
}  // namespace orbis::store::testing
