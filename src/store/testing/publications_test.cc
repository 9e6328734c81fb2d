// Publications and co-publications (store/publications.h) on both back ends: a publication
// written, replaced by its source id, and counted per year and partner.
#include "store/publications.h"

#include <gtest/gtest.h>

#include "store/testing/conformance.h"

namespace orbis::store::testing {
namespace {

using domain::research::Affiliation;
using domain::research::Publication;

const Affiliation kHome{"05hfa4n20", "Westlake University", "CN"};
const Affiliation kOxford{"052gg0110", "University of Oxford", "GB"};
const Affiliation kZhejiang{"00a2xv884", "Zhejiang University", "CN"};
const Affiliation kLab{"", "Independent Robotics Lab", "US"};

TEST_P(StoreConformance, PublicationsAreCountedPerYearAndPartner) {
  const auto save = [&](const Publication& p) {
    return committed([&](Transaction& tx) { return ok(save_publication(tx, p)); });
  };
  EXPECT_TRUE(save({"W1", "10.5555/1", "One", 2024, "article", {kHome, kOxford}}));
  EXPECT_TRUE(save({"W2", "", "Two", 2024, "article", {kHome, kZhejiang}}));
  // Abroad only through a lab without a ROR id: international, but no partner.
  EXPECT_TRUE(save({"W3", "", "Three", 2025, "article", {kHome, kLab}}));
  EXPECT_TRUE(save({"W4", "", "Four", 2025, "review", {kHome}}));
  // W4 again, now with Oxford: replaced, not added.
  EXPECT_FALSE(save({"W4", "10.5555/4", "Four, revised", 2025, "review", {kHome, kOxford}}));

  auto tx = read();
  EXPECT_EQ(ok(count_publications(*tx)), 4);
  const auto years = ok(publication_years(*tx, 2023, 2026, "CN"));
  ASSERT_EQ(years.size(), 2u);
  EXPECT_EQ(years[0].year, 2024);
  EXPECT_EQ(years[0].publications, 2);
  EXPECT_EQ(years[0].international, 1);
  EXPECT_EQ(years[1].year, 2025);
  EXPECT_EQ(years[1].publications, 2);
  EXPECT_EQ(years[1].international, 2);
  EXPECT_TRUE(ok(publication_years(*tx, 2026, 2030, "CN")).empty());

  const auto partners = ok(co_publications(*tx, 2024, 2025, "05hfa4n20"));
  std::vector<std::tuple<std::string, int, int>> rows;
  for (const auto& p : partners) rows.emplace_back(p.ror, p.year, p.publications);
  EXPECT_EQ(rows, (std::vector<std::tuple<std::string, int, int>>{
                      {"00a2xv884", 2024, 1}, {"052gg0110", 2024, 1}, {"052gg0110", 2025, 1}}));
  EXPECT_EQ(partners[1].name, "University of Oxford");
  EXPECT_EQ(partners[1].country, "GB");
  EXPECT_EQ(ok(co_publications(*tx, 2025, 2025, "05hfa4n20")).size(), 1u);
}

}  // namespace
}  // namespace orbis::store::testing
