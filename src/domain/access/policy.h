// Who may do what, and where: the one access policy of Orbis. Every endpoint, use case and
// query asks this table; nothing else decides access.
//
// A rule gives, for one action on one kind of record, each role's reach: none (denied),
// its own records, its own org unit's, its own institution's, or everything. The reach of
// the caller becomes the filter of every query the use case runs (store queries take a
// Scope), so that what a caller cannot see is never read, counted or paged over.
//
// Thread-safety: immutable data and pure functions.
#pragma once

#include <optional>
#include <span>
#include <string_view>
#include <utility>
#include <vector>

#include "common/ids.h"
#include "domain/user.h"

namespace orbis::domain::access {

enum class Resource {
  institution,
  org_unit,
  course,
  user,
  audit_log,
  settings,
  security_settings,  // how users sign in: admins only, to read as to change
  agreement,
  agreement_comment,
  agreement_attachment,
  agreement_reminder,
  person,
  programme,
  call,
  application,
  application_document,
  placement_run,
  nomination,
  mobility,
  learning_agreement,
  transcript,
  recognition,
  credential,
  issuer_key,
  indicator,
  publication,       // the institution's publications, imported from a bibliographic database
  scholar_case,      // a scholar's stay: faculty recruited, visiting scholars, faculty exchange
  research_project,  // a joint research project with partners
  joint_teaching,    // a course taught with a partner, a China-foreign joint programme
};

enum class Action {
  read,        // see one record, or list them
  create,      // add a record
  update,      // change a record's fields
  transition,  // move a record through its life cycle
  decide,      // accept or reject (a nomination)
  approve,     // sign a version (a learning agreement, a partner's copy)
  comment,     // add a comment
  score,       // assess (an application)
  import,      // add many records from a file
  issue,       // issue (a credential), or rotate (issuer keys)
  revoke,      // revoke, suspend or reinstate (a credential)
  nominate,    // nominate every placed applicant of a call to their hosts
};

std::string_view to_string(Resource resource);
std::string_view to_string(Action action);

// How far a role's right reaches.
enum class Reach {
  none,             // denied
  own_records,      // records about the caller (a student's applications and stays)
  own_org_unit,     // records of the caller's org unit (a coordinator's faculty)
  own_institution,  // records that involve the caller's institution (a partner)
  all,              // every record
};

// The reach of `actor` for an action, with what it is bounded by: the filter a query applies.
struct Scope {
  Reach reach = Reach::none;
  UserId user;
  std::optional<PersonId> person;            // own_records: the caller's person record
  std::optional<OrgUnitId> org_unit;         // own_org_unit
  std::optional<InstitutionId> institution;  // own_institution

  bool allowed() const { return reach != Reach::none; }
  bool everything() const { return reach == Reach::all; }
};

// The caller's scope for `action` on `resource`. A role whose scope needs a bound the
// actor lacks (a coordinator without an org unit) gets none.
Scope scope_of(const Actor& actor, Resource resource, Action action);

// What one record is bounded by, to check a scope against it: the account of the person it
// is about, its org unit, and the institutions it involves.
struct Subject {
  std::optional<UserId> owner;
  std::optional<OrgUnitId> org_unit;
  std::vector<InstitutionId> institutions;
};

// Whether the scope reaches the record: all; the caller's own (the record's person signs in
// as the caller); its org unit's; one that involves its institution. What the query of a list
// applies as a filter, for one record already read.
bool reaches(const Scope& scope, const Subject& subject);

// The same for `actor` doing `action` on a `resource` record.
bool reaches(const Actor& actor, Resource resource, Action action, const Subject& subject);

// Every role with some reach for the action, for route declarations and the OpenAPI document.
std::vector<Role> roles_for(Resource resource, Action action);

// Every action the actor has some reach for, in the table's order: what a client offers the
// actor (each record's allowed_actions then says which records).
std::vector<std::pair<Resource, Action>> permitted(const Actor& actor);

// One row of the table, for documentation and tests.
struct Rule {
  Resource resource;
  Action action;
  // admin, officer, coordinator, student, partner, viewer
  Reach admin, officer, coordinator, student, partner, viewer;
  Reach of(Role role) const;
};
std::span<const Rule> rules();

}  // namespace orbis::domain::access
