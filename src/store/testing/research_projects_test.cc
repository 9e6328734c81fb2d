// Joint research projects (store/research_projects.h) on both back ends: written with their
// partners, investigators, funding, outputs and links, read back whole, changed under their
// version, and paged by start date within each filter.
#include "store/research_projects.h"

#include <gtest/gtest.h>

#include "store/testing/conformance.h"

namespace orbis::store::testing {
namespace {

namespace research = domain::research;

research::Project a_project(std::string title, std::string start, std::string end) {
  research::Project p;
  p.title = std::move(title);
  p.start_date = std::move(start);
  p.end_date = std::move(end);
  return p;
}

TEST_P(StoreConformance, ResearchProjectsKeepEveryFieldAndTheirVersion) {
  const auto w = add_world();
  auto p = a_project("Soft robots", "2026-01-01", "2027-12-31");
  p.acronym = "SOFT";
  p.summary = "Actuators";
  p.org_unit = w.unit;
  p.partners = {{w.institutions[1], research::PartnerRole::coordinator}};
  p.investigators = {{"Wang Fang", w.institutions[0], research::InvestigatorRole::principal,
                      "0000-0002-1825-0097"},
                     {"A. Smith", std::nullopt, research::InvestigatorRole::co_investigator, ""}};
  p.funding = {{"NSFC", "General", {"580000.00", "CNY"}}, {"Industry", "", {}}};
  p.outputs = {{research::OutputKind::patent, "A gripper", 2026, "", "https://example.org/p"},
               {research::OutputKind::publication, "A paper", std::nullopt, "10.5555/1", ""}};
  const auto id = committed([&](Transaction& tx) { return ok(insert_research_project(tx, p)); });
  auto stored = [&] {
    auto tx = read();
    return ok(get_research_project(*tx, id));
  }();
  EXPECT_EQ(stored.version, 1);
  EXPECT_EQ(stored.acronym, "SOFT");
  EXPECT_EQ(stored.org_unit, w.unit);
  ASSERT_EQ(stored.partners.size(), 1U);
  EXPECT_EQ(stored.partners[0].institution, w.institutions[1]);
  EXPECT_EQ(stored.partners[0].role, research::PartnerRole::coordinator);
  ASSERT_EQ(stored.investigators.size(), 2U);
  EXPECT_EQ(stored.investigators[0].institution, w.institutions[0]);
  EXPECT_EQ(stored.investigators[0].orcid, "0000-0002-1825-0097");
  EXPECT_FALSE(stored.investigators[1].institution);
  EXPECT_EQ(stored.investigators[1].role, research::InvestigatorRole::co_investigator);
  ASSERT_EQ(stored.funding.size(), 2U);
  EXPECT_EQ(stored.funding[0].amount.amount, "580000.00");
  EXPECT_TRUE(stored.funding[1].amount.empty());
  ASSERT_EQ(stored.outputs.size(), 2U);
  EXPECT_EQ(stored.outputs[0].year, 2026);
  EXPECT_EQ(stored.outputs[0].url, "https://example.org/p");
  EXPECT_FALSE(stored.outputs[1].year);
  EXPECT_EQ(stored.outputs[1].doi, "10.5555/1");

  // A change under the version read: the lists are replaced, the version goes up.
  stored.title = "Soft robots, phase two";
  stored.partners.push_back({w.institutions[0], research::PartnerRole::associate});
  stored.outputs.clear();
  stored.org_unit.reset();
  ok(committed([&](Transaction& tx) { return update_research_project(tx, stored); }));
  auto again = [&] {
    auto tx = read();
    return ok(get_research_project(*tx, id));
  }();
  EXPECT_EQ(again.version, 2);
  EXPECT_EQ(again.title, "Soft robots, phase two");
  EXPECT_EQ(again.partners.size(), 2U);
  EXPECT_TRUE(again.outputs.empty());
  EXPECT_FALSE(again.org_unit);
  // The version read before is stale now.
  EXPECT_EQ(code_of<ResearchProjectId>([&]() -> Result<ResearchProjectId> {
              auto tx = write();
              auto s = update_research_project(*tx, stored);
              if (!s) return fail(s.error());
              return stored.id;
            }()),
            ErrorCode::conflict);
  auto tx = read();
  EXPECT_EQ(code_of(get_research_project(*tx, ResearchProjectId{id.value + 100})),
            ErrorCode::not_found);
}

TEST_P(StoreConformance, ResearchProjectsArePagedWithinTheirFilters) {
  const auto w = add_world();
  const auto other = add_institution("ETH Zurich", "CH");
  const std::vector<std::tuple<std::string, std::string, std::string>> rows = {
      {"Alpha 100%", "2024-01-01", "2025-12-31"},
      {"Beta", "2026-01-01", "2027-12-31"},
      {"Gamma", "2026-06-01", "2028-12-31"},
      {"Delta", "2027-03-01", "2029-12-31"}};
  std::vector<ResearchProjectId> ids;
  for (std::size_t i = 0; i < rows.size(); ++i) {
    auto p = a_project(std::get<0>(rows[i]), std::get<1>(rows[i]), std::get<2>(rows[i]));
    p.partners = {{i % 2 ? other : w.institutions[1], research::PartnerRole::partner}};
    if (i < 2) p.org_unit = w.unit;
    // The links name what they link to by id; the service checks that it exists.
    if (i != 1) p.agreements = {AgreementId{55}};
    if (i == 2) p.visits = {ScholarCaseId{77}, ScholarCaseId{78}};
    ids.push_back(committed([&](Transaction& tx) { return ok(insert_research_project(tx, p)); }));
  }
  auto tx = read();
  const auto titles = [&](ResearchProjectQuery q) {
    q.today = "2026-12-01";
    std::vector<std::string> out;
    auto page = ok(list_research_projects(*tx, q));
    for (const auto& p : page.items) out.push_back(p.title);
    EXPECT_EQ(ok(count_research_projects(*tx, q)), out.size());
    return out;
  };
  EXPECT_EQ(titles({}), (std::vector<std::string>{"Delta", "Gamma", "Beta", "Alpha 100%"}));
  EXPECT_EQ(titles({.status = research::ProjectStatus::active}),
            (std::vector<std::string>{"Gamma", "Beta"}));
  EXPECT_EQ(titles({.status = research::ProjectStatus::planned}),
            std::vector<std::string>{"Delta"});
  EXPECT_EQ(titles({.status = research::ProjectStatus::ended}),
            std::vector<std::string>{"Alpha 100%"});
  EXPECT_EQ(titles({.text = "ALPHA"}), std::vector<std::string>{"Alpha 100%"});
  EXPECT_EQ(titles({.text = "a 1"}), std::vector<std::string>{"Alpha 100%"});
  EXPECT_EQ(titles({.text = "%"}), std::vector<std::string>{"Alpha 100%"});
  EXPECT_EQ(titles({.text = "_"}), std::vector<std::string>{});
  EXPECT_EQ(titles({.partners = {other}}), (std::vector<std::string>{"Delta", "Beta"}));
  EXPECT_EQ(titles({.partners = {other, w.institutions[1]}}), std::vector<std::string>{});
  EXPECT_EQ(titles({.org_units = {w.unit}}), (std::vector<std::string>{"Beta", "Alpha 100%"}));
  EXPECT_EQ(titles({.agreement = AgreementId{55}}),
            (std::vector<std::string>{"Delta", "Gamma", "Alpha 100%"}));
  EXPECT_EQ(titles({.visit = ScholarCaseId{78}}), std::vector<std::string>{"Gamma"});
  EXPECT_EQ(titles({.agreement = AgreementId{56}}), std::vector<std::string>{});

  // Two a page, the second after the first's cursor.
  ResearchProjectQuery q;
  q.page.limit = 2;
  auto first = ok(list_research_projects(*tx, q));
  ASSERT_EQ(first.items.size(), 2U);
  ASSERT_TRUE(first.next);
  q.page.after = first.next;
  auto second = ok(list_research_projects(*tx, q));
  ASSERT_EQ(second.items.size(), 2U);
  EXPECT_FALSE(second.next);
  EXPECT_EQ(second.items[0].title, "Beta");
  EXPECT_EQ(second.items[0].partners.size(), 1U);
}

}  // namespace
}  // namespace orbis::store::testing
