// The students the Quality Certification's tables count (store/indicators.h): each student of
// a year once, by level, nationality and the language of instruction of their first stay.
#include <charconv>
#include <map>
#include <optional>
#include <string>
#include <tuple>
#include <vector>

#include "store/indicators.h"
#include "store/sql/begun_stays.h"
#include "store/sql/codecs.h"
#include "store/sql/repositories.h"
#include "store/sql/statement.h"
#include "store/sql/support.h"

namespace orbis::store {
namespace {

// The EQF level a person's row holds ("" or a number).
std::optional<int> level_of(const std::string& stored) {
  int level = 0;
  const auto* end = stored.data() + stored.size();
  const auto [at, ec] = std::from_chars(stored.data(), end, level);
  if (stored.empty() || ec != std::errc() || at != end) return std::nullopt;
  return level;
}

}  // namespace

Result<std::vector<CertificationGroup>> certification_groups(Transaction& tx, const BegunStays& q) {
  return internal::guarded(
      internal::context_of(tx), "counting the students of the certification's tables",
      [&]() -> Result<std::vector<CertificationGroup>> {
        std::vector<CertificationGroup> out;
        if (q.academic_years.empty()) return out;
        // Each person's first stay of each year, from the stays' index alone; then that stay's
        // person, programme and condition, grouped by what the tables count.
        sql::Where where;
        internal::add_begun(where, q, q.academic_years, internal::Students::by_id);
        std::string year;
        std::string level;
        std::string nationality;
        std::string programme_language;
        std::string condition_languages;
        int people = 0;
        soci::statement st =
            (internal::session_of(tx).prepare
                 << "SELECT f.academic_year, p.level, p.nationality, COALESCE(g.language, ''), "
                    "COALESCE(c.languages, ''), COUNT(*) FROM mobilities f "
                    "JOIN people p ON p.id = f.person_id "
                    "LEFT JOIN programmes g ON g.id = f.programme_id "
                    "LEFT JOIN agreement_conditions c ON c.id = f.condition_id "
                    "WHERE f.id IN (SELECT MIN(m.id)" +
                        std::string(internal::kStaysFrom) + where.sql() +
                        " GROUP BY m.academic_year, m.person_id) "
                        "GROUP BY f.academic_year, p.level, p.nationality, g.language, "
                        "c.languages",
             soci::use(where.values()), soci::into(year), soci::into(level),
             soci::into(nationality), soci::into(programme_language),
             soci::into(condition_languages), soci::into(people));
        st.execute();
        // Conditions that ask for the same first language are one group.
        using Key = std::tuple<std::string, std::optional<int>, std::string, std::string>;
        std::map<Key, int> groups;
        while (st.fetch()) {
          std::string language = programme_language;
          if (language.empty() && !condition_languages.empty()) {
            const auto asked = internal::codec::decode_requirements(condition_languages);
            if (!asked.empty()) language = asked.front().language;
          }
          groups[{year, level_of(level), nationality, language}] += people;
        }
        out.reserve(groups.size());
        for (const auto& [key, n] : groups) {
          const auto& [academic_year, eqf, country, language] = key;
          out.push_back({.academic_year = academic_year,
                         .level = eqf,
                         .nationality = country,
                         .language = language,
                         .people = n});
        }
        return out;
      });
}

}  // namespace orbis::store
