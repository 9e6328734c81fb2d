#include "service/partnerships/reminders.h"

#include <fmt/format.h>

#include <algorithm>

#include "common/crypto.h"
#include "domain/reference.h"
#include "service/access.h"
#include "service/partnerships/internal.h"
#include "service/support/transaction.h"

namespace orbis::service {
namespace {

using domain::AgreementStatus;
using domain::access::Action;
using domain::access::Resource;

// Who reads reminders and has a calendar feed of expiries: the policy's agreement_reminder
// readers (the office and viewers).

// An agreement is reminded of from this many days before its end.
constexpr int kWindow = 180;

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

Result<Reminders> AgreementReminders::list(const domain::Actor& actor) const {
  if (auto ok = require_reach(actor, Resource::agreement_reminder, Action::read,
                              "read agreement reminders");
      !ok)
    return fail(ok.error());
  const int now = partnership_rules::today(clock_);
  // Every page in one transaction: the reminders read one state of the agreements. The
  // database selects the agreements with a reminder due (the checks below, in SQL), so that
  // only those are read.
  const store::RemindersDue due{kWindow, domain::academic_year_of(now)};
  return run(store_, store::Access::read, [&](store::Transaction& tx) -> Result<Reminders> {
    AgreementFilter all;
    all.limit = 100;
    Reminders out;
    std::string cursor;
    do {
      all.cursor = cursor;
      auto page = partnership_rules::list(tx, actor, all, now, due);
      if (!page) return fail(page.error());
      for (auto& view : page->items) {
        const auto& a = view.agreement;
        const auto end = domain::parse_date(a.end_date);
        const bool live = a.status == AgreementStatus::active;
        if (live && end && *end >= now && *end - now <= kWindow) {
          const int left = *end - now;
          out.expiring.push_back({view, left, left <= 30 ? 30 : left <= 90 ? 90 : 180});
        }
        if (live) {
          for (std::size_t i = 0; i < a.conditions.size(); ++i) {
            if (view.usage[i].seats_free > 0) out.unused_seats.push_back({view, i, view.usage[i]});
          }
        }
      }
      cursor = page->next.value_or("");
    } while (!cursor.empty());
    std::sort(out.expiring.begin(), out.expiring.end(), [](const Reminder& a, const Reminder& b) {
      return a.days_left != b.days_left ? a.days_left < b.days_left
                                        : a.agreement.agreement.id < b.agreement.agreement.id;
    });
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
    AgreementFilter f;
    f.limit = 100;
    std::string out =
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Orbis//Agreements//"
        "EN\r\nCALSCALE:GREGORIAN\r\n"
        "X-WR-CALNAME:Orbis agreement expiries\r\n";
    const std::string stamp = [&] {
      std::string t = format_iso8601(clock_.now());  // 2026-11-23T16:12:37.000Z
      return t.substr(0, 4) + t.substr(5, 2) + t.substr(8, 2) + "T" + t.substr(11, 2) +
             t.substr(14, 2) + t.substr(17, 2) + "Z";
    }();
    std::string cursor;
    do {
      f.cursor = cursor;
      auto page = partnership_rules::list(tx, actor, f, today);
      if (!page) return fail(page.error());
      for (const auto& v : page->items) {
        const auto& a = v.agreement;
        if (a.end_date.empty() || a.status == AgreementStatus::terminated ||
            a.status == AgreementStatus::draft)
          continue;
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
      cursor = page->next.value_or("");
    } while (!cursor.empty());
    out += "END:VCALENDAR\r\n";
    return out;
  });
}

}  // namespace orbis::service
