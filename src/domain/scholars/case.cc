#include "domain/scholars/case.h"

#include <algorithm>
#include <array>

#include "common/clock.h"
#include "common/text.h"
#include "domain/names.h"
#include "domain/reference.h"

namespace orbis::domain::scholars {
namespace {

constexpr std::array kKinds{"faculty", "visiting", "exchange"};
constexpr std::array kStatuses{"requested", "screening",  "approved", "permit_visa",
                               "arrived",   "registered", "active",   "extended",
                               "departed",  "closed",     "declined", "withdrawn"};
constexpr std::array kEvents{"entry", "move", "change", "exit"};
constexpr std::array kOwners{"host", "office", "scholar"};
constexpr std::array kDocuments{"passport", "cv",     "invitation", "contract",
                                "degree",   "permit", "other"};

bool iso_date(std::string_view s) { return parse_date(s).has_value(); }

bool moment(std::string_view s) { return iso_date(s) || parse_iso8601(s).has_value(); }

void trim(std::string& s) { s = std::string(text::trim(s)); }

}  // namespace

std::string_view to_string(CaseKind kind) { return kKinds.at(static_cast<std::size_t>(kind)); }
std::optional<CaseKind> parse_case_kind(std::string_view name) {
  return enum_of<CaseKind>(kKinds, name);
}
std::string_view to_string(CaseStatus status) {
  return kStatuses.at(static_cast<std::size_t>(status));
}
std::optional<CaseStatus> parse_case_status(std::string_view name) {
  return enum_of<CaseStatus>(kStatuses, name);
}
std::string_view to_string(EventKind kind) { return kEvents.at(static_cast<std::size_t>(kind)); }
std::optional<EventKind> parse_event_kind(std::string_view name) {
  return enum_of<EventKind>(kEvents, name);
}
std::string_view to_string(DocumentKind kind) {
  return kDocuments.at(static_cast<std::size_t>(kind));
}
std::optional<DocumentKind> parse_document_kind(std::string_view name) {
  return enum_of<DocumentKind>(kDocuments, name);
}
std::string_view to_string(TaskOwner owner) { return kOwners.at(static_cast<std::size_t>(owner)); }

std::vector<CaseStatus> next_states(CaseStatus from, Direction direction) {
  using S = CaseStatus;
  const bool abroad = direction == Direction::outgoing;
  switch (from) {
    case S::requested:
      return {S::screening, S::withdrawn};
    case S::screening:
      return {S::approved, S::declined, S::withdrawn};
    case S::approved:
      return {S::permit_visa, S::withdrawn};
    case S::permit_visa:
      return {S::arrived, S::withdrawn};
    case S::arrived:
      if (abroad) return {S::active, S::departed};
      return {S::registered, S::departed};
    case S::registered:
      return {S::active, S::departed};
    case S::active:
      return {S::extended, S::departed};
    case S::extended:
      return {S::departed};
    case S::departed:
      return {S::closed};
    case S::closed:
    case S::declined:
    case S::withdrawn:
      return {};
  }
  return {};
}

bool may_move(CaseStatus from, CaseStatus to, Direction direction) {
  const auto next = next_states(from, direction);
  return std::find(next.begin(), next.end(), to) != next.end();
}

bool in_stay(CaseStatus status) {
  return status == CaseStatus::arrived || status == CaseStatus::registered ||
         status == CaseStatus::active || status == CaseStatus::extended;
}

Status validate_and_normalize(ScholarCase& c) {
  std::vector<FieldError> errors;
  for (auto* s : {&c.project, &c.position, &c.purpose, &c.reason, &c.work_permit.number,
                  &c.residence_permit.number, &c.work_permit.category}) {
    trim(*s);
  }
  for (auto& ch : c.work_permit.category) {
    ch = static_cast<char>(std::toupper(static_cast<unsigned char>(ch)));
  }
  if (c.direction == Direction::outgoing && c.kind == CaseKind::faculty) {
    errors.push_back(
        {"kind", "faculty recruited come in; a scholar going abroad is visiting or on exchange"});
  }
  if (c.position.size() > 200) errors.push_back({"position", "at most 200 characters"});
  if (c.project.size() > 300) errors.push_back({"project", "at most 300 characters"});
  if (c.purpose.size() > 2000) errors.push_back({"purpose", "at most 2000 characters"});
  if (!iso_date(c.planned_start)) errors.push_back({"planned_start", "an ISO date, YYYY-MM-DD"});
  if (!iso_date(c.planned_end)) errors.push_back({"planned_end", "an ISO date, YYYY-MM-DD"});
  if (iso_date(c.planned_start) && iso_date(c.planned_end) && c.planned_end < c.planned_start) {
    errors.push_back({"planned_end", "not before planned_start"});
  }
  if (!c.extended_to.empty() && (!iso_date(c.extended_to) || c.extended_to <= c.planned_end)) {
    errors.push_back({"extended_to", "an ISO date after planned_end"});
  }
  if (!c.work_permit.category.empty() && c.work_permit.category != "A" &&
      c.work_permit.category != "B" && c.work_permit.category != "C") {
    errors.push_back({"work_permit.category", "A, B or C"});
  }
  for (const auto& [name, permit] :
       {std::pair{std::string("work_permit"), &c.work_permit},
        std::pair{std::string("residence_permit"), &c.residence_permit}}) {
    for (const auto& [field, value] :
         {std::pair{"filed_on", &permit->filed_on}, std::pair{"issued_on", &permit->issued_on},
          std::pair{"expires_on", &permit->expires_on},
          std::pair{"renewal_filed_on", &permit->renewal_filed_on}}) {
      if (!value->empty() && !iso_date(*value)) {
        errors.push_back({name + "." + field, "an ISO date, YYYY-MM-DD"});
      }
    }
    if (!permit->issued_on.empty() && !permit->expires_on.empty() &&
        permit->expires_on <= permit->issued_on) {
      errors.push_back({name + ".expires_on", "after issued_on"});
    }
  }
  std::int64_t next_id = 1;
  for (const auto& e : c.events) next_id = std::max(next_id, e.id + 1);
  for (std::size_t i = 0; i < c.events.size(); ++i) {
    auto& e = c.events[i];
    trim(e.note);
    const auto field = "events[" + std::to_string(i) + "]";
    if (!moment(e.at))
      errors.push_back({field + ".at", "an ISO 8601 time with its offset, or a date"});
    if (!e.done_at.empty() && !moment(e.done_at)) {
      errors.push_back({field + ".done_at", "an ISO 8601 time with its offset, or a date"});
    }
    if (e.note.size() > 1000) errors.push_back({field + ".note", "at most 1000 characters"});
    if (e.id <= 0) e.id = next_id++;
  }
  if (!errors.empty())
    return fail(Error::invalid("the scholar case has invalid fields", std::move(errors)));
  order_events(c.events);
  return {};
}

void order_events(std::vector<CaseEvent>& events) {
  std::stable_sort(events.begin(), events.end(), [](const CaseEvent& a, const CaseEvent& b) {
    const auto ta = parse_iso8601(a.at);
    const auto tb = parse_iso8601(b.at);
    if (ta && tb) return *ta < *tb;
    return a.at < b.at;
  });
}

std::vector<Task> tasks_of(const ScholarCase& c) {
  using S = CaseStatus;
  const bool in = c.direction == Direction::incoming;
  switch (c.status) {
    case S::requested:
      return {{TaskOwner::office, "screen",
               "Screen the request: the person, the host's plan and the papers"}};
    case S::screening:
      return {{TaskOwner::office, "decide", "Approve or decline the stay"}};
    case S::approved:
      if (in && c.kind == CaseKind::faculty) {
        return {{TaskOwner::office, "apply_work_permit",
                 "Apply for the work permit notice and send the invitation"}};
      }
      if (in)
        return {{TaskOwner::office, "send_invitation", "Send the invitation letter for the visa"}};
      return {{TaskOwner::scholar, "apply_visa", "Apply for the host country's visa"}};
    case S::permit_visa:
      if (in) {
        return {{TaskOwner::scholar, "obtain_visa", "Obtain the visa and book the journey"},
                {TaskOwner::host, "prepare_arrival", "Arrange housing and the first week"}};
      }
      return {{TaskOwner::scholar, "travel", "Travel and tell the office of the arrival"}};
    case S::arrived:
      if (in) {
        return {{TaskOwner::host, "register_accommodation",
                 "Take the scholar to register the accommodation with the police"}};
      }
      return {{TaskOwner::scholar, "start", "Start at the host"}};
    case S::registered:
      if (c.residence_permit.filed_on.empty() && c.kind == CaseKind::faculty) {
        return {{TaskOwner::office, "file_residence_permit", "File for the work-residence permit"}};
      }
      return {{TaskOwner::host, "start", "Start the stay"}};
    case S::active:
    case S::extended:
      return {{TaskOwner::host, "report_changes",
               "Report moves, re-entries and changes as they happen"}};
    case S::departed:
      return {{TaskOwner::office, "close", "Collect the final report and close the file"}};
    case S::closed:
    case S::declined:
    case S::withdrawn:
      return {};
  }
  return {};
}

}  // namespace orbis::domain::scholars
