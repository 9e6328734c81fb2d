// Course catalogues and learning agreements: keys, versions and the catalogue's pages.
#include "store/testing/conformance.h"

namespace orbis::store::testing {
namespace {

domain::Course course(InstitutionId institution, const std::string& code) {
  domain::Course c;
  c.institution = institution.value;
  c.code = code;
  c.title = "Course " + code;
  c.credits = 5;
  return c;
}

TEST_P(StoreConformance, ACourseCodeIsUniqueWithinItsInstitution) {
  const auto oxford = add_institution("University of Oxford", "GB");
  const auto sorbonne = add_institution("Sorbonne", "FR");
  const auto empty = add_institution("Empty");
  auto c = course(oxford, "CS101");
  c.id = committed([&](Transaction& tx) { return ok(tx.courses().insert(c)); });
  auto tx = write();
  EXPECT_EQ(code_of(tx->courses().insert(course(oxford, "CS101"))), ErrorCode::already_exists);
  tx.reset();
  tx = write();
  EXPECT_TRUE(tx->courses().insert(course(sorbonne, "CS101")));
  EXPECT_FALSE(ok(tx->courses().find(oxford, "CS999")).has_value());
  EXPECT_FALSE(ok(tx->courses().find(empty, "CS101")).has_value());
  auto missing = c;
  missing.id = c.id + 1000;
  const auto absent = tx->courses().update(missing);
  ASSERT_FALSE(absent);
  EXPECT_EQ(absent.error().code, ErrorCode::not_found);
}

TEST_P(StoreConformance, ACataloguePagesByCode) {
  const auto oxford = add_institution("University of Oxford", "GB");
  const auto sorbonne = add_institution("Sorbonne", "FR");
  committed([&](Transaction& tx) {
    for (const char* code : {"M2", "CS3", "A1", "CS1", "P9", "CS2"})
      ok(tx.courses().insert(course(oxford, code)));
    ok(tx.courses().insert(course(sorbonne, "B1")));
    return 0;
  });
  auto tx = read();
  const auto paged = read_pages<domain::Course>(
      [&](const PageSpec& page) {
        return list_courses(*tx, {.institution = oxford, .page = page});
      },
      4);
  std::vector<std::string> codes;
  for (const auto& c : paged) codes.push_back(c.code);
  EXPECT_EQ(codes, (std::vector<std::string>{"A1", "CS1", "CS2", "CS3", "M2", "P9"}));
  ids_of(paged);
  EXPECT_EQ(describe_all(ok(tx->courses().list(oxford))), describe_all(paged));
}

TEST_P(StoreConformance, AStayHasOneLearningAgreementAtAVersion) {
  const World w = add_world();
  domain::Mobility m;
  m.person = w.person;
  m.sending = w.institutions[0];
  m.receiving = w.institutions[1];
  m.academic_year = "2026/2027";
  m.planned_start = "2026-09-01";
  const auto stay = committed([&](Transaction& tx) { return ok(tx.mobilities().insert(m)); });
  auto tx = write();
  EXPECT_FALSE(ok(tx->learning_agreements().find(stay)).has_value());
  domain::LearningAgreementRecord r;
  r.mobility = stay.value;
  r.versions = {domain::LaVersion{}};
  r.id = ok(tx->learning_agreements().insert(r));
  ASSERT_TRUE(tx->commit());
  tx = write();
  EXPECT_EQ(code_of(tx->learning_agreements().insert(r)), ErrorCode::already_exists);
  tx.reset();
  tx = write();
  const auto found = ok(tx->learning_agreements().find(stay));
  ASSERT_TRUE(found.has_value());
  auto stored = *found;
  EXPECT_EQ(stored.id, r.id);
  EXPECT_EQ(stored.version, 1);
  stored.recognised_by = "officer";
  ok(tx->learning_agreements().update(stored));
  const auto stale = tx->learning_agreements().update(stored);  // still at version 1
  ASSERT_FALSE(stale);
  EXPECT_EQ(stale.error().code, ErrorCode::conflict);
  EXPECT_EQ(ok(tx->learning_agreements().find(stay))->recognised_by, "officer");
  EXPECT_EQ(ok(tx->learning_agreements().find(stay))->version, 2);
}

}  // namespace
}  // namespace orbis::store::testing
