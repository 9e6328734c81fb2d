// The large university's publications (seed/internal/large.h): its works of the years the
// large seed covers, a quarter with one or more of its partners abroad and some with
// universities at home, written as an import of an OpenAlex extract writes them.
#include <fmt/format.h>

#include "domain/research/publication.h"
#include "seed/internal/large.h"
#include "store/publications.h"

namespace orbis::seed::internal {

Status Builder::add_publications() {
  namespace research = domain::research;
  std::vector<research::Affiliation> partners;
  research::Affiliation home;
  {
    auto tx = batch_.tx();
    if (!tx) return fail(tx.error());
    auto ours = (**tx).institutions().get(home_);
    if (!ours) return fail(ours.error());
    if (ours->ror_id.empty()) return {};  // no works can be recognised as its
    home = {ours->ror_id, ours->name, ours->country};
    for (const auto& p : partners_) {
      auto partner = (**tx).institutions().get(p.id);
      if (!partner) return fail(partner.error());
      if (!partner->ror_id.empty())
        partners.push_back({partner->ror_id, partner->name, partner->country});
    }
  }
  const research::Affiliation zhejiang{"00a2xv884", "Zhejiang University", "CN"};
  const std::size_t works = per(60'000);
  for (std::size_t i = 0; i < works; ++i) {
    research::Publication p;
    // More works in later years, as a growing university's.
    const int span = current_year_ - first_year_ + 1;
    const int year = first_year_ + std::max(pick(0, span - 1), pick(0, span - 1));
    p.source_id = fmt::format("https://openalex.org/W7{:09d}", i + 1);
    p.doi = fmt::format("10.5555/orbis-large.{}", i + 1);
    p.title = fmt::format("Work {}", i + 1);
    p.year = year;
    p.type = "article";
    p.affiliations.push_back(home);
    if (!partners.empty() && chance(25))
      for (int k = pick(1, 3); k > 0; --k) {
        const auto& partner = partners[index(partners.size())];
        if (std::ranges::none_of(p.affiliations,
                                 [&](const auto& a) { return a.ror == partner.ror; }))
          p.affiliations.push_back(partner);
      }
    if (chance(15)) p.affiliations.push_back(zhejiang);
    auto tx = batch_.tx();
    if (!tx) return fail(tx.error());
    auto saved = store::save_publication(**tx, p);
    if (!saved) return fail(saved.error());
    ++report_.publications;
    SEED_TRY(batch_.wrote());
  }
  return {};
}

}  // namespace orbis::seed::internal
