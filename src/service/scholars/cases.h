// The scholar case file (docs/scholars.md): international faculty recruited, visiting
// scholars in and out, faculty exchange. A department (its coordinator) asks for a stay; the
// office screens, approves and follows it through permit, visa, arrival, registration and the
// stay; the host records arrivals, moves and changes as they happen. Each case shows China's
// legal clocks (domain/scholars/clocks.h, from the rule sets in data/rules/) and what is left
// to the host, the office and the scholar.
//
// Who sees what follows the access policy (scholar_case): the office and viewers every case,
// a coordinator their department's, a partner those of its institution, a scholar their own.
// Permits and the events' notes are personal data: only the office, the department's
// coordinator and the scholar see them. Anything not visible is not_found.
//
// Thread-safety: thread-safe (every call runs in its own transaction).
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "common/clock.h"
#include "domain/scholars/case.h"
#include "domain/scholars/clocks.h"
#include "domain/user.h"
#include "store/scholars.h"
#include "store/store.h"

namespace orbis::service {

struct ScholarCaseFilter {
  std::string status;
  std::string kind;
  std::string direction;
  std::optional<PersonId> person;
  std::optional<OrgUnitId> host_unit;
  bool in_stay = false;
  std::size_t limit = 50;
  std::string cursor;
};

// The person of a case, as its reader sees them.
struct ScholarPerson {
  PersonId id;
  std::string display_name;
  std::string family_name;
  std::string given_name;
  std::string name_zh;
  std::string nationality;
  std::optional<std::string> email;  // only for a reader it is disclosed to
};

struct NamedUnit {
  OrgUnitId id;
  std::string name;
  std::string name_zh;
};

struct NamedInstitution {
  InstitutionId id;
  std::string name;
  std::string name_zh;
  std::string country;
};

struct ScholarCaseView {
  domain::scholars::ScholarCase record;  // permits and notes cleared for who may not see them
  ScholarPerson person;
  std::optional<NamedUnit> host_unit;
  std::optional<NamedInstitution> partner;
  std::vector<domain::scholars::Due> clocks;
  std::vector<domain::scholars::Task> tasks;
  bool personal = false;  // whether the reader sees the permits and notes
  // What the reader may do now: "update", "transition", "record_event".
  std::vector<std::string> allowed_actions;
  std::vector<domain::scholars::CaseStatus> allowed_transitions;
  // The documents kept on the case, for those who see its personal data, when the case is
  // read on its own (not on a page of cases).
  std::optional<std::vector<store::ScholarDocument>> documents;
};

struct ScholarCasePage {
  std::vector<ScholarCaseView> items;
  std::optional<std::string> next;
  std::size_t total = 0;
};

// A clock past its time, for the office's home page.
struct OverdueClock {
  ScholarCaseId case_id;
  std::string person;  // display name
  domain::scholars::Due due;
};

// A stay as an ORCID record 3.0 affiliation item (service/scholars/orcid.h), ready for the
// member API or the scholar to add to their record.
struct OrcidItem {
  std::string kind;  // "employment" or "invited-position"
  std::string xml;   // valid against data/orcid's schema for the kind
};

class ScholarCases {
 public:
  ScholarCases(store::Store& store, const Clock& clock) : store_(store), clock_(clock) {}

  Result<ScholarCasePage> list(const domain::Actor& actor, const ScholarCaseFilter& filter) const;
  Result<ScholarCaseView> get(const domain::Actor& actor, ScholarCaseId id) const;
  // A department's request (a coordinator, for their own department) or the office's record.
  // The case starts as requested. `new_person`, when given, is the scholar not yet in Orbis:
  // recorded as staff of the partner (incoming) or of the home institution (outgoing), in
  // the host department, in the same transaction.
  Result<ScholarCaseView> create(const domain::Actor& actor, domain::scholars::ScholarCase c,
                                 std::optional<domain::Person> new_person = std::nullopt);
  // Changes the plan, references and permits; the life cycle, events and history stay.
  Result<ScholarCaseView> update(const domain::Actor& actor, domain::scholars::ScholarCase c,
                                 int expected_version);
  // Moves the case. Screening, approval and decline are the office's; a decline or a
  // withdrawal needs a reason; an extension needs `extended_to`.
  Result<ScholarCaseView> transition(const domain::Actor& actor, ScholarCaseId id,
                                     std::string_view to, std::string reason,
                                     std::string extended_to, int expected_version);
  // Records an event (an entry, a move, a change, an exit) or, with an id already there,
  // changes it (its done_at: the registration made, the change filed).
  Result<ScholarCaseView> record_event(const domain::Actor& actor, ScholarCaseId id,
                                       domain::scholars::CaseEvent event, int expected_version);
  // Every clock overdue now on the incoming cases in stay that the reader may see (a
  // university's scholars here now: tens to hundreds, not its history).
  Result<std::vector<OverdueClock>> overdue(const domain::Actor& actor) const;
  // The case as an ORCID item, for those who see its personal data (the office, the
  // department, the scholar): denied to others who read the case; failed_precondition before
  // arrival or when the organization lacks what ORCID requires.
  Result<OrcidItem> orcid(const domain::Actor& actor, ScholarCaseId id) const;
  // Keeps a document on the case: the office's and the department's (who may change the
  // case). `kind` names what it is (domain::scholars::DocumentKind); the file is checked as
  // check_upload (service/support/uploads.h) does; the upload is audited.
  Result<store::ScholarDocument> attach_document(const domain::Actor& actor, ScholarCaseId id,
                                                 std::string_view kind, std::string filename,
                                                 const std::string& content_type,
                                                 const std::string& content);
  // A document and its bytes, for those who see the case's personal data; not_found for
  // anyone else, as for a document the case does not hold.
  Result<std::pair<store::ScholarDocument, std::string>> document(const domain::Actor& actor,
                                                                  ScholarCaseId id,
                                                                  std::int64_t document) const;

 private:
  store::Store& store_;
  const Clock& clock_;
};

}  // namespace orbis::service
