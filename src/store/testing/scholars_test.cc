// Scholar cases (store/scholars.h) on both back ends: written with their events, permits and
// history, read back whole, changed under their version, and paged by planned start within
// each reader's scope.
#include "store/scholars.h"

#include <gtest/gtest.h>

#include "store/testing/conformance.h"

namespace orbis::store::testing {
namespace {

using domain::scholars::CaseEvent;
using domain::scholars::CaseKind;
using domain::scholars::CaseStatus;
using domain::scholars::EventKind;
using domain::scholars::ScholarCase;

ScholarCase a_case(PersonId person, std::string start, std::optional<OrgUnitId> unit,
                   std::optional<InstitutionId> partner) {
  ScholarCase c;
  c.person = person;
  c.kind = CaseKind::visiting;
  c.direction = domain::Direction::incoming;
  c.host_unit = unit;
  c.partner = partner;
  c.position = "Visiting Professor";
  c.planned_start = std::move(start);
  c.planned_end = "2027-12-31";
  c.history = {{"2026-12-01T08:00:00.000Z", "officer@example.edu", "", "requested", ""}};
  return c;
}

TEST_P(StoreConformance, ScholarCasesKeepEveryFieldAndTheirVersion) {
  const auto w = add_world();
  auto c = a_case(w.person, "2027-01-10", w.unit, w.institutions[1]);
  c.kind = CaseKind::faculty;
  c.project = "Soft robots";
  c.purpose = "Recruited";
  c.status = CaseStatus::active;
  c.events = {
      {1, EventKind::entry, "2027-01-10T14:30:00+08:00", "2027-01-11T09:00:00+08:00", "Arrival"},
      {2, EventKind::move, "2027-03-01T10:00:00+08:00", "", "New flat"}};
  c.work_permit = {"WP1", "A", "2026-11-01", "2026-11-20", "2028-11-19", ""};
  c.residence_permit = {"RP1", "", "2027-01-20", "2027-02-01", "2028-11-19", ""};
  const auto id = committed([&](Transaction& tx) { return ok(insert_scholar_case(tx, c)); });
  auto stored = [&] {
    auto tx = read();
    return ok(get_scholar_case(*tx, id));
  }();
  EXPECT_EQ(stored.version, 1);
  EXPECT_EQ(stored.kind, CaseKind::faculty);
  EXPECT_EQ(stored.status, CaseStatus::active);
  EXPECT_EQ(stored.host_unit, w.unit);
  EXPECT_EQ(stored.partner, w.institutions[1]);
  EXPECT_FALSE(stored.agreement);
  EXPECT_EQ(stored.project, "Soft robots");
  ASSERT_EQ(stored.events.size(), 2U);
  EXPECT_EQ(stored.events[0].done_at, "2027-01-11T09:00:00+08:00");
  EXPECT_EQ(stored.events[1].note, "New flat");
  EXPECT_EQ(stored.work_permit.number, "WP1");
  EXPECT_EQ(stored.work_permit.category, "A");
  EXPECT_EQ(stored.work_permit.expires_on, "2028-11-19");
  EXPECT_EQ(stored.residence_permit.filed_on, "2027-01-20");
  ASSERT_EQ(stored.history.size(), 1U);
  EXPECT_EQ(stored.history[0].at, "2026-12-01T08:00:00.000Z");
  EXPECT_EQ(stored.history[0].to, "requested");
  EXPECT_FALSE(stored.created_at.empty());

  // A change under the version read, then a stale one.
  stored.events[1].done_at = "2027-03-01T18:00:00+08:00";
  stored.history.push_back(
      {"2027-03-02T08:00:00.000Z", "host@example.edu", "active", "extended", ""});
  stored.extended_to = "2028-06-30";
  ok(committed([&](Transaction& tx) { return update_scholar_case(tx, stored); }));
  EXPECT_EQ(code_of<ScholarCaseId>([&]() -> Result<ScholarCaseId> {
              auto tx = write();
              auto s = update_scholar_case(*tx, stored);
              if (!s) return fail(s.error());
              return stored.id;
            }()),
            ErrorCode::conflict);
  auto tx = read();
  const auto again = ok(get_scholar_case(*tx, id));
  EXPECT_EQ(again.version, 2);
  EXPECT_EQ(again.extended_to, "2028-06-30");
  EXPECT_EQ(again.events[1].done_at, "2027-03-01T18:00:00+08:00");
  ASSERT_EQ(again.history.size(), 2U);
  EXPECT_EQ(code_of(get_scholar_case(*tx, ScholarCaseId{id.value + 100})), ErrorCode::not_found);
}

TEST_P(StoreConformance, ScholarCasesPageByPlannedStartWithinTheScope) {
  const auto w = add_world();
  const auto other_unit = add_org_unit(w.institutions[0], "School of Science");
  const auto third = add_institution("MIT", "US");
  const auto user = add_user("scholar@example.edu", domain::Role::student);
  const auto own = add_person("Miller", "Dan", third);
  ok(committed([&](Transaction& tx) -> Status {
    auto p = tx.people().get(own);
    if (!p) return fail(p.error());
    p->user = user;
    return tx.people().update(*p);
  }));
  std::vector<ScholarCaseId> ids;
  const std::vector<
      std::tuple<std::string, std::optional<OrgUnitId>, InstitutionId, PersonId, CaseStatus>>
      rows{{"2027-01-01", w.unit, w.institutions[1], w.person, CaseStatus::active},
           {"2027-02-01", other_unit, third, own, CaseStatus::requested},
           {"2027-02-01", w.unit, third, w.person, CaseStatus::arrived},
           {"2027-03-01", w.unit, w.institutions[1], w.person, CaseStatus::closed}};
  for (const auto& [start, unit, partner, person, status] : rows) {
    auto c = a_case(person, start, unit, partner);
    c.status = status;
    ids.push_back(committed([&](Transaction& tx) { return ok(insert_scholar_case(tx, c)); }));
  }
  auto tx = read();
  const auto ids_of = [](const Page<ScholarCase>& page) {
    std::vector<ScholarCaseId> out;
    for (const auto& c : page.items) out.push_back(c.id);
    return out;
  };
  // Newest planned start first, by id within a day; two a page.
  ScholarCaseQuery all;
  all.page.limit = 2;
  auto first = ok(list_scholar_cases(*tx, all));
  EXPECT_EQ(ids_of(first), (std::vector{ids[3], ids[2]}));
  ASSERT_TRUE(first.next);
  all.page.after = first.next;
  auto second = ok(list_scholar_cases(*tx, all));
  EXPECT_EQ(ids_of(second), (std::vector{ids[1], ids[0]}));
  EXPECT_FALSE(second.next);
  EXPECT_EQ(ok(count_scholar_cases(*tx, ScholarCaseQuery{})), 4U);

  ScholarCaseQuery unit;
  unit.host_unit = w.unit;
  EXPECT_EQ(ids_of(ok(list_scholar_cases(*tx, unit))), (std::vector{ids[3], ids[2], ids[0]}));
  ScholarCaseQuery partner;
  partner.partner = third;
  EXPECT_EQ(ids_of(ok(list_scholar_cases(*tx, partner))), (std::vector{ids[2], ids[1]}));
  ScholarCaseQuery self;
  self.user = user;
  EXPECT_EQ(ids_of(ok(list_scholar_cases(*tx, self))), (std::vector{ids[1]}));
  ScholarCaseQuery staying;
  staying.in_stay = true;
  EXPECT_EQ(ids_of(ok(list_scholar_cases(*tx, staying))), (std::vector{ids[2], ids[0]}));
  EXPECT_EQ(ok(count_scholar_cases(*tx, staying)), 2U);
  ScholarCaseQuery requested;
  requested.status = CaseStatus::requested;
  requested.kind = CaseKind::visiting;
  requested.direction = domain::Direction::incoming;
  EXPECT_EQ(ids_of(ok(list_scholar_cases(*tx, requested))), (std::vector{ids[1]}));
}

}  // namespace
}  // namespace orbis::store::testing
