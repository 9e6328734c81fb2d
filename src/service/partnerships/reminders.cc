#include "service/partnerships/reminders.h"

#include <fmt/format.h>

#include <algorithm>
#include <map>
#include <vector>

#include "common/crypto.h"
#include "domain/reference.h"
#include "service/partnerships/internal.h"
#include "service/support/access.h"
#include "service/support/paging.h"
#include "service/support/transaction.h"
#include "store/lists.h"
#include "store/reminders.h"

namespace orbis::service {
namespace {

using domain::AgreementStatus;
using domain::access::Action;
using domain::access::Resource;

// Who reads reminders and has a calendar feed of expiries: the policy's agreement_reminder
// readers (the office and viewers).

// An agreement is reminded of from this many days before its end.
constexpr int kWindow = 180;

// The lists, as a request names them and as their cursors do.
constexpr std::string_view kExpiring = "expiring", kUnusedSeats = "unused_seats";
constexpr std::string_view kExpiringList = "agreement reminders of expiry",
                           kSeatsList = "agreement reminders of unused seats";

// What is due that the actor may read, from the policy (agreement reminders read): every
// agreement, or a partner's own; of the active agreements, unless the caller says otherwise.
Result<store::DueQuery> due_query(const domain::Actor& actor) {
  const auto scope = domain::access::scope_of(actor, Resource::agreement_reminder, Action::read);
  store::DueQuery query;
  query.statuses = {AgreementStatus::active};
  if (scope.reach == domain::access::Reach::own_institution && scope.institution)
    query.party = scope.institution;
  else if (scope.reach != domain::access::Reach::all)
    return fail(Error::denied("reminders are read whole or by party institution"));
  return query;
}

// The agreements `ids` (of one page) as the actor sees them in a list, read at once, by id.
Result<std::map<std::int64_t, AgreementView>> views_of(store::Transaction& tx,
                                                       const domain::Actor& actor,
                                                       const store::DueQuery& due,
                                                       std::vector<AgreementId> ids, int today) {
  std::map<std::int64_t, AgreementView> out;
  if (ids.empty()) return out;
  std::sort(ids.begin(), ids.end());
  ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
  store::AgreementQuery query;
  query.party = due.party;
  query.today = today;
  query.page.limit = ids.size();
  query.ids = std::move(ids);
  auto found = store::list_agreements(tx, query);
  if (!found) return fail(found.error());
  // Agreements read for a list carry no history: no actor to name.
  auto names = ActorNames::of(tx, {});
  if (!names) return fail(names.error());
  auto views = partnership_rules::views_for(tx, actor, std::move(found->items), *names, today);
  if (!views) return fail(views.error());
  for (auto& view : *views) {
    const auto id = view.agreement.id.value;
    out.emplace(id, std::move(view));
  }
  return out;
}

std::string ical_escape(std::string_view s) {
  std::string out;
  for (const char c : s) {
    if (c == '\\' || c == ';' || c == ',') out.push_back('\\');
    if (c == '\n') {
      out += "\\n";
      continue;
    }
    if (c == '\r') continue;
    out.push_back(c);
  }
  return out;
}

// RFC 5545 lines are at most 75 octets; longer ones continue after CRLF and a space,
// never inside a UTF-8 sequence.
std::string ical_line(const std::string& line) {
  std::string out;
  std::size_t column = 0;
  for (std::size_t i = 0; i < line.size(); ++i) {
    const auto c = static_cast<unsigned char>(line[i]);
    const bool starts_char = (c & 0xC0) != 0x80;
    if (starts_char && column >= 74) {
      out += "\r\n ";
      column = 1;
    }
    out.push_back(line[i]);
    ++column;
  }
  return out + "\r\n";
}

}  // namespace

Result<Reminders> AgreementReminders::list(const domain::Actor& actor,
                                           const ReminderRequest& request) const {
  if (auto ok = require_reach(actor, Resource::agreement_reminder, Action::read,
                              "read agreement reminders");
      !ok)
    return fail(ok.error());
  const bool expiring = request.kind.empty() || request.kind == kExpiring;
  const bool seats = request.kind.empty() || request.kind == kUnusedSeats;
  if (!expiring && !seats)
    return fail(Error::invalid("the request has invalid parameters",
                               {{"kind", "expiring or unused_seats"}}));
  if (request.kind.empty() && !request.cursor.empty())
    return fail(Error::invalid("the request has invalid parameters",
                               {{"cursor", "a cursor continues one list: name it by kind"}}));
  // The cursor continues the list `kind` names; the other list, when read, starts.
  auto expiring_spec = page_spec(kExpiringList, "end_date", request.limit,
                                 request.kind == kExpiring ? request.cursor : "");
  if (!expiring_spec) return fail(expiring_spec.error());
  auto seats_spec = page_spec(kSeatsList, "agreement", request.limit,
                              request.kind == kUnusedSeats ? request.cursor : "");
  if (!seats_spec) return fail(seats_spec.error());
  auto query = due_query(actor);
  if (!query) return fail(query.error());
  const int now = partnership_rules::today(clock_);
  query->today = now;
  query->within = kWindow;
  query->academic_year = domain::academic_year_of(now);
  // One transaction: both pages read one state of the agreements. The database selects and
  // orders what is due; only the agreements of the pages are read whole.
  return run(store_, store::Access::read, [&](store::Transaction& tx) -> Result<Reminders> {
    Reminders out;
    std::vector<store::DueEnd> ending;
    std::vector<store::FreeSeats> free;
    if (expiring) {
      query->page = *expiring_spec;
      auto page = store::agreements_ending(tx, *query);
      if (!page) return fail(page.error());
      ending = std::move(page->items);
      out.expiring_next = next_cursor(kExpiringList, "end_date", page->next);
    }
    if (seats) {
      query->page = *seats_spec;
      auto page = store::conditions_with_free_seats(tx, *query);
      if (!page) return fail(page.error());
      free = std::move(page->items);
      out.unused_seats_next = next_cursor(kSeatsList, "agreement", page->next);
    }
    std::vector<AgreementId> ids;
    ids.reserve(ending.size() + free.size());
    for (const auto& e : ending) ids.push_back(e.agreement);
    for (const auto& f : free) ids.push_back(f.agreement);
    auto views = views_of(tx, actor, *query, std::move(ids), now);
    if (!views) return fail(views.error());
    for (const auto& e : ending) {
      const auto view = views->find(e.agreement.value);
      const auto end = domain::parse_date(e.end_date);
      if (view == views->end() || !end) continue;
      const int left = *end - now;
      out.expiring.push_back({view->second, left, left <= 30 ? 30 : left <= 90 ? 90 : 180});
    }
    for (const auto& f : free) {
      const auto view = views->find(f.agreement.value);
      if (view == views->end()) continue;
      const auto& conditions = view->second.agreement.conditions;
      const auto at = std::find_if(conditions.begin(), conditions.end(),
                                   [&](const auto& c) { return c.id == f.condition; });
      if (at == conditions.end()) continue;
      const auto i = static_cast<std::size_t>(at - conditions.begin());
      out.unused_seats.push_back({view->second, i, view->second.usage.at(i)});
    }
    return out;
  });
}

Result<std::string> AgreementReminders::calendar_token(const domain::Actor& actor) {
  if (auto ok = require_reach(actor, Resource::agreement_reminder, Action::read,
                              "have a calendar feed of expiries");
      !ok)
    return fail(ok.error());
  return run(store_, store::Access::write, [&](store::Transaction& tx) -> Result<std::string> {
    auto token = tx.users().calendar_token(actor.user);
    if (!token) return fail(token.error());
    if (*token) return **token;
    std::string made = crypto::random_token();
    if (auto ok = tx.users().set_calendar_token(actor.user, made); !ok) return fail(ok.error());
    return made;
  });
}

Result<std::string> AgreementReminders::calendar(const std::string& token) const {
  if (token.empty() || token.size() > 100) return fail(Error::not_found("no such calendar"));
  const int today = partnership_rules::today(clock_);
  return run(store_, store::Access::read, [&](store::Transaction& tx) -> Result<std::string> {
    auto user_id = tx.users().user_of_calendar_token(token);
    if (!user_id) return fail(user_id.error());
    if (!*user_id) return fail(Error::not_found("no such calendar"));
    auto user = tx.users().get(**user_id);
    if (!user) return fail(user.error());
    if (!user->active) return fail(Error::not_found("no such calendar"));
    const domain::Actor actor{user->id, user->email, user->role, user->org_unit, user->institution};
    // A feed made for a role that may no longer have one serves nothing.
    if (!domain::access::scope_of(actor, Resource::agreement_reminder, Action::read).allowed())
      return fail(Error::not_found("no such calendar"));
    auto query = due_query(actor);
    if (!query) return fail(query.error());
    // What the feed's owner may have alarms of: every agreement but drafts and terminated
    // ones, ending in the coming year, read a page at a time.
    query->statuses = {AgreementStatus::negotiation, AgreementStatus::signed_,
                       AgreementStatus::active,      AgreementStatus::expiring,
                       AgreementStatus::expired,     AgreementStatus::renewed};
    query->today = today;
    query->within = kCalendarDays;
    query->page.limit = kMaxKeysetPageSize;
    std::string out =
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Orbis//Agreements//"
        "EN\r\nCALSCALE:GREGORIAN\r\n"
        "X-WR-CALNAME:Orbis agreement expiries\r\n";
    const std::string stamp = [&] {
      std::string t = format_iso8601(clock_.now());  // 2026-11-23T16:12:37.000Z
      return t.substr(0, 4) + t.substr(5, 2) + t.substr(8, 2) + "T" + t.substr(11, 2) +
             t.substr(14, 2) + t.substr(17, 2) + "Z";
    }();
    do {
      auto page = store::agreements_ending(tx, *query);
      if (!page) return fail(page.error());
      std::vector<AgreementId> ids;
      for (const auto& e : page->items) ids.push_back(e.agreement);
      auto views = views_of(tx, actor, *query, std::move(ids), today);
      if (!views) return fail(views.error());
      for (const auto& e : page->items) {
        const auto found = views->find(e.agreement.value);
        if (found == views->end()) continue;
        const auto& v = found->second;
        const auto& a = v.agreement;
        const auto end = *domain::parse_date(a.end_date);
        std::string partners;
        for (const auto& p : a.parties) {
          if (!p.is_home)
            partners +=
                (partners.empty() ? "" : ", ") + v.institutions.at(p.institution.value).name;
        }
        const auto date = [](int day) {
          auto s = domain::format_date(day);
          return s.substr(0, 4) + s.substr(5, 2) + s.substr(8, 2);
        };
        out += "BEGIN:VEVENT\r\n";
        out += ical_line(fmt::format("UID:agreement-{}-end@orbis", a.id.value));
        out += ical_line("DTSTAMP:" + stamp);
        out += ical_line("DTSTART;VALUE=DATE:" + date(end));
        out += ical_line("DTEND;VALUE=DATE:" + date(end + 1));
        out += ical_line("SUMMARY:" +
                         ical_escape(fmt::format("Agreement ends: {} ({})", a.title, partners)));
        out +=
            ical_line("DESCRIPTION:" + ical_escape(fmt::format("{} {} — status {}", a.code, a.title,
                                                               domain::to_string(v.effective))));
        for (const int days : {180, 90, 30}) {
          out += "BEGIN:VALARM\r\nACTION:DISPLAY\r\n";
          out += ical_line(fmt::format("TRIGGER:-P{}D", days));
          out += ical_line("DESCRIPTION:" +
                           ical_escape(fmt::format("{} ends in {} days", a.title, days)));
          out += "END:VALARM\r\n";
        }
        out += "END:VEVENT\r\n";
      }
      query->page.after = std::move(page->next);
    } while (query->page.after);
    out += "END:VCALENDAR\r\n";
    return out;
  });
}

}  // namespace orbis::service
