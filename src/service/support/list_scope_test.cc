#include "service/support/list_scope.h"

#include <gtest/gtest.h>

#include "store/lists.h"

namespace orbis::service {
namespace {

namespace access = domain::access;

access::Scope scope(access::Reach reach) {
  access::Scope s;
  s.reach = reach;
  s.user = UserId{7};
  s.org_unit = OrgUnitId{3};
  s.institution = InstitutionId{42};
  return s;
}

TEST(ScopeQuery, PutsEachReachIntoTheQuery) {
  store::StayQuery all;
  EXPECT_TRUE(scope_query(all, scope(access::Reach::all)));
  EXPECT_FALSE(all.org_unit || all.user || all.party);

  store::StayQuery unit;
  EXPECT_TRUE(scope_query(unit, scope(access::Reach::own_org_unit)));
  EXPECT_EQ(unit.org_unit, OrgUnitId{3});
  EXPECT_FALSE(unit.user || unit.party);

  store::StayQuery own;
  EXPECT_TRUE(scope_query(own, scope(access::Reach::own_records)));
  EXPECT_EQ(own.user, UserId{7});
  EXPECT_FALSE(own.org_unit || own.party);

  store::StayQuery partner;
  EXPECT_TRUE(scope_query(partner, scope(access::Reach::own_institution)));
  EXPECT_EQ(partner.party, InstitutionId{42});
  EXPECT_FALSE(partner.org_unit || partner.user);

  store::StayQuery none;
  EXPECT_FALSE(scope_query(none, scope(access::Reach::none)));
}

TEST(ScopeQuery, AnInstitutionsScopeSelectsNothingWhereTheQueryHasNoParty) {
  store::PeopleQuery people;
  EXPECT_FALSE(scope_query(people, scope(access::Reach::own_institution)));
  EXPECT_FALSE(people.org_unit || people.user);
  EXPECT_TRUE(scope_query(people, scope(access::Reach::own_org_unit)));
  EXPECT_EQ(people.org_unit, OrgUnitId{3});
  EXPECT_FALSE(scope_query(people, scope(access::Reach::none)));
}

}  // namespace
}  // namespace orbis::service
