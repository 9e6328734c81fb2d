// What the institution does with its partners besides publishing (store/partner_research.h),
// and the publications an extract that replaces the record removes (store/publications.h), on
// both back ends.
#include "store/partner_research.h"

#include <gtest/gtest.h>

#include "store/publications.h"
#include "store/research_projects.h"
#include "store/scholars.h"
#include "store/testing/conformance.h"

namespace orbis::store::testing {
namespace {

using domain::scholars::CaseStatus;

domain::Agreement agreement_with(const std::string& code, InstitutionId home, InstitutionId partner,
                                 domain::AgreementStatus status, const std::string& start) {
  domain::Agreement a;
  a.code = code;
  a.title = code;
  a.kinds = {domain::AgreementKind::staff_exchange};
  a.parties = {{home, true, std::nullopt, {}, {}, ""}, {partner, false, std::nullopt, {}, {}, ""}};
  a.start_date = start;
  a.status = status;
  return a;
}

domain::research::Project project_with(const std::vector<InstitutionId>& partners,
                                       std::vector<AgreementId> agreements) {
  domain::research::Project p;
  p.title = "Project";
  p.start_date = "2026-01-01";
  p.end_date = "2027-01-01";
  for (const auto partner : partners)
    p.partners.push_back({partner, domain::research::PartnerRole::partner});
  p.agreements = std::move(agreements);
  return p;
}

domain::scholars::ScholarCase visit_of(PersonId person, InstitutionId partner,
                                       domain::Direction direction, CaseStatus status,
                                       std::optional<AgreementId> agreement) {
  domain::scholars::ScholarCase c;
  c.person = person;
  c.partner = partner;
  c.direction = direction;
  c.status = status;
  c.agreement = agreement;
  c.planned_start = "2026-09-01";
  c.planned_end = "2027-06-30";
  return c;
}

TEST_P(StoreConformance, APartnersProjectsVisitsAndAgreementsAreCountedAndEachAgreementsToo) {
  const auto w = add_world();
  const auto home = w.institutions[0];
  const auto oxford = w.institutions[1];
  const auto eth = add_institution("ETH Zurich", "CH");
  const auto quiet = add_institution("Quiet University", "FR");
  const auto add_agreement = [&](const std::string& code, InstitutionId partner,
                                 domain::AgreementStatus status, const std::string& start) {
    const auto a = agreement_with(code, home, partner, status, start);
    return committed([&](Transaction& tx) { return ok(tx.agreements().insert(a)); });
  };
  const auto add_project = [&](const domain::research::Project& p) {
    committed([&](Transaction& tx) { return ok(insert_research_project(tx, p)); });
  };
  const auto add_case = [&](const domain::scholars::ScholarCase& c) {
    committed([&](Transaction& tx) { return ok(insert_scholar_case(tx, c)); });
  };
  const auto active = add_agreement("OX-1", oxford, domain::AgreementStatus::active, "2024-09-01");
  const auto expired =
      add_agreement("OX-0", oxford, domain::AgreementStatus::expired, "2019-09-01");
  add_agreement("OX-2", oxford, domain::AgreementStatus::draft, "2026-09-01");
  add_agreement("ETH-1", eth, domain::AgreementStatus::signed_, "2025-01-01");
  // Two projects with Oxford (one under the active agreement, one also with ETH), one under
  // the expired agreement with ETH alone.
  add_project(project_with({oxford}, {active}));
  add_project(project_with({oxford, eth}, {}));
  add_project(project_with({eth}, {expired}));
  // Oxford's scholars: two coming (one declined: not a visit), one of ours going, one under
  // the active agreement; ETH's one withdrawn.
  using domain::Direction;
  add_case(visit_of(w.person, oxford, Direction::incoming, CaseStatus::active, active));
  add_case(visit_of(w.person, oxford, Direction::incoming, CaseStatus::declined, active));
  add_case(visit_of(w.person, oxford, Direction::outgoing, CaseStatus::approved, std::nullopt));
  add_case(visit_of(w.person, eth, Direction::incoming, CaseStatus::withdrawn, std::nullopt));

  auto tx = read();
  const auto ties = ok(partner_ties(*tx, {oxford, eth, quiet}));
  ASSERT_TRUE(ties.contains(oxford));
  EXPECT_EQ(ties.at(oxford).projects, 2);
  EXPECT_EQ(ties.at(oxford).visits_in, 1);
  EXPECT_EQ(ties.at(oxford).visits_out, 1);
  EXPECT_EQ(ties.at(oxford).agreements, 1) << "the active one; not the expired or the draft";
  ASSERT_TRUE(ties.contains(eth));
  EXPECT_EQ(ties.at(eth).projects, 2);
  EXPECT_EQ(ties.at(eth).visits_in, 0);
  EXPECT_EQ(ties.at(eth).agreements, 1);
  EXPECT_FALSE(ties.contains(quiet));
  EXPECT_TRUE(ok(partner_ties(*tx, {})).empty());

  const auto agreements = ok(agreement_ties(*tx, oxford));
  std::vector<std::tuple<std::string, std::string, int, int>> rows;
  rows.reserve(agreements.size());
  for (const auto& a : agreements) rows.emplace_back(a.code, a.status, a.projects, a.visits);
  EXPECT_EQ(rows,
            (std::vector<std::tuple<std::string, std::string, int, int>>{
                {"OX-2", "draft", 0, 0}, {"OX-1", "active", 1, 1}, {"OX-0", "expired", 1, 0}}))
      << "the latest start first; the expired agreement's project is ETH's";
  EXPECT_TRUE(ok(agreement_ties(*tx, quiet)).empty());
}

TEST_P(StoreConformance, CoPublicationsWithOnePartnerAndThoseAReplacingExtractRemoves) {
  using domain::research::Affiliation;
  const Affiliation home{"05hfa4n20", "Westlake University", "CN"};
  const Affiliation oxford{"052gg0110", "University of Oxford", "GB"};
  for (const auto& [id, year, with_oxford] : std::vector<std::tuple<std::string, int, bool>>{
           {"W1", 2023, true}, {"W2", 2023, true}, {"W3", 2025, true}, {"W4", 2025, false}}) {
    domain::research::Publication p{id, "", id, year, "article", {home}};
    if (with_oxford) p.affiliations.push_back(oxford);
    committed([&](Transaction& tx) { return ok(save_publication(tx, p)); });
  }
  {
    auto tx = read();
    const auto years = ok(co_publications_with(*tx, 2022, 2026, "052gg0110"));
    ASSERT_EQ(years.size(), 2u);
    EXPECT_EQ(years[0].year, 2023);
    EXPECT_EQ(years[0].publications, 2);
    EXPECT_EQ(years[1].year, 2025);
    EXPECT_EQ(years[1].publications, 1);
    EXPECT_TRUE(ok(co_publications_with(*tx, 2024, 2024, "052gg0110")).empty());
  }
  committed([&](Transaction& tx) {
    const auto gone = ok(publications_not_in(tx, {"W2", "W4", "W9"}));
    EXPECT_EQ(gone.size(), 2u);
    ok(remove_publications(tx, gone));
    return 0;
  });
  auto tx = read();
  EXPECT_EQ(ok(count_publications(*tx)), 2);
  const auto left = ok(co_publications_with(*tx, 2022, 2026, "052gg0110"));
  ASSERT_EQ(left.size(), 1u);
  EXPECT_EQ(left[0].year, 2023);
  EXPECT_EQ(left[0].publications, 1) << "W1 is gone, with its institutions";
}

}  // namespace
}  // namespace orbis::store::testing
