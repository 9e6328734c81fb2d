#include "domain/agreement.h"

#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <chrono>
#include <set>

#include "common/text.h"
#include "domain/names.h"
#include "domain/reference.h"

namespace orbis::domain {
namespace {

constexpr std::array<std::string_view, 8> kKinds = {
    "student_exchange", "staff_exchange",   "joint_research", "curriculum_development",
    "joint_degree",     "summer_programme", "internship",     "framework_mou"};
constexpr std::array<std::string_view, 8> kStatuses = {
    "draft", "negotiation", "signed", "active", "expiring", "expired", "terminated", "renewed"};
constexpr std::array<std::string_view, 7> kMobilityTypes = {
    "student_studies",  "student_traineeship", "staff_teaching", "staff_training",
    "summer_programme", "research_visit",      "joint_degree"};

template <typename E, std::size_t N>
std::vector<E> every(const std::array<std::string_view, N>&) {
  std::vector<E> v;
  v.reserve(N);
  for (std::size_t i = 0; i < N; ++i) v.push_back(static_cast<E>(i));
  return v;
}

bool valid_email(const std::string& email) {
  const auto at = email.find('@');
  return at != std::string::npos && at > 0 && email.find('.', at) != std::string::npos &&
         email.find_first_of(" <>,;\"") == std::string::npos;
}

}  // namespace

std::string_view to_string(AgreementKind k) { return kKinds[static_cast<int>(k)]; }
std::string_view to_string(AgreementStatus s) { return kStatuses[static_cast<int>(s)]; }
std::string_view to_string(MobilityType t) { return kMobilityTypes[static_cast<int>(t)]; }
std::optional<AgreementKind> parse_agreement_kind(std::string_view s) {
  return enum_of<AgreementKind>(kKinds, s);
}
std::optional<AgreementStatus> parse_agreement_status(std::string_view s) {
  return enum_of<AgreementStatus>(kStatuses, s);
}
std::optional<MobilityType> parse_mobility_type(std::string_view s) {
  return enum_of<MobilityType>(kMobilityTypes, s);
}
const std::vector<AgreementKind>& all_agreement_kinds() {
  static const auto v = every<AgreementKind>(kKinds);
  return v;
}
const std::vector<AgreementStatus>& all_agreement_statuses() {
  static const auto v = every<AgreementStatus>(kStatuses);
  return v;
}
const std::vector<MobilityType>& all_mobility_types() {
  static const auto v = every<MobilityType>(kMobilityTypes);
  return v;
}
bool is_staff(MobilityType t) {
  return t == MobilityType::staff_teaching || t == MobilityType::staff_training;
}

const Party* Agreement::home() const {
  for (const auto& p : parties) {
    if (p.is_home) return &p;
  }
  return nullptr;
}

bool Agreement::has_party(InstitutionId institution) const {
  return std::any_of(parties.begin(), parties.end(),
                     [&](const Party& p) { return p.institution == institution; });
}

Status validate_and_normalize(Agreement& a) {
  std::vector<FieldError> errors;
  const auto bad = [&](std::string field, std::string message) {
    errors.push_back({std::move(field), std::move(message)});
  };
  a.title = std::string(text::trim(a.title));
  a.code = std::string(text::trim(a.code));
  if (a.title.empty()) bad("title", "a title is required");
  if (a.title.size() > 300 || !text::valid_utf8(a.title))
    bad("title", "UTF-8 text of at most 300 bytes");
  if (a.code.size() > 64 || !text::valid_utf8(a.code)) bad("code", "at most 64 characters");
  if (a.kinds.empty()) bad("kinds", "choose at least one kind");
  std::sort(a.kinds.begin(), a.kinds.end());
  a.kinds.erase(std::unique(a.kinds.begin(), a.kinds.end()), a.kinds.end());
  const auto start = parse_date(a.start_date);
  if (!start) bad("start_date", "a date like 2025-09-01 is required");
  std::optional<int> end;
  if (!a.end_date.empty()) {
    end = parse_date(a.end_date);
    if (!end)
      bad("end_date", "a date like 2030-08-31, or empty for no end");
    else if (start && *end <= *start)
      bad("end_date", "the end must come after the start");
  }
  if (!text::valid_utf8(a.notes) || a.notes.size() > 20000)
    bad("notes", "UTF-8 text of at most 20,000 bytes");
  std::set<std::string> tags;
  for (auto& t : a.tags) {
    const auto tag = text::to_lower_ascii(text::trim(t));
    if (!tag.empty()) tags.insert(tag);
  }
  a.tags.assign(tags.begin(), tags.end());
  int homes = 0;
  std::set<std::int64_t> institutions;
  for (std::size_t i = 0; i < a.parties.size(); ++i) {
    auto& p = a.parties[i];
    const auto at = fmt::format("parties/{}", i);
    if (!p.institution) bad(at + "/institution_id", "choose an institution");
    if (!institutions.insert(p.institution.value).second)
      bad(at + "/institution_id", "this institution is already a party");
    if (p.is_home) ++homes;
    p.contact.email = text::to_lower_ascii(text::trim(p.contact.email));
    if (!p.contact.email.empty() && !valid_email(p.contact.email))
      bad(at + "/contact/email", "not an email address");
    if (!p.signed_on.empty() && !parse_date(p.signed_on))
      bad(at + "/signed_on", "a date like 2025-06-01");
  }
  if (homes != 1) bad("parties", "exactly one party must be the home institution");
  if (a.parties.size() < 2)
    bad("parties", "an agreement needs at least one partner besides the home institution");
  for (std::size_t i = 0; i < a.conditions.size(); ++i) {
    auto& c = a.conditions[i];
    const auto at = fmt::format("conditions/{}", i);
    if (!institutions.contains(c.sending.value))
      bad(at + "/sending_institution_id", "must be one of the parties");
    if (!institutions.contains(c.receiving.value))
      bad(at + "/receiving_institution_id", "must be one of the parties");
    if (c.sending == c.receiving)
      bad(at + "/receiving_institution_id", "sending and receiving must differ");
    const auto first = parse_academic_year(c.first_academic_year);
    const auto last = parse_academic_year(c.last_academic_year);
    if (!first) bad(at + "/academic_years/first", "an academic year like 2025/2026");
    if (!last) bad(at + "/academic_years/last", "an academic year like 2029/2030");
    if (first && last && *last < *first)
      bad(at + "/academic_years/last", "the last year comes before the first");
    std::sort(c.eqf_levels.begin(), c.eqf_levels.end());
    c.eqf_levels.erase(std::unique(c.eqf_levels.begin(), c.eqf_levels.end()), c.eqf_levels.end());
    for (const int level : c.eqf_levels) {
      if (level < 5 || level > 8)
        bad(at + "/eqf_levels", "EQF levels run from 5 (short cycle) to 8 (doctorate)");
    }
    c.isced = std::string(text::trim(c.isced));
    if (!c.isced.empty() && !find_isced(c.isced)) {
      bad(at + "/isced", fmt::format("'{}' is not an ISCED-F 2013 field code", c.isced));
    }
    if (c.seats_per_year < 0 || c.seats_per_year > 10000)
      bad(at + "/seats_per_year", "between 0 and 10,000");
    if (c.months_per_seat && (*c.months_per_seat <= 0 || *c.months_per_seat > 36)) {
      bad(at + "/months_per_seat", "more than 0 and at most 36");
    }
    if (c.total_months_per_year &&
        (*c.total_months_per_year < 0 || *c.total_months_per_year > 10000)) {
      bad(at + "/total_months_per_year", "between 0 and 10,000");
    }
    if (c.total_days_per_year && (*c.total_days_per_year < 0 || *c.total_days_per_year > 100000)) {
      bad(at + "/total_days_per_year", "between 0 and 100,000");
    }
    for (std::size_t k = 0; k < c.languages.size(); ++k) {
      auto& l = c.languages[k];
      l.language = text::to_lower_ascii(text::trim(l.language));
      l.cefr = text::to_lower_ascii(text::trim(l.cefr));
      for (auto& ch : l.cefr) ch = static_cast<char>(std::toupper(static_cast<unsigned char>(ch)));
      if (l.language.size() < 2 || l.language.size() > 3 ||
          l.language.find_first_not_of("abcdefghijklmnopqrstuvwxyz") != std::string::npos) {
        bad(fmt::format("{}/languages/{}/language", at, k), "an ISO 639-1 code like en or zh");
      }
      if (!l.cefr.empty() && !cefr_rank(l.cefr))
        bad(fmt::format("{}/languages/{}/cefr", at, k), "a CEFR level A1 to C2");
    }
    if (!text::valid_utf8(c.other_terms)) bad(at + "/other_terms", "must be UTF-8 text");
  }
  if (!errors.empty())
    return fail(Error::invalid("the agreement has invalid fields", std::move(errors)));
  return {};
}

Agreement as_seen_by_partner(Agreement a, InstitutionId partner) {
  std::erase_if(a.conditions, [&](const CooperationCondition& c) {
    return c.sending != partner && c.receiving != partner;
  });
  const auto named = [&](InstitutionId institution) {
    return std::any_of(a.conditions.begin(), a.conditions.end(), [&](const auto& c) {
      return c.sending == institution || c.receiving == institution;
    });
  };
  std::erase_if(a.parties, [&](const Party& p) {
    return !p.is_home && p.institution != partner && !named(p.institution);
  });
  for (auto& p : a.parties) {
    if (p.is_home || p.institution == partner) continue;
    p.contact = {};
    p.signatory = {};
    p.org_unit.reset();
    p.signed_on.clear();
  }
  return a;
}

AgreementStatus effective_status(const Agreement& a, int today, int notice_days) {
  if (a.status != AgreementStatus::active || a.end_date.empty()) return a.status;
  const auto end = parse_date(a.end_date);
  if (!end) return a.status;
  if (today > *end) return AgreementStatus::expired;
  if (*end - today <= notice_days) return AgreementStatus::expiring;
  return a.status;
}

bool transition_allowed(AgreementStatus from, AgreementStatus to) {
  using S = AgreementStatus;
  // An active agreement past its notice date or its end is still stored as active.
  if (from == S::expiring) from = S::active;
  switch (from) {
    case S::draft:
      return to == S::negotiation || to == S::terminated;
    case S::negotiation:
      return to == S::draft || to == S::signed_ || to == S::terminated;
    case S::signed_:
      return to == S::active || to == S::terminated;
    case S::active:
      return to == S::terminated || to == S::renewed;
    case S::expired:
      return to == S::renewed;
    default:
      return false;
  }
}

std::string academic_year_of(int day) {
  const std::chrono::year_month_day ymd{std::chrono::sys_days(std::chrono::days(day))};
  const int y = int(ymd.year());
  const int first = unsigned(ymd.month()) >= 9 ? y : y - 1;
  return fmt::format("{}/{}", first, first + 1);
}

}  // namespace orbis::domain
