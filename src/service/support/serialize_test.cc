// The audit's forms of mobility records and learning agreements, and the canonical text a
// party signs, pinned to their bytes: the audit log is hash-chained and approvals hold the
// SHA-256 of the canonical text, so a new entry or signature must be written exactly as
// the ones before it.
#include "service/support/serialize.h"

#include <gtest/gtest.h>

#include "service/learning/canonical.h"

namespace orbis::service {
namespace {

std::string audit_text(const domain::Programme& v) { return programme_json(v).dump(); }
std::string audit_text(const domain::Call& v) { return call_json(v).dump(); }
std::string audit_text(const domain::Application& v) { return application_json(v).dump(); }
std::string audit_text(const domain::Mobility& v) { return mobility_json(v).dump(); }
std::string audit_text(const domain::LearningAgreementRecord& v) {
  return learning_agreement_json(v).dump();
}
std::string signed_text(std::int64_t mobility, const domain::LaVersion& v) {
  return canonical_text(mobility, v);
}

domain::LaComponent component(std::string host_title, double host_credits, std::string home_code,
                              std::string home_title, double home_credits) {
  return {.host = {.code = "H-1", .title = std::move(host_title), .credits = host_credits},
          .home = {.code = std::move(home_code),
                   .title = std::move(home_title),
                   .credits = home_credits,
                   .credit_system = "cn"},
          .term = "autumn"};
}

domain::LaVersion sample_version() {
  domain::LaVersion v;
  v.number = 2;
  v.components = {component("Analyse numérique", 7.5, "MATH-201", "数值分析", 5),
                  component("Quantum \"Field\" Theory\n\tII", 6, "", "", 0),
                  component("Économie — λ ≥ 0.1", 0.1, "ECO-9", "经济学 😀", 2.25),
                  component("Tiny", 1e-7, "T", "Huge", 1e21)};
  v.reason = "课程变更: the host cancelled a course (ß, \\ and \x01)";
  v.proposed_by = "student@example.edu";
  v.proposed_at = "2026-03-01T10:00:00Z";
  v.sha256 = "ab12";
  v.state = "approved";
  v.approvals = {{.party = "student",
                  .by = "student@example.edu",
                  .name = "李雷",
                  .role = "student",
                  .at = "2026-03-02T08:00:00Z",
                  .sha256 = "ab12"}};
  v.comments = {
      {.party = "sending", .by = "c@example.edu", .at = "2026-03-01T11:00:00Z", .text = "OK ✓"}};
  return v;
}

TEST(CanonicalText, IsPinnedToItsBytes) {
  EXPECT_EQ(
      signed_text(42, sample_version()),
      R"json({"components":[{"home":{"code":"MATH-201","credit_system":"cn","credits":5.0,"title":"数值分析"},"host":{"code":"H-1","credit_system":"ects","credits":7.5,"title":"Analyse numérique"},"term":"autumn"},{"home":{"code":"","credit_system":"cn","credits":0.0,"title":""},"host":{"code":"H-1","credit_system":"ects","credits":6.0,"title":"Quantum \"Field\" Theory\n\tII"},"term":"autumn"},{"home":{"code":"ECO-9","credit_system":"cn","credits":2.25,"title":"经济学 😀"},"host":{"code":"H-1","credit_system":"ects","credits":0.1,"title":"Économie — λ ≥ 0.1"},"term":"autumn"},{"home":{"code":"T","credit_system":"cn","credits":1e+21,"title":"Huge"},"host":{"code":"H-1","credit_system":"ects","credits":1e-07,"title":"Tiny"},"term":"autumn"}],"mobility":42,"number":2,"reason":"课程变更: the host cancelled a course (ß, \\ and \u0001)"})json");
  domain::LaVersion empty;
  EXPECT_EQ(signed_text(0, empty),
            R"json({"components":[],"mobility":0,"number":1,"reason":""})json");
  domain::LaVersion one;
  one.components = {component("Linear Algebra", 30, "LA", "线性代数", 3.3333333333333335)};
  EXPECT_EQ(
      signed_text(9007199254740993, one),
      R"json({"components":[{"home":{"code":"LA","credit_system":"cn","credits":3.3333333333333335,"title":"线性代数"},"host":{"code":"H-1","credit_system":"ects","credits":30.0,"title":"Linear Algebra"},"term":"autumn"}],"mobility":9007199254740993,"number":1,"reason":""})json");
}

