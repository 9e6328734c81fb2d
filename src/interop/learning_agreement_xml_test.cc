#include "interop/learning_agreement_xml.h"

#include <gtest/gtest.h>

#include "interop/schema_validation.h"
#include "interop/test_files.h"

namespace orbis::interop {
namespace {

using testing::ewp_cases;
using testing::read_file;
using testing::schema_root;

constexpr const char* kLasSchema = "ewp-specs-api-omobility-las-v1.2.0/endpoints/get-response.xsd";

LaSignature coordinator(std::string name, std::string email, std::string timestamp,
                        std::string app = "Orbis") {
  return {.signer_name = std::move(name),
          .signer_position = "Erasmus coordinator",
          .signer_email = std::move(email),
          .timestamp = std::move(timestamp),
          .signer_app = std::move(app)};
}

LaSignature student_signature(std::string timestamp) {
  return {.timestamp = std::move(timestamp), .signer_app = "Orbis"};
}

MobilityInstitution westlake() {
  return {.hei_id = "westlake.edu.cn",
          .ounit_name = "School of Engineering",
          .ounit_id = "WL-ENG",
          .contact_person = {.given_names = "Li",
                             .family_name = "Na",
                             .email = "oia@westlake.edu.cn",
                             .phone_number = PhoneNumber{.e164 = "+8657188888888"}}};
}

MobilityInstitution bologna() {
  return {.hei_id = "unibo.it",
          .ounit_name = "Dipartimento di Informatica - Scienza e Ingegneria",
          .contact_person = {
              .given_names = "Giulia", .family_name = "Rossi", .email = "giulia.rossi@unibo.it"}};
}

LaComponent studied(std::string code, std::string title, std::string credits) {
  return {.los_code = std::move(code),
          .title = std::move(title),
          .term_id = TermId{1, 2},
          .credits = {{.scheme = "ects", .value = std::move(credits)}}};
}

// Westlake → Bologna: an approved first version, approved changes, and an open proposal
// that also corrects the student's family name.
LearningAgreement with_change_proposal() {
  LearningAgreement la;
  la.omobility_id = "wl-om-2025-0042";
  la.sending_hei = westlake();
  la.receiving_hei = bologna();
  la.receiving_academic_year_id = "2025/2026";
  la.student = {.given_names = "Xiaoming",
                .family_name = "Wang",
                .global_id = "urn:schac:personalUniqueCode:int:esi:westlake.edu.cn:20231234",
                .birth_date = "2004-02-29",
                .citizenship = "CN",
                .gender = 1,
                .email = "wangxiaoming@westlake.edu.cn"};
  la.start_date = "2025-09-15";
  la.end_date = "2026-02-13";
  la.eqf_level_studied_at_departure = 6;
  la.isced_f_code = "0613";
  la.isced_clarification = "Software and applications development";
  la.student_language_skill = {.language = "en", .cefr_level = "B2"};
  ComponentTables first;
  first.components_studied = {studied("91254", "Machine Learning & Data Mining", "6"),
                              studied("93426", "Distributed Systems", "9")};
  LaComponent recognised{.los_id = "CR/cs-402",
                         .los_code = "CS402",
                         .title = "Advanced Machine Learning",
                         .loi_id = "CRI/cs-402-2025-1",
                         .term_id = TermId{1, 2},
                         .credits = {{.scheme = "ects", .value = "7.5"}},
                         .recognition_conditions = "Grade of at least 24/30"};
  first.components_recognized = {recognised};
  first.virtual_components = {{.title = "Italian for foreigners (online)",
                               .credits = {{.scheme = "ects", .value = "3"}},
                               .short_description = "A1 course, online before arrival"}};
  first.student_signature = student_signature("2025-05-02T10:00:00+08:00");
  first.sending_hei_signature =
      coordinator("Li Na", "oia@westlake.edu.cn", "2025-05-03T09:12:00+08:00");
  first.receiving_hei_signature =
      coordinator("Giulia Rossi", "giulia.rossi@unibo.it", "2025-05-06T15:40:00+02:00", "AlmaRM");
  la.first_version = first;
  ComponentTables approved;
  LaComponent dropped = studied("93426", "Distributed Systems", "9");
  dropped.status = ComponentChange::deleted;
  dropped.reason_code = ReasonCode::timetable_conflict;
  LaComponent added = studied("91258", "Computer Vision", "6");
  added.status = ComponentChange::inserted;
  added.reason_code = ReasonCode::substituting_deleted;
  added.reason_text = "Replaces \"Distributed Systems\" <same semester>";
  approved.components_studied = {dropped, added};
  approved.student_signature = student_signature("2025-10-01T08:00:00+02:00");
  approved.sending_hei_signature =
      coordinator("Li Na", "oia@westlake.edu.cn", "2025-10-02T09:00:00+08:00");
  approved.receiving_hei_signature =
      coordinator("Giulia Rossi", "giulia.rossi@unibo.it", "2025-10-03T11:00:00+02:00", "AlmaRM");
  la.approved_changes = approved;
  ChangesProposal proposal;
  proposal.id = "wl-om-2025-0042-p3";
  LaComponent extra = studied("91260", "Natural Language Processing", "6");
  extra.term_id = TermId{2, 2};
  extra.status = ComponentChange::inserted;
  extra.reason_code = ReasonCode::extending_mobility;
  proposal.components_studied = {extra};
  proposal.components_recognized = std::vector<LaComponent>{};
  proposal.student_signature = student_signature("2025-12-01T10:00:00+01:00");
  proposal.sending_hei_signature =
      coordinator("Li Na", "oia@westlake.edu.cn", "2025-12-02T10:00:00+08:00");
  proposal.student = StudentChanges{.family_name = "Wang-Li"};
  la.changes_proposal = proposal;
  la.learning_outcomes_url = "https://www.unibo.it/en/teaching/course-unit-catalogue";
  la.provisions_url = "https://www.unibo.it/en/international/provisions?lang=en&year=2025";
  return la;
}

// A Chinese incoming student at Westlake from TUM: names and titles in Chinese.
LearningAgreement with_chinese_names() {
  LearningAgreement la;
  la.omobility_id = "TUM-OM-88231";
  la.sending_hei = {
      .hei_id = "tum.de",
      .ounit_name = "TUM School of Computation, Information and Technology",
      .contact_person = {
          .given_names = "Anna", .family_name = "Müller", .email = "anna.mueller@tum.de"}};
  la.receiving_hei = westlake();
  la.receiving_hei.contact_person.given_names = "娜";
  la.receiving_hei.contact_person.family_name = "李";
  la.receiving_academic_year_id = "2025/2026";
  la.student = {.given_names = "晓明",
                .family_name = "欧阳",
                .citizenship = "CN",
                .email = "ouyang.xiaoming@tum.de"};
  la.start_date = "2026-02";
  la.end_date = "2026-07";
  la.eqf_level_studied_at_departure = 7;
  la.isced_f_code = "0511";
  la.student_language_skill = {.language = "zh-Hans", .cefr_level = "C2"};
  ComponentTables first;
  first.components_studied = {studied("BIO5010", "合成生物学 (Synthetic Biology)", "5"),
                              studied("BIO5020", "结构生物学：冷冻电镜", "5")};
  first.components_recognized = {{.title = "Wahlmodul Biologie",
                                  .term_id = TermId{2, 2},
                                  .credits = {{.scheme = "ects", .value = "10"}}}};
  first.student_signature = student_signature("2025-11-20T09:00:00+01:00");
  first.sending_hei_signature =
      coordinator("Anna Müller", "anna.mueller@tum.de", "2025-11-21T09:00:00+01:00", "TUMonline");
  first.receiving_hei_signature =
      coordinator("李娜", "oia@westlake.edu.cn", "2025-11-25T16:30:00+08:00");
  la.first_version = first;
  return la;
}

// The least an approved agreement holds: one table, three signatures, no optional fields.
LearningAgreement first_version_only() {
  LearningAgreement la;
  la.omobility_id = "wl-om-2025-0007";
  la.sending_hei = westlake();
  la.receiving_hei = {
      .hei_id = "kth.se",
      .contact_person = {
          .given_names = "Erik", .family_name = "Lindqvist", .email = "erik.lindqvist@kth.se"}};
  la.receiving_academic_year_id = "2025/2026";
  la.student = {.given_names = "Mei",
                .family_name = "Chen",
                .citizenship = "CN",
                .email = "chenmei@westlake.edu.cn"};
  la.start_date = "2025-08-25";
  la.end_date = "2026-01-16";
  la.eqf_level_studied_at_departure = 6;
  la.isced_f_code = "0533";
  la.student_language_skill = {.language = "en", .cefr_level = "C1"};
  ComponentTables first;
  first.components_studied = {studied("SK1102", "Classical Mechanics", "9")};
  first.student_signature = student_signature("2025-04-01T12:00:00Z");
  first.sending_hei_signature =
      coordinator("Li Na", "oia@westlake.edu.cn", "2025-04-02T12:00:00+08:00");
  first.receiving_hei_signature =
      coordinator("Erik Lindqvist", "erik.lindqvist@kth.se", "2025-04-03T12:00:00+02:00");
  la.first_version = first;
  return la;
}

// A proposed first version, not yet signed by the receiving HEI.
LearningAgreement first_version_proposed() {
  LearningAgreement la = first_version_only();
  la.omobility_id = "wl-om-2025-0008";
  ChangesProposal proposal;
  proposal.id = "p1";
  static_cast<ComponentTables&>(proposal) = *la.first_version;
  proposal.receiving_hei_signature.reset();
  la.first_version.reset();
  la.changes_proposal = proposal;
  return la;
}

std::vector<LearningAgreement> built_agreements() {
  return {with_change_proposal(), with_chinese_names(), first_version_only(),
          first_version_proposed()};
}

std::string write_valid(const std::vector<LearningAgreement>& agreements) {
  auto xml = to_xml(agreements);
  EXPECT_TRUE(xml) << xml.error().message;
  if (!xml) return {};
  auto valid = validate(*xml, schema_root(), kLasSchema);
  EXPECT_TRUE(valid) << valid.error().message << "\n" << *xml;
  return *xml;
}

TEST(LearningAgreementXml, EachBuiltAgreementValidates) {
  for (const LearningAgreement& la : built_agreements()) {
    SCOPED_TRACE(la.omobility_id);
    write_valid({la});
  }
}

TEST(LearningAgreementXml, SeveralAgreementsInOneDocumentValidateAndRoundTrip) {
  const std::vector<LearningAgreement> agreements = built_agreements();
  const std::string xml = write_valid(agreements);
  auto parsed = parse_learning_agreements(xml);
  ASSERT_TRUE(parsed) << parsed.error().message;
  ASSERT_EQ(parsed->size(), agreements.size());
  for (std::size_t i = 0; i < agreements.size(); ++i) EXPECT_EQ((*parsed)[i], agreements[i]) << i;
}

TEST(LearningAgreementXml, WritesTheSchemaForms) {
  const std::string xml = write_valid({with_change_proposal(), with_chinese_names()});
  EXPECT_NE(xml.find("<component status=\"inserted\" reason-code=\"substituting-deleted\" "
                     "reason-text=\"Replaces &quot;Distributed Systems&quot; &lt;same "
                     "semester&gt;\">"),
            std::string::npos);
  EXPECT_NE(xml.find("<title>Machine Learning &amp; Data Mining</title>"), std::string::npos);
  EXPECT_NE(xml.find("<trm:term-number>1</trm:term-number>"), std::string::npos);
  EXPECT_NE(xml.find("<components-recognized/>"), std::string::npos);
  EXPECT_NE(xml.find("<start-date>2025-09-15</start-date>"), std::string::npos);
  EXPECT_NE(xml.find("<start-year-month>2026-02</start-year-month>"), std::string::npos);
  EXPECT_NE(xml.find("<family-name>欧阳</family-name>"), std::string::npos);
  EXPECT_NE(xml.find("<p:e164>+8657188888888</p:e164>"), std::string::npos);
}

TEST(LearningAgreementXml, OutputIsDeterministic) {
  auto first = to_xml(built_agreements());
  auto second = to_xml(built_agreements());
  ASSERT_TRUE(first && second);
  EXPECT_EQ(*first, *second);
}

TEST(LearningAgreementXml, EmptyResponse) {
  const std::string xml = write_valid({});
  auto parsed = parse_learning_agreements(xml);
  ASSERT_TRUE(parsed) << parsed.error().message;
  EXPECT_TRUE(parsed->empty());
}

TEST(LearningAgreementXml, ApprovalState) {
  EXPECT_EQ(approval_state(with_change_proposal()), LaApprovalState::changes_proposed);
  EXPECT_EQ(approval_state(first_version_only()), LaApprovalState::approved);
  EXPECT_EQ(approval_state(first_version_proposed()), LaApprovalState::first_version_proposed);
  EXPECT_EQ(approval_state(LearningAgreement{}), LaApprovalState::incomplete);
}

TEST(LearningAgreementXml, OfficialExampleParsesAndReExportsValid) {
  const std::string official =
      read_file(ewp_cases() / "official" / "omobility-las-get-response-example.xml");
  ASSERT_TRUE(validate(official, schema_root(), kLasSchema));
  auto parsed = parse_learning_agreements(official);
  ASSERT_TRUE(parsed) << parsed.error().message;
  ASSERT_EQ(parsed->size(), 1u);
  const LearningAgreement& la = parsed->front();
  EXPECT_EQ(la.omobility_id, "c442c289-5541-4cae-9edb-8ad83e133613");
  EXPECT_EQ(la.sending_hei.hei_id, "uio.no");
  EXPECT_EQ(la.receiving_hei.contact_person.given_names, "Paweł Tomasz");
  EXPECT_EQ(la.student.birth_date, "1997-05-05");
  EXPECT_EQ(la.student.gender, 1);
  EXPECT_EQ(la.start_date, "2019-02");
  EXPECT_EQ(la.eqf_level_studied_at_departure, 8);
  EXPECT_EQ(approval_state(la), LaApprovalState::changes_proposed);
  ASSERT_TRUE(la.first_version && la.first_version->components_recognized);
  ASSERT_EQ(la.first_version->components_recognized->size(), 2u);
  EXPECT_EQ((*la.first_version->components_recognized)[1].loi_id,
            "CRI/mnj763c-83mf-7723-nvdp-03bdb64ja2mf3");
  EXPECT_EQ((*la.first_version->components_recognized)[1].credits,
            (std::vector<Credit>{{.scheme = "ects", .value = "4"}}));
  ASSERT_TRUE(la.approved_changes && la.approved_changes->components_studied);
  EXPECT_EQ(la.approved_changes->components_studied->front().reason_code,
            ReasonCode::extending_mobility);
  ASSERT_TRUE(la.changes_proposal);
  EXPECT_EQ(la.changes_proposal->id, "59B15BAF222F868493C167125FA32452E946");
  EXPECT_FALSE(la.changes_proposal->receiving_hei_signature);
  EXPECT_EQ(la.changes_proposal->components_recognized, std::vector<LaComponent>{});
  ASSERT_TRUE(la.changes_proposal->student);
  EXPECT_EQ(la.changes_proposal->student->family_name, "Karamazov");
  EXPECT_EQ((*la.changes_proposal->components_studied)[1].status, ComponentChange::deleted);
  EXPECT_EQ((*la.changes_proposal->components_studied)[1].reason_code,
            ReasonCode::language_mismatch);

  const std::string exported = write_valid(*parsed);
  auto reparsed = parse_learning_agreements(exported);
  ASSERT_TRUE(reparsed) << reparsed.error().message;
  EXPECT_EQ(*reparsed, *parsed);
}

// ---- what the writer refuses -------------------------------------------------------------

void expect_refused(const LearningAgreement& la, std::string_view message) {
  auto xml = to_xml({first_version_only(), la});
  ASSERT_FALSE(xml) << "accepted:\n" << *xml;
  EXPECT_EQ(xml.error().code, ErrorCode::invalid_argument);
  EXPECT_EQ(xml.error().message, message);
}

TEST(LearningAgreementXmlWriter, RefusesValuesTheSchemaRejects) {
  LearningAgreement la = with_change_proposal();
  la.student.email = "wangxiaoming";
  expect_refused(la, "la[2]/student/email \"wangxiaoming\" is not an e-mail address");

  la = with_change_proposal();
  la.first_version->components_studied->at(1).credits[0].value = "6,5";
  expect_refused(la,
                 "la[2]/first-version/components-studied/component[2]/credit[1]/value \"6,5\" is "
                 "not a decimal number like 7.5");

  la = with_change_proposal();
  la.receiving_academic_year_id = "2025-2026";
  expect_refused(la,
                 "la[2]/receiving-academic-year-id \"2025-2026\" is not an academic year like "
                 "2025/2026");

  la = with_change_proposal();
  la.start_date = "15.09.2025";
  expect_refused(la,
                 "la[2]/start-date \"15.09.2025\" is neither a date like 2025-09-01 nor a month "
                 "like 2025-09");

  la = with_change_proposal();
  la.first_version->student_signature.timestamp = "2025-05-02 10:00";
  expect_refused(la,
                 "la[2]/first-version/student-signature/timestamp \"2025-05-02 10:00\" is not a "
                 "date and time like 2025-03-14T09:30:00+08:00");

  la = with_change_proposal();
  la.first_version->components_recognized->at(0).los_id = "cs-402";
  expect_refused(la,
                 "la[2]/first-version/components-recognized/component[1]/los-id \"cs-402\" is not "
                 "a Courses API id like CR/1234");

  la = with_change_proposal();
  la.student.citizenship = "cn";
  expect_refused(la, "la[2]/student/citizenship \"cn\" is not an ISO 3166-1 alpha-2 code like CN");

  la = with_change_proposal();
  la.eqf_level_studied_at_departure = 9;
  expect_refused(la, "la[2]/eqf-level-studied-at-departure 9 is not an EQF level 1 … 8");

  la = with_change_proposal();
  la.student.family_name = "Wang\x01";
  expect_refused(la,
                 "la[2]/student/family-name holds the character U+0001, which XML 1.0 does not "
                 "allow");
}

TEST(LearningAgreementXmlWriter, RefusesShapesThatAreNotAnAgreement) {
  LearningAgreement la = first_version_only();
  la.first_version->receiving_hei_signature.reset();
  expect_refused(la,
                 "la[2]/first-version/receiving-hei-signature is missing; only a changes-proposal "
                 "may lack it");

  la = first_version_only();
  la.first_version.reset();
  expect_refused(la, "la[2] has neither a first-version nor a changes-proposal");

  la = first_version_only();
  la.first_version->components_studied->at(0).term_id = TermId{3, 2};
  expect_refused(la,
                 "la[2]/first-version/components-studied/component[1]/term-id 3 of 2 is not a "
                 "term: the number must be from 1 to the total, which must be positive");
}

// ---- what the reader refuses -------------------------------------------------------------

void expect_unreadable(std::string_view xml, std::string_view fragment) {
  auto parsed = parse_learning_agreements(xml);
  ASSERT_FALSE(parsed);
  EXPECT_EQ(parsed.error().code, ErrorCode::invalid_argument);
  EXPECT_NE(parsed.error().message.find(fragment), std::string::npos) << parsed.error().message;
}

std::string replaced(std::string text, std::string_view from, std::string_view to) {
  const std::size_t at = text.find(from);
  EXPECT_NE(at, std::string::npos) << from;
  if (at != std::string::npos) text.replace(at, from.size(), to);
  return text;
}

TEST(LearningAgreementXmlReader, RefusesMalformedAndForeignDocuments) {
  expect_unreadable("<omobility-las-get-response", "is not well-formed XML: line 1");
  expect_unreadable("", "not well-formed XML");
  expect_unreadable("<!DOCTYPE r [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><r>&x;</r>",
                    "has a DOCTYPE");
  expect_unreadable(read_file(ewp_cases() / "official" / "iias-v7-get-response-example.xml"),
                    "not an omobility-las v1 get-response: the root element is "
                    "<iias-get-response>");
}

TEST(LearningAgreementXmlReader, NamesTheLineOfAStructuralProblem) {
  const std::string xml = write_valid({first_version_only()});
  expect_unreadable(replaced(xml, "<citizenship>CN</citizenship>\n", ""),
                    "omobility-las get-response line 29: <student> lacks <citizenship>");
  expect_unreadable(
      replaced(xml, "<isced-f-code>0533</isced-f-code>", "<isced-code>0533</isced-code>"),
      "line 38: <isced-code> where <isced-f-code> was expected in <la>");
  expect_unreadable(replaced(xml, "<component>", "<component status=\"modified\">"),
                    "@status of <component> is \"modified\", not inserted or deleted");
  expect_unreadable(
      replaced(xml, "<eqf-level-studied-at-departure>6<", "<eqf-level-studied-at-departure>six<"),
      "<eqf-level-studied-at-departure> is \"six\", not a whole number from 1 to 8");
  expect_unreadable(replaced(xml, "</la>", "<extra/></la>"), "unexpected element <extra> in <la>");
  expect_unreadable(replaced(xml, "<la>", "<la>stray text"),
                    "text is not allowed directly in <la>");
}

TEST(LearningAgreementXmlReader, AcceptsOtherPrefixesAndReadsUnknownReasonsAsAbsent) {
  std::string xml = write_valid({with_change_proposal()});
  xml = replaced(xml, "xmlns:trm=", "xmlns:term=");
  while (xml.find("trm:") != std::string::npos) xml = replaced(xml, "trm:", "term:");
  xml = replaced(xml, "reason-code=\"timetable-conflict\"", "reason-code=\"moon-phase\"");
  auto parsed = parse_learning_agreements(xml);
  ASSERT_TRUE(parsed) << parsed.error().message;
  LearningAgreement expected = with_change_proposal();
  expected.approved_changes->components_studied->at(0).reason_code.reset();
  EXPECT_EQ(parsed->front(), expected);
}

}  // namespace
}  // namespace orbis::interop
