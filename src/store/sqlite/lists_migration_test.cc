// Migration 17 (store/sql/migrations/lists_out_of_columns.h) on SQLite: a database at schema
// 16, with its lists in the forms of that schema ("a;b" text, JSON arrays), is migrated and
// read back through the storage contract. Every list comes back whole and in order, the kind
// filter finds the agreements of a kind from the new rows, and the recognition indicator,
// which counts by host course codes, gives the same totals as before; migration 31 then counts
// the stay's recognised ECTS credits.
#include <soci/soci.h>
#include <soci/sqlite3/soci-sqlite3.h>

#include "store/reporting.h"
#include "store/store.h"
#include "store/testing/conformance.h"

namespace orbis::store::testing {
namespace {

constexpr const char* kFile = "lists.db";

Result<std::unique_ptr<Store>> open_sqlite(const Clock& clock,
                                           const std::filesystem::path& scratch) {
  auto store = open((scratch / kFile).string(), {.pool_size = 2, .clock = &clock});
  if (!store) return store;
  if (auto migrated = (*store)->migrate(); !migrated) return fail(migrated.error());
  return store;
}

class ListsMigration : public StoreConformance {
 protected:
  // Closes the store, turns its database back into schema 16 (the two child tables gone, the
  // two columns back, every list in the old form `old_forms` writes), opens it again and
  // migrates it; returns the schema version it reached.
  int migrated_from_schema_16(const std::function<void(soci::session&)>& old_forms) {
    store_.reset();
    {
      soci::session sql(soci::sqlite3, (scratch_ / kFile).string());
      sql << "DROP TABLE recognition_host_codes";
      sql << "DROP TABLE agreement_kinds";
      sql << "ALTER TABLE agreements ADD COLUMN kinds TEXT NOT NULL DEFAULT ''";
      sql << "ALTER TABLE recognition_entries ADD COLUMN host_codes TEXT NOT NULL DEFAULT '[]'";
      old_forms(sql);
      // Back to 16: the indexes of migrations 18, 20, 25, 26, 27, 28, 30 and 31, the tables of
      // 19, 21, 22, 23, 25, 26 and 32 and the columns of 30 and 31 go too, so that they are
      // made again after 17 (20 replaces two indexes of the same names itself).
      for (const char* index :
           {"mobilities_by_receiving", "mobilities_of_org_unit_by_receiving",
            "agreements_by_status_and_end", "agreements_by_status", "mobilities_by_route",
            "mobilities_year_person", "la_versions_waiting", "mobilities_by_status",
            "mobilities_nominated_by_direction", "applications_to_score", "people_not_students",
            "mobilities_unit_year", "people_graduated", "mobilities_begun_abroad"})
        sql << "DROP INDEX " << index;
      sql << "ALTER TABLE people DROP COLUMN graduated_in";
      sql << "ALTER TABLE mobilities DROP COLUMN recognised_ects";
      for (const char* table : {"joint_programme_plans",
                                "joint_programme_agreements",
                                "joint_programme_partners",
                                "joint_programmes",
                                "joint_courses",
                                "research_project_links",
                                "research_project_partners",
                                "research_projects",
                                "recognition_planned",
                                "recognition_tallies",
                                "registry_changes",
                                "sign_in_failures",
                                "leases",
                                "indicator_figures",
                                "indicator_targets",
                                "publication_affiliations",
                                "publications",
                                "scholar_case_documents",
                                "scholar_case_history",
                                "scholar_case_events",
                                "scholar_cases"})
        sql << "DROP TABLE " << table;
      sql << "DELETE FROM schema_migrations WHERE version >= 17";
    }
    auto opened = open((scratch_ / kFile).string(), {.pool_size = 2, .clock = &clock_});
    EXPECT_TRUE(opened) << opened.error().message;
    if (!opened) return 0;
    store_ = std::move(*opened);
    EXPECT_EQ(ok(store_->schema_version()), 16);
    return ok(store_->migrate());
  }
};

TEST_P(ListsMigration, EveryListOfSchema16ComesBackWhole) {
  const World w = add_world();
  const auto [home, partner] = std::pair{w.institutions[0], w.institutions[1]};

  auto a = sample_agreement(home, partner, "WL-OX");
  a.kinds = {domain::AgreementKind::student_exchange, domain::AgreementKind::staff_exchange};
  a.tags = {"europe", "priority"};
  a.conditions[0].eqf_levels = {6, 7};
  a.conditions[0].languages = {{"en", "B2"}, {"zh", "A2"}};
  auto back = a.conditions[0];
  back.sending = partner;
  back.receiving = home;
  back.eqf_levels.clear();
  back.languages.clear();
  a.conditions.push_back(back);
  auto b = sample_agreement(home, partner, "WL-OX-R");
  b.kinds = {domain::AgreementKind::joint_research};
  b.conditions.clear();
  a.id = committed([&](Transaction& tx) { return ok(tx.agreements().insert(a)); });
  b.id = committed([&](Transaction& tx) { return ok(tx.agreements().insert(b)); });

  domain::Call call;
  call.code = "OUT-2027";
  call.title = "Outgoing";
  call.academic_year = "2027/2028";
  call.opens_at = "2027-01-10T09:00:00+08:00";
  call.closes_at = "2027-02-10T17:00:00+08:00";
  call.eligibility = {{6, 7}, {2, 3}, 3.2, "us4", "en", "B2", "06"};
  call.weights = {0.5, 0.25, 0.125, 0.125};
  call.max_preferences = 2;
  domain::Offer offer;
  offer.id = 4;
  offer.host = partner;
  offer.seats = 2;
  offer.title = "Oxford";
  offer.eligibility.levels = {6};
  call.offers = {offer};
  call.id = committed([&](Transaction& tx) { return ok(tx.calls().insert(call)); });

  domain::Person person;
  person.family_name = "Li";
  person.nationality = "CN";
  person.home_institution = home;
  person.languages = {{"en", "C1", "IELTS 7.5", "2025-12-01"}, {"de", "A2", "", ""}};
  person.id = committed([&](Transaction& tx) { return ok(tx.people().insert(person)); });

  // A completed outgoing stay with an approved learning agreement and its recognition: what
  // the recognition indicator counts.
  auto [stay, r] = completed_stay(w);
  r.recognition = {recognition_entry("H1", {"CS101", "CS102"}, {"rounded", "a \"quoted\" note"}),
                   recognition_entry("H2", {"CS103"}, {})};
  r.id = committed([&](Transaction& tx) { return ok(tx.learning_agreements().insert(r)); });
  r.version = 1;

  const auto totals_before = [&] {
    auto tx = read();
    return ok(recognition_by_partner(*tx, RecognitionQuery{})).items;
  }();
  ASSERT_EQ(totals_before.size(), 1u);
  EXPECT_EQ(totals_before[0].credited, 7.5 + 5 + 2);

  const int version = migrated_from_schema_16([&](soci::session& sql) {
    const auto set = [&](const std::string& statement, long long id) {
      sql << statement, soci::use(id);
    };
    set("UPDATE agreements SET kinds = 'student_exchange;staff_exchange', "
        "tags = 'europe;priority' WHERE id = :id",
        a.id.value);
    set("UPDATE agreements SET kinds = 'joint_research', tags = '' WHERE id = :id", b.id.value);
    set("UPDATE agreement_conditions SET eqf_levels = '6;7', languages = 'en:B2;zh:A2' "
        "WHERE agreement_id = :id AND position = 0",
        a.id.value);
    set("UPDATE agreement_conditions SET eqf_levels = '', languages = '' "
        "WHERE agreement_id = :id AND position = 1",
        a.id.value);
    set("UPDATE calls SET levels = '[6,7]', years_of_study = '[2,3]' WHERE id = :id",
        call.id.value);
    set("UPDATE call_offers SET levels = '[6]', years_of_study = '[]' WHERE call_id = :id",
        call.id.value);
    set("UPDATE people SET languages = '[{\"certificate\":\"IELTS 7.5\",\"cefr\":\"C1\","
        "\"date\":\"2025-12-01\",\"language\":\"en\"},{\"certificate\":\"\",\"cefr\":\"A2\","
        "\"date\":\"\",\"language\":\"de\"}]' WHERE id = :id",
        person.id.value);
    set("UPDATE people SET languages = '[]' WHERE id <> :id", person.id.value);
    set("UPDATE recognition_entries SET host_codes = '[\"CS101\",\"CS102\"]', "
        "notes = '[\"rounded\",\"a \\\"quoted\\\" note\"]' WHERE learning_agreement_id = :id "
        "AND position = 0",
        r.id);
    set("UPDATE recognition_entries SET host_codes = '[\"CS103\"]', notes = '[]' "
        "WHERE learning_agreement_id = :id AND position = 1",
        r.id);
  });
  EXPECT_EQ(version, store_->latest_schema_version());
  EXPECT_GE(version, 17);

  auto tx = read();
  auto stored_a = ok(tx->agreements().get(a.id));
  ASSERT_EQ(stored_a.conditions.size(), 2u);
  a.version = 1;
  a.conditions[0].id = stored_a.conditions[0].id;
  a.conditions[1].id = stored_a.conditions[1].id;
  EXPECT_EQ(describe(stored_a), describe(a));
  auto stored_b = ok(tx->agreements().get(b.id));
  b.version = 1;
  EXPECT_EQ(describe(stored_b), describe(b));

  call.version = 1;
  EXPECT_EQ(describe(ok(tx->calls().get(call.id))), describe(call));
  person.version = 1;
  EXPECT_EQ(describe(ok(tx->people().get(person.id))), describe(person));
  const auto la = ok(tx->learning_agreements().find(stay));
  ASSERT_TRUE(la);
  EXPECT_EQ(describe(*la), describe(r));

  const auto ids = [&](domain::AgreementKind kind) {
    AgreementQuery q;
    q.kind = kind;
    std::vector<std::int64_t> out;
    for (const auto& found : ok(list_agreements(*tx, q)).items) out.push_back(found.id.value);
    EXPECT_EQ(ok(count_agreements(*tx, q)), out.size());
    return out;
  };
  EXPECT_EQ(ids(domain::AgreementKind::student_exchange), std::vector{a.id.value});
  EXPECT_EQ(ids(domain::AgreementKind::staff_exchange), std::vector{a.id.value});
  EXPECT_EQ(ids(domain::AgreementKind::joint_research), std::vector{b.id.value});
  EXPECT_TRUE(ids(domain::AgreementKind::internship).empty());

  const auto totals_after = ok(recognition_by_partner(*tx, RecognitionQuery{})).items;
  ASSERT_EQ(totals_after.size(), 1u);
  EXPECT_EQ(totals_after[0].credited, totals_before[0].credited);
  EXPECT_EQ(totals_after[0].stays, totals_before[0].stays);
  EXPECT_EQ(totals_after[0].planned_by_system, totals_before[0].planned_by_system);

  // Migration 31 counts each stay's recognised ECTS credits as the writers do: CS101's 7.5,
  // the one result the recognition names that the agreement plans in ECTS.
  soci::session sql(soci::sqlite3, (scratch_ / kFile).string());
  double ects = 0;
  long long id = stay.value;
  sql << "SELECT recognised_ects FROM mobilities WHERE id = :id", soci::use(id), soci::into(ects);
  EXPECT_EQ(ects, 7.5);
}

// A list in no form the migration knows (a level that is not a number) stops the migration,
// which leaves the database as it was, at schema 16.
TEST_P(ListsMigration, AListItCannotReadLeavesTheDatabaseAsItWas) {
  const World w = add_world();
  auto a = sample_agreement(w.institutions[0], w.institutions[1], "WL-OX");
  a.id = committed([&](Transaction& tx) { return ok(tx.agreements().insert(a)); });
  store_.reset();
  {
    soci::session sql(soci::sqlite3, (scratch_ / kFile).string());
    sql << "DROP TABLE recognition_host_codes";
    sql << "DROP TABLE agreement_kinds";
    sql << "ALTER TABLE agreements ADD COLUMN kinds TEXT NOT NULL DEFAULT 'student_exchange'";
    sql << "ALTER TABLE recognition_entries ADD COLUMN host_codes TEXT NOT NULL DEFAULT '[]'";
    sql << "UPDATE agreements SET tags = 'europe'";
    sql << "UPDATE agreement_conditions SET eqf_levels = '6;bachelor', languages = ''";
    // Back to 16: the indexes of migrations 18 and 20 go too, so that they run again after
    // 17 (20 replaces two indexes of the same names itself).
    for (const char* index :
         {"mobilities_by_receiving", "mobilities_of_org_unit_by_receiving",
          "agreements_by_status_and_end", "agreements_by_status", "mobilities_by_route"})
      sql << "DROP INDEX " << index;
    sql << "DELETE FROM schema_migrations WHERE version >= 17";
  }
  auto opened = open((scratch_ / kFile).string(), {.pool_size = 2, .clock = &clock_});
  ASSERT_TRUE(opened) << opened.error().message;
  store_ = std::move(*opened);
  const auto migrated = store_->migrate();
  ASSERT_FALSE(migrated);
  EXPECT_NE(migrated.error().message.find("migration 17"), std::string::npos)
      << migrated.error().message;
  EXPECT_EQ(ok(store_->schema_version()), 16);
  soci::session sql(soci::sqlite3, (scratch_ / kFile).string());
  std::string kinds, tags;
  sql << "SELECT kinds, tags FROM agreements", soci::into(kinds), soci::into(tags);
  EXPECT_EQ(kinds, "student_exchange");
  EXPECT_EQ(tags, "europe");
  int tables = -1;
  sql << "SELECT COUNT(*) FROM sqlite_master WHERE name = 'agreement_kinds'", soci::into(tables);
  EXPECT_EQ(tables, 0);
}

INSTANTIATE_TEST_SUITE_P(Sqlite, ListsMigration,
                         ::testing::Values(StoreFactory{"sqlite", &open_sqlite}),
                         StoreFactory::name_of);

}  // namespace
}  // namespace orbis::store::testing
