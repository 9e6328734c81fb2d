#include "domain/institution.h"

#include <fmt/format.h>

#include <algorithm>
#include <array>

#include "common/text.h"
#include "domain/country.h"

namespace orbis::domain {
namespace {

constexpr std::array<std::string_view, 9> kTypeNames = {"education", "company",    "facility",
                                                        "funder",    "government", "healthcare",
                                                        "nonprofit", "archive",    "other"};
constexpr std::array<std::string_view, 5> kNameKinds = {"display", "zh", "alias", "acronym",
                                                        "label"};

// Crockford base32 as ROR uses it: no i, l, o, u.
constexpr std::string_view kRorAlphabet = "0123456789abcdefghjkmnpqrstvwxyz";

bool valid_url(std::string_view url) {
  if (!url.starts_with("https://") && !url.starts_with("http://")) return false;
  const std::string_view rest = url.substr(url.find("//") + 2);
  const auto host = rest.substr(0, rest.find_first_of("/?#"));
  return normalize_domain(host).has_value() &&
         url.find_first_of(" \t\r\n<>\"") == std::string_view::npos;
}

}  // namespace

std::string_view to_string(InstitutionType type) { return kTypeNames[static_cast<int>(type)]; }

std::optional<InstitutionType> parse_institution_type(std::string_view name) {
  const auto lower = text::to_lower_ascii(text::trim(name));
  for (std::size_t i = 0; i < kTypeNames.size(); ++i) {
    if (kTypeNames[i] == lower) return static_cast<InstitutionType>(i);
  }
  return std::nullopt;
}

const std::vector<InstitutionType>& all_institution_types() {
  static const std::vector<InstitutionType> all = [] {
    std::vector<InstitutionType> v;
    v.reserve(kTypeNames.size());
    for (std::size_t i = 0; i < kTypeNames.size(); ++i)
      v.push_back(static_cast<InstitutionType>(i));
    return v;
  }();
  return all;
}

std::string_view to_string(NameKind kind) { return kNameKinds[static_cast<int>(kind)]; }

std::optional<NameKind> parse_name_kind(std::string_view name) {
  for (std::size_t i = 0; i < kNameKinds.size(); ++i) {
    if (kNameKinds[i] == name) return static_cast<NameKind>(i);
  }
  return std::nullopt;
}

std::string Institution::ror_url() const {
  return ror_id.empty() ? std::string() : "https://ror.org/" + ror_id;
}

std::optional<std::string> normalize_domain(std::string_view text) {
  std::string_view s = text::trim(text);
  for (const std::string_view scheme : {"https://", "http://"}) {
    if (text::starts_with_icase(s, scheme)) s.remove_prefix(scheme.size());
  }
  s = s.substr(0, s.find_first_of("/?#:"));
  std::string domain = text::to_lower_ascii(s);
  if (domain.starts_with("www.")) domain.erase(0, 4);
  while (!domain.empty() && domain.back() == '.') domain.pop_back();
  if (domain.empty() || domain.size() > 253 || domain.find('.') == std::string::npos) {
    return std::nullopt;
  }
  for (const auto& label : text::split(domain, '.')) {
    if (label.empty() || label.size() > 63 || label.front() == '-' || label.back() == '-') {
      return std::nullopt;
    }
    for (const char c : label) {
      const bool ok = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-';
      if (!ok) return std::nullopt;
    }
  }
  return domain;
}

std::optional<std::string> normalize_ror_id(std::string_view text) {
  std::string_view s = text::trim(text);
  for (const std::string_view prefix : {"https://ror.org/", "http://ror.org/", "ror.org/"}) {
    if (text::starts_with_icase(s, prefix)) s.remove_prefix(prefix.size());
  }
  std::string id = text::to_lower_ascii(s);
  if (id.size() != 9 || id[0] != '0') return std::nullopt;
  // ISO/IEC 7064 MOD 97-10 over the base32 value of the first seven characters.
  std::uint64_t value = 0;
  for (int i = 0; i < 7; ++i) {
    const auto digit = kRorAlphabet.find(id[i]);
    if (digit == std::string_view::npos) return std::nullopt;
    value = value * 32 + digit;
  }
  if (!std::isdigit(static_cast<unsigned char>(id[7])) ||
      !std::isdigit(static_cast<unsigned char>(id[8]))) {
    return std::nullopt;
  }
  const int checksum = (id[7] - '0') * 10 + (id[8] - '0');
  if (static_cast<std::uint64_t>(checksum) != 98 - (value * 100) % 97) return std::nullopt;
  return id;
}

Status validate_and_normalize(Institution& in) {
  std::vector<FieldError> errors;
  in.name = std::string(text::trim(in.name));
  in.name_zh = std::string(text::trim(in.name_zh));
  in.city = std::string(text::trim(in.city));
  if (in.name.empty()) errors.push_back({"name", "a name is required"});
  if (in.name.size() > 500) errors.push_back({"name", "a name has at most 500 bytes"});
  for (const auto* field : {&in.name, &in.name_zh, &in.city, &in.state_province}) {
    if (!text::valid_utf8(*field)) errors.push_back({"name", "names must be UTF-8 text"});
  }
  if (const auto country = CountryCode::parse(in.country)) {
    in.country = country->str();
  } else {
    errors.push_back(
        {"country", fmt::format("'{}' is not an ISO 3166-1 alpha-2 country code", in.country)});
  }
  if (!in.ror_id.empty()) {
    if (const auto ror = normalize_ror_id(in.ror_id)) {
      in.ror_id = *ror;
    } else {
      errors.push_back({"ror_id", fmt::format("'{}' is not a valid ROR id", in.ror_id)});
    }
  }
  if (!in.website.empty() && !valid_url(in.website)) {
    errors.push_back({"website", "the website must be an http(s) URL"});
  }
  if (!in.wikidata.empty()) {
    const bool ok = in.wikidata.size() > 1 && in.wikidata[0] == 'Q' &&
                    std::all_of(in.wikidata.begin() + 1, in.wikidata.end(),
                                [](char c) { return c >= '0' && c <= '9'; });
    if (!ok) errors.push_back({"wikidata", "a Wikidata id looks like Q12345"});
  }
  if (in.established && (*in.established < 800 || *in.established > 2100)) {
    errors.push_back({"established", "the founding year must be between 800 and 2100"});
  }
  if (in.types.empty()) in.types.push_back(InstitutionType::education);
  std::sort(in.types.begin(), in.types.end());
  in.types.erase(std::unique(in.types.begin(), in.types.end()), in.types.end());
  std::vector<std::string> domains;
  for (std::size_t i = 0; i < in.domains.size(); ++i) {
    if (const auto d = normalize_domain(in.domains[i])) {
      if (std::find(domains.begin(), domains.end(), *d) == domains.end()) domains.push_back(*d);
    } else {
      errors.push_back(
          {fmt::format("domains/{}", i), fmt::format("'{}' is not a web domain", in.domains[i])});
    }
  }
  in.domains = std::move(domains);
  for (std::size_t i = 0; i < in.names.size(); ++i) {
    auto& n = in.names[i];
    n.name = std::string(text::trim(n.name));
    if (n.name.empty() || !text::valid_utf8(n.name)) {
      errors.push_back({fmt::format("names/{}", i), "a name must be non-empty UTF-8 text"});
    }
  }
  if (!errors.empty())
    return fail(Error::invalid("the institution has invalid fields", std::move(errors)));
  return {};
}

Status validate_and_normalize(OrgUnit& unit) {
  std::vector<FieldError> errors;
  unit.name = std::string(text::trim(unit.name));
  unit.name_zh = std::string(text::trim(unit.name_zh));
  unit.code = std::string(text::trim(unit.code));
  if (unit.name.empty()) errors.push_back({"name", "a name is required"});
  if (!text::valid_utf8(unit.name) || !text::valid_utf8(unit.name_zh)) {
    errors.push_back({"name", "names must be UTF-8 text"});
  }
  if (unit.code.size() > 64) errors.push_back({"code", "a code has at most 64 characters"});
  if (!errors.empty())
    return fail(Error::invalid("the org unit has invalid fields", std::move(errors)));
  return {};
}

}  // namespace orbis::domain
