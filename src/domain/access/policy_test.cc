#include "domain/access/policy.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <set>

namespace orbis::domain::access {
namespace {

Actor actor(Role role) {
  Actor a;
  a.user = UserId{5};
  a.role = role;
  return a;
}

TEST(Policy, EveryActionOfEveryResourceHasOneRule) {
  std::set<std::pair<Resource, Action>> seen;
  for (const auto& rule : rules()) {
    EXPECT_TRUE(seen.insert({rule.resource, rule.action}).second)
        << to_string(rule.resource) << " " << to_string(rule.action) << " twice";
    // Admins may do whatever anyone may.
    for (const Role role : all_roles()) {
      if (rule.of(role) != Reach::none) {
        EXPECT_EQ(rule.admin, Reach::all)
            << to_string(rule.resource) << " " << to_string(rule.action);
      }
    }
    // Viewers only read.
    if (rule.action != Action::read) {
      EXPECT_EQ(rule.viewer, Reach::none)
          << to_string(rule.resource) << " " << to_string(rule.action);
    }
  }
}

TEST(Policy, ScopeCarriesTheBoundOfTheReach) {
  auto partner = actor(Role::partner);
  partner.institution = InstitutionId{42};
  const auto s = scope_of(partner, Resource::mobility, Action::read);
  EXPECT_EQ(s.reach, Reach::own_institution);
  EXPECT_EQ(s.institution, InstitutionId{42});
  EXPECT_FALSE(scope_of(partner, Resource::call, Action::read).allowed());

  auto coordinator = actor(Role::coordinator);
  EXPECT_FALSE(scope_of(coordinator, Resource::application, Action::read).allowed())
      << "a coordinator without an org unit reaches nothing";
  coordinator.org_unit = OrgUnitId{3};
  EXPECT_EQ(scope_of(coordinator, Resource::application, Action::read).org_unit, OrgUnitId{3});

  auto student = actor(Role::student);
  student.person = PersonId{9};
  const auto own = scope_of(student, Resource::application, Action::read);
  EXPECT_EQ(own.reach, Reach::own_records);
  EXPECT_EQ(own.person, PersonId{9});
  EXPECT_TRUE(scope_of(actor(Role::viewer), Resource::mobility, Action::read).everything());
}

TEST(Policy, AScopeReachesTheRecordsWithinItsBound) {
  const Subject stay{.owner = UserId{5},
                     .org_unit = OrgUnitId{3},
                     .institutions = {InstitutionId{1}, InstitutionId{42}}};
  const Subject someone_elses{.owner = UserId{6}, .org_unit = OrgUnitId{4}, .institutions = {}};

  auto student = actor(Role::student);
  EXPECT_TRUE(reaches(student, Resource::mobility, Action::read, stay));
  EXPECT_FALSE(reaches(student, Resource::mobility, Action::read, someone_elses));
  EXPECT_FALSE(reaches(student, Resource::nomination, Action::read, stay)) << "no reach at all";

  auto coordinator = actor(Role::coordinator);
  EXPECT_FALSE(reaches(coordinator, Resource::mobility, Action::read, stay))
      << "a coordinator without an org unit reaches nothing";
  coordinator.org_unit = OrgUnitId{3};
  EXPECT_TRUE(reaches(coordinator, Resource::mobility, Action::read, stay));
  EXPECT_FALSE(reaches(coordinator, Resource::mobility, Action::read, someone_elses));
  EXPECT_FALSE(reaches(coordinator, Resource::mobility, Action::read, Subject{}))
      << "a record of no org unit is no coordinator's";

  auto partner = actor(Role::partner);
  partner.institution = InstitutionId{42};
  EXPECT_TRUE(reaches(partner, Resource::mobility, Action::read, stay));
  EXPECT_FALSE(reaches(partner, Resource::mobility, Action::read, someone_elses));
  EXPECT_FALSE(reaches(partner, Resource::application, Action::read, stay));

  EXPECT_TRUE(reaches(actor(Role::viewer), Resource::person, Action::read, someone_elses));
  EXPECT_FALSE(reaches(actor(Role::viewer), Resource::mobility, Action::update, someone_elses));
}

TEST(Policy, PermittedListsWhatTheActorHasSomeReachFor) {
  const auto has = [](const auto& list, Resource r, Action a) {
    return std::ranges::find(list, std::pair{r, a}) != list.end();
  };
  auto partner = actor(Role::partner);
  EXPECT_TRUE(has(permitted(partner), Resource::institution, Action::read));
  EXPECT_FALSE(has(permitted(partner), Resource::nomination, Action::create))
      << "a partner without an institution reaches none of its own records";
  partner.institution = InstitutionId{42};
  const auto partner_may = permitted(partner);
  EXPECT_TRUE(has(partner_may, Resource::nomination, Action::decide));
  EXPECT_FALSE(has(partner_may, Resource::call, Action::read));
  const auto viewer_may = permitted(actor(Role::viewer));
  EXPECT_TRUE(has(viewer_may, Resource::mobility, Action::read));
  for (const auto& [resource, action] : viewer_may) EXPECT_EQ(action, Action::read);
}

TEST(Policy, RolesOfAnAction) {
  EXPECT_EQ(roles_for(Resource::agreement_reminder, Action::read),
            (std::vector<Role>{Role::admin, Role::officer, Role::viewer}));
  EXPECT_EQ(roles_for(Resource::user, Action::update), (std::vector<Role>{Role::admin}));
  EXPECT_TRUE(roles_for(Resource::call, Action::decide).empty());
  // Partners nominate their own students one by one, but only the office nominates a call's
  // placed applicants.
  EXPECT_EQ(roles_for(Resource::call, Action::nominate),
            (std::vector<Role>{Role::admin, Role::officer}));
  const auto nominators = roles_for(Resource::nomination, Action::create);
  EXPECT_NE(std::ranges::find(nominators, Role::partner), nominators.end());
}

}  // namespace
}  // namespace orbis::domain::access
