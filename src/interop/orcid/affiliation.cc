#include "interop/orcid/affiliation.h"

#include <fmt/format.h>

#include <algorithm>
#include <optional>
#include <vector>

#include "common/text.h"
#include "domain/institution.h"
#include "interop/xml_support.h"
#include "interop/xml_writer.h"

namespace orbis::interop::orcid {
namespace {

constexpr std::string_view kRorPrefix = "https://ror.org/";

// A date as ORCID's fuzzy date holds it: a year, then optionally a month, then optionally a
// day, each as the ISO text gave it ("2025", "03", "01").
struct FuzzyDate {
  std::string_view year;
  std::string_view month;  // empty when not given
  std::string_view day;    // empty when not given
};

bool all_digits(std::string_view text) {
  return std::all_of(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; });
}

// "YYYY-MM-DD" (a real day), "YYYY-MM" or "YYYY", with no time zone; nullopt otherwise.
std::optional<FuzzyDate> parse_date(std::string_view text) {
  if (text.size() == 10 && xml::is_date(text)) {
    return FuzzyDate{text.substr(0, 4), text.substr(5, 2), text.substr(8, 2)};
  }
  if (text.size() == 7 && xml::is_year_month(text)) {
    return FuzzyDate{text.substr(0, 4), text.substr(5, 2), {}};
  }
  if (text.size() == 4 && all_digits(text)) return FuzzyDate{text, {}, {}};
  return std::nullopt;
}

// Collects what is wrong, field by field, so that one refusal names every bad field.
class Problems {
 public:
  void add(std::string_view field, std::string problem) {
    fields_.push_back({std::string(field), std::move(problem)});
  }

  // A text field, trimmed: present when required, and text ORCID and XML take.
  void check_text(std::string_view field, std::string_view value, bool required) {
    const std::string_view trimmed = text::trim(value);
    if (trimmed.empty()) {
      if (required) add(field, "is required");
      return;
    }
    if (auto escaped = xml::escape_text(trimmed, field); !escaped) {
      // escape_text's message begins with the field's name; keep only what follows it.
      std::string_view what = escaped.error().message;
      if (what.starts_with(field)) what = text::trim(what.substr(field.size()));
      return add(field, std::string(what));
    }
    const std::size_t characters = text::decode(trimmed).size();
    if (characters > kLongestText) {
      add(field,
          fmt::format("has {} characters; ORCID takes at most {}", characters, kLongestText));
    }
  }

  // A date field; nullopt when it is absent (and may be) or wrong.
  std::optional<FuzzyDate> check_date(std::string_view field, std::string_view value,
                                      bool required) {
    if (value.empty()) {
      if (required) add(field, "is required");
      return std::nullopt;
    }
    const auto date = parse_date(value);
    if (!date) {
      add(field,
          fmt::format("\"{}\" is not an ISO date like 2025-03-14 (or 2025-03, or 2025)", value));
      return std::nullopt;
    }
    const int year = std::stoi(std::string(date->year));
    if (year < kFirstYear || year > kLastYear) {
      add(field, fmt::format("\"{}\" is outside the years ORCID takes, {} to {}", value, kFirstYear,
                             kLastYear));
      return std::nullopt;
    }
    return date;
  }

  Status result() && {
    if (fields_.empty()) return {};
    std::vector<std::string> parts;
    parts.reserve(fields_.size());
    for (const FieldError& field : fields_) parts.push_back(field.field + " " + field.message);
    return fail(Error::invalid(
        fmt::format("the ORCID affiliation has invalid fields: {}", text::join(parts, "; ")),
        std::move(fields_)));
  }

