// The institution's publications and its co-publications (service/research/publications.h).
#include "service/research/publications.h"

#include <fmt/format.h>

#include <algorithm>
#include <map>
#include <nlohmann/json.hpp>
#include <set>

#include "indicators/compute.h"
#include "interop/openalex/works.h"
#include "service/indicators/scope.h"
#include "service/support/access.h"
#include "service/support/audit_log.h"
#include "service/support/transaction.h"
#include "store/publications.h"

namespace orbis::service {
namespace {

using domain::access::Action;
using domain::access::Resource;

// The home institution as co-publications count from it: its ROR id and country.
struct Home {
  std::string ror;
  std::string country;
};

// The registry's home institution; failed_precondition when none is set or it has no ROR id,
// for a publication names its institutions by ROR id.
Result<Home> home_of(store::Transaction& tx) {
  auto home = indicator_scope::home_institution(tx);
  if (!home) return fail(home.error());
  if (!*home)
    return fail(Error::failed_precondition(
        "the registry names no home institution, so no publication can be recognised as its"));
  if ((*home)->ror_id.empty())
    return fail(Error::failed_precondition(
        "the home institution has no ROR id in the registry, and publications name their "
        "institutions by ROR id: add it to the home institution first"));
  return Home{(*home)->ror_id, (*home)->country};
}

// The calendar years of publication `q` asks for: by default the five to this one.
Result<indicator_scope::Years> calendar_years(const CoPublicationQuery& q, const Clock& clock) {
  const int this_year = std::stoi(format_iso8601(clock.now()).substr(0, 4));
  const int to = q.to.value_or(this_year);
  return indicator_scope::checked_years(
      {.from = q.from.value_or(to - indicators::kNetworkYears + 1), .to = to});
}

}  // namespace

Result<PublicationImport> Publications::import_openalex(const domain::Actor& actor,
                                                        const std::string& text, bool dry_run,
                                                        bool replace) {
  if (auto ok = require_reach(actor, Resource::publication, Action::import, "import publications");
      !ok)
    return fail(ok.error());
  const auto read = interop::openalex::read_works(text);
  return run(
      store_, store::Access::write,
      [&](store::Transaction& tx) -> Result<PublicationImport> {
        auto home = home_of(tx);
        if (!home) return fail(home.error());
        PublicationImport out;
        out.dry_run = dry_run;
        out.rows = read.works.size() + read.errors.size();
        for (const auto& e : read.errors) out.errors.push_back({e.line, e.field, e.message});
        std::set<std::string> seen;
        for (std::size_t w = 0; w < read.works.size(); ++w) {
          const auto& work = read.works[w];
          const int line = read.lines[w];
          const bool ours = std::ranges::any_of(work.affiliations,
                                                [&](const auto& a) { return a.ror == home->ror; });
          if (!ours) {
            out.errors.push_back({line, "authorships",
                                  fmt::format("work {} names no author at the home institution "
                                              "(ROR {})",
                                              work.source_id, home->ror)});
            continue;
          }
          if (!seen.insert(work.source_id).second) {
            out.errors.push_back(
                {line, "id", fmt::format("work {} is in the file twice", work.source_id)});
            continue;
          }
          auto added = store::save_publication(tx, work);
          if (!added) return fail(added.error());
          ++(*added ? out.added : out.updated);
        }
        if (replace && out.errors.empty()) {
          auto gone = store::publications_not_in(tx, seen);
          if (!gone) return fail(gone.error());
          out.removed = gone->size();
          if (!dry_run)
            if (auto ok = store::remove_publications(tx, *gone); !ok) return fail(ok.error());
        }
        if (dry_run || !out.errors.empty()) return out;
        if (auto ok =
                record(tx, clock_, actor, "publication.import", "publication", "openalex", nullptr,
                       nlohmann::json{{"rows", out.rows},
                                      {"added", out.added},
                                      {"updated", out.updated},
                                      {"removed", out.removed},
                                      {"replace", replace}});
            !ok)
          return fail(ok.error());
        return out;
      },
      [](const PublicationImport& out) { return !out.dry_run && out.errors.empty(); });
}

Result<Page<CoPublicationPartner>> Publications::partners(const domain::Actor& actor,
                                                          const CoPublicationQuery& q) const {
  if (auto ok = require_reach(actor, Resource::publication, Action::read, "see publications"); !ok)
    return fail(ok.error());
  auto years = calendar_years(q, clock_);
  if (!years) return fail(years.error());
  const int from = years->from;
  const int to = years->to;
  return run(store_, store::Access::read,
             [&](store::Transaction& tx) -> Result<Page<CoPublicationPartner>> {
               auto home = home_of(tx);
               if (!home) return fail(home.error());
               // The years asked for, and the five to the last of them that make a partner
               // sustained.
               const int first = std::min(from, to - indicators::kNetworkYears + 1);
               auto counted = store::co_publications(tx, first, to, home->ror);
               if (!counted) return fail(counted.error());
               std::map<std::string, CoPublicationPartner> partners;
               std::map<std::string, int> in_network_years;
               for (const auto& c : *counted) {
                 if (c.year > to - indicators::kNetworkYears)
                   in_network_years[c.ror] += c.publications;
                 if (c.year < from) continue;
                 auto& p = partners[c.ror];
                 p.ror = c.ror;
                 p.name = c.name;
                 p.country = c.country;
                 p.abroad = !c.country.empty() && c.country != home->country;
                 p.publications += c.publications;
                 p.years.push_back({c.year, c.publications});
               }
               std::vector<std::string> rors;
               rors.reserve(partners.size());
               for (const auto& [ror, p] : partners) rors.push_back(ror);
               auto registered = store::registered_by_ror(tx, rors);
               if (!registered) return fail(registered.error());
               Page<CoPublicationPartner> out;
               out.items.reserve(partners.size());
               for (auto& [ror, p] : partners) {
                 p.sustained =
                     p.abroad && in_network_years[ror] >= indicators::kSustainedCoPublications;
                 if (const auto found = registered->find(ror); found != registered->end()) {
                   p.institution = found->second.id;
                   p.name = found->second.name;
                   p.name_zh = found->second.name_zh;
                 }
                 out.items.push_back(std::move(p));
               }
               std::vector<InstitutionId> known;
               for (const auto& p : out.items)
                 if (p.institution) known.push_back(*p.institution);
               auto ties = store::partner_ties(tx, known);
               if (!ties) return fail(ties.error());
               for (auto& p : out.items) {
                 if (!p.institution) continue;
                 const auto found = ties->find(*p.institution);
                 if (found == ties->end()) continue;
                 p.projects = found->second.projects;
                 p.visits = found->second.visits_in + found->second.visits_out;
                 p.agreements = found->second.agreements;
               }
               std::ranges::stable_sort(out.items, [](const auto& a, const auto& b) {
                 if (a.publications != b.publications) return a.publications > b.publications;
                 return a.name < b.name;
               });
               out.total = out.items.size();
               return out;
             });
}

Result<PartnerResearch> Publications::partner(const domain::Actor& actor, InstitutionId institution,
                                              const CoPublicationQuery& q) const {
  if (auto ok = require_reach(actor, Resource::publication, Action::read, "see publications"); !ok)
    return fail(ok.error());
  auto years = calendar_years(q, clock_);
  if (!years) return fail(years.error());
  return run(store_, store::Access::read, [&](store::Transaction& tx) -> Result<PartnerResearch> {
    auto found = tx.institutions().get(institution);
    if (!found) return fail(found.error());
    auto home = indicator_scope::home_institution(tx);
    if (!home) return fail(home.error());
    if (*home && (*home)->id == institution)
      return fail(Error::failed_precondition(
          "this is the home institution: its own publications are on the research page"));
    PartnerResearch out;
    out.institution = institution;
    out.ror = found->ror_id;
    out.from = years->from;
    out.to = years->to;
    const int first_network_year = years->to - indicators::kNetworkYears + 1;
    std::map<int, int> per_year;
    int in_network_years = 0;
    if (!out.ror.empty()) {
      auto counted = store::co_publications_with(tx, std::min(years->from, first_network_year),
                                                 years->to, out.ror);
      if (!counted) return fail(counted.error());
      for (const auto& c : *counted) {
        if (c.year >= first_network_year) in_network_years += c.publications;
        if (c.year >= years->from) per_year[c.year] = c.publications;
      }
    }
    for (int y = years->from; y <= years->to; ++y) {
      const int n = per_year[y];
      out.years.push_back({y, n});
      out.publications += n;
    }
    const std::string home_country = *home ? (*home)->country : std::string();
    out.sustained = !found->country.empty() && found->country != home_country &&
                    in_network_years >= indicators::kSustainedCoPublications;
    auto ties = store::partner_ties(tx, {institution});
    if (!ties) return fail(ties.error());
    if (const auto t = ties->find(institution); t != ties->end()) {
      out.projects = t->second.projects;
      out.visits = {t->second.visits_in, t->second.visits_out};
    }
    auto agreements = store::agreement_ties(tx, institution);
    if (!agreements) return fail(agreements.error());
    out.agreements = std::move(*agreements);
    return out;
  });
}

}  // namespace orbis::service
