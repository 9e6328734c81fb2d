#include "service/home/home.h"

#include <chrono>
#include <map>
#include <optional>

namespace orbis::service {

namespace {

using domain::Role;

// A task the reader's role may not read at all is left out, not an error: the policy decides
// what each role sees, and the home page shows what it allows.
bool denied(const Error& e) {
  return e.code == ErrorCode::permission_denied || e.code == ErrorCode::not_found;
}

std::string date_of(const std::string& text) { return text.substr(0, 10); }

// The other side's institution of a stay, by the name its labels give.
std::string other_institution(const MobilityView& v) {
  const auto& label =
      v.mobility.direction == domain::Direction::outgoing ? v.labels.receiving : v.labels.sending;
  return label ? label->name : std::string();
}

}  // namespace

Result<HomeView> Home::of(const domain::Actor& actor) const {
  HomeView view{.role = actor.role, .today = date_of(format_iso8601(clock_.now()))};
  std::vector<Result<HomeTask>> tasks;
  const auto pending = [](std::string direction) {
    return MobilityFilter{.direction = std::move(direction), .nomination = "pending"};
  };
  const auto nominations = [](std::string direction) {
    return ListFilter{{{"state", "pending"}, {"direction", std::move(direction)}}};
  };
  const MobilityFilter awaiting{.awaiting_signature = true};
  const ListFilter awaiting_link{{{"awaiting_signature", "true"}}};
  switch (actor.role) {
    case Role::admin:
    case Role::officer:
      tasks.push_back(
          stays(actor, "nominations_to_decide", pending("incoming"), nominations("incoming")));
      [[fallthrough]];
    case Role::coordinator:
      tasks.push_back(scholar_clocks_overdue(actor));
      tasks.push_back(applications_to_score(actor));
      tasks.push_back(stays(actor, "learning_agreements_to_approve", awaiting, awaiting_link));
      tasks.push_back(calls(actor, "calls_closing", true));
      tasks.push_back(agreements_expiring(actor));
      tasks.push_back(stays(actor, "nominations_awaiting_partner", pending("outgoing"),
                            nominations("outgoing")));
      tasks.push_back(stays(actor, "stays_without_recognition",
                            {.direction = "outgoing", .status = "completed"},
                            ListFilter{{{"direction", "outgoing"}, {"status", "completed"}}}));
      break;
    case Role::partner:
      // Our nominations to the partner wait for its decision (outgoing, as we record them).
      tasks.push_back(
          stays(actor, "nominations_to_decide", pending("outgoing"), nominations("outgoing")));
      tasks.push_back(stays(actor, "learning_agreements_to_approve", awaiting, awaiting_link));
      break;
    case Role::student:
      tasks.push_back(my_applications(actor));
      tasks.push_back(stays(actor, "learning_agreements_to_approve", awaiting, awaiting_link));
      tasks.push_back(stays(actor, "my_stays", {}, {}));
      tasks.push_back(calls(actor, "calls_open", false));
      break;
    case Role::viewer:
      tasks.push_back(agreements_expiring(actor));
      break;
  }
  for (auto& task : tasks) {
    if (!task) {
      if (denied(task.error())) continue;
      return fail(task.error());
    }
    view.tasks.push_back(std::move(*task));
  }
  return view;
}

Result<HomeTask> Home::agreements_expiring(const domain::Actor& actor) const {
  const int days = agreements_.notice_days();
  auto page =
      agreements_.list(actor, AgreementFilter{.expiring_within = days, .limit = kHomeItems});
  if (!page) return fail(page.error());
  HomeTask task{.kind = "agreements_expiring",
                .count = page->total,
                .filter = {{{"expiring_within", std::to_string(days)}}}};
  for (const auto& v : page->items) {
    std::string partners;
    for (const auto& party : v.agreement.parties) {
      if (party.is_home) continue;
      const auto found = v.institutions.find(party.institution.value);
      if (found == v.institutions.end()) continue;
      if (!partners.empty()) partners += ", ";
      partners += found->second.name;
    }
    task.items.push_back({.id = v.agreement.id.value,
                          .title = v.agreement.title,
                          .detail = std::move(partners),
                          .date = v.agreement.end_date,
                          .status = std::string(domain::to_string(v.effective))});
  }
  return task;
}

Result<HomeTask> Home::stays(const domain::Actor& actor, std::string kind, MobilityFilter filter,
                             ListFilter link) const {
  filter.limit = kHomeItems;
  auto page = mobilities_.list(actor, filter);
  if (!page) return fail(page.error());
  const bool ended = kind == "stays_without_recognition";
  const bool own = kind == "my_stays";
  HomeTask task{.kind = std::move(kind), .count = page->total, .filter = std::move(link)};
  for (const auto& v : page->items) {
    const auto& m = v.mobility;
    HomeItem item{.id = m.id.value, .status = std::string(domain::to_string(m.status))};
    if (own) {
      item.title = other_institution(v);
    } else {
      item.title = v.person.display_name();
      item.detail = other_institution(v);
    }
    item.date = ended ? (m.actual_end.empty() ? m.planned_end : m.actual_end) : m.planned_start;
    task.items.push_back(std::move(item));
  }
  return task;
}

Result<HomeTask> Home::applications_to_score(const domain::Actor& actor) const {
  auto found = applications_.to_score(actor, kHomeItems);
  if (!found) return fail(found.error());
  auto& [page, total] = *found;
  HomeTask task{.kind = "applications_to_score", .count = total};
  std::map<std::int64_t, std::string> codes;  // the page's calls, by id
  for (const auto& v : page.items) {
    const auto& a = v.application;
    auto code = codes.find(a.call.value);
    if (code == codes.end()) {
      auto call = calls_.get(actor, a.call);
      if (!call) return fail(call.error());
      code = codes.emplace(a.call.value, call->code).first;
    }
    task.items.push_back({.id = a.id.value,
                          .title = v.person.display_name(),
                          .detail = code->second,
                          .date = date_of(a.submitted_at),
                          .status = std::string(domain::to_string(a.status))});
  }
  return task;
}

Result<HomeTask> Home::my_applications(const domain::Actor& actor) const {
  // A student's own: a few, read as a page of the newest list's size.
  auto page = applications_.mine(actor, kHomeItems, "");
  if (!page) return fail(page.error());
  HomeTask task{.kind = "my_applications", .count = page->items.size()};
  if (page->next) {
    auto all = applications_.mine(actor, 200, "");
    if (!all) return fail(all.error());
    task.count = all->items.size();
  }
  std::map<std::int64_t, std::string> titles;
  for (const auto& v : page->items) {
    const auto& a = v.application;
    auto title = titles.find(a.call.value);
    if (title == titles.end()) {
      auto call = calls_.get(actor, a.call);
      if (!call) return fail(call.error());
      title = titles.emplace(a.call.value, call->title).first;
    }
    task.items.push_back({.id = a.id.value,
                          .title = title->second,
                          .date = date_of(a.submitted_at.empty() ? a.created_at : a.submitted_at),
                          .status = std::string(domain::to_string(a.status))});
  }
  return task;
}

Result<HomeTask> Home::calls(const domain::Actor& actor, std::string kind,
                             bool closing_soon) const {
  // Calls are few (tens a year): a page of those open now, counted from it.
  const std::optional<std::chrono::days> within =
      closing_soon ? std::optional(std::chrono::days(7)) : std::nullopt;
  auto page = calls_.open_now(actor, within, 100);
  if (!page) return fail(page.error());
  HomeTask task{.kind = std::move(kind), .count = page->items.size()};
  for (const auto& v : page->items) {
    if (task.items.size() == kHomeItems) break;
    task.items.push_back({.id = v.call.id.value,
                          .title = v.call.title,
                          .detail = v.call.code,
                          .date = date_of(v.call.closes_at),
                          .status = std::string(domain::to_string(v.phase))});
  }
  return task;
}

Result<HomeTask> Home::scholar_clocks_overdue(const domain::Actor& actor) const {
  auto overdue = scholar_cases_.overdue(actor);
  if (!overdue) return fail(overdue.error());
  HomeTask task{.kind = "scholar_clocks_overdue",
                .count = overdue->size(),
                .filter = ListFilter{{{"in_stay", "true"}, {"direction", "incoming"}}},
                .items = {}};
  for (const auto& o : *overdue) {
    if (task.items.size() == kHomeItems) break;
    task.items.push_back({.id = o.case_id.value,
                          .title = o.person,
                          .detail = o.due.name,
                          .date = date_of(o.due.due_at),
                          .status = std::string(domain::scholars::to_string(o.due.state))});
  }
  return task;
}

}  // namespace orbis::service
