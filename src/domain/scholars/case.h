// The scholar case file: one record per person and stay, for international faculty recruited,
// visiting scholars coming in, our scholars going abroad, and faculty exchange, with its
// states, its dated history, the dated facts China's legal clocks run from (entries, moves,
// changes, permits), and the tasks each state leaves to the host and the office
// (docs/scholars.md).
// Thread-safety: plain values and pure functions.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "common/error.h"
#include "common/ids.h"
#include "domain/mobility.h"

namespace orbis {
using ScholarCaseId = Id<struct ScholarCaseTag>;
}  // namespace orbis

namespace orbis::domain::scholars {

enum class CaseKind {
  faculty,   // international faculty recruited to a post
  visiting,  // a visiting scholar, coming in or going out
  exchange,  // faculty exchange under an agreement
};
std::string_view to_string(CaseKind kind);
std::optional<CaseKind> parse_case_kind(std::string_view name);

enum class CaseStatus {
  requested,    // the host department asks
  screening,    // the office checks the person and the papers
  approved,     // the office approves the stay
  permit_visa,  // work permit, invitation and visa under way
  arrived,      // entered the host country
  registered,   // accommodation registered with the police (in China)
  active,       // the stay runs
  extended,     // the stay runs past its planned end
  departed,     // left
  closed,       // the file is closed
  declined,     // screening said no
  withdrawn,    // the host or the scholar gave up
};
std::string_view to_string(CaseStatus status);
std::optional<CaseStatus> parse_case_status(std::string_view name);

// Whether a case may move from `from` to `to`. A scholar going abroad registers with the
// host country's rules, not Orbis's, so an outgoing case may go from arrived to active.
bool may_move(CaseStatus from, CaseStatus to, Direction direction);
// Every state `from` may move to, in the order of the life cycle.
std::vector<CaseStatus> next_states(CaseStatus from, Direction direction);
// A state the stay is running in (arrived up to extended).
bool in_stay(CaseStatus status);

// A dated fact a legal clock runs from.
enum class EventKind {
  entry,   // entered China (the first entry is the arrival)
  move,    // moved to another address
  change,  // a change of the facts on the residence permit (passport, employer, post)
  exit,    // left China (a later entry is a re-entry)
};
std::string_view to_string(EventKind kind);
std::optional<EventKind> parse_event_kind(std::string_view name);

struct CaseEvent {
  std::int64_t id = 0;  // unique within its case, from 1
  EventKind kind = EventKind::entry;
  std::string at;       // ISO 8601 instant with its offset: "2026-09-01T14:30:00+08:00"
  std::string done_at;  // when what the event calls for was done: registration, filing
  std::string note;
};

// A permit with its dates: the work permit, the work-residence permit.
struct Permit {
  std::string number;
  std::string category;  // the work permit's A, B or C
  std::string filed_on;  // ISO dates; empty while not yet
  std::string issued_on;
  std::string expires_on;
  std::string renewal_filed_on;
  bool empty() const {
    return number.empty() && category.empty() && filed_on.empty() && issued_on.empty() &&
           expires_on.empty() && renewal_filed_on.empty();
  }
};

struct ScholarCase {
  ScholarCaseId id;
  PersonId person;
  CaseKind kind = CaseKind::visiting;
  Direction direction = Direction::incoming;
  std::optional<OrgUnitId> host_unit;    // ours: the department hosting or sending
  std::optional<InstitutionId> partner;  // theirs: where the scholar comes from or goes to
  std::optional<AgreementId> agreement;  // the agreement the stay is under
  std::string project;                   // the joint project's title, until projects exist
  std::string position;                  // "Visiting Professor"
  std::string purpose;                   // research, teaching, ...
  std::string planned_start;             // ISO dates
  std::string planned_end;
  std::string extended_to;  // ISO date; set by an extension
  CaseStatus status = CaseStatus::requested;
  std::string reason;             // of a decline or a withdrawal
  std::vector<CaseEvent> events;  // in the order they happened
  Permit work_permit;
  Permit residence_permit;
  std::string created_at;
  std::string updated_at;
  std::vector<HistoryEntry> history;
  int version = 0;

  // The end the stay runs to now: the extension's, else the planned one.
  const std::string& end() const { return extended_to.empty() ? planned_end : extended_to; }
};

// Checks each field on its own (references are the service's): invalid_argument naming
// every bad field. Trims text, upper-cases the permit category, orders the events by time
// and numbers new ones.
Status validate_and_normalize(ScholarCase& c);

// Puts events in the order they happened: by instant, or by their text where one is given
// as a date only; events at one instant keep their order.
void order_events(std::vector<CaseEvent>& events);

// What a document kept on a case is: the passport's page, a CV, the invitation letter, the
// contract, a degree certificate (the work permit asks for it verified), a permit's copy.
enum class DocumentKind { passport, cv, invitation, contract, degree, permit, other };
std::string_view to_string(DocumentKind kind);
std::optional<DocumentKind> parse_document_kind(std::string_view name);

// Who a task falls to.
enum class TaskOwner { host, office, scholar };
std::string_view to_string(TaskOwner owner);

// What a case's state leaves to be done, and by whom: a code the pages translate and its
// English.
struct Task {
  TaskOwner owner = TaskOwner::office;
  std::string code;  // "screen", "apply_work_permit", ...
  std::string text;
};
std::vector<Task> tasks_of(const ScholarCase& c);

}  // namespace orbis::domain::scholars
