// The tables the Quality Certification for International Students asks for, as far as Orbis
// holds their records (Indicators::certification; docs/indicators.md).
#include <algorithm>
#include <map>
#include <set>
#include <string>
#include <utility>

#include "domain/country.h"
#include "service/indicators/funding_groups.h"
#include "service/indicators/indicators.h"
#include "service/indicators/scope.h"

namespace orbis::service {
namespace {

using domain::access::Action;
using domain::access::Resource;

// The source of funding that is no scholarship: the students' own money.
constexpr std::string_view kSelfFunded = "self";

struct LevelName {
  int level;
  const char* name;
  const char* name_zh;
};
// The levels of higher education by the European Qualifications Framework, as the
// certification's tables name the programmes of study.
constexpr LevelName kLevels[] = {
    {5, "Short-cycle (EQF 5)", "专科（EQF 5）"},
    {6, "Bachelor's (EQF 6)", "本科（EQF 6）"},
    {7, "Master's (EQF 7)", "硕士研究生（EQF 7）"},
    {8, "Doctoral (EQF 8)", "博士研究生（EQF 8）"},
};
constexpr const char* kNotRecorded = "Not recorded";
constexpr const char* kNotRecordedZh = "未记录";

CertificationCount level_row(const std::string& key, int students) {
  CertificationCount row{
      .key = key, .name = kNotRecorded, .name_zh = kNotRecordedZh, .students = students};
  if (key.empty()) return row;
  row.name = "EQF " + key;
  row.name_zh = "EQF " + key;
  for (const auto& l : kLevels) {
    if (std::to_string(l.level) != key) continue;
    row.name = l.name;
    row.name_zh = l.name_zh;
  }
  return row;
}

CertificationCount nationality_row(const std::string& key, int students) {
  CertificationCount row{
      .key = key, .name = kNotRecorded, .name_zh = kNotRecordedZh, .students = students};
  if (key.empty()) return row;
  const auto country = domain::find_country(key);
  row.name = country ? std::string(country->name) : key;
  row.name_zh = country ? std::string(country->name_zh) : key;
  return row;
}

CertificationCount language_row(const std::string& key, int students) {
  if (key.empty())
    return {.key = key, .name = kNotRecorded, .name_zh = kNotRecordedZh, .students = students};
  return {.key = key, .students = students};
}

// The rows of one table: the most students first, then by key; "" (not recorded) last.
std::vector<CertificationCount> by_students(const std::map<std::string, int>& counts,
                                            CertificationCount (*row)(const std::string&, int)) {
  std::vector<CertificationCount> out;
  out.reserve(counts.size());
  for (const auto& [key, n] : counts) out.push_back(row(key, n));
  std::ranges::stable_sort(out, [](const CertificationCount& a, const CertificationCount& b) {
    if (a.key.empty() != b.key.empty()) return b.key.empty();
    return a.students > b.students;
  });
  return out;
}

// What one year's tables count so far.
struct YearTally {
  int students = 0;
  std::map<std::string, int> levels;
  std::map<std::string, int> nationalities;
  std::map<std::string, int> languages;
};

}  // namespace

Result<Certification> Indicators::certification(const domain::Actor& actor,
                                                const IndicatorRequest& request) const {
  if (auto ok = require_reach(actor, Resource::indicator, Action::read, "see indicators"); !ok)
    return fail(ok.error());
  auto years = indicator_scope::years_of(request, clock_);
  if (!years) return fail(years.error());
  return run(store_, store::Access::read, [&](store::Transaction& tx) -> Result<Certification> {
    auto unit = indicator_scope::org_unit_for(tx, actor, Action::read, request.org_unit);
    if (!unit) return fail(unit.error());
    // International students: not of the home institution's country (a student from a
    // university of the same country on a summer school is an exchange student, not an
    // international one). Those without a nationality recorded are counted as such.
    auto home = indicator_scope::home_country(tx);
    if (!home) return fail(home.error());
    const auto domestic = [&](const std::string& nationality) {
      return !home->empty() && nationality == *home;
    };
    const auto academic_years = indicator_scope::academic_years(*years);
    auto groups =
        store::certification_groups(tx, {domain::Direction::incoming, academic_years, *unit});
    if (!groups) return fail(groups.error());
    std::map<std::string, YearTally> tallies;
    for (const auto& g : *groups) {
      if (domestic(g.nationality)) continue;
      auto& t = tallies[g.academic_year];
      t.students += g.people;
      t.levels[g.level ? std::to_string(*g.level) : std::string()] += g.people;
      t.nationalities[g.nationality] += g.people;
      t.languages[g.language] += g.people;
    }
    Certification out;
    for (int year = years->from; year <= years->to; ++year) {
      const auto& academic_year = academic_years[static_cast<std::size_t>(year - years->from)];
      CertificationYear y{.year = year, .academic_year = academic_year};
      if (auto it = tallies.find(academic_year); it != tallies.end()) {
        // Levels in their own order, not by size: a table of study levels reads upwards.
        for (const auto& [key, n] : it->second.levels)
          if (!key.empty()) y.levels.push_back(level_row(key, n));
        std::ranges::stable_sort(y.levels, {},
                                 [](const CertificationCount& c) { return std::stoi(c.key); });
        if (auto none = it->second.levels.find(""); none != it->second.levels.end())
          y.levels.push_back(level_row("", none->second));
        y.students = it->second.students;
        y.nationalities = by_students(it->second.nationalities, nationality_row);
        y.languages = by_students(it->second.languages, language_row);
      }
      auto lines = store::funding_lines(tx, {academic_year, *unit});
      if (!lines) return fail(lines.error());
      std::erase_if(*lines, [&](const store::FundingLine& l) {
        return l.direction != domain::Direction::incoming || l.source == kSelfFunded ||
               domestic(l.nationality);
      });
      std::set<std::int64_t> holders;
      for (const auto& l : *lines) holders.insert(l.person.value);
      y.scholarship_holders = static_cast<int>(holders.size());
      auto scholarships = indicator_scope::group_funding(*lines, academic_year);
      if (!scholarships) return fail(scholarships.error());
      y.scholarships = std::move(*scholarships);
      out.items.push_back(std::move(y));
    }
    return out;
  });
}

}  // namespace orbis::service
