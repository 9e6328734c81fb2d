// People: students and staff, their list with a reader's scope, and the account link.
#include "store/lookups.h"
#include "store/testing/conformance.h"

namespace orbis::store::testing {
namespace {

TEST_P(StoreConformance, APersonKeepsEveryMember) {
  const auto home = add_institution("Westlake University");
  const auto unit = add_org_unit(home, "School of Engineering");
  const auto user = add_user("wang.fang@westlake.edu.cn", domain::Role::student);
  domain::Person p;
  p.kind = domain::PersonKind::student;
  p.family_name = "Wang";
  p.given_name = "Fang";
  p.name_zh = "王芳";
  p.email = "wang.fang@westlake.edu.cn";
  p.nationality = "CN";
  p.home_institution = home;
  p.org_unit = unit;
  p.level = 6;
  p.field = "0613";
  p.gpa = 3.75;
  p.gpa_scale = "us4";
  p.year_of_study = 3;
  p.graduated_in = "2025/2026";
  p.languages = {{"en", "C1", "IELTS 7.5", "2025-12-01"}, {"de", "A2", "", ""}};
  p.user = user;
  p.date_of_birth = "2004-02-29";
  p.passport_number = "E12345678";
  p.phone = "+86 138 0000 0000";
  p.id = committed([&](Transaction& tx) { return ok(tx.people().insert(p)); });
  p.version = 1;
  auto tx = write();
  EXPECT_EQ(describe(ok(tx->people().get(p.id))), describe(p));
  EXPECT_EQ(code_of(tx->people().get(PersonId{p.id.value + 1})), ErrorCode::not_found);
  EXPECT_EQ(describe(*ok(person_of_user(*tx, user))), describe(p));

  p.kind = domain::PersonKind::staff;
  p.position = "Lecturer";
  p.level.reset();
  p.gpa.reset();
  p.year_of_study.reset();
  p.graduated_in.clear();
  p.languages.pop_back();
  p.user.reset();
  ok(tx->people().update(p));
  p.version = 2;
  EXPECT_EQ(describe(ok(tx->people().get(p.id))), describe(p));
  EXPECT_FALSE(ok(person_of_user(*tx, user)).has_value());
  auto old = p;
  old.version = 1;
  const auto stale = tx->people().update(old);
  ASSERT_FALSE(stale);
  EXPECT_EQ(stale.error().code, ErrorCode::conflict);
  EXPECT_EQ(describe_all(ok(tx->people().all())), std::vector{describe(p)});
}

TEST_P(StoreConformance, APersonIsFoundByEmail) {
  const auto home = add_institution("Westlake University");
  const auto add = [&](const char* family, const char* given, const char* email) {
    domain::Person p;
    p.kind = domain::PersonKind::student;
    p.family_name = family;
    p.given_name = given;
    p.email = email;
    p.nationality = "CN";
    p.home_institution = home;
    p.id = committed([&](Transaction& tx) { return ok(tx.people().insert(p)); });
    p.version = 1;
    return p;
  };
  const auto wang = add("Wang", "Fang", "wang.fang@westlake.edu.cn");
  add("Zhao", "Lei", "shared@westlake.edu.cn");
  const auto li = add("Li", "Na", "shared@westlake.edu.cn");
  add("Chen", "Jie", "");
  auto tx = write();
  const auto found = ok(person_with_email(*tx, "wang.fang@westlake.edu.cn"));
  ASSERT_TRUE(found.has_value());
  EXPECT_EQ(describe(*found), describe(wang));
  // Several with one email: the first by name, as all() orders them.
  const auto shared = ok(person_with_email(*tx, "shared@westlake.edu.cn"));
  ASSERT_TRUE(shared.has_value());
  EXPECT_EQ(describe(*shared), describe(li));
  EXPECT_FALSE(ok(person_with_email(*tx, "nobody@westlake.edu.cn")).has_value());
  EXPECT_FALSE(ok(person_with_email(*tx, "")).has_value());  // not the people without one
  // A person added in the same transaction is found in it.
  domain::Person late;
  late.family_name = "Wu";
  late.email = "wu.hao@westlake.edu.cn";
  late.nationality = "CN";
  late.home_institution = home;
  late.id = ok(tx->people().insert(late));
  const auto again = ok(person_with_email(*tx, "wu.hao@westlake.edu.cn"));
  ASSERT_TRUE(again.has_value());
  EXPECT_EQ(again->id, late.id);
}

TEST_P(StoreConformance, PeoplePageByNameWithFiltersAndScope) {
  const auto home = add_institution("Westlake University");
  const auto partner = add_institution("University of Oxford", "GB");
  const auto engineering = add_org_unit(home, "School of Engineering");
  const auto science = add_org_unit(home, "School of Science");
  struct Who {
    const char* family;
    const char* given;
    std::optional<OrgUnitId> unit;
  };
  const std::vector<Who> everyone{{"Zhao", "Lei", engineering}, {"Li", "Na", science},
                                  {"Chen", "Jie", engineering}, {"Li", "Ming", engineering},
                                  {"Wu", "Hao", science},       {"Chen", "Jie", std::nullopt}};
  std::vector<PersonId> ids;
  for (const auto& who : everyone) ids.push_back(add_person(who.family, who.given, home, who.unit));
  const auto visitor = committed([&](Transaction& tx) {
    domain::Person p;
    p.kind = domain::PersonKind::staff;
    p.family_name = "Brown";
    p.given_name = "Ann";
    p.nationality = "GB";
    p.home_institution = partner;
    return ok(tx.people().insert(p));
  });

  auto tx = read();
  // Family name, given name, then id: the two Chen Jie in the order they were made.
  const std::vector<std::int64_t> by_name{visitor.value, ids[2].value, ids[5].value, ids[3].value,
                                          ids[1].value,  ids[4].value, ids[0].value};
  const auto all = read_pages<domain::Person>(
      [&](const PageSpec& page) { return list_people(*tx, {.page = page}); }, 3);
  EXPECT_EQ(ids_of(all), by_name);
  EXPECT_EQ(ok(count_people(*tx, {})), 7u);

  PeopleQuery in_engineering;
  in_engineering.org_unit = engineering;
  const auto scoped = read_pages<domain::Person>(
      [&](const PageSpec& page) {
        auto q = in_engineering;
        q.page = page;
        return list_people(*tx, q);
      },
      2);
  EXPECT_EQ(ids_of(scoped), (std::vector<std::int64_t>{ids[2].value, ids[3].value, ids[0].value}));
  EXPECT_EQ(ok(count_people(*tx, in_engineering)), 3u);

  PeopleQuery staff;
  staff.kind = domain::PersonKind::staff;
  EXPECT_EQ(ids_of(ok(list_people(*tx, staff)).items), std::vector<std::int64_t>{visitor.value});
  PeopleQuery british;
  british.nationality = "GB";
  EXPECT_EQ(ok(count_people(*tx, british)), 1u);
  PeopleQuery at_home;
  at_home.institution = home;
  EXPECT_EQ(ok(count_people(*tx, at_home)), 6u);
  PeopleQuery words;
  words.words = {"li"};
  const auto found = ok(list_people(*tx, words)).items;
  EXPECT_EQ(ids_of(found), (std::vector<std::int64_t>{ids[3].value, ids[1].value}));
}

}  // namespace
}  // namespace orbis::store::testing
