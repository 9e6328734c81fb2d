// The participants of the university's programmes in a year: exchanges, summer and winter
// schools and the rest (Indicators::programmes; docs/indicators.md).
#include <algorithm>
#include <map>
#include <set>
#include <string>

#include "service/indicators/indicators.h"
#include "service/indicators/scope.h"

namespace orbis::service {
namespace {

// What one programme counts: its students each way and its stays, each once.
struct Tally {
  ProgrammeGroup group;
  std::set<std::int64_t> outgoing;
  std::set<std::int64_t> incoming;
  std::set<std::int64_t> stays;
};

}  // namespace

Result<Page<ProgrammeGroup>> Indicators::programmes(const domain::Actor& actor,
                                                    std::optional<int> year,
                                                    std::optional<OrgUnitId> org_unit) const {
  return indicator_scope::read_year<Page<ProgrammeGroup>>(
      store_, clock_, actor, year, org_unit,
      [&](store::Transaction& tx, const std::string& academic_year,
          std::optional<OrgUnitId> unit) -> Result<Page<ProgrammeGroup>> {
        auto rows = store::programme_stays(tx, {academic_year, unit});
        if (!rows) return fail(rows.error());
        std::map<std::int64_t, Tally> tallies;
        for (const auto& r : *rows) {
          auto& t = tallies[r.programme.value];
          if (t.stays.empty()) {
            t.group = {.id = r.programme,
                       .code = r.code,
                       .name = r.name,
                       .name_zh = r.name_zh,
                       .kind = r.kind,
                       .academic_year = academic_year};
          }
          (r.direction == domain::Direction::outgoing ? t.outgoing : t.incoming)
              .insert(r.person.value);
          t.stays.insert(r.stay.value);
        }
        Page<ProgrammeGroup> out{{}, std::nullopt, tallies.size()};
        out.items.reserve(tallies.size());
        for (auto& [id, t] : tallies) {
          t.group.outgoing_people = static_cast<int>(t.outgoing.size());
          t.group.incoming_people = static_cast<int>(t.incoming.size());
          t.group.stays = static_cast<int>(t.stays.size());
          out.items.push_back(std::move(t.group));
        }
        std::ranges::sort(out.items, [](const ProgrammeGroup& a, const ProgrammeGroup& b) {
          const int people_a = a.outgoing_people + a.incoming_people;
          const int people_b = b.outgoing_people + b.incoming_people;
          if (people_a != people_b) return people_a > people_b;
          return a.code < b.code;
        });
        return out;
      });
}

}  // namespace orbis::service
