#include "interop/transcript_xml.h"

#include <gtest/gtest.h>

#include "interop/schema_validation.h"
#include "interop/test_files.h"

namespace orbis::interop {
namespace {

using testing::ewp_cases;
using testing::read_file;
using testing::schema_root;

std::string official(const char* name) { return read_file(ewp_cases() / "official" / name); }
std::string la_case(const char* name) { return read_file(ewp_cases() / "la" / name); }

std::vector<Transcript> parsed_ok(std::string_view xml) {
  auto parsed = parse_transcripts(xml, schema_root());
  EXPECT_TRUE(parsed) << parsed.error().message;
  return parsed ? *parsed : std::vector<Transcript>{};
}

// Writes `transcripts`, checks that the response validates, and reads it back.
std::vector<Transcript> written_and_read(const std::vector<Transcript>& transcripts) {
  auto xml = to_xml(transcripts);
  EXPECT_TRUE(xml) << xml.error().message;
  if (!xml) return {};
  auto valid = validate(*xml, schema_root(), kImobilityTorsSchema);
  EXPECT_TRUE(valid) << valid.error().message << "\n" << *xml;
  return parsed_ok(*xml);
}

// Orbis's own transcript of an incoming student from TUM after a semester at Westlake.
Transcript westlake_transcript() {
  Transcript t;
  t.omobility_id = "TUM-OM-88231";
  t.generated_date = "2026-07-10T09:00:00+08:00";
  t.learner = {.citizenship = "DE",
               .identifiers = {{"esi", "urn:schac:personalUniqueCode:int:esi:tum.de:03712345"}},
               .given_names = "Lena",
               .family_name = "Schäfer",
               .birth_date = "2003-11-02",
               .gender = 2};
  TranscriptReport report;
  report.issuer = {.country = "CN",
                   .identifiers = {{"schac", "westlake.edu.cn"}},
                   .titles = {{"西湖大学", "zh"}, {"Westlake University", "en"}},
                   .url = "https://www.westlake.edu.cn"};
  LearningOpportunity biology{
      .identifiers = {{"local", "BIO5010"}},
      .titles = {{"合成生物学", "zh"}, {"Synthetic Biology & <Systems>", "en"}},
      .type = "Course",
      .isced_code = "0511",
      .result = {.date = "2026-06-28",
                 .academic_term =
                     AcademicTermSpan{{{"2025-2026 春季学期", "zh"}, {"Spring 2025/2026", "en"}},
                                      "2026-02-23",
                                      "2026-07-03"},
                 .status = "passed",
                 .grading_scheme_local_id = "wl-100",
                 .result_label = "92",
                 .result_distribution = {{"90-100", 14}, {"80-89", 31}, {"60-79", 20}},
                 .credits = {{"ects", "5"}},
                 .levels = {{.type = "EQF", .value = "7"}},
                 .language_of_instruction = "en",
                 .engagement_hours = "64"}};
  LearningOpportunity lab{.identifiers = {{"local", "BIO5010-L"}},
                          .titles = {{"Laboratory", "en"}},
                          .type = "Class",
                          .result = {.status = "passed", .engagement_hours = "32.5"}};
  biology.parts = {lab};
  LearningOpportunity chinese{.identifiers = {{"local", "CHN1001"}},
                              .titles = {{"Chinese Language I", std::nullopt}},
                              .type = "Course",
                              .result = {.status = "in-progress", .credits = {{"ects", "2.5"}}}};
  report.learning_opportunities = {biology, chinese};
  report.issue_date = "2026-07-10T08:30:00+08:00";
  report.grading_schemes = {
      {"wl-100", {{"Percentage 0-100; 60 is the lowest pass.\nA: 90-100", "en"}}}};
  t.reports = {report};
  t.grade_conversion = {{"0511", {{"90-100", "21.5"}, {"80-89", "47.7"}, {"60-79", "30.8"}}}};
  return t;
}

TEST(TranscriptXml, OfficialToRExample) {
  const auto transcripts =
      parsed_ok(official("ewp-specs-api-imobility-tors-endpoints-get-response-example.xml"));
  ASSERT_EQ(transcripts.size(), 1u);
  const Transcript& t = transcripts.front();
  EXPECT_EQ(t.omobility_id, "b1ab0888-a5ce-45e8-8c51-e3c6f677b58f");
  EXPECT_EQ(t.generated_date, "2015-10-31T12:00:00+02:00");
  EXPECT_EQ(t.learner.given_names, "Jan Łukasz");
  EXPECT_EQ(t.learner.citizenship, "PL");
  EXPECT_EQ(t.learner.birth_date, "1983-01-01");
  EXPECT_EQ(identifier_of(t.learner.identifiers, "nationalIdentifier"), "83041234567");
  ASSERT_EQ(t.reports.size(), 1u);
  const TranscriptReport& report = t.reports.front();
  EXPECT_EQ(identifier_of(report.issuer.identifiers, "schac"), "uw.edu.pl");
  EXPECT_EQ(report.issuer.titles, (std::vector<LangString>{{"Uniwersytet Warszawski", "pl"},
                                                           {"University of Warsaw", "en"}}));
  ASSERT_EQ(report.learning_opportunities.size(), 1u);
  const LearningOpportunity& los = report.learning_opportunities.front();
  EXPECT_EQ(los.titles, (std::vector<LangString>{{"The importance of <br> in HTML", {}}}));
  EXPECT_EQ(identifier_of(los.identifiers, "ewp-los-id"),
            "CR/19560ed8-5183-4842-9bb0-2b7e23f56522");
  EXPECT_EQ(los.isced_code, "0612");
  EXPECT_EQ(los.result.result_label, "C");
  EXPECT_EQ(los.result.result_distribution.size(), 6u);
  EXPECT_EQ(los.result.result_distribution[3], (ResultCategory{"C", 135}));
  EXPECT_EQ(report.issue_date, "2015-10-31T07:00:00+02:00");
  ASSERT_EQ(t.grade_conversion.size(), 1u);
  EXPECT_EQ(t.grade_conversion[0].isced_code, "0612");
  EXPECT_EQ(t.grade_conversion[0].frequencies.front(), (GradeFrequency{"F", "0.8"}));
  EXPECT_EQ(t.grade_conversion[0].frequencies.back(), (GradeFrequency{"A", "2.0"}));

  EXPECT_EQ(written_and_read(transcripts), transcripts);
}

TEST(TranscriptXml, OfficialElmoV1Example) {
  const auto transcripts = parsed_ok(official("elmo-schemas-example.xml"));
  ASSERT_EQ(transcripts.size(), 1u);
  const Transcript& t = transcripts.front();
  EXPECT_FALSE(t.omobility_id);
  EXPECT_EQ(t.learner.family_name, "Rygielski");
  const TranscriptReport& report = t.reports.front();
  ASSERT_EQ(report.learning_opportunities.size(), 3u);
  const LearningOpportunity& degree = report.learning_opportunities[0];
  EXPECT_EQ(degree.type, "Degree Programme");
  EXPECT_EQ(identifier_of(degree.identifiers, "local"), "MNM2-BIO");
  EXPECT_EQ(degree.result.credits, (std::vector<TranscriptCredit>{{"ECTS", "120"}}));
  ASSERT_TRUE(degree.result.academic_term);
  EXPECT_EQ(degree.result.academic_term->titles.size(), 3u);
  ASSERT_EQ(degree.parts.size(), 1u);
  EXPECT_EQ(degree.parts[0].result.result_label, "Innpasset");
  const LearningOpportunity& compilers = report.learning_opportunities[1];
  EXPECT_EQ(compilers.result.status, "passed");
  EXPECT_EQ(compilers.result.grading_scheme_local_id, "0-100");
  EXPECT_EQ(compilers.result.result_label, "45.1");
  EXPECT_EQ(compilers.result.credits, (std::vector<TranscriptCredit>{{"ects", "6"}}));
  ASSERT_EQ(compilers.result.levels.size(), 2u);
  EXPECT_EQ(compilers.result.levels[0],
            (StudyLevel{"EQF", "European Qualification Framework", "5"}));
  EXPECT_EQ(compilers.result.language_of_instruction, "pl");
  ASSERT_EQ(compilers.parts.size(), 2u);
  EXPECT_EQ(compilers.parts[1].result.grading_scheme_local_id, "ZAL");
  EXPECT_EQ(compilers.parts[1].result.engagement_hours, "30");
  EXPECT_TRUE(report.learning_opportunities[2].identifiers.empty());
  ASSERT_EQ(report.grading_schemes.size(), 3u);
  EXPECT_EQ(report.grading_schemes[0].local_id, "ZAL");
  EXPECT_EQ(report.grading_schemes[0].descriptions[1], (LangString{"Zaliczenie", "pl"}));

  // Sent on as a ToR response, it validates and reads back the same.
  std::vector<Transcript> as_tor = transcripts;
  as_tor[0].omobility_id = "uw-om-1";
  EXPECT_EQ(written_and_read(as_tor), as_tor);
}

TEST(TranscriptXml, PartnerElmoV2TranscriptWithItalianGrades) {
  const auto transcripts = parsed_ok(la_case("unibo-elmo-v2-transcript.xml"));
  ASSERT_EQ(transcripts.size(), 1u);
  const Transcript& t = transcripts.front();
  EXPECT_EQ(t.learner.alternative_name, (LangString{"王小明", "zh"}));
  EXPECT_EQ(t.learner.birth_date, "2004-02-29");
  EXPECT_EQ(t.learner.citizenship, "CN");
  const TranscriptReport& report = t.reports.front();
  EXPECT_EQ(identifier_of(report.issuer.identifiers, "schac"), "unibo.it");
  EXPECT_EQ(identifier_of(report.issuer.identifiers, "erasmus"), "I BOLOGNA01");  // xs:token
  ASSERT_EQ(report.learning_opportunities.size(), 4u);
  const LearningOpportunityResult& ml = report.learning_opportunities[0].result;
  EXPECT_EQ(ml.result_label, "30 e lode");
  EXPECT_EQ(ml.grading_scheme_local_id, "it30");
  EXPECT_EQ(ml.date, "2026-01-20");
  EXPECT_EQ(ml.result_distribution.back(), (ResultCategory{"30 e lode", 5}));
  EXPECT_EQ(report.learning_opportunities[1].result.result_label, "28");
  const LearningOpportunityResult& failed = report.learning_opportunities[2].result;
  EXPECT_EQ(failed.status, "failed");
  EXPECT_FALSE(failed.result_label);
  const LearningOpportunity& italian = report.learning_opportunities[3];
  ASSERT_EQ(italian.parts.size(), 2u);
  EXPECT_EQ(italian.parts[0].result.engagement_hours, "20.5");
  ASSERT_EQ(report.grading_schemes.size(), 2u);
  EXPECT_EQ(report.grading_schemes[0].descriptions[0].text,
            "Italian university scale: 18 to 30 out of 30; 18 is the lowest pass.\n\"30 e lode\" "
            "(30 cum laude) is the highest grade.");

  // ELMO v1 has no alternativeName: writing a ToR response refuses it until it is cleared.
  std::vector<Transcript> as_tor = transcripts;
  as_tor[0].omobility_id = "wl-om-2025-0042";
  auto refused = to_xml(as_tor);
  ASSERT_FALSE(refused);
  EXPECT_EQ(refused.error().message,
            "tor[1]/elmo/learner/alternativeName exists only in ELMO v2, and imobility-tors v2 "
            "carries ELMO v1; leave it out");
  as_tor[0].learner.alternative_name.reset();
  EXPECT_EQ(written_and_read(as_tor), as_tor);
}

TEST(TranscriptXml, OwnTranscriptValidatesAndRoundTrips) {
  const std::vector<Transcript> transcripts = {westlake_transcript(), westlake_transcript()};
  EXPECT_EQ(written_and_read(transcripts), transcripts);
  auto xml = to_xml(transcripts);
  ASSERT_TRUE(xml);
  EXPECT_NE(xml->find("<elmo xmlns=\"https://github.com/emrex-eu/elmo-schemas/tree/v1\">"),
            std::string::npos);
  EXPECT_NE(xml->find("<title xml:lang=\"en\">Synthetic Biology &amp; &lt;Systems&gt;</title>"),
            std::string::npos);
  EXPECT_NE(xml->find("<gradeFrequency label=\"80-89\" percentage=\"47.7\"/>"), std::string::npos);
  EXPECT_EQ(*xml, *to_xml(transcripts));  // deterministic
}

TEST(TranscriptXml, TokensAreWrittenCollapsed) {
  Transcript t = westlake_transcript();
  t.reports[0].learning_opportunities[0].result.result_label = "  A \n +";
  const auto read = written_and_read({t});
  ASSERT_EQ(read.size(), 1u);
  EXPECT_EQ(read[0].reports[0].learning_opportunities[0].result.result_label, "A +");
}

TEST(TranscriptXml, EmptyResponse) { EXPECT_TRUE(written_and_read({}).empty()); }

// ---- what the writer refuses -------------------------------------------------------------

void expect_refused(const Transcript& t, std::string_view message) {
  auto xml = to_xml({westlake_transcript(), t});
  ASSERT_FALSE(xml) << "accepted:\n" << *xml;
  EXPECT_EQ(xml.error().code, ErrorCode::invalid_argument);
  EXPECT_EQ(xml.error().message, message);
}

TEST(TranscriptXmlWriter, RefusesWhatTheSchemaRejects) {
  Transcript t = westlake_transcript();
  t.omobility_id.reset();
  expect_refused(t, "tor[2]/omobility-id is missing; a ToR response needs the mobility's id");

  t = westlake_transcript();
  t.reports[0].learning_opportunities[1].result.credits[0].value = "2,5";
  expect_refused(t,
                 "tor[2]/elmo/report[1]/learningOpportunitySpecification[2]/specifies/"
                 "learningOpportunityInstance/credit[1]/value \"2,5\" is not a decimal number "
                 "like 7.5");

  t = westlake_transcript();
  t.reports[0].learning_opportunities[0].parts[0].type = "Lab";
  expect_refused(t,
                 "tor[2]/elmo/report[1]/learningOpportunitySpecification[1]/hasPart[1]/"
                 "learningOpportunitySpecification[1]/type \"Lab\" is not one of Degree "
                 "Programme, Module, Course, Class");

  t = westlake_transcript();
  t.reports.clear();
  expect_refused(t, "tor[2]/elmo/report is missing; ELMO needs at least one report");

  t = westlake_transcript();
  t.reports[0].issuer.identifiers.clear();
  expect_refused(t,
                 "tor[2]/elmo/report[1]/issuer/identifier is missing; an issuer needs at least "
                 "one (e.g. schac)");

  t = westlake_transcript();
  t.generated_date = "2026-07-10";
  expect_refused(t,
                 "tor[2]/elmo/generatedDate \"2026-07-10\" is not a date and time like "
                 "2025-03-14T09:30:00+08:00");

  t = westlake_transcript();
  t.reports[0].learning_opportunities[0].result.status = "excellent";
  expect_refused(t,
                 "tor[2]/elmo/report[1]/learningOpportunitySpecification[1]/specifies/"
                 "learningOpportunityInstance/status \"excellent\" is not one of passed, failed, "
                 "in-progress");
}

// ---- what the reader refuses -------------------------------------------------------------

void expect_unreadable(std::string_view xml, ErrorCode code, std::string_view fragment,
                       const std::filesystem::path& root = schema_root()) {
  auto parsed = parse_transcripts(xml, root);
  ASSERT_FALSE(parsed);
  EXPECT_EQ(parsed.error().code, code);
  EXPECT_NE(parsed.error().message.find(fragment), std::string::npos) << parsed.error().message;
}

TEST(TranscriptXmlReader, RefusesMalformedForeignAndInvalidDocuments) {
  expect_unreadable("<elmo", ErrorCode::invalid_argument, "not well-formed XML: line 1");
  expect_unreadable("<!DOCTYPE elmo [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><elmo>&x;</elmo>",
                    ErrorCode::invalid_argument, "has a DOCTYPE");
  expect_unreadable(official("omobility-las-get-response-example.xml"), ErrorCode::invalid_argument,
                    "not a transcript: the root element is <omobility-las-get-response>");
  expect_unreadable("<elmo xmlns=\"urn:example:elmo\"/>", ErrorCode::invalid_argument,
                    "not a transcript: the root element is <elmo> in namespace "
                    "\"urn:example:elmo\"");

  std::string xml = la_case("unibo-elmo-v2-transcript.xml");
  const std::string given = "<givenNames>Xiaoming</givenNames>";
  xml.erase(xml.find(given), given.size());
  expect_unreadable(xml, ErrorCode::invalid_argument, "does not validate against");
  expect_unreadable(
      xml, ErrorCode::invalid_argument,
      "line 15: Element '{https://github.com/emrex-eu/elmo-schemas/tree/v2}familyName': "
      "This element is not expected.");

  std::string tor = official("ewp-specs-api-imobility-tors-endpoints-get-response-example.xml");
  const std::string percentage = "percentage=\"0.8\"";
  tor.replace(tor.find(percentage), percentage.size(), "percentage=\"0,8\"");
  expect_unreadable(tor, ErrorCode::invalid_argument, "'0,8' is not a valid value");
}

TEST(TranscriptXmlReader, MissingSchemaFolderIsNotFound) {
  expect_unreadable(official("elmo-schemas-example.xml"), ErrorCode::not_found, "",
                    std::filesystem::path(ORBIS_SOURCE_DIR) / "no-such-schema-folder");
}

}  // namespace
}  // namespace orbis::interop
