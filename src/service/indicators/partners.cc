// Partners and the students exchanged with them by country, region and type
// (Indicators::partners_by; docs/indicators.md).
#include <algorithm>
#include <array>
#include <map>
#include <set>
#include <string>
#include <string_view>
#include <utility>

#include "domain/country.h"
#include "domain/institution.h"
#include "service/indicators/indicators.h"
#include "service/indicators/scope.h"

namespace orbis::service {
namespace {

struct Names {
  std::string_view key;
  std::string_view en;
  std::string_view zh;
};

// The UN M49 regions' names (domain/country.h gives a country's region in English).
constexpr std::array kRegions{
    Names{"Africa", "Africa", "非洲"},     Names{"Americas", "Americas", "美洲"},
    Names{"Asia", "Asia", "亚洲"},         Names{"Europe", "Europe", "欧洲"},
    Names{"Oceania", "Oceania", "大洋洲"},
};

// ROR's institution types (domain/institution.h), named as the web pages name them.
constexpr std::array kTypes{
    Names{"education", "Education", "教育机构"},
    Names{"company", "Company", "企业"},
    Names{"facility", "Facility", "科研设施"},
    Names{"funder", "Funder", "资助机构"},
    Names{"government", "Government", "政府机构"},
    Names{"healthcare", "Healthcare", "医疗机构"},
    Names{"nonprofit", "Non-profit", "非营利组织"},
    Names{"archive", "Archive", "档案馆"},
    Names{"other", "Other", "其他"},
};

template <std::size_t N>
Names named(const std::array<Names, N>& names, std::string_view key) {
  for (const auto& n : names)
    if (n.key == key) return n;
  return {key, key.empty() ? "No region" : key, key.empty() ? "无所属区域" : key};
}

// The groups a partner of `country` and `types` falls in.
std::vector<std::string> groups_of(PartnerGrouping by, const std::string& country,
                                   const std::vector<domain::InstitutionType>& types) {
  switch (by) {
    case PartnerGrouping::country:
      return {country};
    case PartnerGrouping::region: {
      const auto c = domain::find_country(country);
      return {c ? std::string(c->region) : std::string()};
    }
    case PartnerGrouping::type: {
      if (types.empty()) return {std::string(domain::to_string(domain::InstitutionType::other))};
      std::vector<std::string> out;
      out.reserve(types.size());
      for (const auto t : types) out.emplace_back(domain::to_string(t));
      return out;
    }
  }
  return {};
}

// What one group counts, each thing once.
struct Tally {
  std::set<std::int64_t> partners;
  std::set<std::int64_t> agreements;
  std::set<std::int64_t> outgoing;
  std::set<std::int64_t> incoming;
};

}  // namespace

std::string_view to_string(PartnerGrouping by) {
  switch (by) {
    case PartnerGrouping::country:
      return "country";
    case PartnerGrouping::region:
      return "region";
    case PartnerGrouping::type:
      return "type";
  }
  return "country";
}

Result<Page<PartnerGroup>> Indicators::partners_by(const domain::Actor& actor, PartnerGrouping by,
                                                   std::optional<int> year,
                                                   std::optional<OrgUnitId> org_unit) const {
  return indicator_scope::read_year<Page<PartnerGroup>>(
      store_, clock_, actor, year, org_unit,
      [&](store::Transaction& tx, const std::string& academic_year,
          std::optional<OrgUnitId> unit) -> Result<Page<PartnerGroup>> {
        const store::SeatsQuery query{academic_year, unit};
        auto parties = store::partners_in_force(tx, query);
        if (!parties) return fail(parties.error());
        auto stays = store::partner_stays(tx, query);
        if (!stays) return fail(stays.error());
        std::map<std::string, Tally> tallies;
        for (const auto& p : *parties)
          for (const auto& group : groups_of(by, p.country, p.types)) {
            auto& t = tallies[group];
            t.partners.insert(p.partner.value);
            t.agreements.insert(p.agreement.value);
          }
        for (const auto& s : *stays)
          for (const auto& group : groups_of(by, s.country, s.types))
            (s.direction == domain::Direction::outgoing ? tallies[group].outgoing
                                                        : tallies[group].incoming)
                .insert(s.person.value);
        Page<PartnerGroup> out{{}, std::nullopt, tallies.size()};
        out.items.reserve(tallies.size());
        for (const auto& [group, t] : tallies) {
          PartnerGroup g{.group = group,
                         .academic_year = academic_year,
                         .partners = static_cast<int>(t.partners.size()),
                         .agreements = static_cast<int>(t.agreements.size()),
                         .outgoing_people = static_cast<int>(t.outgoing.size()),
                         .incoming_people = static_cast<int>(t.incoming.size())};
          if (by == PartnerGrouping::country) {
            const auto c = domain::find_country(group);
            g.name = c ? std::string(c->name) : group;
            g.name_zh = c ? std::string(c->name_zh) : group;
            g.region = c ? std::string(c->region) : std::string();
          } else {
            const auto n =
                by == PartnerGrouping::region ? named(kRegions, group) : named(kTypes, group);
            g.name = n.en;
            g.name_zh = n.zh;
          }
          out.items.push_back(std::move(g));
        }
        std::ranges::sort(out.items, [](const PartnerGroup& a, const PartnerGroup& b) {
          if (a.partners != b.partners) return a.partners > b.partners;
          const int left = a.outgoing_people + a.incoming_people;
          const int right = b.outgoing_people + b.incoming_people;
          if (left != right) return left > right;
          return a.group < b.group;
        });
        return out;
      });
}

}  // namespace orbis::service