TEST(AuditForms, LearningAgreementIsPinnedToItsBytes) {
  domain::LearningAgreementRecord r;
  r.id = 5;
  r.mobility = 42;
  r.versions = {sample_version()};
  r.transcript = {{.code = "H-1",
                   .title = "Analyse numérique",
                   .credits = 7.5,
                   .grade = "14,5",
                   .scale = "fr20",
                   .date = "2026-06-30",
                   .passed = true,
                   .source = "partner",
                   .entered_by = "host@example.fr",
                   .entered_at = "2026-07-01T09:00:00Z"}};
  r.recognition = {{.home_code = "MATH-201",
                    .home_title = "数值分析",
                    .home_credits = 5,
                    .host_codes = {"H-1"},
                    .host_grade = "14,5",
                    .host_scale = "fr20",
                    .converted_grade = "85.5",
                    .home_scale = "cn100",
                    .method = "table",
                    .source = "grades",
                    .notes = {"rounded", "第二条"},
                    .override_grade = "",
                    .override_reason = "",
                    .overridden_by = ""}};
  r.recognised_at = "2026-07-02T00:00:00Z";
  r.recognised_by = "office@example.edu";
  r.version = 3;
  EXPECT_EQ(
      audit_text(r),
      R"json({"id":5,"mobility":42,"recognised_at":"2026-07-02T00:00:00Z","recognised_by":"office@example.edu","recognition":[{"converted_grade":"85.5","home_code":"MATH-201","home_credits":5.0,"home_scale":"cn100","home_title":"数值分析","host_codes":["H-1"],"host_grade":"14,5","host_scale":"fr20","method":"table","notes":["rounded","第二条"],"overridden_by":"","override_grade":"","override_reason":"","source":"grades"}],"transcript":[{"code":"H-1","credits":7.5,"date":"2026-06-30","entered_at":"2026-07-01T09:00:00Z","entered_by":"host@example.fr","grade":"14,5","passed":true,"scale":"fr20","source":"partner","title":"Analyse numérique"}],"version":3,"versions":[{"approvals":[{"at":"2026-03-02T08:00:00Z","by":"student@example.edu","name":"李雷","party":"student","role":"student","sha256":"ab12"}],"comments":[{"at":"2026-03-01T11:00:00Z","by":"c@example.edu","party":"sending","text":"OK ✓"}],"components":[{"home":{"code":"MATH-201","credit_system":"cn","credits":5.0,"title":"数值分析"},"host":{"code":"H-1","credit_system":"ects","credits":7.5,"title":"Analyse numérique"},"term":"autumn"},{"home":{"code":"","credit_system":"cn","credits":0.0,"title":""},"host":{"code":"H-1","credit_system":"ects","credits":6.0,"title":"Quantum \"Field\" Theory\n\tII"},"term":"autumn"},{"home":{"code":"ECO-9","credit_system":"cn","credits":2.25,"title":"经济学 😀"},"host":{"code":"H-1","credit_system":"ects","credits":0.1,"title":"Économie — λ ≥ 0.1"},"term":"autumn"},{"home":{"code":"T","credit_system":"cn","credits":1e+21,"title":"Huge"},"host":{"code":"H-1","credit_system":"ects","credits":1e-07,"title":"Tiny"},"term":"autumn"}],"number":2,"proposed_at":"2026-03-01T10:00:00Z","proposed_by":"student@example.edu","reason":"课程变更: the host cancelled a course (ß, \\ and \u0001)","sha256":"ab12","state":"approved"}]})json");
  EXPECT_EQ(
      audit_text(domain::LearningAgreementRecord{}),
      R"json({"id":0,"mobility":0,"recognised_at":"","recognised_by":"","recognition":[],"transcript":[],"version":0,"versions":[]})json");
}

