// Every member of the aggregates kept in columns and child tables (migration 9) comes back as
// it was written, after an insert and after an update that changes and drops children.

#include "store/reporting.h"
#include "store/testing/conformance.h"

namespace orbis::store::testing {
namespace {

TEST_P(StoreConformance, AProgrammeKeepsEveryMember) {
  const World w = add_world();
  domain::Programme p;
  p.code = "WL-EXCH";
  p.name = "Exchange";
  p.name_zh = "交换";
  p.kind = domain::ProgrammeKind::summer_school;
  p.hosts = {w.institutions[1], w.institutions[0]};
  p.conditions = {7, 3};
  p.language = "en";
  p.fee = {"2500.00", "EUR"};
  p.capacity = 12;
  p.max_duration_months = 3;
  p.description = "For everyone";
  p.description_zh = "人人";
  p.scholarships = {
      {"S1", "One", "一", "Westlake", {"100.00", "CNY"}, "good", "好", {"CN", "GB"}, 3},
      {"S2", "Two", "", "", {}, "", "", {}, std::nullopt}};
  p.published = true;
  auto tx = write();
  auto id = tx->programmes().insert(p);
  ASSERT_TRUE(id) << id.error().message;
  p.id = *id;
  p.version = 1;
  auto read = tx->programmes().get(*id);
  ASSERT_TRUE(read) << read.error().message;
  EXPECT_EQ(describe(*read), describe(p));

  p.hosts = {w.institutions[0]};
  p.conditions.clear();
  p.capacity.reset();
  p.scholarships.pop_back();
  p.scholarships[0].nationalities = {"FR"};
  p.published = false;
  ASSERT_TRUE(tx->programmes().update(p));
  p.version = 2;
  read = tx->programmes().get(*id);
  ASSERT_TRUE(read) << read.error().message;
  EXPECT_EQ(describe(*read), describe(p));
  auto stale = p;
  stale.version = 1;
  EXPECT_EQ(code_of(tx->programmes().update(stale)), ErrorCode::conflict);
  auto all = tx->programmes().all();
  ASSERT_TRUE(all);
  ASSERT_EQ(all->size(), 1u);
  EXPECT_EQ(describe(all->front()), describe(p));
}

TEST_P(StoreConformance, ACallKeepsEveryMember) {
  const World w = add_world();
  domain::Call c;
  c.code = "OUT-2027";
  c.title = "Outgoing";
  c.title_zh = "外派";
  c.academic_year = "2027/2028";
  c.term = "autumn";
  c.opens_at = "2027-01-10T09:00:00+08:00";
  c.closes_at = "2027-02-10T17:00:00+08:00";
  c.time_zone = "Asia/Shanghai";
  c.org_unit = w.unit;
  c.eligibility = {{6, 7}, {2, 3}, 3.2, "us4", "en", "B2", "06"};
  c.weights = {0.5, 0.25, 0.125, 0.125};
  c.max_preferences = 2;
  domain::Offer o;
  o.id = 4;
  o.condition = 9;
  o.host = w.institutions[1];
  o.seats = 2;
  o.title = "Oxford";
  o.eligibility.levels = {6};
  o.eligibility.min_cefr = "C1";
  c.offers = {o, o};
  c.offers[1].id = 5;
  c.offers[1].condition.reset();
  c.offers[1].eligibility = {};
  auto tx = write();
  auto id = tx->calls().insert(c);
  ASSERT_TRUE(id) << id.error().message;
  c.id = *id;
  c.version = 1;
  auto read = tx->calls().get(*id);
  ASSERT_TRUE(read) << read.error().message;
  EXPECT_EQ(describe(*read), describe(c));

  c.offers.erase(c.offers.begin());
  c.eligibility = {};
  c.org_unit.reset();
  c.published_run = PlacementRunId{42};
  ASSERT_TRUE(tx->calls().update(c));
  c.version = 2;
  read = tx->calls().get(*id);
  ASSERT_TRUE(read) << read.error().message;
  EXPECT_EQ(describe(*read), describe(c));
}

TEST_P(StoreConformance, AnApplicationKeepsEveryMemberAndItsDocumentsBytes) {
  const World w = add_world();
  auto tx = write();
  domain::Call c;
  c.code = "C";
  c.academic_year = "2027/2028";
  c.opens_at = "2027-01-10T09:00:00Z";
  c.closes_at = "2027-02-10T09:00:00Z";
  auto call = tx->calls().insert(c);
  ASSERT_TRUE(call) << call.error().message;
  PlacementRunRecord run;
  run.call = *call;
  run.mode = "stable";
  run.seed = "1";
  auto run_id = tx->placement_runs().insert(run);
  ASSERT_TRUE(run_id) << run_id.error().message;

  domain::Application a;
  a.call = *call;
  a.person = w.person;
  a.org_unit = w.unit;
  a.status = domain::ApplicationStatus::submitted;
  a.preferences = {5, 4};
  a.motivation = "I want to go";
  a.verdicts = {{5, true, "", ""}, {4, false, "gpa", "too low"}};
  a.interview_score = 80;
  a.motivation_score = 72.5;
  a.scored_by = "coordinator@westlake.edu.cn";
  a.score = 77.25;
  a.submit_started_at = "2027-01-20T10:00:00.000Z";
  a.submitted_at = "2027-01-20T10:01:00.000Z";
  a.created_at = "2027-01-19T10:00:00.000Z";
  a.updated_at = "2027-01-20T10:01:00.000Z";
  a.history = {{"2027-01-20T10:01:00.000Z", "student@westlake.edu.cn", "draft", "submitted", ""}};
  auto id = tx->applications().insert(a);
  ASSERT_TRUE(id) << id.error().message;
  a.id = *id;
  a.version = 1;
  auto doc = tx->applications().insert_document(*id, "%PDF-1.4 bytes");
  ASSERT_TRUE(doc) << doc.error().message;
  auto unlisted = tx->applications().insert_document(*id, "%PDF-1.4 other");
  ASSERT_TRUE(unlisted) << unlisted.error().message;
  a.documents = {{*doc, "cv", "cv.pdf", "application/pdf", "abc", 14, "2027-01-20T10:00:00.000Z"}};
  a.result = domain::PlacementResult{
      *run_id, 5, 1, std::nullopt, {{4, "outranked", 2, 81.5, ""}, {7, "no_seats", 0, {}, "x"}}};
  ASSERT_TRUE(tx->applications().update(a));
  a.version = 2;
  auto read = tx->applications().get(*id);
  ASSERT_TRUE(read) << read.error().message;
  EXPECT_EQ(describe(*read), describe(a));
  EXPECT_EQ(*tx->applications().document(*id, *unlisted), "%PDF-1.4 other");
  EXPECT_EQ(*tx->applications().document(*id, *doc), "%PDF-1.4 bytes");

  a.result.reset();
  a.documents.clear();
  a.verdicts.pop_back();
  ASSERT_TRUE(tx->applications().update(a));
  a.version = 3;
  auto found = tx->applications().find({.call = *call, .person = w.person});
  ASSERT_TRUE(found) << found.error().message;
  ASSERT_EQ(found->size(), 1u);
  EXPECT_EQ(describe(found->front()), describe(a));
  EXPECT_EQ(tx->applications().find({.person = PersonId{w.person.value + 1}})->size(), 0u);
}

// An instant reads back in one form on every back end, UTC with milliseconds, whatever form it
// was written in; an optional one never set reads back empty.
TEST_P(StoreConformance, AnInstantReadsBackInOneForm) {
  const World w = add_world();
  domain::Mobility m = outgoing_stay(w);
  m.nomination = {
      domain::NominationDecision::pending, "2026-03-01T08:30:00+08:00", "officer", "", "", ""};
  m.history = {{"2026-03-01T00:30:00Z", "officer", "", "nominated", ""},
               {"2026-03-02T00:30:00.5Z", "officer", "nominated", "preparing", ""}};
  auto tx = write();
  auto id = tx->mobilities().insert(m);
  ASSERT_TRUE(id) << id.error().message;
  auto read = tx->mobilities().get(*id);
  ASSERT_TRUE(read) << read.error().message;
  EXPECT_EQ(read->nomination.nominated_at, "2026-03-01T00:30:00.000Z");
  EXPECT_EQ(read->nomination.decided_at, "");
  ASSERT_EQ(read->history.size(), 2u);
  EXPECT_EQ(read->history[0].at, "2026-03-01T00:30:00.000Z");
  EXPECT_EQ(read->history[1].at, "2026-03-02T00:30:00.500Z");
}

TEST_P(StoreConformance, AStayKeepsEveryMember) {
  const World w = add_world();
  domain::Mobility m;
  m.person = w.person;
  m.direction = domain::Direction::incoming;
  m.type = domain::MobilityType::staff_teaching;
  m.sending = w.institutions[1];
  m.receiving = w.institutions[0];
  m.org_unit = w.unit;
  m.condition = 3;
  m.academic_year = "2026/2027";
  m.planned_start = "2026-09-01";
  m.planned_end = "2027-01-31";
  m.actual_start = "2026-09-02";
  m.funding = {{"scholarship", "S1", "Westlake", {"100.00", "CNY"}}, {"self", "", "", {}}};
  m.credits_planned = 27.5;
  m.status = domain::MobilityStatus::abroad;
  m.nomination = {domain::NominationDecision::accepted,
                  "2026-03-01T00:00:00.000Z",
                  "officer",
                  "2026-03-05T00:00:00.000Z",
                  "partner",
                  ""};
  m.cancel_reason = "";
  m.history = {{"2026-03-01T00:00:00.000Z", "officer", "", "nominated", ""},
               {"2026-09-02T00:00:00.000Z", "officer", "preparing", "abroad", "arrived"}};
  auto tx = write();
  auto id = tx->mobilities().insert(m);
  ASSERT_TRUE(id) << id.error().message;
  m.id = *id;
  m.version = 1;
  auto read = tx->mobilities().get(*id);
  ASSERT_TRUE(read) << read.error().message;
  EXPECT_EQ(describe(*read), describe(m));

  m.funding.clear();
  m.history.pop_back();
  m.org_unit.reset();
  m.status = domain::MobilityStatus::cancelled;
  m.cancel_reason = "ill";
  ASSERT_TRUE(tx->mobilities().update(m));
  m.version = 2;
  auto found = tx->mobilities().find(
      {.direction = domain::Direction::incoming, .institution = w.institutions[1]});
  ASSERT_TRUE(found) << found.error().message;
  ASSERT_EQ(found->size(), 1u);
  EXPECT_EQ(describe(found->front()), describe(m));
  EXPECT_EQ(tx->mobilities().find({.direction = domain::Direction::outgoing})->size(), 0u);
}

TEST_P(StoreConformance, ACourseAndALearningAgreementKeepEveryMember) {
  const World w = add_world();
  auto tx = write();
  domain::Course c;
  c.institution = w.institutions[1].value;
  c.code = "CS101";
  c.title = "Programming";
  c.title_zh = "编程";
  c.title_local = "Programmieren";
  c.credits = 7.5;
  c.credit_system = "ects";
  c.level = 6;
  c.language = "en";
  c.isced = "0613";
  c.term = "autumn";
  auto course = tx->courses().insert(c);
  ASSERT_TRUE(course) << course.error().message;
  c.id = *course;
  auto found = tx->courses().find(w.institutions[1], "CS101");
  ASSERT_TRUE(found && *found);
  EXPECT_EQ(describe(**found), describe(c));
  c.credits = 5;
  ASSERT_TRUE(tx->courses().update(c));
  EXPECT_EQ(describe(tx->courses().list(w.institutions[1])->at(0)), describe(c));

  domain::Mobility m;
  m.person = w.person;
  m.sending = w.institutions[0];
  m.receiving = w.institutions[1];
  m.academic_year = "2026/2027";
  m.planned_start = "2026-09-01";
  auto stay = tx->mobilities().insert(m);
  ASSERT_TRUE(stay) << stay.error().message;
  domain::LearningAgreementRecord r;
  r.mobility = stay->value;
  domain::LaVersion v1;
  v1.number = 1;
  v1.components = {{{"CS101", "Programming", 7.5, "ects"}, {"H1", "Home", 3, "cn"}, "autumn"}};
  v1.proposed_by = "student";
  v1.proposed_at = "2026-05-01T00:00:00.000Z";
  v1.sha256 = "aa";
  v1.state = "superseded";
  v1.approvals = {{"student", "s@x", "S", "student", "2026-05-01T00:00:00.000Z", "aa"}};
  v1.comments = {{"sending", "c@x", "2026-05-02T00:00:00.000Z", "more credits"}};
  domain::LaVersion v2 = v1;
  v2.number = 2;
  v2.reason = "more";
  v2.state = "approved";
  v2.comments.clear();
  r.versions = {v1, v2};
  r.transcript = {{"CS101", "Programming", 7.5, "A", "ects", "2027-01-20", true, "partner",
                   "officer", "2027-02-01T00:00:00.000Z"},
                  {"CS102", "Maths", 5, "F", "ects", "", false, "csv", "", ""}};
  r.recognition = {{"H1",
                    "Home",
                    3,
                    {"CS101", "CS102"},
                    "A",
                    "ects",
                    "95",
                    "cn100",
                    "table",
                    "partner",
                    {"rounded"},
                    "",
                    "",
                    ""}};
  r.recognised_at = "2027-02-02T00:00:00.000Z";
  r.recognised_by = "officer";
  auto la = tx->learning_agreements().insert(r);
  ASSERT_TRUE(la) << la.error().message;
  r.id = *la;
  r.version = 1;
  auto read = tx->learning_agreements().find(*stay);
  ASSERT_TRUE(read && *read) << (read ? "none" : read.error().message);
  EXPECT_EQ(describe(**read), describe(r));

  r.versions.pop_back();
  r.transcript.pop_back();
  r.recognition[0].notes.clear();
  ASSERT_TRUE(tx->learning_agreements().update(r));
  r.version = 2;
  auto all = tx->learning_agreements().all();
  ASSERT_TRUE(all) << all.error().message;
  ASSERT_EQ(all->size(), 1u);
  EXPECT_EQ(describe(all->front()), describe(r));
}
// A recognition's host course codes are rows of their own, each entry's in its order; the
// indicator of recognition counts every transcript result an entry names, and follows an
// update that changes the codes. Notes keep any text.
TEST_P(StoreConformance, ARecognitionsHostCodesAreKeptAndCounted) {
  auto [stay, r] = completed_stay(add_world());
  r.recognition = {recognition_entry("H1", {"CS102", "CS101"}, {"1|3:x", "a;b", "[\"n\"]"}),
                   recognition_entry("H2", {}, {}),
                   recognition_entry("H3", {"CS103", "CS101"}, {""})};
  r.id = committed([&](Transaction& tx) { return ok(tx.learning_agreements().insert(r)); });
  r.version = 1;
  const auto credited = [&] {
    auto tx = read();
    const auto totals = ok(recognition_by_partner(*tx, RecognitionQuery{})).items;
    EXPECT_EQ(totals.size(), 1u);
    return totals.empty() ? -1.0 : totals[0].credited;
  };
  {
    auto tx = read();
    const auto stored = ok(tx->learning_agreements().find(stay));
    ASSERT_TRUE(stored);
    EXPECT_EQ(describe(*stored), describe(r));
  }
  EXPECT_EQ(credited(), 5 + 7.5 + 2 + 7.5);  // CS101 is named twice

  r.recognition[0].host_codes = {"CS102"};
  r.recognition[1].host_codes = {"CS103"};
  r.recognition.pop_back();
  committed([&](Transaction& tx) {
    ok(tx.learning_agreements().update(r));
    return 0;
  });
  r.version = 2;
  auto tx = read();
  const auto stored = ok(tx->learning_agreements().find(stay));
  ASSERT_TRUE(stored);
  EXPECT_EQ(describe(*stored), describe(r));
  tx.reset();
  EXPECT_EQ(credited(), 5 + 2);
}

}  // namespace
}  // namespace orbis::store::testing
