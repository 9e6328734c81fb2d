// Joint research projects (domain/research/project.h).
#include "domain/research/project.h"

#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <set>
#include <utility>

#include "common/text.h"
#include "domain/fields.h"
#include "domain/reference.h"

namespace orbis::domain::research {
namespace {

template <typename E, std::size_t N>
using Names = std::array<std::pair<E, std::string_view>, N>;

constexpr Names<PartnerRole, 3> kPartnerRoles = {{{PartnerRole::coordinator, "coordinator"},
                                                  {PartnerRole::partner, "partner"},
                                                  {PartnerRole::associate, "associate"}}};
constexpr Names<InvestigatorRole, 2> kInvestigatorRoles = {
    {{InvestigatorRole::principal, "principal"},
     {InvestigatorRole::co_investigator, "co_investigator"}}};
constexpr Names<OutputKind, 6> kOutputKinds = {{{OutputKind::publication, "publication"},
                                                {OutputKind::patent, "patent"},
                                                {OutputKind::dataset, "dataset"},
                                                {OutputKind::software, "software"},
                                                {OutputKind::prototype, "prototype"},
                                                {OutputKind::other, "other"}}};
constexpr Names<ProjectStatus, 3> kStatuses = {{{ProjectStatus::planned, "planned"},
                                                {ProjectStatus::active, "active"},
                                                {ProjectStatus::ended, "ended"}}};

template <typename E, std::size_t N>
std::string_view name_in(const Names<E, N>& names, E value) {
  for (const auto& [v, name] : names)
    if (v == value) return name;
  return "";
}

template <typename E, std::size_t N>
std::optional<E> value_in(const Names<E, N>& names, std::string_view name) {
  for (const auto& [v, n] : names)
    if (n == name) return v;
  return std::nullopt;
}

constexpr std::size_t kMaxTitle = 300;
constexpr std::size_t kMaxAcronym = 40;
constexpr std::size_t kMaxSummary = 4000;
constexpr std::size_t kMaxName = 200;
constexpr std::size_t kMaxUrl = 2000;
// More would be a consortium register, not a project record.
constexpr std::size_t kMaxItems = 100;

void check_count(std::size_t size, const char* field, std::vector<FieldError>& errors) {
  if (size > kMaxItems) errors.push_back({field, fmt::format("at most {} items", kMaxItems)});
}

// Keeps the first of each id, in order.
template <typename Ids>
void drop_repeats(Ids& ids) {
  std::set<std::int64_t> seen;
  std::erase_if(ids, [&](const auto& id) { return !seen.insert(id.value).second; });
}

bool is_http_url(std::string_view url) {
  return text::starts_with_icase(url, "https://") || text::starts_with_icase(url, "http://");
}

}  // namespace

std::string_view to_string(PartnerRole role) { return name_in(kPartnerRoles, role); }
std::optional<PartnerRole> parse_partner_role(std::string_view name) {
  return value_in(kPartnerRoles, name);
}
std::string_view to_string(InvestigatorRole role) { return name_in(kInvestigatorRoles, role); }
std::optional<InvestigatorRole> parse_investigator_role(std::string_view name) {
  return value_in(kInvestigatorRoles, name);
}
std::string_view to_string(OutputKind kind) { return name_in(kOutputKinds, kind); }
std::optional<OutputKind> parse_output_kind(std::string_view name) {
  return value_in(kOutputKinds, name);
}
std::string_view to_string(ProjectStatus status) { return name_in(kStatuses, status); }
std::optional<ProjectStatus> parse_project_status(std::string_view name) {
  return value_in(kStatuses, name);
}

std::optional<std::string> normalize_orcid(std::string_view text) {
  std::string_view id = text::trim(text);
  for (const std::string_view prefix : {"https://orcid.org/", "http://orcid.org/", "orcid.org/"}) {
    if (text::starts_with_icase(id, prefix)) {
      id.remove_prefix(prefix.size());
      break;
    }
  }
  if (id.size() != 19) return std::nullopt;
  std::string digits;
  for (std::size_t i = 0; i < id.size(); ++i) {
    const char c = id[i];
    if (i % 5 == 4) {
      if (c != '-') return std::nullopt;
    } else if ((c >= '0' && c <= '9') || (i == 18 && (c == 'X' || c == 'x'))) {
      digits.push_back(c == 'x' ? 'X' : c);
    } else {
      return std::nullopt;
    }
  }
  // ISO 7064 MOD 11-2 over the first fifteen digits.
  int total = 0;
  for (std::size_t i = 0; i + 1 < digits.size(); ++i) total = (total + (digits[i] - '0')) * 2;
  const int check = (12 - total % 11) % 11;
  const char expected = check == 10 ? 'X' : static_cast<char>('0' + check);
  if (digits.back() != expected) return std::nullopt;
  return fmt::format("{}-{}-{}-{}", digits.substr(0, 4), digits.substr(4, 4), digits.substr(8, 4),
                     digits.substr(12, 4));
}

std::optional<std::string> normalize_doi(std::string_view text) {
  std::string_view doi = text::trim(text);
  for (const std::string_view prefix : {"https://doi.org/", "http://doi.org/",
                                        "https://dx.doi.org/", "http://dx.doi.org/", "doi:"}) {
    if (text::starts_with_icase(doi, prefix)) {
      doi.remove_prefix(prefix.size());
      break;
    }
  }
  const auto slash = doi.find('/');
  if (!doi.starts_with("10.") || slash == std::string_view::npos || slash < 4 ||
      slash + 1 >= doi.size() || doi.size() > 300)
    return std::nullopt;
  for (const char c : doi.substr(3, slash - 3))
    if ((c < '0' || c > '9') && c != '.') return std::nullopt;
  for (const char c : doi)
    if (static_cast<unsigned char>(c) <= ' ') return std::nullopt;
  return std::string(doi);
}

Status validate_and_normalize(Project& p) {
  std::vector<FieldError> errors;
  check_text(p.title, "title", kMaxTitle, true, errors);
  check_text(p.acronym, "acronym", kMaxAcronym, false, errors);
  check_text(p.summary, "summary", kMaxSummary, false, errors);
  p.start_date = std::string(text::trim(p.start_date));
  p.end_date = std::string(text::trim(p.end_date));
  const auto start = parse_date(p.start_date);
  const auto end = parse_date(p.end_date);
  if (!start) errors.push_back({"start_date", "a date like 2026-09-01"});
  if (!end) errors.push_back({"end_date", "a date like 2026-09-01"});
  if (start && end && *end < *start) errors.push_back({"end_date", "not before the start date"});

  check_count(p.partners.size(), "partners", errors);
  std::set<std::int64_t> partners;
  for (std::size_t i = 0; i < p.partners.size(); ++i) {
    if (!partners.insert(p.partners[i].institution.value).second)
      errors.push_back({fmt::format("partners/{}/institution_id", i), "already a partner"});
  }
  if (std::ranges::count(p.partners, PartnerRole::coordinator, &ProjectPartner::role) > 1)
    errors.push_back({"partners", "at most one coordinator"});

  check_count(p.investigators.size(), "investigators", errors);
  for (std::size_t i = 0; i < p.investigators.size(); ++i) {
    auto& inv = p.investigators[i];
    const std::string at = fmt::format("investigators/{}", i);
    check_text(inv.name, at + "/name", kMaxName, true, errors);
    inv.orcid = std::string(text::trim(inv.orcid));
    if (!inv.orcid.empty()) {
      if (auto orcid = normalize_orcid(inv.orcid))
        inv.orcid = *orcid;
      else
        errors.push_back({at + "/orcid", "an ORCID iD like 0000-0002-1825-0097"});
    }
  }

  check_count(p.funding.size(), "funding", errors);
  for (std::size_t i = 0; i < p.funding.size(); ++i) {
    auto& f = p.funding[i];
    const std::string at = fmt::format("funding/{}", i);
    check_text(f.funder, at + "/funder", kMaxName, true, errors);
    check_text(f.programme, at + "/programme", kMaxName, false, errors);
    check_money(f.amount, at + "/amount", errors);
  }

  check_count(p.outputs.size(), "outputs", errors);
  for (std::size_t i = 0; i < p.outputs.size(); ++i) {
    auto& o = p.outputs[i];
    const std::string at = fmt::format("outputs/{}", i);
    check_text(o.title, at + "/title", kMaxTitle, true, errors);
    if (o.year && (*o.year < 1900 || *o.year > 2100))
      errors.push_back({at + "/year", "a year from 1900 to 2100"});
    o.doi = std::string(text::trim(o.doi));
    if (!o.doi.empty()) {
      if (auto doi = normalize_doi(o.doi))
        o.doi = *doi;
      else
        errors.push_back({at + "/doi", "a DOI like 10.1000/xyz"});
    }
    check_text(o.url, at + "/url", kMaxUrl, false, errors);
    if (!o.url.empty() && !is_http_url(o.url))
      errors.push_back({at + "/url", "an http or https address"});
  }

  check_count(p.agreements.size(), "agreement_ids", errors);
  check_count(p.visits.size(), "visit_ids", errors);
  drop_repeats(p.agreements);
  drop_repeats(p.visits);
  if (!errors.empty()) return fail(Error::invalid("the project has invalid fields", errors));
  return {};
}

ProjectStatus status_on(const Project& p, std::string_view today) {
  if (today < p.start_date) return ProjectStatus::planned;
  if (today > p.end_date) return ProjectStatus::ended;
  return ProjectStatus::active;
}

}  // namespace orbis::domain::research