TEST(AuditForms, ProgrammeIsPinnedToItsBytes) {
  domain::Programme p;
  p.id = ProgrammeId{3};
  p.code = "WL-SUMMER";
  p.name = "Summer school";
  p.name_zh = "暑期学校";
  p.kind = domain::ProgrammeKind::summer_school;
  p.hosts = {InstitutionId{7}, InstitutionId{8}};
  p.agreement = AgreementId{11};
  p.conditions = {1, 2};
  p.language = "en";
  p.fee = {"2500.00", "EUR"};
  p.capacity = 20;
  p.max_duration_months = 3;
  p.description = "Two \"weeks\"";
  p.scholarships = {{.code = "S1",
                     .name = "Full",
                     .name_zh = "全额",
                     .sponsor = "CSC",
                     .amount = {"1000.50", "CNY"},
                     .eligibility = "anyone",
                     .eligibility_zh = "",
                     .nationalities = {"CN", "FR"},
                     .places = 2},
                    {.code = "S2"}};
  p.published = true;
  p.version = 4;
  EXPECT_EQ(
      audit_text(p),
      R"json({"agreement_id":11,"capacity":20,"code":"WL-SUMMER","condition_ids":[1,2],"description":"Two \"weeks\"","description_zh":"","fee":{"amount":"2500.00","currency":"EUR"},"host_ids":[7,8],"id":3,"kind":"summer_school","language":"en","max_duration_months":3,"name":"Summer school","name_zh":"暑期学校","published":true,"scholarships":[{"amount":{"amount":"1000.50","currency":"CNY"},"code":"S1","eligibility":"anyone","eligibility_zh":"","name":"Full","name_zh":"全额","nationalities":["CN","FR"],"places":2,"sponsor":"CSC"},{"amount":null,"code":"S2","eligibility":"","eligibility_zh":"","name":"","name_zh":"","nationalities":[],"places":null,"sponsor":""}],"version":4})json");
  EXPECT_EQ(
      audit_text(domain::Programme{}),
      R"json({"agreement_id":null,"capacity":null,"code":"","condition_ids":[],"description":"","description_zh":"","fee":null,"host_ids":[],"id":0,"kind":"semester_exchange","language":"","max_duration_months":12,"name":"","name_zh":"","published":false,"scholarships":[],"version":0})json");
}

TEST(AuditForms, CallIsPinnedToItsBytes) {
  domain::Call c;
  c.id = CallId{9};
  c.code = "OUT-2027-AUT";
  c.title = "Autumn exchange";
  c.title_zh = "秋季交换";
  c.academic_year = "2027/2028";
  c.term = "autumn";
  c.opens_at = "2027-01-10T09:00:00+08:00";
  c.closes_at = "2027-02-10T17:00:00+08:00";
  c.time_zone = "Asia/Shanghai";
  c.org_unit = OrgUnitId{2};
  c.eligibility = {.levels = {6, 7},
                   .years_of_study = {2},
                   .min_gpa = 3.25,
                   .gpa_scale = "4.0",
                   .language = "en",
                   .min_cefr = "B2",
                   .field = "06"};
  c.weights = {.gpa = 0.5, .language = 0.25, .interview = 0.125, .motivation = 0.125};
  c.max_preferences = 2;
  c.offers = {{.id = 1,
               .agreement = AgreementId{11},
               .condition = 4,
               .programme = std::nullopt,
               .host = InstitutionId{7},
               .seats = 3,
               .title = "Oxford — CS",
               .eligibility = {}},
              {.id = 2, .programme = ProgrammeId{3}, .host = InstitutionId{8}}};
  c.published_run = PlacementRunId{6};
  c.version = 2;
  EXPECT_EQ(
      audit_text(c),
      R"json({"academic_year":"2027/2028","closes_at":"2027-02-10T17:00:00+08:00","code":"OUT-2027-AUT","eligibility":{"field":"06","gpa_scale":"4.0","language":"en","levels":[6,7],"min_cefr":"B2","min_gpa":3.25,"years_of_study":[2]},"id":9,"max_preferences":2,"offers":[{"agreement_id":11,"condition_id":4,"eligibility":{"field":"","gpa_scale":"","language":"","levels":[],"min_cefr":"","min_gpa":null,"years_of_study":[]},"host_id":7,"id":1,"programme_id":null,"seats":3,"title":"Oxford — CS"},{"agreement_id":null,"condition_id":null,"eligibility":{"field":"","gpa_scale":"","language":"","levels":[],"min_cefr":"","min_gpa":null,"years_of_study":[]},"host_id":8,"id":2,"programme_id":3,"seats":0,"title":""}],"opens_at":"2027-01-10T09:00:00+08:00","org_unit_id":2,"published_run_id":6,"term":"autumn","time_zone":"Asia/Shanghai","title":"Autumn exchange","title_zh":"秋季交换","version":2,"weights":{"gpa":0.5,"interview":0.125,"language":0.25,"motivation":0.125}})json");
  EXPECT_EQ(
      audit_text(domain::Call{}),
      R"json({"academic_year":"","closes_at":"","code":"","eligibility":{"field":"","gpa_scale":"","language":"","levels":[],"min_cefr":"","min_gpa":null,"years_of_study":[]},"id":0,"max_preferences":3,"offers":[],"opens_at":"","org_unit_id":null,"published_run_id":null,"term":"","time_zone":"","title":"","title_zh":"","version":0,"weights":{"gpa":0.6,"interview":0.1,"language":0.2,"motivation":0.1}})json");
}

