// The demo's scholar case file (docs/scholars.md): international faculty recruited from MIT,
// Oxford, Cornell and others over several years, visiting scholars in and out, a faculty
// exchange under the consortium, each at a different point of its life cycle. Dates are
// counted from the day the demo is made, so that some clocks are due this week and one is
// overdue whenever it is made.
#include <fmt/format.h>

#include <chrono>

#include "seed/demo.h"
#include "service/scholars/cases.h"

namespace orbis::seed {
namespace {

using domain::scholars::CaseEvent;
using domain::scholars::CaseKind;
using domain::scholars::CaseStatus;
using domain::scholars::EventKind;
using domain::scholars::ScholarCase;

struct DemoScholar {
  const char* ror;  // the partner's; empty: the home institution's own scholar
  const char* family_name;
  const char* given_name;
  const char* name_zh;
  const char* nationality;
  const char* date_of_birth;
  CaseKind kind;
  domain::Direction direction;
  const char* position;
  const char* purpose;
  int school;  // index into the schools
  int start;   // days from today
  int end;
  CaseStatus reach;  // how far the case has come
  bool consortium;   // under the consortium agreement
};

// Recruited faculty come to stay; visitors for a term or two; our own go out.
constexpr DemoScholar kScholars[] = {
    {"042nb2s44", "Miller", "Daniel", "", "US", "1986-04-12", CaseKind::faculty,
     domain::Direction::incoming, "Assistant Professor of Robotics",
     "Recruited to the School of Engineering; runs the robot learning laboratory", 0, -1000, 1190,
     CaseStatus::active, false},
    {"052gg0110", "Hughes", "Charlotte", "", "GB", "1979-09-03", CaseKind::faculty,
     domain::Direction::incoming, "Professor of Structural Biology",
     "Recruited chair of the cryo-EM centre", 1, -1600, 1320, CaseStatus::active, false},
    {"05bnh6r87", "Nguyen", "Thomas", "", "US", "1990-01-21", CaseKind::faculty,
     domain::Direction::incoming, "Assistant Professor of Materials Science",
     "Recruited to the School of Engineering", 0, -3, 1820, CaseStatus::registered, false},
    {"05a28rw58", "Keller", "Anna", "", "CH", "1984-06-30", CaseKind::faculty,
     domain::Direction::incoming, "Associate Professor of Physics",
     "Recruited to the School of Science", 2, -1, 1460, CaseStatus::arrived, false},
    {"01tgyzw49", "Tan", "Wei Ling", "陈慧玲", "SG", "1982-11-15", CaseKind::visiting,
     domain::Direction::incoming, "Visiting Professor",
     "Joint research on soft actuators with the robotics laboratory", 0, -40, 140,
     CaseStatus::active, false},
    {"057zh3y96", "Sato", "Haruki", "", "JP", "1975-02-08", CaseKind::visiting,
     domain::Direction::incoming, "Visiting Scholar", "Lectures and joint supervision in chemistry",
     2, 60, 150, CaseStatus::requested, false},
    {"01an7q238", "Rivera", "Sofia", "", "US", "1988-07-19", CaseKind::exchange,
     domain::Direction::incoming, "Visiting Associate Professor",
     "Faculty exchange under the consortium: teaching a module in data science", 0, 20, 130,
     CaseStatus::permit_visa, true},
    {"013meh722", "Evans", "Oliver", "", "GB", "1977-12-01", CaseKind::visiting,
     domain::Direction::incoming, "Visiting Fellow", "Sabbatical in the life sciences", 1, -200,
     160, CaseStatus::active, false},
    {"052gg0110", "Liu", "Chen", "刘晨", "CN", "1985-03-14", CaseKind::visiting,
     domain::Direction::outgoing, "Visiting Researcher",
     "Research stay at the Oxford Robotics Institute", 0, -60, 120, CaseStatus::active, true},
    {"042nb2s44", "Zhou", "Lin", "周琳", "CN", "1980-10-05", CaseKind::exchange,
     domain::Direction::outgoing, "Visiting Professor",
     "Faculty exchange: teaching and joint papers", 1, -700, -520, CaseStatus::closed, false},
    {"052gg0110", "Walker", "James", "", "GB", "1972-05-22", CaseKind::exchange,
     domain::Direction::incoming, "Visiting Professor",
     "Faculty exchange under the consortium agreement", 2, -800, -620, CaseStatus::closed, true},
};

// The states a case goes through to reach `to`, after requested.
std::vector<CaseStatus> path_to(CaseStatus to, domain::Direction direction) {
  using S = CaseStatus;
  std::vector<S> path{S::screening, S::approved, S::permit_visa, S::arrived};
  if (direction == domain::Direction::incoming) path.push_back(S::registered);
  path.insert(path.end(), {S::active, S::departed, S::closed});
  const auto at = std::find(path.begin(), path.end(), to);
  if (at == path.end()) return {};
  return {path.begin(), at + 1};
}

std::string day(std::chrono::sys_days d) {
  const std::chrono::year_month_day ymd{d};
  return fmt::format("{:04d}-{:02d}-{:02d}", static_cast<int>(ymd.year()),
                     static_cast<unsigned>(ymd.month()), static_cast<unsigned>(ymd.day()));
}

}  // namespace

// A one-page PDF of `lines` in Helvetica (ASCII), as a department's letter is filed: the
// demo's documents open in any viewer.
std::string letter_pdf(const std::vector<std::string>& lines) {
  std::string text = "BT /F1 12 Tf 72 760 Td 16 TL\n";
  for (const auto& line : lines) {
    std::string escaped;
    for (const char ch : line) {
      if (ch == '(' || ch == ')' || ch == '\\') escaped.push_back('\\');
      escaped.push_back(static_cast<unsigned char>(ch) < 0x80 ? ch : '?');
    }
    text += "(" + escaped + ") Tj T*\n";
  }
  text += "ET";
  const std::vector<std::string> objects{
      "<< /Type /Catalog /Pages 2 0 R >>", "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
      std::string("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R ") +
          "/Resources << /Font << /F1 5 0 R >> >> >>",
      fmt::format("<< /Length {} >>\nstream\n{}\nendstream", text.size(), text),
      "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"};
  std::string pdf = "%PDF-1.4\n";
  std::vector<std::size_t> offsets;
  for (std::size_t i = 0; i < objects.size(); ++i) {
    offsets.push_back(pdf.size());
    pdf += fmt::format("{} 0 obj\n{}\nendobj\n", i + 1, objects[i]);
  }
  const std::size_t xref = pdf.size();
  pdf += fmt::format("xref\n0 {}\n0000000000 65535 f \n", objects.size() + 1);
  for (const auto offset : offsets) pdf += fmt::format("{:010d} 00000 n \n", offset);
  pdf += fmt::format("trailer\n<< /Size {} /Root 1 0 R >>\nstartxref\n{}\n%%EOF\n",
                     objects.size() + 1, xref);
  return pdf;
}

Result<std::size_t> create_demo_scholars(store::Store& store, const Clock& clock,
                                         const domain::Actor& officer,
                                         const std::vector<OrgUnitId>& schools) {
  service::ScholarCases cases(store, clock);
  const auto today = std::chrono::floor<std::chrono::days>(clock.now() + std::chrono::hours{8});
  const auto on = [&](int days) { return day(today + std::chrono::days{days}); };
  // "2026-12-07T10:30:00+08:00", `days` from today.
  const auto at = [&](int days, int hour) {
    return fmt::format("{}T{:02d}:30:00+08:00", on(days), hour);
  };
  // "2026-12-07T10:30:00+08:00", `hours` before now.
  const auto hours_ago = [&](int hours) {
    const auto t = std::chrono::floor<std::chrono::minutes>(
        clock.now() - std::chrono::hours{hours} + std::chrono::hours{8});
    const auto d = std::chrono::floor<std::chrono::days>(t);
    const std::chrono::hh_mm_ss hms{t - d};
    return fmt::format("{}T{:02d}:{:02d}:00+08:00", day(d), hms.hours().count(),
                       hms.minutes().count());
  };
  std::optional<AgreementId> consortium;
  {
    auto tx = store.begin(store::Access::read);
    if (!tx) return fail(tx.error());
    auto ids = (*tx)->agreements().ids_by_code({std::string(kDemoConsortiumCode)});
    if (!ids) return fail(ids.error());
    if (auto it = ids->find(std::string(kDemoConsortiumCode)); it != ids->end())
      consortium = it->second;
  }
  std::size_t made = 0;
  for (const auto& s : kScholars) {
    std::optional<InstitutionId> partner;
    {
      auto tx = store.begin(store::Access::read);
      if (!tx) return fail(tx.error());
      auto found = (*tx)->institutions().find_by_ror(s.ror);
      if (!found) return fail(found.error());
      partner = *found;
    }
    if (!partner) continue;  // a registry without the partner: the rest of the demo stands
    ScholarCase c;
    c.kind = s.kind;
    c.direction = s.direction;
    c.host_unit = schools.at(static_cast<std::size_t>(s.school) % schools.size());
    c.partner = partner;
    if (s.consortium) c.agreement = consortium;
    c.position = s.position;
    c.purpose = s.purpose;
    c.planned_start = on(s.start);
    c.planned_end = on(s.end);
    domain::Person person;
    person.family_name = s.family_name;
    person.given_name = s.given_name;
    person.name_zh = s.name_zh;
    person.nationality = s.nationality;
    person.date_of_birth = s.date_of_birth;
    person.position = s.position;
    std::string local = fmt::format("{}.{}", s.given_name, s.family_name);
    std::erase(local, ' ');
    person.email = fmt::format("{}@scholars.example.org", local);
    for (auto& ch : person.email)
      ch = static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
    auto created = cases.create(officer, std::move(c), std::move(person));
    if (!created) return fail(created.error());
    const ScholarCaseId id = created->record.id;
    int version = created->record.version;
    const bool in = s.direction == domain::Direction::incoming;
    if (in) {
      // The department's invitation letter, kept on the case from the request.
      const auto letter = letter_pdf({"Westlake University", "",
                                      fmt::format("Dear {} {},", s.given_name, s.family_name), "",
                                      fmt::format("We are pleased to invite you as {}", s.position),
                                      fmt::format("from {} to {}.", on(s.start), on(s.end)), "",
                                      s.purpose, "", "Office of Global Engagement"});
      auto kept = cases.attach_document(officer, id, "invitation",
                                        fmt::format("invitation-{}.pdf", s.family_name),
                                        "application/pdf", letter);
      if (!kept) return fail(kept.error());
    }
    const auto step = [&](CaseStatus to) -> Status {
      auto moved = cases.transition(officer, id, domain::scholars::to_string(to), "", "", version);
      if (!moved) return fail(moved.error());
      version = moved->record.version;
      return {};
    };
    const auto event = [&](EventKind kind, std::string when, std::string done,
                           std::string note) -> Status {
      auto recorded = cases.record_event(
          officer, id, CaseEvent{0, kind, std::move(when), std::move(done), std::move(note)},
          version);
      if (!recorded) return fail(recorded.error());
      version = recorded->record.version;
      return {};
    };
    for (const auto to : path_to(s.reach, s.direction)) {
      if (to == CaseStatus::arrived && in) {
        // The arrival, registered the next morning; the one who has just come has a day to.
        const bool just_come = s.reach == CaseStatus::arrived;
        if (auto ok = event(EventKind::entry, just_come ? hours_ago(2) : at(s.start, 14),
                            just_come ? "" : at(s.start + 1, 9), "Arrival");
            !ok) {
          return fail(ok.error());
        }
      }
      if (to == CaseStatus::active && in && s.end - s.start > 180) {
        // The permits of a long stay, filed within the month: the work permit for recruited
        // faculty, the residence permit for everyone staying over 180 days.
        auto current = cases.get(officer, id);
        if (!current) return fail(current.error());
        auto record = current->record;
        // Miller's permits run out in 60 days: their renewal window is open.
        const bool renewing = s.ror == std::string_view("042nb2s44");
        if (s.kind == CaseKind::faculty) {
          record.work_permit = {fmt::format("WP{:07d}", 3300000 + static_cast<int>(made)),
                                "A",
                                on(s.start - 60),
                                on(s.start - 45),
                                renewing ? on(60) : on(s.end),
                                ""};
        }
        record.residence_permit = {fmt::format("RP{:07d}", 5100000 + static_cast<int>(made)),
                                   "",
                                   on(s.start + 12),
                                   on(s.start + 25),
                                   renewing ? on(60) : on(s.end),
                                   ""};
        auto updated = cases.update(officer, std::move(record), version);
        if (!updated) return fail(updated.error());
        version = updated->record.version;
      }
      if (auto ok = step(to); !ok) return fail(ok.error());
      if (to == CaseStatus::active && std::string_view(s.ror) == "01tgyzw49") {
        // Moved flat three days ago and not yet registered the new address: overdue.
        if (auto ok = event(EventKind::move, at(-3, 18), "", "Moved to the faculty apartments");
            !ok) {
          return fail(ok.error());
        }
      }
      if (to == CaseStatus::active && std::string_view(s.ror) == "013meh722") {
        // A new passport nine days ago: the change is due within ten working days.
        if (auto ok = event(EventKind::change, at(-9, 11), "", "New passport issued"); !ok) {
          return fail(ok.error());
        }
      }
    }
    ++made;
  }
  return made;
}

}  // namespace orbis::seed
