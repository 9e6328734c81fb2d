// The large university's calls, applications and stays (seed/internal/large.h): students
// applying each year and placed, their stays with learning agreements and results, partners'
// students coming in and staff teaching abroad.
#include <algorithm>
#include <set>

#include "common/crypto.h"
#include "seed/internal/large.h"
#include "service/learning/canonical.h"

namespace orbis::seed::internal {

void Builder::live(domain::Mobility& m, int start, int end, std::string_view first_reason) {
  const auto step = [&](MobilityStatus to, int day, std::string reason = "") {
    m.history.push_back({instant(std::min(day, today_), pick(8 * 60, 17 * 60)), officer_,
                         m.history.empty() ? "" : std::string(domain::to_string(m.status)),
                         std::string(domain::to_string(to)), std::move(reason)});
    m.status = to;
  };
  m.planned_start = domain::format_date(start);
  m.planned_end = domain::format_date(end);
  m.academic_year = domain::academic_year_of(start);
  const int decided = start - pick(90, 150);
  if (m.status == MobilityStatus::nominated) {
    step(MobilityStatus::nominated, decided - pick(5, 30), std::string(first_reason));
    m.nomination.nominated_at = m.history.back().at;
    m.nomination.nominated_by = officer_;
    if (decided > today_) return;  // the host has not decided yet
    m.nomination.decision = domain::NominationDecision::accepted;
    m.nomination.decided_at = instant(decided);
    m.nomination.decided_by = officer_;
    if (chance(3)) {
      m.nomination.decision = domain::NominationDecision::rejected;
      m.nomination.reason = "The host has no places left in the requested department.";
      step(MobilityStatus::cancelled, decided, m.nomination.reason);
      m.cancel_reason = m.nomination.reason;
      return;
    }
    step(MobilityStatus::accepted, decided, "accepted by the host");
  } else {
    step(MobilityStatus::accepted, decided, std::string(first_reason));
  }
  if (start - 60 > today_) return;
  if (chance(2)) {
    m.cancel_reason = "Withdrawn by the participant for personal reasons.";
    step(MobilityStatus::cancelled, start - pick(10, 60), m.cancel_reason);
    return;
  }
  step(MobilityStatus::preparing, start - 60);
  if (start > today_) return;
  const int arrived = start + pick(0, 3);
  m.actual_start = domain::format_date(std::min(arrived, today_));
  step(MobilityStatus::abroad, arrived);
  if (end >= today_) return;
  const int left = std::max(arrived, end - pick(0, 2));
  m.actual_end = domain::format_date(left);
  step(MobilityStatus::completed, left);
}

Result<MobilityId> Builder::insert_stay(domain::Mobility m) {
  SEED_TRY(domain::validate_and_normalize(m));
  auto tx = batch_.tx();
  if (!tx) return fail(tx.error());
  auto id = (*tx)->mobilities().insert(m);
  if (!id) return fail(id.error());
  ++report_.mobilities;
  SEED_TRY(batch_.wrote());
  return *id;
}

Status Builder::add_calls_and_applications() {
  static constexpr const char* kTerms[] = {"autumn", "spring", "summer"};
  // The university's calls, and at full scale five schools' own.
  const std::size_t units = std::clamp<std::size_t>(per(6), 1, 6);
  struct Planned {
    domain::Call call;
    int opens = 0, closes = 0;
    std::optional<std::size_t> school;
  };
  std::vector<Planned> planned;
  for (int y = first_year_; y < first_year_ + kYears; ++y) {
    for (const char* term : kTerms) {
      for (std::size_t unit = 0; unit < units; ++unit) {
        const auto& seats = outgoing_seats_[y];
        if (seats.empty()) continue;
        Planned p;
        auto& c = p.call;
        const std::string t = term;
        p.opens = t == "autumn"   ? day_of(y, 1, 6)
                  : t == "spring" ? day_of(y, 9, 10)
                                  : day_of(y + 1, 3, 1);
        p.closes = p.opens + (t == "summer" ? 45 : 68);
        c.code = fmt::format("WU-{}-{}{}", y,
                             t == "autumn"   ? "AUT"
                             : t == "spring" ? "SPR"
                                             : "SUM",
                             unit == 0 ? "" : fmt::format("-{}", unit));
        if (unit > 0) {
          p.school = unit - 1;
          c.org_unit = schools_[unit - 1];
        }
        c.title = fmt::format("{} exchange {}{}", t == "summer" ? "Summer" : "Semester",
                              year_text(y), unit == 0 ? "" : fmt::format(" (school {})", unit));
        c.title_zh = fmt::format("{}学年{}交换项目", year_text(y),
                                 t == "autumn"   ? "秋季"
                                 : t == "spring" ? "春季"
                                                 : "暑期");
        c.academic_year = year_text(y);
        c.term = t;
        c.opens_at = fmt::format("{}T09:00:00+08:00", domain::format_date(p.opens));
        c.closes_at = fmt::format("{}T17:00:00+08:00", domain::format_date(p.closes));
        c.time_zone = "Asia/Shanghai";
        c.eligibility.levels = {6, 7};
        c.eligibility.min_gpa = 75;
        c.eligibility.gpa_scale = "cn100";
        c.max_preferences = 3;
        // Up to forty of the year's partner seats.
        std::vector<std::size_t> order(seats.size());
        std::iota(order.begin(), order.end(), 0);
        std::shuffle(order.begin(), order.end(), random_);
        order.resize(std::min<std::size_t>(order.size(), 40));
        std::int64_t next = 1;
        for (const auto k : order) {
          const auto& s = seats[k];
          domain::Offer o;
          o.id = next++;
          o.agreement = s.agreement;
          o.condition = s.condition;
          o.programme = exchange_;
          o.host = partners_[s.partner].id;
          o.seats = std::min(s.seats, 3);
          o.title = partners_[s.partner].name;
          o.eligibility.levels = s.levels;
          o.eligibility.language = s.language.language;
          o.eligibility.min_cefr = s.language.cefr;
          c.offers.push_back(std::move(o));
        }
        planned.push_back(std::move(p));
      }
    }
  }
  std::size_t opened = 0, closed = 0;
  for (const auto& p : planned) {
    opened += p.opens <= today_;
    closed += p.closes < today_;
  }
  const std::size_t applications = per(500'000), exchanges = per(45'000);
  const std::size_t per_call = opened ? applications / opened : 0;
  const std::size_t confirmed_per_call = closed ? exchanges / closed : 0;
  for (auto& p : planned) {
    SEED_TRY(domain::validate_and_normalize(p.call));
    auto tx = batch_.tx();
    if (!tx) return fail(tx.error());
    auto id = (*tx)->calls().insert(p.call);
    if (!id) return fail(id.error());
    p.call.id = *id;
    ++report_.calls;
    SEED_TRY(batch_.wrote());
    if (p.opens > today_) continue;
    SEED_TRY(apply(p.call, p.opens, p.closes, p.school, per_call, confirmed_per_call));
  }
  return {};
}

domain::Mobility Builder::outgoing_stay(const domain::Call& call, const Student& student,
                                        const domain::Application& a, int start, int end) {
  const auto* offer = call.offer(a.preferences.front());
  domain::Mobility m;
  m.person = student.id;
  m.direction = Direction::outgoing;
  m.type = MobilityType::student_studies;
  m.sending = home_;
  m.receiving = offer->host;
  m.org_unit = a.org_unit;
  m.agreement = offer->agreement;
  m.condition = offer->condition;
  m.programme = offer->programme;
  m.call = call.id;
  m.credits_planned = call.term == "summer" ? 6 : 30;
  if (chance(35)) {
    m.funding.push_back({"csc", "", "China Scholarship Council", {"60000.00", "CNY"}});
  } else {
    m.funding.push_back({"home", "", "Westlake University", {"15000.00", "CNY"}});
  }
  m.status = MobilityStatus::nominated;
  live(m, start, end, "nominated from the call");
  // Credits of stays that ended a year ago have been recognised.
  if (m.status == MobilityStatus::completed && end + 365 < today_ && chance(85)) {
    m.history.push_back({instant(end + pick(60, 120)), officer_, "completed", "recognised", ""});
    m.status = MobilityStatus::recognised;
  }
  return m;
}

Status Builder::apply(const domain::Call& call, int opens, int closes,
                      std::optional<std::size_t> school, std::size_t count, std::size_t confirmed) {
  static const std::vector<std::size_t> kNone;
  std::vector<std::size_t> everyone;
  const std::vector<std::size_t>* pool = &kNone;
  if (school) {
    pool = &by_school_[*school];
  } else {
    everyone.resize(students_.size());
    std::iota(everyone.begin(), everyone.end(), 0);
    pool = &everyone;
  }
  if (pool->empty()) return {};
  count = std::min(count, pool->size());
  // A stride coprime to the pool's size visits each applicant at most once.
  std::size_t stride = 1 + index(pool->size());
  while (std::gcd(stride, pool->size()) != 1) ++stride;
  std::size_t at = index(pool->size());
  const bool is_closed = closes < today_;
  const auto [start, end] = term_dates(std::stoi(call.academic_year.substr(0, 4)), call.term);
  for (std::size_t i = 0; i < count; ++i, at = (at + stride) % pool->size()) {
    const Student& student = students_[(*pool)[at]];
    domain::Application a;
    a.call = call.id;
    a.person = student.id;
    a.org_unit = schools_[student.school];
    const int created = std::min(opens + pick(0, closes - opens), today_);
    a.created_at = instant(created, pick(8 * 60, 22 * 60));
    a.history.push_back({a.created_at, student.email, "", "draft", ""});
    std::vector<std::int64_t> offers;
    const int wanted = pick(1, call.max_preferences);
    for (int k = 0; k < wanted * 2 && static_cast<int>(offers.size()) < wanted; ++k) {
      const auto o = call.offers[index(call.offers.size())].id;
      if (std::find(offers.begin(), offers.end(), o) == offers.end()) offers.push_back(o);
    }
    a.preferences = offers;
    a.motivation =
        "I want to study where my field is strongest and bring what I learn back to Westlake.";
    auto status = ApplicationStatus::draft;
    const bool is_confirmed = is_closed && i < confirmed;
    // The stay a confirmed application became; a nomination the host has not decided
    // leaves the application nominated, one it refused leaves it rejected.
    domain::Mobility m;
    if (is_confirmed) {
      m = outgoing_stay(call, student, a, start, end);
      status = m.status == MobilityStatus::nominated ? ApplicationStatus::nominated
               : m.nomination.decision == domain::NominationDecision::rejected
                   ? ApplicationStatus::rejected
                   : ApplicationStatus::confirmed;
    } else if (is_closed) {
      static constexpr ApplicationStatus kEnds[] = {
          ApplicationStatus::ineligible, ApplicationStatus::ineligible,
          ApplicationStatus::unplaced,   ApplicationStatus::unplaced,
          ApplicationStatus::unplaced,   ApplicationStatus::waitlisted,
          ApplicationStatus::rejected,   ApplicationStatus::withdrawn};
      status = any(kEnds);
    } else {
      static constexpr ApplicationStatus kOpen[] = {
          ApplicationStatus::draft, ApplicationStatus::submitted, ApplicationStatus::submitted,
          ApplicationStatus::eligible, ApplicationStatus::eligible};
      status = any(kOpen);
    }
    std::string moved = a.created_at;
    const auto step = [&](ApplicationStatus to, std::string reason = "",
                          const std::string& actor = "") {
      a.history.push_back({moved, actor.empty() ? officer_ : actor,
                           std::string(domain::to_string(a.status)),
                           std::string(domain::to_string(to)), std::move(reason)});
      a.status = to;
    };
    if (status != ApplicationStatus::draft) {
      a.submit_started_at = a.submitted_at = instant(created, pick(8 * 60, 23 * 60));
      moved = a.submitted_at;
      step(ApplicationStatus::submitted, "", student.email);
      const bool eligible = status != ApplicationStatus::ineligible;
      for (const auto o : a.preferences) {
        domain::Verdict v;
        v.offer = o;
        if (!eligible && o == a.preferences.front()) {
          v.eligible = false;
          v.code = "gpa";
          v.reason = "a GPA of at least 75 on cn100 is required";
        }
        a.verdicts.push_back(std::move(v));
      }
      if (status != ApplicationStatus::submitted) {
        step(eligible ? ApplicationStatus::eligible : ApplicationStatus::ineligible);
      }
      if (eligible && is_closed) {
        a.interview_score = pick(50, 98);
        a.motivation_score = pick(50, 98);
        a.scored_by = officer_;
        a.score = pick(6000, 9700) / 100.0;
        moved = instant(closes + pick(5, 20));
        if (status == ApplicationStatus::withdrawn) {
          step(ApplicationStatus::withdrawn, "withdrawn by the applicant", student.email);
        } else if (status == ApplicationStatus::unplaced ||
                   status == ApplicationStatus::waitlisted) {
          step(status, "placement");
        } else {
          step(ApplicationStatus::placed, "placement");
          step(ApplicationStatus::nominated);
          if (status != ApplicationStatus::nominated) {
            moved = is_confirmed ? m.nomination.decided_at : instant(closes + pick(40, 80));
            step(status == ApplicationStatus::rejected ? ApplicationStatus::rejected
                                                       : ApplicationStatus::accepted);
            if (status == ApplicationStatus::confirmed) step(ApplicationStatus::confirmed);
          }
        }
      }
    }
    a.updated_at = a.history.back().at;
    auto tx = batch_.tx();
    if (!tx) return fail(tx.error());
    auto id = (*tx)->applications().insert(a);
    if (!id) return fail(id.error());
    ++report_.applications;
    SEED_TRY(batch_.wrote());
    if (!is_confirmed) continue;
    m.application = *id;
    const auto status_now = m.status;
    const auto receiving = m.receiving;
    auto stay = insert_stay(std::move(m));
    if (!stay) return fail(stay.error());
    if (status_now != MobilityStatus::cancelled && status_now != MobilityStatus::nominated) {
      const Partner& host = partners_[partner_of_.at(receiving.value)];
      SEED_TRY(learning_agreement(*stay, student, host, start, end, status_now));
    }
  }
  return {};
}

Status Builder::learning_agreement(MobilityId stay, const Student& student, const Partner& partner,
                                   int start, int end, MobilityStatus status) {
  domain::LearningAgreementRecord r;
  r.mobility = stay.value;
  domain::LaVersion v;
  v.number = 1;
  v.proposed_by = student.email;
  v.proposed_at = instant(start - pick(60, 100));
  const int courses = pick(3, 5);
  std::set<std::size_t> chosen;
  while (static_cast<int>(chosen.size()) < courses) chosen.insert(index(std::size(kCourses)));
  for (const auto k : chosen) {
    const auto& c = kCourses[k];
    domain::LaComponent component;
    component.host = {c.code, c.title, chance(70) ? 6.0 : 7.5, "ects"};
    component.home = {c.home_code, c.home_title, component.host.credits / 1.5, "cn"};
    if (!*c.home_code) component.home = {};
    component.term = "autumn";
    v.components.push_back(std::move(component));
  }
  v.sha256 = crypto::sha256_hex(service::canonical_text(r.mobility, v));
  v.state = "approved";
  int day = start - pick(40, 59);
  v.approvals.push_back(
      {"student", student.email, student.name, "student", instant(day), v.sha256});
  v.approvals.push_back({"sending", officer_, "International Office", "officer",
                         instant(day + pick(1, 5)), v.sha256});
  v.approvals.push_back({"receiving", fmt::format("international@{}", partner.domain),
                         "International Office", "partner", instant(day + pick(6, 14)), v.sha256});
  r.versions.push_back(std::move(v));
  if (status == MobilityStatus::completed || status == MobilityStatus::recognised) {
    static constexpr const char* kGrades[] = {"A", "A", "B", "B", "B", "C"};
    for (const auto& c : r.versions.front().components) {
      r.transcript.push_back({c.host.code, c.host.title, c.host.credits, any(kGrades), "ects",
                              domain::format_date(end - 10), true, "partner", officer_,
                              instant(end + pick(20, 60))});
    }
  }
  if (status == MobilityStatus::recognised) {
    for (const auto& c : r.versions.front().components) {
      if (c.home.code.empty()) continue;
      domain::RecognitionEntry e;
      e.home_code = c.home.code;
      e.home_title = c.home.title;
      e.home_credits = c.home.credits;
      e.host_codes = {c.host.code};
      for (const auto& t : r.transcript) {
        if (t.code == c.host.code) e.host_grade = t.grade;
      }
      e.host_scale = "ects";
      e.converted_grade = e.host_grade == "A" ? "95" : e.host_grade == "B" ? "85" : "75";
      e.home_scale = "cn100";
      e.method = "egracons-table";
      e.source = "partner";
      r.recognition.push_back(std::move(e));
    }
    r.recognised_at = instant(end + pick(60, 120));
    r.recognised_by = officer_;
  }
  auto tx = batch_.tx();
  if (!tx) return fail(tx.error());
  auto id = (*tx)->learning_agreements().insert(r);
  if (!id) return fail(id.error());
  ++report_.learning_agreements;
  return batch_.wrote();
}

Status Builder::add_incoming() {
  const std::size_t students = per(35'000), summer = per(5'000);
  for (std::size_t i = 0; i < students + summer; ++i) {
    const bool is_summer = i >= students;
    const int y = first_year_ + static_cast<int>(i % kYears);
    const auto& seats = incoming_seats_[y];
    if (seats.empty()) continue;
    const Seat& seat = seats[index(seats.size())];
    const Partner& partner = partners_[seat.partner];
    std::string name;
    auto person = partner_person(partner, is_summer ? 6 : (chance(80) ? 6 : 7), any(kFields), name);
    if (!person) return fail(person.error());
    domain::Mobility m;
    m.person = *person;
    m.direction = Direction::incoming;
    m.type = is_summer ? MobilityType::summer_programme : MobilityType::student_studies;
    m.sending = partner.id;
    m.receiving = home_;
    m.org_unit = schools_[index(schools_.size())];
    m.agreement = seat.agreement;
    if (!is_summer) m.condition = seat.condition;
    const char* term = is_summer ? "summer" : (chance(60) ? "autumn" : "spring");
    const auto [start, end] = term_dates(y, term);
    if (is_summer && !summer_.empty()) {
      const auto& programme = summer_[index(summer_.size())];
      m.programme = programme.id;
      m.credits_planned = 6;
      if (chance(30)) {
        const auto& s = programme.scholarships.front();
        m.funding.push_back({"scholarship", s.code, s.sponsor, s.amount});
      } else {
        m.funding.push_back({"self", "", "", {}});
      }
    } else {
      m.credits_planned = 30;
    }
    m.status = MobilityStatus::nominated;
    live(m, start, end, "nominated by the sending institution");
    SEED_TRY(insert_stay(std::move(m)));
    ++report_.nominations;
  }
  return {};
}

Status Builder::add_staff_visits() {
  if (staff_.empty()) return {};
  const std::size_t visits = per(15'000);
  for (std::size_t i = 0; i < visits; ++i) {
    const int y = first_year_ + static_cast<int>(i % kYears);
    const auto& seats = staff_seats_[y].empty() ? outgoing_seats_[y] : staff_seats_[y];
    if (seats.empty()) continue;
    const Seat& seat = seats[index(seats.size())];
    const Student& who = staff_[index(staff_.size())];
    domain::Mobility m;
    m.person = who.id;
    m.direction = Direction::outgoing;
    m.type = chance(60)
                 ? MobilityType::staff_teaching
                 : (chance(50) ? MobilityType::staff_training : MobilityType::research_visit);
    m.sending = home_;
    m.receiving = partners_[seat.partner].id;
    m.org_unit = schools_[who.school];
    m.agreement = seat.agreement;
    if (!staff_seats_[y].empty() && m.type == MobilityType::staff_teaching)
      m.condition = seat.condition;
    const int start = day_of(y, 9, 15) + pick(0, 280);
    const int end = start + (m.type == MobilityType::research_visit ? pick(30, 90) : pick(5, 14));
    m.funding.push_back({"home", "", "Westlake University", {"12000.00", "CNY"}});
    live(m, start, end, "recorded by the international office");
    SEED_TRY(insert_stay(std::move(m)));
  }
  return {};
}
}  // namespace orbis::seed::internal
