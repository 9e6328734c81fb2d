#include "domain/mobility.h"

#include <fmt/format.h>
#include <fmt/ranges.h>

#include <algorithm>
#include <array>
#include <chrono>
#include <cmath>
#include <utility>

#include "common/text.h"
#include "domain/fields.h"
#include "domain/reference.h"

namespace orbis::domain {
namespace {

template <typename E, std::size_t N>
std::optional<E> parse_enum(const std::array<std::pair<E, std::string_view>, N>& names,
                            std::string_view name) {
  for (const auto& [value, text] : names) {
    if (text == name) return value;
  }
  return std::nullopt;
}

template <typename E, std::size_t N>
std::string_view enum_name(const std::array<std::pair<E, std::string_view>, N>& names, E value) {
  for (const auto& [v, text] : names) {
    if (v == value) return text;
  }
  return "unknown";
}

constexpr std::array<std::pair<ProgrammeKind, std::string_view>, 8> kProgrammeKinds = {{
    {ProgrammeKind::semester_exchange, "semester_exchange"},
    {ProgrammeKind::year_exchange, "year_exchange"},
    {ProgrammeKind::summer_school, "summer_school"},
    {ProgrammeKind::winter_school, "winter_school"},
    {ProgrammeKind::internship, "internship"},
    {ProgrammeKind::research_visit, "research_visit"},
    {ProgrammeKind::staff_exchange, "staff_exchange"},
    {ProgrammeKind::joint_degree, "joint_degree"},
}};

constexpr std::array<std::pair<ApplicationStatus, std::string_view>, 12> kApplicationStatuses = {{
    {ApplicationStatus::draft, "draft"},
    {ApplicationStatus::submitted, "submitted"},
    {ApplicationStatus::eligible, "eligible"},
    {ApplicationStatus::ineligible, "ineligible"},
    {ApplicationStatus::placed, "placed"},
    {ApplicationStatus::waitlisted, "waitlisted"},
    {ApplicationStatus::unplaced, "unplaced"},
    {ApplicationStatus::nominated, "nominated"},
    {ApplicationStatus::accepted, "accepted"},
    {ApplicationStatus::rejected, "rejected"},
    {ApplicationStatus::confirmed, "confirmed"},
    {ApplicationStatus::withdrawn, "withdrawn"},
}};

constexpr std::array<std::pair<MobilityStatus, std::string_view>, 7> kMobilityStatuses = {{
    {MobilityStatus::nominated, "nominated"},
    {MobilityStatus::accepted, "accepted"},
    {MobilityStatus::preparing, "preparing"},
    {MobilityStatus::abroad, "abroad"},
    {MobilityStatus::completed, "completed"},
    {MobilityStatus::recognised, "recognised"},
    {MobilityStatus::cancelled, "cancelled"},
}};

constexpr std::array<std::string_view, 5> kTerms = {"autumn", "spring", "full_year", "summer",
                                                    "winter"};

bool is_iso_currency(std::string_view c) {
  return c.size() == 3 &&
         std::all_of(c.begin(), c.end(), [](char ch) { return ch >= 'A' && ch <= 'Z'; });
}

bool is_decimal(std::string_view s) {
  if (s.empty() || s.size() > 20) return false;
  bool dot = false, digit = false;
  for (const char ch : s) {
    if (ch == '.') {
      if (dot) return false;
      dot = true;
    } else if (ch >= '0' && ch <= '9') {
      digit = true;
    } else {
      return false;
    }
  }
  return digit && s.front() != '.' && s.back() != '.';
}

void check_rules(EligibilityRules& r, const std::string& field, std::vector<FieldError>& errors) {
  for (const int level : r.levels) {
    if (level < 5 || level > 8) errors.push_back({field + "/levels", "EQF levels from 5 to 8"});
  }
  for (const int year : r.years_of_study) {
    if (year < 1 || year > 10) errors.push_back({field + "/years_of_study", "years from 1 to 10"});
  }
  if (r.min_gpa) {
    if (r.gpa_scale.empty())
      errors.push_back({field + "/gpa_scale", "say the scale of the minimum GPA"});
    else if (!normalized_gpa(*r.min_gpa, r.gpa_scale))
      errors.push_back(
          {field + "/min_gpa", fmt::format("not a grade on the scale '{}'", r.gpa_scale)});
  }
  r.language = text::to_lower_ascii(text::trim(r.language));
  r.min_cefr = text::to_upper_ascii(text::trim(r.min_cefr));
  if (!r.min_cefr.empty() && !cefr_rank(r.min_cefr))
    errors.push_back({field + "/min_cefr", "a CEFR level A1 to C2"});
  if (!r.min_cefr.empty() && r.language.empty())
    errors.push_back({field + "/language", "the language the level is for"});
  if (!r.language.empty() && (r.language.size() < 2 || r.language.size() > 3))
    errors.push_back({field + "/language", "an ISO 639-1 code"});
  if (!r.field.empty() && !find_isced(r.field))
    errors.push_back({field + "/field", "an ISCED-F 2013 code"});
}

// Seconds since the epoch of "YYYY-MM-DDTHH:MM:SS[.fff](Z|±HH:MM)".
std::optional<std::int64_t> parse_instant_impl(std::string_view s) {
  if (s.size() < 20 || s[10] != 'T' || s[13] != ':' || s[16] != ':') return std::nullopt;
  const auto day = parse_date(s.substr(0, 10));
  if (!day) return std::nullopt;
  const auto num = [&](std::size_t at, std::size_t n) -> int {
    int v = 0;
    for (std::size_t i = at; i < at + n; ++i) {
      if (s[i] < '0' || s[i] > '9') return -1;
      v = v * 10 + (s[i] - '0');
    }
    return v;
  };
  const int h = num(11, 2), m = num(14, 2), sec = num(17, 2);
  if (h < 0 || h > 23 || m < 0 || m > 59 || sec < 0 || sec > 60) return std::nullopt;
  std::size_t at = 19;
  if (at < s.size() && s[at] == '.') {
    ++at;
    while (at < s.size() && s[at] >= '0' && s[at] <= '9') ++at;
  }
  std::int64_t offset = 0;
  const auto zone = s.substr(at);
  if (zone == "Z") {
    offset = 0;
  } else if (zone.size() == 6 && (zone[0] == '+' || zone[0] == '-') && zone[3] == ':') {
    const int oh = num(at + 1, 2), om = num(at + 4, 2);
    if (oh < 0 || oh > 14 || om < 0 || om > 59) return std::nullopt;
    offset = (oh * 3600 + om * 60) * (zone[0] == '-' ? -1 : 1);
  } else {
    return std::nullopt;
  }
  return std::int64_t(*day) * 86400 + h * 3600 + m * 60 + sec - offset;
}

}  // namespace

void check_money(Money& m, const std::string& field, std::vector<FieldError>& errors) {
  m.amount = std::string(text::trim(m.amount));
  m.currency = text::to_upper_ascii(text::trim(m.currency));
  if (m.amount.empty()) {
    m.currency.clear();
    return;
  }
  if (!is_decimal(m.amount)) errors.push_back({field + "/amount", "a decimal amount like 2500.00"});
  if (!is_iso_currency(m.currency))
    errors.push_back({field + "/currency", "an ISO 4217 code like EUR"});
}

std::optional<std::int64_t> parse_instant(std::string_view text) {
  return parse_instant_impl(text);
}

std::string_view to_string(ProgrammeKind kind) { return enum_name(kProgrammeKinds, kind); }
std::optional<ProgrammeKind> parse_programme_kind(std::string_view name) {
  return parse_enum(kProgrammeKinds, name);
}

int default_max_duration_months(ProgrammeKind kind) {
  switch (kind) {
    case ProgrammeKind::summer_school:
    case ProgrammeKind::winter_school:
      return 3;
    case ProgrammeKind::staff_exchange:
      return 6;
    case ProgrammeKind::joint_degree:
      return 24;
    default:
      return 12;
  }
}

MobilityType mobility_type_of(ProgrammeKind kind, PersonKind person) {
  if (person == PersonKind::staff) {
    return kind == ProgrammeKind::research_visit ? MobilityType::research_visit
                                                 : MobilityType::staff_teaching;
  }
  switch (kind) {
    case ProgrammeKind::summer_school:
    case ProgrammeKind::winter_school:
      return MobilityType::summer_programme;
    case ProgrammeKind::internship:
      return MobilityType::student_traineeship;
    case ProgrammeKind::research_visit:
      return MobilityType::research_visit;
    case ProgrammeKind::joint_degree:
      return MobilityType::joint_degree;
    default:
      return MobilityType::student_studies;
  }
}

std::string_view to_string(CallPhase phase) {
  switch (phase) {
    case CallPhase::upcoming:
      return "upcoming";
    case CallPhase::open:
      return "open";
    case CallPhase::closed:
      return "closed";
  }
  return "closed";
}

const Offer* Call::offer(std::int64_t offer_id) const {
  for (const auto& o : offers) {
    if (o.id == offer_id) return &o;
  }
  return nullptr;
}

CallPhase phase(const Call& call, std::string_view now_utc) {
  const auto now = parse_instant(now_utc), opens = parse_instant(call.opens_at),
             closes = parse_instant(call.closes_at);
  if (!now || !opens || !closes) return CallPhase::closed;
  if (*now < *opens) return CallPhase::upcoming;
  if (*now < *closes) return CallPhase::open;
  return CallPhase::closed;
}

std::string_view to_string(ApplicationStatus status) {
  return enum_name(kApplicationStatuses, status);
}
std::optional<ApplicationStatus> parse_application_status(std::string_view name) {
  return parse_enum(kApplicationStatuses, name);
}

std::string_view to_string(Direction direction) {
  return direction == Direction::outgoing ? "outgoing" : "incoming";
}
std::optional<Direction> parse_direction(std::string_view name) {
  if (name == "outgoing") return Direction::outgoing;
  if (name == "incoming") return Direction::incoming;
  return std::nullopt;
}

std::string_view to_string(MobilityStatus status) { return enum_name(kMobilityStatuses, status); }
std::optional<MobilityStatus> parse_mobility_status(std::string_view name) {
  return parse_enum(kMobilityStatuses, name);
}

bool may_move(MobilityStatus from, MobilityStatus to) {
  using S = MobilityStatus;
  if (to == S::cancelled)
    return from != S::completed && from != S::recognised && from != S::cancelled;
  switch (from) {
    case S::accepted:
      return to == S::preparing;
    case S::preparing:
      return to == S::abroad;
    case S::abroad:
      return to == S::completed;
    case S::completed:
      return to == S::recognised;
    default:
      return false;
  }
}

std::string_view to_string(NominationDecision decision) {
  switch (decision) {
    case NominationDecision::pending:
      return "pending";
    case NominationDecision::accepted:
      return "accepted";
    case NominationDecision::rejected:
      return "rejected";
  }
  return "pending";
}

Status validate_and_normalize(Programme& p) {
  std::vector<FieldError> errors;
  p.code = text::to_upper_ascii(text::trim(p.code));
  if (p.code.empty() || p.code.size() > 40 ||
      p.code.find_first_not_of("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_./") != std::string::npos) {
    errors.push_back({"code", "1 to 40 letters, digits and - _ . /"});
  }
  check_text(p.name, "name", 200, true, errors);
  check_text(p.name_zh, "name_zh", 200, false, errors);
  check_text(p.description, "description", 8000, false, errors);
  check_text(p.description_zh, "description_zh", 8000, false, errors);
  if (p.hosts.empty()) errors.push_back({"host_ids", "at least one host institution"});
  if (!p.conditions.empty() && !p.agreement)
    errors.push_back({"agreement_id", "conditions belong to an agreement"});
  p.language = text::to_lower_ascii(text::trim(p.language));
  if (!p.language.empty() && (p.language.size() < 2 || p.language.size() > 3))
    errors.push_back({"language", "an ISO 639-1 code"});
  check_money(p.fee, "fee", errors);
  if (p.capacity && *p.capacity < 0) errors.push_back({"capacity", "zero or more"});
  if (p.max_duration_months <= 0) p.max_duration_months = default_max_duration_months(p.kind);
  if (p.max_duration_months > 60) errors.push_back({"max_duration_months", "at most 60 months"});
  std::vector<std::string> codes;
  for (std::size_t i = 0; i < p.scholarships.size(); ++i) {
    auto& s = p.scholarships[i];
    const std::string at = fmt::format("scholarships/{}", i);
    s.code = text::to_upper_ascii(text::trim(s.code));
    if (s.code.empty()) errors.push_back({at + "/code", "required"});
    if (std::find(codes.begin(), codes.end(), s.code) != codes.end())
      errors.push_back({at + "/code", "used twice in this programme"});
    codes.push_back(s.code);
    check_text(s.name, at + "/name", 200, true, errors);
    check_text(s.name_zh, at + "/name_zh", 200, false, errors);
    check_text(s.sponsor, at + "/sponsor", 200, true, errors);
    check_text(s.eligibility, at + "/eligibility", 2000, false, errors);
    check_text(s.eligibility_zh, at + "/eligibility_zh", 2000, false, errors);
    check_money(s.amount, at + "/amount", errors);
    for (auto& n : s.nationalities) n = text::to_upper_ascii(text::trim(n));
    if (s.places && *s.places < 0) errors.push_back({at + "/places", "zero or more"});
  }
  if (!errors.empty())
    return fail(Error::invalid("the programme has invalid fields", std::move(errors)));
  return {};
}

Status validate_and_normalize(Call& c) {
  std::vector<FieldError> errors;
  c.code = text::to_upper_ascii(text::trim(c.code));
  if (c.code.empty() || c.code.size() > 40 ||
      c.code.find_first_not_of("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_./") != std::string::npos) {
    errors.push_back({"code", "1 to 40 letters, digits and - _ . /"});
  }
  check_text(c.title, "title", 200, true, errors);
  check_text(c.title_zh, "title_zh", 200, false, errors);
  if (!parse_academic_year(c.academic_year)) errors.push_back({"academic_year", "like 2027/2028"});
  if (std::find(kTerms.begin(), kTerms.end(), c.term) == kTerms.end())
    errors.push_back({"term", "autumn, spring, full_year, summer or winter"});
  const auto opens = parse_instant(c.opens_at), closes = parse_instant(c.closes_at);
  if (!opens)
    errors.push_back({"opens_at", "a time with its offset, like 2027-01-10T09:00:00+08:00"});
  if (!closes)
    errors.push_back({"closes_at", "a time with its offset, like 2027-02-28T17:00:00+08:00"});
  if (opens && closes && *closes <= *opens) errors.push_back({"closes_at", "after opens_at"});
  check_text(c.time_zone, "time_zone", 64, false, errors);
  check_rules(c.eligibility, "eligibility", errors);
  const auto& w = c.weights;
  for (const auto& [name, value] : {std::pair{"gpa", w.gpa},
                                    {"language", w.language},
                                    {"interview", w.interview},
                                    {"motivation", w.motivation}}) {
    if (!(value >= 0 && value <= 1))
      errors.push_back({fmt::format("weights/{}", name), "between 0 and 1"});
  }
  if (std::abs(w.gpa + w.language + w.interview + w.motivation - 1.0) > 1e-6)
    errors.push_back({"weights", "the weights sum to 1"});
  if (c.max_preferences < 1 || c.max_preferences > 20)
    errors.push_back({"max_preferences", "from 1 to 20"});
  std::vector<std::int64_t> ids;
  for (std::size_t i = 0; i < c.offers.size(); ++i) {
    auto& o = c.offers[i];
    const std::string at = fmt::format("offers/{}", i);
    if (o.id <= 0 || std::find(ids.begin(), ids.end(), o.id) != ids.end())
      errors.push_back({at + "/id", "a positive id, unique in the call"});
    ids.push_back(o.id);
    if (!o.host) errors.push_back({at + "/host_id", "the host institution"});
    if (o.seats < 0 || o.seats > 10000) errors.push_back({at + "/seats", "from 0 to 10000"});
    if (o.condition && !o.agreement)
      errors.push_back({at + "/agreement_id", "a condition belongs to an agreement"});
    if (!o.condition && !o.programme)
      errors.push_back({at, "an offer comes from an agreement condition or a programme"});
    check_text(o.title, at + "/title", 200, true, errors);
    check_rules(o.eligibility, at + "/eligibility", errors);
  }
  if (!errors.empty())
    return fail(Error::invalid("the call has invalid fields", std::move(errors)));
  return {};
}

Status validate_and_normalize(Mobility& m) {
  std::vector<FieldError> errors;
  if (!m.person) errors.push_back({"person_id", "required"});
  if (!m.sending) errors.push_back({"sending_institution_id", "required"});
  if (!m.receiving) errors.push_back({"receiving_institution_id", "required"});
  if (m.sending && m.sending == m.receiving)
    errors.push_back({"receiving_institution_id", "differs from the sending one"});
  if (!parse_academic_year(m.academic_year)) errors.push_back({"academic_year", "like 2026/2027"});
  const auto ps = parse_date(m.planned_start), pe = parse_date(m.planned_end);
  if (!ps) errors.push_back({"planned_start", "a date like 2026-09-01"});
  if (!pe) errors.push_back({"planned_end", "a date like 2027-01-31"});
  if (ps && pe && *pe < *ps) errors.push_back({"planned_end", "not before planned_start"});
  const auto as = m.actual_start.empty() ? std::optional<int>() : parse_date(m.actual_start);
  const auto ae = m.actual_end.empty() ? std::optional<int>() : parse_date(m.actual_end);
  if (!m.actual_start.empty() && !as) errors.push_back({"actual_start", "a date like 2026-09-03"});
  if (!m.actual_end.empty() && !ae) errors.push_back({"actual_end", "a date like 2027-01-28"});
  if (!m.actual_end.empty() && m.actual_start.empty())
    errors.push_back({"actual_start", "required with actual_end"});
  if (as && ae && *ae < *as) errors.push_back({"actual_end", "not before actual_start"});
  if (m.condition && !m.agreement)
    errors.push_back({"agreement_id", "a condition belongs to an agreement"});
  if (m.credits_planned < 0 || m.credits_planned > 120)
    errors.push_back({"credits_planned", "from 0 to 120"});
  for (std::size_t i = 0; i < m.funding.size(); ++i) {
    auto& f = m.funding[i];
    const std::string at = fmt::format("funding/{}", i);
    check_text(f.source, at + "/source", 40, true, errors);
    check_text(f.sponsor, at + "/sponsor", 200, false, errors);
    f.scholarship = text::to_upper_ascii(text::trim(f.scholarship));
    check_money(f.amount, at + "/amount", errors);
  }
  if (!errors.empty())
    return fail(Error::invalid("the mobility has invalid fields", std::move(errors)));
  return {};
}

std::optional<int> months_between(std::string_view start, std::string_view end) {
  const auto s = parse_date(start), e = parse_date(end);
  if (!s || !e || *e < *s) return std::nullopt;
  using namespace std::chrono;
  const year_month_day a{sys_days(days(*s))}, b{sys_days(days(*e))};
  int months =
      (int(b.year()) - int(a.year())) * 12 + int(unsigned(b.month())) - int(unsigned(a.month()));
  if (unsigned(b.day()) >= unsigned(a.day())) ++months;
  return std::max(months, 1);
}

bool fits_in_months(std::string_view start, std::string_view end, int months) {
  const auto s = parse_date(start), e = parse_date(end);
  if (!s || !e) return false;
  using namespace std::chrono;
  const year_month_day a{sys_days(days(*s))};
  year_month_day limit = a + std::chrono::months(months);
  if (!limit.ok()) limit = limit.year() / limit.month() / last;
  return *e <= sys_days(limit).time_since_epoch().count();
}

std::optional<double> normalized_gpa(double gpa, std::string_view scale) {
  struct Range {
    std::string_view id;
    double worst, best;
  };
  // The range each built-in scale's numbers span, worst to best; `de` runs downwards.
  static constexpr std::array<Range, 8> kRanges = {{{"cn100", 0, 100},
                                                    {"us4", 0, 4},
                                                    {"uk", 0, 100},
                                                    {"de", 5, 1},
                                                    {"fr20", 0, 20},
                                                    {"it30", 0, 30},
                                                    {"nl10", 1, 10},
                                                    {"percent", 0, 100}}};
  for (const auto& r : kRanges) {
    if (r.id != scale) continue;
    const double lo = std::min(r.worst, r.best), hi = std::max(r.worst, r.best);
    if (!(gpa >= lo && gpa <= hi)) return std::nullopt;
    return 100.0 * (gpa - r.worst) / (r.best - r.worst);
  }
  return std::nullopt;
}

namespace {

void check_one(const Person& p, const EligibilityRules& r, Verdict& v) {
  if (!v.eligible) return;
  const auto deny = [&](std::string code, std::string reason) {
    v.eligible = false;
    v.code = std::move(code);
    v.reason = std::move(reason);
  };
  if (!r.levels.empty() &&
      (!p.level || std::find(r.levels.begin(), r.levels.end(), *p.level) == r.levels.end())) {
    return deny("level", p.level ? fmt::format("open to EQF level {}; yours is {}",
                                               fmt::join(r.levels, ", "), *p.level)
                                 : fmt::format("open to EQF level {}; your level is not recorded",
                                               fmt::join(r.levels, ", ")));
  }
  if (!r.years_of_study.empty() &&
      (!p.year_of_study || std::find(r.years_of_study.begin(), r.years_of_study.end(),
                                     *p.year_of_study) == r.years_of_study.end())) {
    return deny("year_of_study",
                fmt::format("open to year {} of study", fmt::join(r.years_of_study, ", ")));
  }
  if (r.min_gpa) {
    if (!p.gpa) return deny("gpa_missing", "a GPA is required and none is recorded");
    const auto mine = normalized_gpa(*p.gpa, p.gpa_scale);
    const auto needed = normalized_gpa(*r.min_gpa, r.gpa_scale);
    const bool below = p.gpa_scale == r.gpa_scale ? *p.gpa < *r.min_gpa
                                                  : (!mine || !needed || *mine < *needed - 1e-9);
    if (below) {
      return deny("gpa", fmt::format("a GPA of at least {} ({}) is required; yours is {} ({})",
                                     *r.min_gpa, r.gpa_scale, *p.gpa, p.gpa_scale));
    }
  }
  if (!r.min_cefr.empty()) {
    const int needed = cefr_rank(r.min_cefr).value_or(0);
    int best = 0;
    for (const auto& l : p.languages) {
      if (l.language == r.language) best = std::max(best, cefr_rank(l.cefr).value_or(0));
    }
    if (best < needed) {
      return deny(
          "language",
          fmt::format("{} at level {} or above is required; {}", r.language, r.min_cefr,
                      best ? "your certificate is below it" : "no certificate is recorded"));
    }
  }
  if (!r.field.empty() &&
      !(p.field.size() >= r.field.size() && p.field.compare(0, r.field.size(), r.field) == 0)) {
    return deny("field", fmt::format("open to the field {}{}", r.field,
                                     p.field.empty() ? "; yours is not recorded"
                                                     : fmt::format("; yours is {}", p.field)));
  }
}

}  // namespace

Verdict eligibility(const Person& person, const Call& call, const Offer& offer) {
  Verdict v;
  v.offer = offer.id;
  check_one(person, call.eligibility, v);
  check_one(person, offer.eligibility, v);
  if (v.eligible && offer.seats == 0) {
    v.eligible = false;
    v.code = "no_seats";
    v.reason = "this offer has no seats";
  }
  return v;
}

double score_of(const Person& person, const Call& call, const Application& application) {
  const auto& w = call.weights;
  const double gpa = person.gpa ? normalized_gpa(*person.gpa, person.gpa_scale).value_or(0) : 0;
  int best = 0;
  for (const auto& l : person.languages) {
    if (call.eligibility.language.empty() || l.language == call.eligibility.language)
      best = std::max(best, cefr_rank(l.cefr).value_or(0));
  }
  const double language = best ? (best - 1) * 20.0 : 0;
  const double total = w.gpa * gpa + w.language * language +
                       w.interview * application.interview_score.value_or(0) +
                       w.motivation * application.motivation_score.value_or(0);
  return std::round(total * 100) / 100;
}

}  // namespace orbis::domain