 private:
  std::vector<FieldError> fields_;
};

// The checked values to_xml writes: trimmed text, the ROR id as its URL.
struct Checked {
  std::string_view department_name;
  std::string_view role_title;
  FuzzyDate start;
  std::optional<FuzzyDate> end;
  std::string_view name;
  std::string_view city;
  std::string_view region;
  std::string_view country;
  std::string ror_url;  // empty when there is none
  std::string_view url;
};

Result<Checked> check(const Affiliation& a) {
  Problems problems;
  const Organization& org = a.organization;
  problems.check_text("department_name", a.department_name, false);
  problems.check_text("role_title", a.role_title, false);
  problems.check_text("organization.name", org.name, true);
  problems.check_text("organization.city", org.city, true);
  problems.check_text("organization.region", org.region, false);

  const std::string_view country = text::trim(org.country);
  if (country.empty()) {
    problems.add("organization.country", "is required");
  } else if (auto problem = xml::check::country(country)) {
    problems.add("organization.country", *problem);
  }

  std::string ror_url;
  if (!text::trim(org.ror).empty()) {
    if (const auto id = domain::normalize_ror_id(org.ror)) {
      ror_url = std::string(kRorPrefix) + *id;
    } else {
      problems.add("organization.ror",
                   fmt::format("\"{}\" is not a ROR id like https://ror.org/05hfa4n20", org.ror));
    }
  }

  const std::string_view url = text::trim(a.url);
  if (!url.empty()) {
    if (auto problem = xml::check::http_url(url)) problems.add("url", *problem);
  }

  const auto start = problems.check_date("start_date", a.start_date, true);
  const auto end = problems.check_date("end_date", a.end_date, false);
  if (start && end) {
    // Both are fixed-width ISO text, so comparing the parts both give compares the dates; a
    // month is not before a day within it.
    const std::size_t common = std::min(a.start_date.size(), a.end_date.size());
    if (a.end_date.compare(0, common, a.start_date, 0, common) < 0) {
      problems.add("end_date",
                   fmt::format("\"{}\" is before start_date \"{}\"", a.end_date, a.start_date));
    }
  }

  if (auto status = std::move(problems).result(); !status) return fail(status.error());
  return Checked{.department_name = text::trim(a.department_name),
                 .role_title = text::trim(a.role_title),
                 .start = *start,
                 .end = end,
                 .name = text::trim(org.name),
                 .city = text::trim(org.city),
                 .region = text::trim(org.region),
                 .country = country,
                 .ror_url = std::move(ror_url),
                 .url = url};
}

void write_optional(xml::Writer& w, std::string_view name, std::string_view value) {
  if (!value.empty()) w.leaf(name, value);
}

void write_date(xml::Writer& w, std::string_view name, const FuzzyDate& date) {
  w.open(name);
  w.leaf("common:year", date.year);
  write_optional(w, "common:month", date.month);
  write_optional(w, "common:day", date.day);
  w.close();
}

}  // namespace

std::string_view schema_for(AffiliationKind kind) {
  return kind == AffiliationKind::employment ? "record_3.0/employment-3.0.xsd"
                                             : "record_3.0/invited-position-3.0.xsd";
}

Result<std::string> to_xml(const Affiliation& affiliation) {
  auto checked = check(affiliation);
  if (!checked) return fail(checked.error());
  const Checked& c = *checked;

  const bool employment = affiliation.kind == AffiliationKind::employment;
  const std::string_view prefix = employment ? "employment" : "invited-position";
  std::string out = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";
  xml::Writer w(out, "", {}, 0);
  // The children of an affiliation are all in the common namespace, in this order:
  // department-name, role-title, start-date, end-date, organization, url (common-3.0.xsd,
  // complexType "affiliation").
  w.open(fmt::format("{0}:{0}", prefix),
         {{fmt::format("xmlns:{}", prefix), employment ? kEmploymentNs : kInvitedPositionNs},
          {"xmlns:common", kCommonNs}});
  write_optional(w, "common:department-name", c.department_name);
  write_optional(w, "common:role-title", c.role_title);
  write_date(w, "common:start-date", c.start);
  if (c.end) write_date(w, "common:end-date", *c.end);
  w.open("common:organization");
  w.leaf("common:name", c.name);
  w.open("common:address");
  w.leaf("common:city", c.city);
  write_optional(w, "common:region", c.region);
  w.leaf("common:country", c.country);
  w.close();
  if (!c.ror_url.empty()) {
    w.open("common:disambiguated-organization");
    w.leaf("common:disambiguated-organization-identifier", c.ror_url);
    w.leaf("common:disambiguation-source", "ROR");
    w.close();
  }
  w.close();
  write_optional(w, "common:url", c.url);
  w.close();
  if (w.error()) return fail(*w.error());
  return out;
}

}  // namespace orbis::interop::orcid