TEST(AuditForms, ApplicationIsPinnedToItsBytes) {
  domain::Application a;
  a.id = ApplicationId{12};
  a.call = CallId{9};
  a.person = PersonId{30};
  a.org_unit = OrgUnitId{2};
  a.status = domain::ApplicationStatus::placed;
  a.preferences = {2, 1};
  a.motivation = "Je veux étudier à l'étranger.";
  a.verdicts = {{.offer = 2, .eligible = true, .code = "", .reason = ""},
                {.offer = 1, .eligible = false, .code = "gpa", .reason = "GPA below 3.25"}};
  a.interview_score = 87.5;
  a.motivation_score = 90;
  a.scored_by = "coord@example.edu";
  a.score = 81.33;
  a.documents = {{.id = 1,
                  .kind = "cv",
                  .name = "简历.pdf",
                  .content_type = "application/pdf",
                  .sha256 = "ff",
                  .size = 123456,
                  .uploaded_at = "2027-01-11T00:00:00Z"}};
  a.result = domain::PlacementResult{.run = PlacementRunId{6},
                                     .offer = 2,
                                     .preference = 1,
                                     .waiting_position = std::nullopt,
                                     .explanations = {{.offer = 1,
                                                       .reason = "not_eligible",
                                                       .priority_position = 3,
                                                       .cutoff_score = 72.125,
                                                       .detail = "GPA below 3.25"}}};
  a.submit_started_at = "2027-02-10T16:59:00Z";
  a.submitted_at = "2027-02-10T17:00:00Z";
  a.created_at = "2027-01-11T00:00:00Z";
  a.updated_at = "2027-03-01T00:00:00Z";
  a.history = {{"2027-02-10T17:00:00Z", "s@example.edu", "draft", "submitted", ""}};
  a.version = 7;
  EXPECT_EQ(
      audit_text(a),
      R"json({"call_id":9,"created_at":"2027-01-11T00:00:00Z","documents":[{"content_type":"application/pdf","id":1,"kind":"cv","name":"简历.pdf","sha256":"ff","size":123456,"uploaded_at":"2027-01-11T00:00:00Z"}],"history":[{"actor":"s@example.edu","at":"2027-02-10T17:00:00Z","from":"draft","reason":"","to":"submitted"}],"id":12,"interview_score":87.5,"motivation":"Je veux étudier à l'étranger.","motivation_score":90.0,"org_unit_id":2,"person_id":30,"preferences":[2,1],"result":{"explanations":[{"cutoff_score":72.125,"detail":"GPA below 3.25","offer_id":1,"priority_position":3,"reason":"not_eligible"}],"offer_id":2,"preference":1,"run_id":6,"waiting_position":null},"score":81.33,"scored_by":"coord@example.edu","status":"placed","submit_started_at":"2027-02-10T16:59:00Z","submitted_at":"2027-02-10T17:00:00Z","updated_at":"2027-03-01T00:00:00Z","verdicts":[{"code":"","eligible":true,"offer_id":2,"reason":""},{"code":"gpa","eligible":false,"offer_id":1,"reason":"GPA below 3.25"}],"version":7})json");
  EXPECT_EQ(
      audit_text(domain::Application{}),
      R"json({"call_id":0,"created_at":"","documents":[],"history":[],"id":0,"interview_score":null,"motivation":"","motivation_score":null,"org_unit_id":null,"person_id":0,"preferences":[],"result":null,"score":null,"scored_by":"","status":"draft","submit_started_at":"","submitted_at":"","updated_at":"","verdicts":[],"version":0})json");
}

TEST(AuditForms, MobilityIsPinnedToItsBytes) {
  domain::Mobility m;
  m.id = MobilityId{42};
  m.person = PersonId{30};
  m.direction = domain::Direction::incoming;
  m.type = domain::MobilityType::student_traineeship;
  m.sending = InstitutionId{7};
  m.receiving = InstitutionId{1};
  m.org_unit = OrgUnitId{2};
  m.agreement = AgreementId{11};
  m.condition = 4;
  m.programme = ProgrammeId{3};
  m.call = CallId{9};
  m.application = ApplicationId{12};
  m.academic_year = "2027/2028";
  m.planned_start = "2027-09-01";
  m.planned_end = "2028-01-31";
  m.actual_start = "2027-09-02";
  m.funding = {{.source = "scholarship",
                .scholarship = "S1",
                .sponsor = "CSC",
                .amount = {"1000.50", "CNY"}},
               {.source = "self"}};
  m.credits_planned = 27.5;
  m.status = domain::MobilityStatus::abroad;
  m.nomination = {.decision = domain::NominationDecision::accepted,
                  .nominated_at = "2027-03-01T00:00:00Z",
                  .nominated_by = "o@example.fr",
                  .decided_at = "2027-03-02T00:00:00Z",
                  .decided_by = "i@example.edu",
                  .reason = "名额已满? no — accepted"};
  m.cancel_reason = "";
  m.history = {{"2027-03-02T00:00:00Z", "i@example.edu", "nominated", "accepted", ""}};
  m.version = 5;
  EXPECT_EQ(
      audit_text(m),
      R"json({"academic_year":"2027/2028","actual_end":"","actual_start":"2027-09-02","agreement_id":11,"application_id":12,"call_id":9,"cancel_reason":"","condition_id":4,"credits_planned":27.5,"direction":"incoming","funding":[{"amount":{"amount":"1000.50","currency":"CNY"},"scholarship":"S1","source":"scholarship","sponsor":"CSC"},{"amount":null,"scholarship":"","source":"self","sponsor":""}],"history":[{"actor":"i@example.edu","at":"2027-03-02T00:00:00Z","from":"nominated","reason":"","to":"accepted"}],"id":42,"nomination":{"decided_at":"2027-03-02T00:00:00Z","decided_by":"i@example.edu","decision":"accepted","nominated_at":"2027-03-01T00:00:00Z","nominated_by":"o@example.fr","reason":"名额已满? no — accepted"},"org_unit_id":2,"person_id":30,"planned_end":"2028-01-31","planned_start":"2027-09-01","programme_id":3,"receiving_institution_id":1,"sending_institution_id":7,"status":"abroad","type":"student_traineeship","version":5})json");
  EXPECT_EQ(
      audit_text(domain::Mobility{}),
      R"json({"academic_year":"","actual_end":"","actual_start":"","agreement_id":null,"application_id":null,"call_id":null,"cancel_reason":"","condition_id":null,"credits_planned":0.0,"direction":"outgoing","funding":[],"history":[],"id":0,"nomination":{"decided_at":"","decided_by":"","decision":"pending","nominated_at":"","nominated_by":"","reason":""},"org_unit_id":null,"person_id":0,"planned_end":"","planned_start":"","programme_id":null,"receiving_institution_id":0,"sending_institution_id":0,"status":"nominated","type":"student_studies","version":0})json");
}

}  // namespace
}  // namespace orbis::service
