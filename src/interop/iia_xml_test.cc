#include "interop/iia_xml.h"

#include <gtest/gtest.h>

#include <filesystem>

#include "interop/iia_hash.h"
#include "interop/schema_validation.h"
#include "interop/test_files.h"

namespace orbis::interop {
namespace {

using testing::ewp_cases;
using testing::kIiasSchema;
using testing::read_file;
using testing::schema_root;

// An agreement as the agreements service would build it: Westlake and TUM, both directions.
Iia westlake_tum() {
  Iia iia;
  iia.partners[0] = {.hei_id = "westlake.edu.cn", .iia_id = "wl-iia-42", .iia_code = "WU-2025-TUM"};
  iia.partners[0].signing_contact =
      Contact{.contact_names = {{"王小明", "zh"}, {"Wang Xiaoming", "en"}},
              .emails = {"oia@westlake.edu.cn"}};
  iia.partners[0].signing_date = "2025-03-14";
  iia.partners[1] = {.hei_id = "tum.de", .iia_id = "TUM-88231"};
  iia.in_effect = true;
  StudentMobilitySpec outgoing;
  outgoing.sending_hei_id = "westlake.edu.cn";
  outgoing.receiving_hei_id = "tum.de";
  outgoing.receiving_first_academic_year_id = "2025/2026";
  outgoing.receiving_last_academic_year_id = "2027/2028";
  outgoing.mobilities_per_year = 4;
  outgoing.recommended_language_skills = {{.language = "en", .cefr_level = "B2"},
                                          {.language = "de", .cefr_level = "A2"}};
  outgoing.subject_areas = {
      {.isced_f_code = "0714", .isced_clarification = "Electronics & automation <AI>"}};
  outgoing.other_info_terms = "Tuition waived; 学费互免.";
  outgoing.total_months_per_year = "20";
  outgoing.eqf_levels = {6, 7};
  StudentMobilitySpec incoming = outgoing;
  std::swap(incoming.sending_hei_id, incoming.receiving_hei_id);
  incoming.blended = true;
  iia.cooperation_conditions.student_studies = {outgoing, incoming};
  StaffMobilitySpec teaching;
  teaching.sending_hei_id = "tum.de";
  teaching.receiving_hei_id = "westlake.edu.cn";
  teaching.receiving_first_academic_year_id = "2025/2026";
  teaching.receiving_last_academic_year_id = "2026/2027";
  teaching.mobilities_per_year = 2;
  teaching.recommended_language_skills = {{.language = "en", .cefr_level = "C1"}};
  teaching.total_days_per_year = "7.5";
  iia.cooperation_conditions.staff_teacher = {teaching};
  return iia;
}

std::vector<std::filesystem::path> iia_case_files() {
  std::vector<std::filesystem::path> files;
  for (const auto& entry : std::filesystem::directory_iterator(ewp_cases() / "iias"))
    files.push_back(entry.path());
  files.push_back(ewp_cases() / "official" / "iias-v7-get-response-example.xml");
  files.push_back(ewp_cases() / "official" / "iias-v7-hash-example.xml");
  std::sort(files.begin(), files.end());
  return files;
}

// The hash field is what a document carried; compare the rest.
std::vector<Iia> without_hashes(std::vector<Iia> iias) {
  for (Iia& iia : iias) iia.iia_hash.clear();
  return iias;
}

TEST(IiaXml, BuiltAgreementExportsValidXml) {
  const std::vector<Iia> iias = {westlake_tum()};
  auto xml = to_get_response_xml(iias);
  ASSERT_TRUE(xml) << xml.error().message;
  auto valid = validate(*xml, schema_root(), kIiasSchema);
  EXPECT_TRUE(valid) << valid.error().message << "\n" << *xml;
  EXPECT_NE(
      xml->find(
          "<isced-clarification>Electronics &amp; automation &lt;AI&gt;</isced-clarification>"),
      std::string::npos);
  EXPECT_NE(xml->find("<c:contact-name xml:lang=\"zh\">王小明</c:contact-name>"),
            std::string::npos);
}

TEST(IiaXml, ExportCarriesTheHashAndParsesBack) {
  const Iia original = westlake_tum();
  const std::vector<Iia> iias = {original};
  auto xml = to_get_response_xml(iias);
  ASSERT_TRUE(xml) << xml.error().message;
  auto hash = iia_hash(original);
  ASSERT_TRUE(hash);
  EXPECT_NE(xml->find("<iia-hash>" + *hash + "</iia-hash>"), std::string::npos);
  auto parsed = parse_get_response(*xml);
  ASSERT_TRUE(parsed) << parsed.error().message;
  ASSERT_EQ(parsed->size(), 1u);
  Iia expected = original;
  expected.iia_hash = *hash;
  EXPECT_EQ(parsed->front(), expected);
}

TEST(IiaXml, ExportIsDeterministic) {
  const std::vector<Iia> iias = {westlake_tum(), westlake_tum()};
  auto first = to_get_response_xml(iias);
  auto second = to_get_response_xml(iias);
  ASSERT_TRUE(first && second);
  EXPECT_EQ(*first, *second);
}

TEST(IiaXml, EmptyResponse) {
  auto xml = to_get_response_xml({});
  ASSERT_TRUE(xml);
  EXPECT_TRUE(validate(*xml, schema_root(), kIiasSchema));
  auto parsed = parse_get_response(*xml);
  ASSERT_TRUE(parsed);
  EXPECT_TRUE(parsed->empty());
}

// Every case file: parse, export, the export validates, and parses back to the same model.
class CaseFiles : public ::testing::TestWithParam<std::filesystem::path> {};

TEST_P(CaseFiles, RoundTrips) {
  const std::string xml = read_file(GetParam());
  ASSERT_TRUE(validate(xml, schema_root(), kIiasSchema)) << "the case itself must be valid";
  auto parsed = parse_get_response(xml);
  ASSERT_TRUE(parsed) << parsed.error().message;
  ASSERT_FALSE(parsed->empty());
  auto exported = to_get_response_xml(*parsed);
  ASSERT_TRUE(exported) << exported.error().message;
  auto valid = validate(*exported, schema_root(), kIiasSchema);
  EXPECT_TRUE(valid) << valid.error().message;
  auto reparsed = parse_get_response(*exported);
  ASSERT_TRUE(reparsed) << reparsed.error().message;
  EXPECT_EQ(without_hashes(*reparsed), without_hashes(*parsed));
  // The export carries the hashes the official algorithm gives for the export itself.
  auto hashes = iia_hashes_of_xml(*exported);
  ASSERT_TRUE(hashes);
  for (std::size_t i = 0; i < reparsed->size(); ++i)
    EXPECT_EQ((*reparsed)[i].iia_hash, (*hashes)[i]);
}

INSTANTIATE_TEST_SUITE_P(Cases, CaseFiles, ::testing::ValuesIn(iia_case_files()),
                         [](const ::testing::TestParamInfo<std::filesystem::path>& info) {
                           std::string name = info.param.stem().string();
                           for (char& c : name) {
                             if (!std::isalnum(static_cast<unsigned char>(c))) c = '_';
                           }
                           return name;
                         });

TEST(IiaXml, ParsesTheOfficialExample) {
  auto iias =
      parse_get_response(read_file(ewp_cases() / "official" / "iias-v7-get-response-example.xml"));
  ASSERT_TRUE(iias) << iias.error().message;
  ASSERT_EQ(iias->size(), 1u);
  const Iia& iia = iias->front();
  EXPECT_EQ(iia.partners[0].hei_id, "uw.edu.pl");
  EXPECT_EQ(iia.partners[0].iia_code, "983/E+/III14&15");
  EXPECT_EQ(iia.partners[1].signing_contact->contact_names.front().text, "Monica Turner");
  const auto& c = iia.cooperation_conditions;
  ASSERT_EQ(c.student_studies.size(), 1u);
  EXPECT_EQ(c.student_studies[0].recommended_language_skills.size(), 2u);
  EXPECT_EQ(c.student_studies[0].eqf_levels, (std::vector<int>{7, 8}));
  EXPECT_EQ(c.student_traineeship[0].mobilities_per_year, 10u);
  EXPECT_EQ(c.staff_teacher.size(), 2u);
  EXPECT_EQ(c.staff_teacher[1].total_days_per_year, "14");
  EXPECT_EQ(c.staff_training.size(), 1u);
  EXPECT_TRUE(iia.in_effect);
}

TEST(IiaXml, ParsesLegacyMarkers) {
  auto iias = parse_get_response(read_file(ewp_cases() / "iias" / "05-legacy-v6-values.xml"));
  ASSERT_TRUE(iias) << iias.error().message;
  const StudentMobilitySpec& spec = iias->front().cooperation_conditions.student_studies.front();
  EXPECT_TRUE(spec.mobilities_per_year_not_yet_defined);
  EXPECT_TRUE(spec.recommended_language_skills.front().not_yet_defined);
  EXPECT_EQ(spec.subject_areas[0].isced_v6_value, "04");
  EXPECT_EQ(spec.subject_areas[0].isced_f_code, "0410");
}

// ---- what the writer refuses -----------------------------------------------------------

std::string export_error(const Iia& iia) {
  const std::vector<Iia> iias = {iia};
  auto xml = to_get_response_xml(iias);
  EXPECT_FALSE(xml) << "exported although invalid";
  return xml ? "" : xml.error().message;
}

TEST(IiaXml, RefusesInvalidValuesNamingTheField) {
  Iia iia = westlake_tum();
  iia.partners[1].hei_id = "";
  EXPECT_EQ(export_error(iia), "iia[1]/partner[2]/hei-id is empty");

  iia = westlake_tum();
  iia.cooperation_conditions.student_studies[1].recommended_language_skills[0].cefr_level = "D1";
  EXPECT_EQ(export_error(iia),
            "iia[1]/cooperation-conditions/student-studies-mobility-spec[2]/"
            "recommended-language-skill[1]/cefr-level "
            "\"D1\" is not a CEFR level A1 … C2");

  iia = westlake_tum();
  iia.cooperation_conditions.student_studies[0].subject_areas[0].isced_f_code = "071";
  EXPECT_NE(export_error(iia).find(
                "subject-area[1]/isced-f-code \"071\" is not a four-digit ISCED-F code"),
            std::string::npos);

  iia = westlake_tum();
  iia.cooperation_conditions.student_studies[0].eqf_levels = {9};
  EXPECT_NE(export_error(iia).find("eqf-level[1] \"9\" is not an EQF level"), std::string::npos);

  iia = westlake_tum();
  iia.cooperation_conditions.staff_teacher[0].receiving_last_academic_year_id = "2026-2027";
  EXPECT_NE(export_error(iia).find("receiving-last-academic-year-id \"2026-2027\""),
            std::string::npos);

  iia = westlake_tum();
  iia.cooperation_conditions.staff_teacher[0].total_days_per_year = "7.125";
  EXPECT_NE(export_error(iia).find("total-days-per-year \"7.125\""), std::string::npos);

  iia = westlake_tum();
  iia.cooperation_conditions.student_studies[0].mobilities_per_year = 0;
  EXPECT_NE(export_error(iia).find("mobilities-per-year must be positive"), std::string::npos);

  iia = westlake_tum();
  iia.cooperation_conditions.student_studies[0].subject_areas[0].isced_v6_value = "0714";
  EXPECT_EQ(export_error(iia),
            "iia[1]/cooperation-conditions/student-studies-mobility-spec[1]/subject-area[1]/"
            "isced-f-code/@v6-value \"0714\" is not a 1 to 3 digit ISCED code");

  iia = westlake_tum();
  iia.partners[0].signing_contact->contact_names[0].lang = "zh\x01";
  EXPECT_EQ(export_error(iia),
            "iia[1]/partner[1]/signing-contact/contact-name[1]/@xml:lang holds the character "
            "U+0001, which XML 1.0 does not allow");

  iia = westlake_tum();
  iia.partners[0].iia_id = "has space";
  EXPECT_NE(export_error(iia).find("partner[1]/iia-id"), std::string::npos);
}

TEST(IiaXml, RefusesShapesTheSchemaForbids) {
  Iia iia = westlake_tum();
  iia.cooperation_conditions.staff_teacher[0].recommended_language_skills.clear();
  EXPECT_EQ(export_error(iia),
            "iia[1]/cooperation-conditions/staff-teacher-mobility-spec[1] needs at least one "
            "recommended-language-skill");

  iia = westlake_tum();
  iia.partners[0].signing_contact->contact_names.clear();
  EXPECT_EQ(export_error(iia), "iia[1]/partner[1]/signing-contact has no contact-name");

  iia = westlake_tum();
  iia.partners[0].signing_contact->street_address =
      FlexibleAddress{.address_lines = {"600 Dunyu Road"}, .street_name = "Dunyu Road"};
  EXPECT_NE(export_error(iia).find("both address lines and detailed address fields"),
            std::string::npos);
}

TEST(IiaXml, RefusesTextXmlCannotHold) {
  Iia iia = westlake_tum();
  iia.cooperation_conditions.student_studies[0].other_info_terms = std::string("bell\x07");
  EXPECT_NE(export_error(iia).find("U+0007, which XML 1.0 does not allow"), std::string::npos);
  iia.cooperation_conditions.student_studies[0].other_info_terms = std::string("bad \xC3 utf-8");
  EXPECT_NE(export_error(iia).find("is not valid UTF-8"), std::string::npos);
}

TEST(IiaXml, SecondAgreementErrorsNameIt) {
  Iia bad = westlake_tum();
  bad.partners[0].hei_id = "";
  const std::vector<Iia> iias = {westlake_tum(), bad};
  auto xml = to_get_response_xml(iias);
  ASSERT_FALSE(xml);
  EXPECT_EQ(xml.error().message, "iia[2]/partner[1]/hei-id is empty");
}

// ---- what the reader refuses -----------------------------------------------------------

std::string parse_error(std::string_view xml) {
  auto iias = parse_get_response(xml);
  EXPECT_FALSE(iias) << "parsed although wrong";
  if (iias) return "";
  EXPECT_EQ(iias.error().code, ErrorCode::invalid_argument);
  return iias.error().message;
}

std::string with_iia(std::string_view body) {
  return std::string("<iias-get-response xmlns=\"") + kIiasGetResponseNs + "\">\n<iia>\n" +
         std::string(body) + "\n</iia>\n</iias-get-response>";
}

TEST(IiaXml, RejectsMalformedXmlWithLine) {
  EXPECT_EQ(parse_error("<iias-get-response>\n<iia>\n</iias-get-response>"),
            "the IIA get-response is not well-formed XML: line 3: Opening and ending tag mismatch: "
            "iia line 2 and "
            "iias-get-response");
  EXPECT_NE(parse_error("").find("not well-formed"), std::string::npos);
}

TEST(IiaXml, RejectsDtdsAndExternalEntities) {
  const std::string xxe =
      "<?xml version=\"1.0\"?>\n<!DOCTYPE r [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>\n"
      "<iias-get-response xmlns=\"" +
      std::string(kIiasGetResponseNs) + "\">&x;</iias-get-response>";
  EXPECT_NE(parse_error(xxe).find("has a DOCTYPE"), std::string::npos);
  const std::string laughs =
      "<!DOCTYPE r [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b "
      "\"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\">]><r>&b;</r>";
  EXPECT_NE(parse_error(laughs).find("has a DOCTYPE"), std::string::npos);
  // The same in UTF-16 must not slip past the DOCTYPE check.
  std::string utf16 = "\xFF\xFE";
  for (char c : xxe) utf16 += std::string{c, '\0'};
  EXPECT_NE(parse_error(utf16).find("not UTF-8"), std::string::npos);
}

TEST(IiaXml, ReadsUtf8WhateverTheDeclarationSays) {
  std::string xml = testing::read_file(ewp_cases() / "iias" / "03-chinese-text.xml");
  xml.replace(xml.find("UTF-8"), 5, "ISO-8859-1");
  auto iias = parse_get_response(xml);
  ASSERT_TRUE(iias) << iias.error().message;
  EXPECT_EQ(iias->front().partners[1].iia_code, "浙大国际校区〔2025〕17号");
}

TEST(IiaXml, RejectsOtherDocuments) {
  EXPECT_NE(
      parse_error(
          "<iias-get-response xmlns=\"https://github.com/erasmus-without-paper/ewp-specs-api-iias/"
          "blob/stable-v6/endpoints/get-response.xsd\"/>")
          .find("not an IIA v7 get-response: the root element is <iias-get-response> in namespace"),
      std::string::npos);
  EXPECT_NE(parse_error("<elmo/>").find("not an IIA v7 get-response"), std::string::npos);
}

TEST(IiaXml, RejectsStructuralErrorsWithLine) {
  EXPECT_EQ(parse_error(
                with_iia("<partner><hei-id>a.edu</hei-id></partner>\n<in-effect>true</in-effect>")),
            "IIA get-response line 4: <in-effect> where <partner> was expected in <iia>");
  EXPECT_EQ(parse_error(with_iia(
                "<partner><hei-id>a</hei-id></partner><partner><hei-id>b</hei-id></partner>\n"
                "<in-effect>maybe</in-effect>")),
            "IIA get-response line 4: <in-effect> is \"maybe\", not a boolean");
  EXPECT_EQ(parse_error(with_iia("<partner><hei-id>a</hei-id><colour>red</colour></partner>")),
            "IIA get-response line 3: unexpected element <colour> in <partner>");
  EXPECT_EQ(parse_error(with_iia(
                "<partner><hei-id>a</hei-id></partner><partner><hei-id>b</hei-id></partner>"
                "<in-effect>true</in-effect>")),
            "IIA get-response line 2: <iia> lacks <cooperation-conditions>");
}

TEST(IiaXml, RejectsBadNumbers) {
  std::string xml = read_file(ewp_cases() / "iias" / "01-studies-minimal.xml");
  const std::string good = "<mobilities-per-year>2</mobilities-per-year>";
  xml.replace(xml.find(good), good.size(), "<mobilities-per-year>two</mobilities-per-year>");
  EXPECT_EQ(parse_error(xml),
            "IIA get-response line 22: <mobilities-per-year> is \"two\", not a whole number from 1 "
            "to 4294967295");
}

}  // namespace
}  // namespace orbis::interop
