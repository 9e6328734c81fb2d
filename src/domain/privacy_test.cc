// How each reader stands to the person a record is about (domain/privacy.h), from the role and
// what bounds the record.
#include "domain/privacy.h"

#include <gtest/gtest.h>

namespace orbis::domain {
namespace {

using access::Subject;

Actor reader(Role role) {
  Actor a;
  a.user = UserId{7};
  a.role = role;
  if (role == Role::coordinator) a.org_unit = OrgUnitId{3};
  if (role == Role::partner) a.institution = InstitutionId{40};
  return a;
}

// A stay of the reader's own account, in org unit 3, between institutions 1 and 40.
const Subject kTheirs{.owner = UserId{7},
                      .org_unit = OrgUnitId{3},
                      .institutions = {InstitutionId{1}, InstitutionId{40}}};
// Someone else's, in another org unit, between other institutions.
const Subject kOthers{.owner = UserId{8},
                      .org_unit = OrgUnitId{4},
                      .institutions = {InstitutionId{1}, InstitutionId{41}}};

TEST(Standing, TheOfficeStandsAsTheOfficeToEveryRecord) {
  for (const auto role : {Role::admin, Role::officer}) {
    EXPECT_EQ(standing(reader(role), kTheirs), Standing::office);
    EXPECT_EQ(standing(reader(role), kOthers), Standing::office);
    EXPECT_EQ(standing(reader(role), Subject{}), Standing::office);
  }
}

TEST(Standing, EveryOtherRoleStandsByWhatBoundsTheRecord) {
  EXPECT_EQ(standing(reader(Role::coordinator), kTheirs), Standing::coordinator);
  EXPECT_EQ(standing(reader(Role::coordinator), kOthers), Standing::outsider);
  EXPECT_EQ(standing(reader(Role::student), kTheirs), Standing::self);
  EXPECT_EQ(standing(reader(Role::student), kOthers), Standing::outsider);
  EXPECT_EQ(standing(reader(Role::partner), kTheirs), Standing::partner);
  EXPECT_EQ(standing(reader(Role::partner), kOthers), Standing::outsider);
  EXPECT_EQ(standing(reader(Role::viewer), kTheirs), Standing::outsider);
}

TEST(Standing, AReaderWithoutTheBoundIsAnOutsider) {
  // A coordinator with no org unit, a partner with no institution: nothing matches, not even
  // a record with no org unit or institutions.
  auto coordinator = reader(Role::coordinator);
  coordinator.org_unit.reset();
  EXPECT_EQ(standing(coordinator, Subject{}), Standing::outsider);
  EXPECT_EQ(standing(coordinator, kTheirs), Standing::outsider);
  auto partner = reader(Role::partner);
  partner.institution.reset();
  EXPECT_EQ(standing(partner, kTheirs), Standing::outsider);
  // A student is themselves only on a record whose person signs in as them.
  EXPECT_EQ(standing(reader(Role::student), Subject{}), Standing::outsider);
  // Being the person does not make a partner or a coordinator "self": they stand by role.
  EXPECT_EQ(standing(reader(Role::partner), Subject{.owner = UserId{7}}), Standing::outsider);
}

TEST(Disclosure, FollowsTheStanding) {
  EXPECT_TRUE(disclosure(Standing::self).passport_number);
  EXPECT_TRUE(disclosure(Standing::partner).email);
  EXPECT_FALSE(disclosure(Standing::partner).passport_number);
  EXPECT_FALSE(disclosure(Standing::outsider).email);
}

}  // namespace
}  // namespace orbis::domain
