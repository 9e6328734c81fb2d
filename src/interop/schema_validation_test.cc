#include "interop/schema_validation.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

#include "interop/test_files.h"

namespace orbis::interop {
namespace {

using testing::ewp_cases;
using testing::read_file;
using testing::schema_root;

struct OfficialExample {
  const char* file;
  const char* schema;
};

// The official examples of the APIs whose schemas data/ewp/schemas holds.
class OfficialExamples : public ::testing::TestWithParam<OfficialExample> {};

TEST_P(OfficialExamples, Validate) {
  auto valid = validate(read_file(ewp_cases() / "official" / GetParam().file), schema_root(),
                        GetParam().schema);
  EXPECT_TRUE(valid) << valid.error().message;
}

INSTANTIATE_TEST_SUITE_P(
    Ewp, OfficialExamples,
    ::testing::Values(
        OfficialExample{"iias-v7-get-response-example.xml",
                        "ewp-specs-api-iias-v7.0.0/endpoints/get-response.xsd"},
        OfficialExample{"iias-v7-hash-example.xml",
                        "ewp-specs-api-iias-v7.0.0/endpoints/get-response.xsd"},
        OfficialExample{"omobility-las-get-response-example.xml",
                        "ewp-specs-api-omobility-las-v1.2.0/endpoints/get-response.xsd"},
        OfficialExample{"ewp-specs-api-imobility-tors-endpoints-get-response-example.xml",
                        "ewp-specs-api-imobility-tors-v2.0.0/endpoints/get-response.xsd"},
        OfficialExample{"elmo-schemas-example.xml", "elmo-schemas-v1.6.0/schema.xsd"}));

TEST(Validate, BrokenDocumentNamesTheLine) {
  std::string xml = read_file(ewp_cases() / "official" / "iias-v7-get-response-example.xml");
  const std::string good = "<cefr-level>B1</cefr-level>";
  xml.replace(xml.find(good), good.size(), "<cefr-level>B3</cefr-level>");
  auto valid = validate(xml, schema_root(), testing::kIiasSchema);
  ASSERT_FALSE(valid);
  EXPECT_EQ(valid.error().code, ErrorCode::invalid_argument);
  EXPECT_NE(valid.error().message.find(
                "line 62: Element '{https://github.com/erasmus-without-paper/"
                "ewp-specs-api-iias/blob/stable-v7/endpoints/get-response.xsd}cefr-level': "
                "[facet 'pattern'] The value 'B3' is not accepted"),
            std::string::npos)
      << valid.error().message;
}

TEST(Validate, MissingElementNamesTheLine) {
  std::string xml = read_file(ewp_cases() / "iias" / "01-studies-minimal.xml");
  const std::string blended = "        <blended>false</blended>\n";
  xml.erase(xml.find(blended), blended.size());
  auto valid = validate(xml, schema_root(), testing::kIiasSchema);
  ASSERT_FALSE(valid);
  EXPECT_NE(valid.error().message.find("line 17: Element '{"), std::string::npos)
      << valid.error().message;
  EXPECT_NE(valid.error().message.find("Missing child element(s)"), std::string::npos)
      << valid.error().message;
}

TEST(Validate, MalformedDocument) {
  auto valid = validate("<a>", schema_root(), testing::kIiasSchema);
  ASSERT_FALSE(valid);
  EXPECT_NE(valid.error().message.find("not well-formed XML: line 1"), std::string::npos);
}

TEST(Validate, RefusesDoctype) {
  auto valid = validate("<!DOCTYPE a SYSTEM \"http://example.org/a.dtd\"><a/>", schema_root(),
                        testing::kIiasSchema);
  ASSERT_FALSE(valid);
  EXPECT_NE(valid.error().message.find("DOCTYPE"), std::string::npos);
}

TEST(Validate, SchemaPathStaysInsideTheFolder) {
  auto absolute = validate("<a/>", schema_root(), "/etc/passwd");
  ASSERT_FALSE(absolute);
  EXPECT_EQ(absolute.error().code, ErrorCode::invalid_argument);
  auto climbing = validate("<a/>", schema_root(), "../../README.md");
  ASSERT_FALSE(climbing);
  EXPECT_EQ(climbing.error().code, ErrorCode::invalid_argument);
  auto missing =
      validate("<a/>", schema_root(), "ewp-specs-api-iias-v99/endpoints/get-response.xsd");
  ASSERT_FALSE(missing);
  EXPECT_EQ(missing.error().code, ErrorCode::not_found);
}

// An import that neither a relative path nor the catalog resolves must fail, not fetch.
TEST(Validate, NeverFetchesImportsOutsideTheCatalog) {
  const auto folder =
      std::filesystem::temp_directory_path() /
      ("orbis-interop-schema-" + std::to_string(::testing::UnitTest::GetInstance()->random_seed()));
  std::filesystem::create_directories(folder);
  std::ofstream(folder / "remote.xsd")
      << "<xs:schema xmlns:xs='http://www.w3.org/2001/XMLSchema' xmlns:o='urn:other'>"
         "<xs:import namespace='urn:other' schemaLocation='https://example.org/other.xsd'/>"
         "<xs:element name='a' type='o:T'/></xs:schema>";
  auto valid = validate("<a/>", folder, "remote.xsd");
  std::filesystem::remove_all(folder);
  ASSERT_FALSE(valid);
  EXPECT_EQ(valid.error().code, ErrorCode::internal);
  EXPECT_NE(valid.error().message.find("does not compile"), std::string::npos)
      << valid.error().message;
}

}  // namespace
}  // namespace orbis::interop
