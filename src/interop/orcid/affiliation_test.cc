// ORCID affiliation items: each kind validates against its ORCID 3.0 XSD (data/orcid), text
// survives escaping, each refusal names its field, and the schemas do catch a broken item.
#include "interop/orcid/affiliation.h"

#include <gtest/gtest.h>

#include <functional>

#include "interop/schema_validation.h"
#include "interop/test_files.h"
#include "interop/xml_support.h"

namespace orbis::interop::orcid {
namespace {

std::filesystem::path orcid_schemas() { return testing::source_dir() / "data" / "orcid"; }

// A visiting professor's stay at Westlake University, as Orbis would export it.
Affiliation westlake_visit() {
  return {.kind = AffiliationKind::invited_position,
          .department_name = "School of Life Sciences",
          .role_title = "Visiting Professor",
          .start_date = "2025-09-01",
          .end_date = "2026-01-31",
          .organization = {.name = "Westlake University",
                           .city = "Hangzhou",
                           .region = "Zhejiang",
                           .country = "CN",
                           .ror = "https://ror.org/05hfa4n20"},
          .url = "https://www.westlake.edu.cn/"};
}

Affiliation westlake_employment() {
  Affiliation a = westlake_visit();
  a.kind = AffiliationKind::employment;
  a.role_title = "Assistant Professor";
  return a;
}

// Writes `affiliation` and checks the document against the kind's XSD.
std::string written_and_valid(const Affiliation& affiliation) {
  auto xml = to_xml(affiliation);
  EXPECT_TRUE(xml) << xml.error().message;
  if (!xml) return "";
  auto valid = validate(*xml, orcid_schemas(), schema_for(affiliation.kind));
  EXPECT_TRUE(valid) << valid.error().message << "\n" << *xml;
  return *xml;
}

bool contains(std::string_view text, std::string_view part) {
  return text.find(part) != std::string_view::npos;
}

// The first element under `node` (depth first) with this local name in the common namespace.
const xmlNode* find_common(const xmlNode* node, std::string_view name) {
  for (const xmlNode* child = node->children; child != nullptr; child = child->next) {
    if (xml::is_element(child, kCommonNs, name)) return child;
    if (const xmlNode* found = find_common(child, name)) return found;
  }
  return nullptr;
}

TEST(OrcidAffiliation, EmploymentValidatesAgainstItsSchema) {
  const std::string xml = written_and_valid(westlake_employment());
  EXPECT_TRUE(
      xml.starts_with("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                      "<employment:employment "
                      "xmlns:employment=\"http://www.orcid.org/ns/employment\" "
                      "xmlns:common=\"http://www.orcid.org/ns/common\">\n"))
      << xml;
  EXPECT_TRUE(contains(xml,
                       "  <common:start-date>\n"
                       "    <common:year>2025</common:year>\n"
                       "    <common:month>09</common:month>\n"
                       "    <common:day>01</common:day>\n"
                       "  </common:start-date>\n"))
      << xml;
  EXPECT_TRUE(contains(xml,
                       "    <common:disambiguated-organization>\n"
                       "      <common:disambiguated-organization-identifier>"
                       "https://ror.org/05hfa4n20</common:disambiguated-organization-identifier>\n"
                       "      <common:disambiguation-source>ROR</common:disambiguation-source>\n"))
      << xml;
  EXPECT_TRUE(
      xml.ends_with("  <common:url>https://www.westlake.edu.cn/</common:url>\n"
                    "</employment:employment>\n"))
      << xml;
}

TEST(OrcidAffiliation, InvitedPositionValidatesAgainstItsSchema) {
  const std::string xml = written_and_valid(westlake_visit());
  EXPECT_TRUE(contains(xml,
                       "<invited-position:invited-position "
                       "xmlns:invited-position=\"http://www.orcid.org/ns/invited-position\""))
      << xml;
  EXPECT_TRUE(xml.ends_with("</invited-position:invited-position>\n")) << xml;
  // An invited position is not an employment: the employment schema refuses its root.
  EXPECT_FALSE(validate(xml, orcid_schemas(), schema_for(AffiliationKind::employment)));
}

TEST(OrcidAffiliation, OpenEndedEmploymentValidates) {
  Affiliation a = westlake_employment();
  a.end_date.clear();
  const std::string xml = written_and_valid(a);
  EXPECT_FALSE(contains(xml, "end-date")) << xml;
}

TEST(OrcidAffiliation, OptionalFieldsAreLeftOutAndPartialDatesWriteTheirParts) {
  Affiliation a = westlake_employment();
  a.department_name.clear();
  a.role_title = "   ";
  a.organization.region.clear();
  a.organization.ror = "05hfa4n20";  // a bare id is written as its URL
  a.url.clear();
  a.start_date = "2019-07";
  a.end_date = "2019";  // the same year as the start: not before it
  const std::string xml = written_and_valid(a);
  for (const char* absent : {"department-name", "role-title", "region", "common:url", "day>"}) {
    EXPECT_FALSE(contains(xml, absent)) << absent << " in\n" << xml;
  }
  EXPECT_TRUE(contains(xml,
                       "  <common:start-date>\n"
                       "    <common:year>2019</common:year>\n"
                       "    <common:month>07</common:month>\n"
                       "  </common:start-date>\n"
                       "  <common:end-date>\n"
                       "    <common:year>2019</common:year>\n"
                       "  </common:end-date>\n"))
      << xml;
  EXPECT_TRUE(contains(xml, ">https://ror.org/05hfa4n20<")) << xml;
}

TEST(OrcidAffiliation, ChineseTextAndAmpersandsAreEscapedAndRoundTrip) {
  Affiliation a = westlake_employment();
  a.department_name = "生命科学学院";
  a.role_title = "研究员 <PI>";
  a.organization.name = "Procter & Gamble";
  a.organization.city = "杭州";
  const std::string xml = written_and_valid(a);
  EXPECT_TRUE(contains(xml, "<common:name>Procter &amp; Gamble</common:name>")) << xml;
  EXPECT_TRUE(contains(xml, "<common:role-title>研究员 &lt;PI&gt;</common:role-title>")) << xml;
  EXPECT_TRUE(contains(xml, "<common:department-name>生命科学学院</common:department-name>"))
      << xml;

  auto doc = xml::parse_document(xml, "ORCID employment");
  ASSERT_TRUE(doc) << doc.error().message;
  const xmlNode* root = xmlDocGetRootElement(doc->get());
  ASSERT_TRUE(xml::is_element(root, kEmploymentNs, "employment"));
  const auto text = [&](std::string_view name) {
    const xmlNode* node = find_common(root, name);
    return node == nullptr ? std::string("(missing)") : xml::text_of(node);
  };
  EXPECT_EQ(text("department-name"), "生命科学学院");
  EXPECT_EQ(text("role-title"), "研究员 <PI>");
  EXPECT_EQ(text("name"), "Procter & Gamble");
  EXPECT_EQ(text("city"), "杭州");
  EXPECT_EQ(text("country"), "CN");
}

struct Refusal {
  const char* what;
  std::function<void(Affiliation&)> change;
  const char* field;
};

TEST(OrcidAffiliation, EachRefusalNamesItsField) {
  const std::vector<Refusal> refusals = {
      {"no organization name", [](Affiliation& a) { a.organization.name.clear(); },
       "organization.name"},
      {"a blank organization name", [](Affiliation& a) { a.organization.name = " \t"; },
       "organization.name"},
      {"no city", [](Affiliation& a) { a.organization.city.clear(); }, "organization.city"},
      {"no country", [](Affiliation& a) { a.organization.country.clear(); },
       "organization.country"},
      {"a lower-case country", [](Affiliation& a) { a.organization.country = "cn"; },
       "organization.country"},
      {"an alpha-3 country", [](Affiliation& a) { a.organization.country = "CHN"; },
       "organization.country"},
      {"no start date", [](Affiliation& a) { a.start_date.clear(); }, "start_date"},
      {"a 13th month", [](Affiliation& a) { a.start_date = "2025-13-01"; }, "start_date"},
      {"30 February", [](Affiliation& a) { a.start_date = "2025-02-30"; }, "start_date"},
      {"slashes", [](Affiliation& a) { a.start_date = "2025/09/01"; }, "start_date"},
      {"a time zone", [](Affiliation& a) { a.start_date = "2025-09-01Z"; }, "start_date"},
      {"a year before ORCID's", [](Affiliation& a) { a.start_date = "1899-12-31"; }, "start_date"},
      {"29 February of a common year", [](Affiliation& a) { a.end_date = "2026-02-29"; },
       "end_date"},
      {"an end before the start", [](Affiliation& a) { a.end_date = "2025-08-31"; }, "end_date"},
      {"an end month before the start", [](Affiliation& a) { a.end_date = "2025-08"; }, "end_date"},
      {"a malformed ROR id",
       [](Affiliation& a) { a.organization.ror = "https://ror.org/05hfa4n21"; },
       "organization.ror"},
      {"a URL that is not http", [](Affiliation& a) { a.url = "ftp://westlake.edu.cn"; }, "url"},
      {"a name too long for ORCID",
       [](Affiliation& a) { a.organization.name = std::string(kLongestText + 1, 'x'); },
       "organization.name"},
      {"a department in Latin-1",
       [](Affiliation& a) {
         a.department_name =
             "Bah\xe7"
             "e";
       },
       "department_name"},
      {"a control character", [](Affiliation& a) { a.role_title = "Professor\x01"; }, "role_title"},
  };
  for (const Refusal& refusal : refusals) {
    SCOPED_TRACE(refusal.what);
    Affiliation a = westlake_visit();
    refusal.change(a);
    auto xml = to_xml(a);
    ASSERT_FALSE(xml) << "accepted:\n" << *xml;
    EXPECT_EQ(xml.error().code, ErrorCode::invalid_argument);
    EXPECT_TRUE(contains(xml.error().message, std::string(refusal.field) + " "))
        << xml.error().message;
    ASSERT_EQ(xml.error().fields.size(), 1u) << xml.error().message;
    EXPECT_EQ(xml.error().fields[0].field, refusal.field);
  }
}

TEST(OrcidAffiliation, EveryBadFieldIsNamedAtOnce) {
  Affiliation a = westlake_visit();
  a.organization.city.clear();
  a.organization.country = "cn";
  a.end_date = "2024-01-01";
  auto xml = to_xml(a);
  ASSERT_FALSE(xml);
  EXPECT_EQ(xml.error().message,
            "the ORCID affiliation has invalid fields: organization.city is required; "
            "organization.country \"cn\" is not an ISO 3166-1 alpha-2 code like CN; end_date "
            "\"2024-01-01\" is before start_date \"2025-09-01\"");
  EXPECT_EQ(xml.error().fields.size(), 3u);
}

// The validation above can fail: the schemas refuse a written item once a part they require
// is taken out of it.
TEST(OrcidAffiliation, SchemaCatchesAnItemMissingARequiredElement) {
  const std::string xml = written_and_valid(westlake_employment());
  const auto without = [&](std::string_view from, std::string_view to) {
    std::string broken = xml;
    const std::size_t start = broken.find(from);
    const std::size_t end = broken.find(to, start);
    EXPECT_NE(start, std::string::npos);
    EXPECT_NE(end, std::string::npos);
    if (start == std::string::npos || end == std::string::npos) return broken;
    broken.erase(start, end + to.size() - start);
    return broken;
  };
  const std::string schema(schema_for(AffiliationKind::employment));

  // An organization needs its address (common-3.0.xsd, complexType "organization").
  auto valid =
      validate(without("    <common:address>", "</common:address>\n"), orcid_schemas(), schema);
  ASSERT_FALSE(valid);
  EXPECT_EQ(valid.error().code, ErrorCode::invalid_argument);
  EXPECT_TRUE(contains(valid.error().message, "address")) << valid.error().message;

  // A date needs its year (complexType "fuzzy-date").
  valid = validate(without("    <common:year>", "</common:year>\n"), orcid_schemas(), schema);
  ASSERT_FALSE(valid);
  EXPECT_TRUE(contains(valid.error().message, "year")) << valid.error().message;

  // And the ROR id needs its source.
  valid =
      validate(without("      <common:disambiguation-source>", "</common:disambiguation-source>\n"),
               orcid_schemas(), schema);
  ASSERT_FALSE(valid);
  EXPECT_TRUE(contains(valid.error().message, "disambiguation-source")) << valid.error().message;
}

}  // namespace
}  // namespace orbis::interop::orcid
