// OpenAlex works from JSON Lines (interop/openalex/works.h).
#include "interop/openalex/works.h"

#include <initializer_list>
#include <nlohmann/json.hpp>
#include <set>
#include <utility>
#include <variant>

namespace orbis::interop::openalex {
namespace {

using nlohmann::json;

// The member `name` of `object` as a string, or empty (absent, null or not a string).
std::string text_of(const json& object, const char* name) {
  const auto it = object.find(name);
  return it != object.end() && it->is_string() ? it->get<std::string>() : std::string();
}

// `value` without the first of `prefixes` it starts with.
std::string without_prefix(std::string value, std::initializer_list<std::string_view> prefixes) {
  for (const auto prefix : prefixes)
    if (value.starts_with(prefix)) return value.substr(prefix.size());
  return value;
}

std::string upper(std::string value) {
  for (auto& c : value)
    if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
  return value;
}

// The work of one line, or the error that keeps it out.
std::variant<domain::research::Publication, LineError> work_of(const json& w, int line) {
  if (!w.is_object()) return LineError{line, "", "not a JSON object"};
  domain::research::Publication p;
  p.source_id = without_prefix(text_of(w, "id"), {"https://openalex.org/", "openalex.org/"});
  if (p.source_id.empty() || p.source_id.front() != 'W' ||
      p.source_id.find('/') != std::string::npos)
    return LineError{line, "id", "an OpenAlex work id, like https://openalex.org/W2741809807"};
  const auto year = w.find("publication_year");
  if (year == w.end() || !year->is_number_integer() || year->get<long long>() < 1900 ||
      year->get<long long>() > 2100)
    return LineError{line, "publication_year", "a year from 1900 to 2100"};
  p.year = year->get<int>();
  p.doi = without_prefix(text_of(w, "doi"), {"https://doi.org/", "http://doi.org/", "doi:"});
  p.title = text_of(w, "title");
  if (p.title.empty()) p.title = text_of(w, "display_name");
  p.type = text_of(w, "type");
  const auto authorships = w.find("authorships");
  if (authorships == w.end() || authorships->is_null()) return p;
  if (!authorships->is_array()) return LineError{line, "authorships", "a list of authorships"};
  std::set<std::string> seen;
  for (const auto& a : *authorships) {
    if (!a.is_object()) continue;
    const auto institutions = a.find("institutions");
    if (institutions == a.end() || !institutions->is_array()) continue;
    for (const auto& i : *institutions) {
      if (!i.is_object()) continue;
      domain::research::Affiliation at{
          .ror = without_prefix(text_of(i, "ror"), {"https://ror.org/", "http://ror.org/"}),
          .name = text_of(i, "display_name"),
          .country = upper(text_of(i, "country_code"))};
      const std::string id = text_of(i, "id");
      const std::string key = !at.ror.empty() ? "ror:" + at.ror
                              : !id.empty()   ? "id:" + id
                                              : "name:" + at.name;
      if (at.ror.empty() && id.empty() && at.name.empty()) continue;
      if (seen.insert(key).second) p.affiliations.push_back(std::move(at));
    }
  }
  return p;
}

}  // namespace

Works read_works(std::string_view text) {
  Works out;
  int line = 0;
  while (!text.empty()) {
    const auto end = text.find('\n');
    std::string_view row = text.substr(0, end);
    text = end == std::string_view::npos ? std::string_view() : text.substr(end + 1);
    ++line;
    if (!row.empty() && row.back() == '\r') row.remove_suffix(1);
    if (row.find_first_not_of(" \t") == std::string_view::npos) continue;
    if (row.size() > kLongestLine) {
      out.errors.push_back({line, "", "a line longer than 1 MiB"});
      continue;
    }
    if (out.works.size() >= kMostWorks) {
      out.errors.push_back({line, "", "more than 200,000 works in one file"});
      break;
    }
    const json parsed = json::parse(row, nullptr, /*allow_exceptions=*/false);
    if (parsed.is_discarded()) {
      out.errors.push_back({line, "", "not JSON"});
      continue;
    }
    auto work = work_of(parsed, line);
    if (auto* error = std::get_if<LineError>(&work))
      out.errors.push_back(std::move(*error));
    else {
      out.works.push_back(std::move(std::get<domain::research::Publication>(work)));
      out.lines.push_back(line);
    }
  }
  return out;
}

}  // namespace orbis::interop::openalex
