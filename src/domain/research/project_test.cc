#include "domain/research/project.h"

#include <gtest/gtest.h>

namespace orbis::domain::research {
namespace {

Project valid() {
  Project p;
  p.title = "  Soft actuators  ";
  p.start_date = "2026-01-01";
  p.end_date = "2027-12-31";
  p.partners = {{InstitutionId{3}, PartnerRole::coordinator},
                {InstitutionId{4}, PartnerRole::partner}};
  p.investigators = {{"Tan Wei Ling", InstitutionId{3}, InvestigatorRole::principal,
                      "https://orcid.org/0000-0001-5109-3700"}};
  p.funding = {{"NSFC", "", {"580000.00", "cny"}}};
  p.outputs = {{OutputKind::publication, "A paper", 2026, "doi:10.1000/XYZ.1", ""}};
  p.agreements = {AgreementId{7}, AgreementId{7}, AgreementId{8}};
  return p;
}

bool names(const Status& s, const std::string& field) {
  if (s) return false;
  for (const auto& f : s.error().fields)
    if (f.field == field) return true;
  return false;
}

TEST(ResearchProject, NormalisesWhatAClientSends) {
  Project p = valid();
  ASSERT_TRUE(validate_and_normalize(p));
  EXPECT_EQ(p.title, "Soft actuators");
  EXPECT_EQ(p.investigators[0].orcid, "0000-0001-5109-3700");
  EXPECT_EQ(p.funding[0].amount.currency, "CNY");
  EXPECT_EQ(p.outputs[0].doi, "10.1000/XYZ.1");
  EXPECT_EQ(p.agreements, (std::vector<AgreementId>{AgreementId{7}, AgreementId{8}}));
}

TEST(ResearchProject, NamesEveryBadField) {
  Project p = valid();
  p.title = "";
  p.end_date = "2025-12-31";
  p.partners.push_back({InstitutionId{3}, PartnerRole::coordinator});
  p.investigators[0].orcid = "0000-0001-5109-3701";
  p.funding[0].amount.currency = "yuan";
  p.outputs[0].doi = "10.x/1";
  p.outputs[0].year = 1800;
  p.outputs[0].url = "ftp://example.org";
  const auto s = validate_and_normalize(p);
  for (const char* field :
       {"title", "end_date", "partners/2/institution_id", "partners", "investigators/0/orcid",
        "funding/0/amount/currency", "outputs/0/doi", "outputs/0/year", "outputs/0/url"})
    EXPECT_TRUE(names(s, field)) << field;
}

TEST(ResearchProject, OrcidCheckDigits) {
  // ORCID's documented examples, one with the check digit X.
  EXPECT_EQ(normalize_orcid("0000-0002-1825-0097"), "0000-0002-1825-0097");
  EXPECT_EQ(normalize_orcid("https://orcid.org/0000-0002-1694-233x"), "0000-0002-1694-233X");
  EXPECT_FALSE(normalize_orcid("0000-0002-1825-0098"));
  EXPECT_FALSE(normalize_orcid("0000000218250097"));
  EXPECT_FALSE(normalize_orcid("0000-0002-1825-009"));
}

TEST(ResearchProject, Dois) {
  EXPECT_EQ(normalize_doi("https://doi.org/10.5555/abc"), "10.5555/abc");
  EXPECT_EQ(normalize_doi("10.1000.10/a b"), std::nullopt);
  EXPECT_EQ(normalize_doi("11.1000/abc"), std::nullopt);
  EXPECT_EQ(normalize_doi("10.1000/"), std::nullopt);
}

TEST(ResearchProject, StatusFollowsTheDates) {
  const Project p = valid();
  EXPECT_EQ(status_on(p, "2025-12-31"), ProjectStatus::planned);
  EXPECT_EQ(status_on(p, "2026-01-01"), ProjectStatus::active);
  EXPECT_EQ(status_on(p, "2027-12-31"), ProjectStatus::active);
  EXPECT_EQ(status_on(p, "2028-01-01"), ProjectStatus::ended);
}

}  // namespace
}  // namespace orbis::domain::research
