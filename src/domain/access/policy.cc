#include "domain/access/policy.h"

#include <algorithm>

namespace orbis::domain::access {
namespace {

constexpr Reach N = Reach::none;
constexpr Reach R = Reach::own_records;
constexpr Reach U = Reach::own_org_unit;
constexpr Reach I = Reach::own_institution;
constexpr Reach A = Reach::all;

using enum Resource;
using enum Action;

// The table. Columns: admin, officer, coordinator, student, partner, viewer.
// docs/api.md prints it; tests/api/access_test.cc walks every route against it.
constexpr Rule kRules[] = {
    {institution, read, A, A, A, A, A, A},
    {institution, create, A, A, N, N, N, N},
    {institution, update, A, A, N, N, N, N},
    {institution, import, A, A, N, N, N, N},
    {org_unit, read, A, A, A, A, A, A},
    {org_unit, create, A, A, N, N, N, N},
    {course, read, A, A, A, A, A, A},
    {course, import, A, A, N, N, I, N},
    {course, update, A, A, N, N, N, N},
    {user, read, A, N, N, N, N, N},
    {user, create, A, N, N, N, N, N},
    {user, update, A, N, N, N, N, N},
    {audit_log, read, A, N, N, N, N, N},
    {settings, read, A, A, A, A, A, A},
    {settings, update, A, N, N, N, N, N},
    {security_settings, read, A, N, N, N, N, N},
    {security_settings, update, A, N, N, N, N, N},
    {agreement, read, A, A, A, N, I, A},
    {agreement, create, A, A, N, N, N, N},
    {agreement, update, A, A, N, N, N, N},
    {agreement, transition, A, A, N, N, N, N},
    {agreement, approve, A, A, N, N, N, N},
    {agreement, import, A, A, N, N, N, N},
    {agreement_comment, read, A, A, A, N, I, A},
    {agreement_comment, comment, A, A, A, N, I, N},
    {agreement_attachment, read, A, A, A, N, I, A},
    {agreement_attachment, create, A, A, N, N, N, N},
    {agreement_reminder, read, A, A, N, N, N, A},
    {person, read, A, A, U, R, N, A},
    {person, create, A, A, N, N, N, N},
    {person, update, A, A, N, N, N, N},
    {programme, read, A, A, A, A, I, A},
    {programme, create, A, A, N, N, N, N},
    {programme, update, A, A, N, N, N, N},
    {call, read, A, A, A, A, N, A},
    {call, create, A, A, N, N, N, N},
    {call, update, A, A, N, N, N, N},
    {call, nominate, A, A, N, N, N, N},
    {application, read, A, A, U, R, N, A},
    {application, create, A, A, N, R, N, N},
    {application, update, A, A, N, R, N, N},
    {application, score, A, A, U, N, N, N},
    {application, import, A, A, N, N, N, N},
    // What an applicant uploaded (a passport, a transcript): not for viewers.
    {application_document, read, A, A, U, R, N, N},
    {placement_run, read, A, A, N, N, N, N},
    {placement_run, create, A, A, N, N, N, N},
    {placement_run, transition, A, A, N, N, N, N},
    {nomination, read, A, A, U, N, I, A},
    {nomination, create, A, A, N, N, I, N},
    {nomination, decide, A, A, N, N, I, N},
    {mobility, read, A, A, U, R, I, A},
    {mobility, create, A, A, N, N, N, N},
    {mobility, update, A, A, N, N, N, N},
    {mobility, transition, A, A, U, N, N, N},
    {mobility, import, A, A, N, N, N, N},
    {learning_agreement, read, A, A, U, R, I, A},
    {learning_agreement, create, A, A, U, R, I, N},
    {learning_agreement, approve, A, A, U, R, I, N},
    {learning_agreement, comment, A, A, U, R, I, N},
    {transcript, read, A, A, U, R, I, A},
    {transcript, update, A, A, N, N, I, N},
    {transcript, import, A, A, N, N, I, N},
    {recognition, read, A, A, U, R, I, A},
    {recognition, create, A, A, U, N, N, N},
    {credential, read, A, A, N, R, N, A},
    {credential, issue, A, A, N, N, N, N},
    {credential, revoke, A, A, N, N, N, N},
    {issuer_key, issue, A, N, N, N, N, N},
    {indicator, read, A, A, U, N, N, A},
    // The figures indicators divide by (students enrolled, academic staff): the office enters them.
    {indicator, update, A, A, N, N, N, N},
    // Publications are public bibliographic records; the office imports them.
    {publication, read, A, A, A, N, N, A},
    {publication, import, A, A, N, N, N, N},
    // A department (its coordinator) asks for a scholar's stay and follows it; the office
    // decides and records the rest; a partner sees the stays of its own people; a scholar,
    // signed in with their own account, their own case.
    {scholar_case, read, A, A, U, R, I, A},
    {scholar_case, create, A, A, U, N, N, N},
    {scholar_case, update, A, A, U, N, N, N},
    {scholar_case, transition, A, A, U, N, N, N},
    // A joint research project: the office records them, a department those it leads; a
    // partner reads those it is a partner in.
    {research_project, read, A, A, U, N, I, A},
    {research_project, create, A, A, U, N, N, N},
    {research_project, update, A, A, U, N, N, N},
    {research_project, import, A, A, N, N, N, N},
    // Joint teaching: the office records courses taught with partners and joint programmes,
    // a department its own; a partner reads those it is a partner in.
    {joint_teaching, read, A, A, U, N, I, A},
    {joint_teaching, create, A, A, U, N, N, N},
    {joint_teaching, update, A, A, U, N, N, N},
};

const Rule* find_rule(Resource resource, Action action) {
  for (const auto& rule : kRules) {
    if (rule.resource == resource && rule.action == action) return &rule;
  }
  return nullptr;
}

}  // namespace

Reach Rule::of(Role role) const {
  switch (role) {
    case Role::admin:
      return admin;
    case Role::officer:
      return officer;
    case Role::coordinator:
      return coordinator;
    case Role::student:
      return student;
    case Role::partner:
      return partner;
    case Role::viewer:
      return viewer;
  }
  return Reach::none;
}

std::span<const Rule> rules() { return kRules; }

Scope scope_of(const Actor& actor, Resource resource, Action action) {
  const Rule* rule = find_rule(resource, action);
  Scope scope;
  scope.user = actor.user;
  if (!rule) return scope;
  const Reach reach = rule->of(actor.role);
  switch (reach) {
    case Reach::none:
      return scope;
    case Reach::own_records:
      if (!actor.person && !actor.user) return scope;
      scope.person = actor.person;
      break;
    case Reach::own_org_unit:
      if (!actor.org_unit) return scope;
      scope.org_unit = actor.org_unit;
      break;
    case Reach::own_institution:
      if (!actor.institution) return scope;
      scope.institution = actor.institution;
      break;
    case Reach::all:
      break;
  }
  scope.reach = reach;
  return scope;
}

bool reaches(const Scope& scope, const Subject& subject) {
  switch (scope.reach) {
    case Reach::none:
      return false;
    case Reach::own_records:
      return subject.owner && *subject.owner == scope.user;
    case Reach::own_org_unit:
      return scope.org_unit && subject.org_unit == scope.org_unit;
    case Reach::own_institution:
      return scope.institution && std::ranges::find(subject.institutions, *scope.institution) !=
                                      subject.institutions.end();
    case Reach::all:
      return true;
  }
  return false;
}

bool reaches(const Actor& actor, Resource resource, Action action, const Subject& subject) {
  return reaches(scope_of(actor, resource, action), subject);
}

std::vector<std::pair<Resource, Action>> permitted(const Actor& actor) {
  std::vector<std::pair<Resource, Action>> out;
  for (const auto& rule : kRules) {
    if (scope_of(actor, rule.resource, rule.action).allowed())
      out.emplace_back(rule.resource, rule.action);
  }
  return out;
}

std::vector<Role> roles_for(Resource resource, Action action) {
  std::vector<Role> out;
  const Rule* rule = find_rule(resource, action);
  if (!rule) return out;
  for (const Role role : all_roles()) {
    if (rule->of(role) != Reach::none) out.push_back(role);
  }
  return out;
}

std::string_view to_string(Resource resource) {
  switch (resource) {
    case institution:
      return "institution";
    case org_unit:
      return "org_unit";
    case course:
      return "course";
    case user:
      return "user";
    case audit_log:
      return "audit_log";
    case settings:
      return "settings";
    case security_settings:
      return "security_settings";
    case agreement:
      return "agreement";
    case agreement_comment:
      return "agreement_comment";
    case agreement_attachment:
      return "agreement_attachment";
    case agreement_reminder:
      return "agreement_reminder";
    case person:
      return "person";
    case programme:
      return "programme";
    case call:
      return "call";
    case application:
      return "application";
    case application_document:
      return "application_document";
    case placement_run:
      return "placement_run";
    case nomination:
      return "nomination";
    case mobility:
      return "mobility";
    case learning_agreement:
      return "learning_agreement";
    case transcript:
      return "transcript";
    case recognition:
      return "recognition";
    case credential:
      return "credential";
    case issuer_key:
      return "issuer_key";
    case indicator:
      return "indicator";
    case publication:
      return "publication";
    case scholar_case:
      return "scholar_case";
    case research_project:
      return "research_project";
    case joint_teaching:
      return "joint_teaching";
  }
  return "unknown";
}

std::string_view to_string(Action action) {
  switch (action) {
    case read:
      return "read";
    case create:
      return "create";
    case update:
      return "update";
    case transition:
      return "transition";
    case decide:
      return "decide";
    case approve:
      return "approve";
    case comment:
      return "comment";
    case score:
      return "score";
    case import:
      return "import";
    case issue:
      return "issue";
    case revoke:
      return "revoke";
    case nominate:
      return "nominate";
  }
  return "unknown";
}

}  // namespace orbis::domain::access
