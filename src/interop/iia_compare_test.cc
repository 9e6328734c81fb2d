#include "interop/iia_compare.h"

#include <gtest/gtest.h>

#include "interop/iia_xml.h"
#include "interop/test_files.h"

namespace orbis::interop {
namespace {

Iia agreement(const char* file) {
  auto iias = parse_get_response(testing::read_file(testing::ewp_cases() / "iias" / file));
  EXPECT_TRUE(iias) << iias.error().message;
  return iias->front();
}

TEST(Compare, SameAgreementHasNoDifferences) {
  const Iia iia = agreement("02-all-four-kinds.xml");
  EXPECT_TRUE(compare(iia, iia).empty());
}

TEST(Compare, HashAloneIsNoDifference) {
  Iia ours = agreement("02-all-four-kinds.xml");
  Iia theirs = ours;
  theirs.iia_hash = std::string(64, 'f');
  EXPECT_TRUE(compare(ours, theirs).empty());
}

TEST(Compare, NamesChangedFieldsWithBothValues) {
  const Iia ours = agreement("02-all-four-kinds.xml");
  Iia theirs = ours;
  theirs.cooperation_conditions.student_studies[0].mobilities_per_year = 3;
  theirs.cooperation_conditions.student_studies[1].recommended_language_skills[0].cefr_level = "C1";
  theirs.cooperation_conditions.staff_training[0].total_days_per_year.reset();
  theirs.cooperation_conditions.student_studies[0].eqf_levels.push_back(8);
  const std::vector<FieldDifference> expected = {
      {"cooperation-conditions/student-studies-mobility-spec[1]/mobilities-per-year", "4", "3"},
      {"cooperation-conditions/student-studies-mobility-spec[2]/recommended-language-skill[1]/"
       "cefr-level",
       "B2", "C1"},
      {"cooperation-conditions/staff-training-mobility-spec[1]/total-days-per-year", "5",
       std::nullopt},
      {"cooperation-conditions/student-studies-mobility-spec[1]/eqf-level[3]", std::nullopt, "8"},
  };
  EXPECT_EQ(compare(ours, theirs), expected);
}

// Each side lists itself first; partners are matched by hei-id, numbered in our order.
TEST(Compare, MatchesPartnersByHeiId) {
  const Iia ours = agreement("02-all-four-kinds.xml");
  Iia theirs = ours;
  std::swap(theirs.partners[0], theirs.partners[1]);
  EXPECT_TRUE(compare(ours, theirs).empty());
  theirs.partners[0].iia_code = "E+/TUM/CN/2025-rev";
  const std::vector<FieldDifference> expected = {
      {"partner[2]/iia-code", "E+/TUM/CN/2025", "E+/TUM/CN/2025-rev"}};
  EXPECT_EQ(compare(ours, theirs), expected);
}

TEST(Compare, AttributesAndFlags) {
  const Iia ours = agreement("05-legacy-v6-values.xml");
  Iia theirs = ours;
  theirs.cooperation_conditions.student_studies[0].mobilities_per_year_not_yet_defined = false;
  theirs.cooperation_conditions.terminated_as_a_whole = true;
  theirs.in_effect = false;
  const std::vector<FieldDifference> expected = {
      {"in-effect", "true", "false"},
      {"cooperation-conditions/student-studies-mobility-spec[1]/mobilities-per-year/"
       "@not-yet-defined",
       "true", std::nullopt},
      {"cooperation-conditions/@terminated-as-a-whole", std::nullopt, "true"},
  };
  EXPECT_EQ(compare(ours, theirs), expected);
}

TEST(Compare, ContactsAreCompared) {
  const Iia ours = agreement("07-contacts-everywhere.xml");
  Iia theirs = ours;
  theirs.partners[0].signing_contact->emails[0] = "li.na@westlake.edu.cn";
  const std::vector<FieldDifference> expected = {
      {"partner[1]/signing-contact/email[1]", "lina@westlake.edu.cn", "li.na@westlake.edu.cn"}};
  EXPECT_EQ(compare(ours, theirs), expected);
}

}  // namespace
}  // namespace orbis::interop
