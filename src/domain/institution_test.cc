#include "domain/institution.h"

#include <gtest/gtest.h>

#include "domain/country.h"

namespace orbis::domain {
namespace {

TEST(RorId, AcceptsValidIdsAndUrls) {
  EXPECT_EQ(normalize_ror_id("05hfa4n20"), "05hfa4n20");
  EXPECT_EQ(normalize_ror_id("https://ror.org/052gg0110"), "052gg0110");
  EXPECT_FALSE(normalize_ror_id("05hfa4n21"));  // checksum
  EXPECT_FALSE(normalize_ror_id("15hfa4n20"));
  EXPECT_FALSE(normalize_ror_id("05hfa4n2"));
}

TEST(Domain, Normalises) {
  EXPECT_EQ(normalize_domain("https://www.Westlake.edu.cn/en/"), "westlake.edu.cn");
  EXPECT_EQ(normalize_domain("ox.ac.uk"), "ox.ac.uk");
  EXPECT_FALSE(normalize_domain("localhost"));
  EXPECT_FALSE(normalize_domain("bad domain.com"));
}

TEST(Institution, ValidationNamesEveryBadField) {
  Institution in;
  in.name = " ";
  in.country = "XX";
  in.website = "ftp://x";
  in.domains = {"not a domain"};
  in.established = 3000;
  const auto status = validate_and_normalize(in);
  ASSERT_FALSE(status);
  std::vector<std::string> fields;
  for (const auto& f : status.error().fields) fields.push_back(f.field);
  EXPECT_EQ(fields,
            (std::vector<std::string>{"name", "country", "website", "established", "domains/0"}));
}

TEST(Institution, NormalisesValidInput) {
  Institution in;
  in.name = " Westlake University ";
  in.country = "cn";
  in.ror_id = "https://ror.org/05hfa4n20";
  in.domains = {"WWW.westlake.edu.cn", "westlake.edu.cn"};
  ASSERT_TRUE(validate_and_normalize(in));
  EXPECT_EQ(in.name, "Westlake University");
  EXPECT_EQ(in.country, "CN");
  EXPECT_EQ(in.ror_id, "05hfa4n20");
  EXPECT_EQ(in.domains, (std::vector<std::string>{"westlake.edu.cn"}));
  EXPECT_EQ(in.types, (std::vector<InstitutionType>{InstitutionType::education}));
}

TEST(Country, LooksUpByCode) {
  EXPECT_EQ(find_country("cn")->name_zh, "中国");
  EXPECT_FALSE(find_country("XX"));
  EXPECT_EQ(countries().size(), 250u);  // ISO 3166-1 and XK
}

}  // namespace
}  // namespace orbis::domain
