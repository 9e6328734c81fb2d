// The large university's joint research projects (seed/internal/large.h).
#include "domain/research/project.h"
#include "seed/internal/large.h"
#include "store/research_projects.h"

namespace orbis::seed::internal {
namespace {

constexpr const char* kTopics[] = {
    "robot learning",        "soft matter",        "protein design",      "quantum materials",
    "urban climate",         "battery chemistry",  "neural circuits",     "coastal ecology",
    "computational imaging", "catalysis",          "gene regulation",     "photonics",
    "medical devices",       "data-driven design", "atmospheric physics", "drug delivery"};
constexpr const char* kFunders[][3] = {
    {"National Natural Science Foundation of China", "International cooperation", "CNY"},
    {"Ministry of Science and Technology", "Key R&D Programme", "CNY"},
    {"European Commission", "Horizon Europe", "EUR"},
    {"Swiss National Science Foundation", "Bilateral programmes", "CHF"},
    {"National Science Foundation", "International research experiences", "USD"},
    {"UK Research and Innovation", "International partnerships", "GBP"}};
constexpr const char* kSurnames[] = {"Chen", "Wang", "Li", "Zhang", "Liu", "Yang", "Zhao", "Huang"};

}  // namespace

Status Builder::add_research_projects() {
  namespace research = domain::research;
  const std::size_t projects = per(2'000);
  for (std::size_t i = 0; i < projects && !partners_.empty(); ++i) {
    research::Project p;
    const char* topic = any(kTopics);
    p.title = fmt::format("Joint research on {} ({})", topic, i + 1);
    p.acronym = fmt::format("JR{:05d}", i + 1);
    p.org_unit = schools_[index(schools_.size())];
    const int y = first_year_ + static_cast<int>(i % (kYears + 1));
    const int start = day_of(y, 1, 1) + pick(0, 364);
    p.start_date = domain::format_date(start);
    p.end_date = domain::format_date(start + pick(365, 5 * 365));
    const int partners = pick(1, 4);
    for (int k = 0; k < partners; ++k) {
      const Partner& partner = partners_[index(partners_.size())];
      if (std::ranges::any_of(p.partners,
                              [&](const auto& known) { return known.institution == partner.id; }))
        continue;
      p.partners.push_back({partner.id, k == 0 && chance(40) ? research::PartnerRole::coordinator
                                                             : research::PartnerRole::partner});
    }
    p.investigators.push_back({fmt::format("{} {}", any(kSurnames), any(kSurnames)), home_,
                               research::InvestigatorRole::principal, ""});
    p.investigators.push_back({fmt::format("Co-investigator {}", i + 1), p.partners[0].institution,
                               research::InvestigatorRole::co_investigator, ""});
    const auto& funder = any(kFunders);
    p.funding.push_back(
        {funder[0], funder[1], {fmt::format("{}.00", pick(10, 400) * 5'000), funder[2]}});
    for (int k = pick(0, 3); k > 0; --k)
      p.outputs.push_back({research::OutputKind::publication,
                           fmt::format("Results on {} ({})", topic, k), y + pick(1, 3), "", ""});
    SEED_TRY(research::validate_and_normalize(p));
    auto tx = batch_.tx();
    if (!tx) return fail(tx.error());
    auto id = store::insert_research_project(**tx, p);
    if (!id) return fail(id.error());
    ++report_.research_projects;
    SEED_TRY(batch_.wrote());
  }
  return {};
}

}  // namespace orbis::seed::internal
