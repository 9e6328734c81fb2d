// The graduates with a stay abroad (store/indicators.h), on a hand-built university whose
// answer is worked out by hand: who counts at the edges of 90 days and 15 ECTS, and who does
// not (a failed result, credits in another system, a recognition not recorded, a stay not
// begun, begun after graduating or incoming, planned dates the actual ones cut short).
#include <gtest/gtest.h>

#include <type_traits>
#include <utility>

#include "store/indicators.h"
#include "store/testing/conformance.h"

namespace orbis::store::testing {
namespace {

using domain::MobilityStatus;

constexpr const char* kYear = "2026/2027";

class Graduates {
 public:
  Graduates(Store& store, InstitutionId home, InstitutionId partner)
      : store_(store), home_(home), partner_(partner) {}

  // Runs `body` (which returns a Result) in a write transaction, commits it and returns its
  // value; fails the test on an error.
  template <typename F>
  auto commit(F&& body) {
    using Value = std::remove_cvref_t<decltype(*body(std::declval<Transaction&>()))>;
    auto tx = store_.begin(Access::write);
    EXPECT_TRUE(tx) << tx.error().message;
    if (!tx) return Value{};
    auto out = body(**tx);
    EXPECT_TRUE(out) << out.error().message;
    const auto done = (*tx)->commit();
    EXPECT_TRUE(done) << done.error().message;
    return out ? Value(*out) : Value{};
  }

  // A student of `unit` who graduated in `graduated_in` ("" for not yet), committed.
  PersonId student(const std::string& name, const std::string& graduated_in,
                   std::optional<OrgUnitId> unit = std::nullopt) {
    domain::Person p;
    p.family_name = name;
    p.nationality = "CN";
    p.home_institution = home_;
    p.org_unit = unit;
    p.graduated_in = graduated_in;
    return commit([&](Transaction& tx) { return tx.people().insert(p); });
  }

  // A stay of `person` from `start` to `end` (planned), committed.
  MobilityId stay(PersonId person, const std::string& year, const std::string& start,
                  const std::string& end, MobilityStatus status = MobilityStatus::completed,
                  domain::Direction direction = domain::Direction::outgoing,
                  const std::string& actual_end = "") {
    domain::Mobility m;
    m.person = person;
    m.direction = direction;
    m.status = status;
    m.sending = direction == domain::Direction::outgoing ? home_ : partner_;
    m.receiving = direction == domain::Direction::outgoing ? partner_ : home_;
    m.academic_year = year;
    m.planned_start = start;
    m.planned_end = end;
    if (!actual_end.empty()) {
      m.actual_start = start;
      m.actual_end = actual_end;
    }
    return commit([&](Transaction& tx) { return tx.mobilities().insert(m); });
  }

  // A learning agreement of `stay` planning `courses` (code, ECTS or another system,
  // credits) with a result for each (passed unless `failed` names it), its recognition naming
  // every result, recorded when `recognised`.
  struct Course {
    std::string code;
    double credits = 0;
    std::string system = "ects";
    bool passed = true;
  };
  domain::LearningAgreementRecord agreement(MobilityId stay, const std::vector<Course>& courses,
                                            bool recognised = true) {
    domain::LearningAgreementRecord r;
    r.mobility = stay.value;
    domain::LaVersion v;
    v.number = 1;
    v.state = "approved";
    v.proposed_by = "student";
    v.proposed_at = "2026-05-01T00:00:00.000Z";
    v.sha256 = "aa";
    std::vector<std::string> codes;
    for (const auto& c : courses) {
      v.components.push_back(
          {{c.code, "Course " + c.code, c.credits, c.system}, {"H" + c.code, "Home", 3, "cn"}, ""});
      r.transcript.push_back(
          {c.code, "Course " + c.code, c.credits, "A", "ects", "", c.passed, "partner", "", ""});
      codes.push_back(c.code);
    }
    r.versions = {v};
    r.recognition = {recognition_entry("H1", codes, {})};
    if (recognised) {
      r.recognised_at = "2027-02-02T00:00:00.000Z";
      r.recognised_by = "officer";
    }
    r.id = commit([&](Transaction& tx) { return tx.learning_agreements().insert(r); });
    r.version = 1;
    return r;
  }

  // Records the recognition of `r`, or takes it back.
  void recognise(domain::LearningAgreementRecord& r, bool recognised) {
    r.recognised_at = recognised ? "2027-03-03T00:00:00.000Z" : "";
    r.recognised_by = recognised ? "officer" : "";
    auto tx = store_.begin(Access::write);
    ASSERT_TRUE(tx) << tx.error().message;
    const auto saved = (*tx)->learning_agreements().update(r);
    ASSERT_TRUE(saved) << saved.error().message;
    const auto done = (*tx)->commit();
    ASSERT_TRUE(done) << done.error().message;
    ++r.version;
  }

 private:
  Store& store_;
  InstitutionId home_;
  InstitutionId partner_;
};

TEST_P(StoreConformance, GraduatesCountWithAStayOfThreeMonthsOrFifteenEctsRecognised) {
  const auto home = add_institution("Westlake University");
  const auto partner = add_institution("University of Oxford", "GB");
  const auto science = add_org_unit(home, "School of Science");
  const auto law = add_org_unit(home, "School of Law");
  Graduates g(*store_, home, partner);

  // Counted: 90 days exactly (30 + 31 + 29, both ends counted).
  const auto ninety = g.student("Ninety", kYear, science);
  g.stay(ninety, kYear, "2026-09-01", "2026-11-29");
  // Counted: 89 days, but 15 ECTS recognised, in the year before graduating.
  const auto credits = g.student("Credits", kYear, law);
  g.agreement(g.stay(credits, "2025/2026", "2025-09-01", "2025-11-28"), {{"C1", 7.5}, {"C2", 7.5}});
  // Counted once, with two qualifying stays; the first is the earlier year's.
  const auto twice = g.student("Twice", kYear, science);
  const auto later = g.stay(twice, kYear, "2027-02-01", "2027-06-30", MobilityStatus::abroad);
  const auto earlier = g.stay(twice, "2024/2025", "2025-02-01", "2025-06-30");
  // Not counted: 89 days and 14.5 ECTS.
  g.agreement(g.stay(g.student("Short", kYear), kYear, "2026-09-01", "2026-11-28"),
              {{"S1", 7.5}, {"S2", 7}});
  // Not counted: 15 ECTS of which 7.5 failed.
  g.agreement(g.stay(g.student("Failed", kYear), kYear, "2026-09-01", "2026-11-28"),
              {{"F1", 7.5}, {"F2", 7.5, "ects", false}});
  // Not counted: 15 credits, half of them US credits.
  g.agreement(g.stay(g.student("System", kYear), kYear, "2026-09-01", "2026-11-28"),
              {{"U1", 7.5}, {"U2", 7.5, "us"}});
  // Not counted: 15 ECTS whose recognition is not recorded.
  auto unrecognised =
      g.agreement(g.stay(g.student("Unrecognised", kYear), kYear, "2026-09-01", "2026-11-28"),
                  {{"R1", 7.5}, {"R2", 7.5}}, false);
  // Not counted: long stays not begun (accepted), begun after graduating, incoming, or cut short.
  g.stay(g.student("Planned", kYear), kYear, "2026-09-01", "2027-01-31", MobilityStatus::accepted);
  g.stay(g.student("After", kYear), "2027/2028", "2027-09-01", "2028-01-31");
  g.stay(g.student("Incoming", kYear), kYear, "2026-09-01", "2027-01-31", MobilityStatus::completed,
         domain::Direction::incoming);
  g.stay(g.student("Cut", kYear), kYear, "2026-09-01", "2027-01-31", MobilityStatus::completed,
         domain::Direction::outgoing, "2026-10-15");
  // Not counted in 2026/2027: no graduation year; another graduation year.
  g.stay(g.student("Studying", ""), kYear, "2026-09-01", "2027-01-31");
  const auto earlier_graduate = g.student("Earlier", "2025/2026");
  g.stay(earlier_graduate, "2025/2026", "2025-09-01", "2026-01-31");

  auto tx = read();
  GraduatesAbroad q{.academic_years = {"2025/2026", kYear, "2027/2028"}};
  EXPECT_EQ(ok(count_graduates_abroad(*tx, q)),
            (std::map<std::string, int>{{"2025/2026", 1}, {kYear, 3}}));
  q.org_unit = science;
  EXPECT_EQ(ok(count_graduates_abroad(*tx, q)), (std::map<std::string, int>{{kYear, 2}}));
  // A stricter rule counts fewer: 91 days, 16 ECTS.
  EXPECT_EQ(
      ok(count_graduates_abroad(*tx, {.academic_years = {kYear}, .min_days = 91, .min_ects = 16})),
      (std::map<std::string, int>{{kYear, 1}}));

  // The count follows the recognition as it is recorded and taken back.
  tx.reset();
  g.recognise(unrecognised, true);
  EXPECT_EQ(ok(count_graduates_abroad(*read(), {.academic_years = {kYear}})),
            (std::map<std::string, int>{{kYear, 4}}));
  g.recognise(unrecognised, false);
  tx = read();
  EXPECT_EQ(ok(count_graduates_abroad(*tx, {.academic_years = {kYear}})),
            (std::map<std::string, int>{{kYear, 3}}));

  // The year's graduates, two a page, by id, each with their qualifying stays.
  const GraduatesAbroad year{.academic_years = {kYear}};
  const auto first = ok(graduates_abroad_page(*tx, year, {.limit = 2}));
  ASSERT_EQ(first.items.size(), 2u);
  ASSERT_TRUE(first.next);
  EXPECT_EQ(first.items[0].person, ninety);
  EXPECT_EQ(first.items[0].family_name, "Ninety");
  EXPECT_EQ(first.items[0].stays, 1);
  EXPECT_EQ(first.items[0].partner, partner);
  EXPECT_EQ(first.items[0].partner_name, "University of Oxford");
  EXPECT_EQ(first.items[0].partner_country, "GB");
  EXPECT_EQ(first.items[1].person, credits);
  EXPECT_EQ(first.items[1].academic_year, "2025/2026");
  const auto second = ok(graduates_abroad_page(*tx, year, {.limit = 2, .after = first.next}));
  ASSERT_EQ(second.items.size(), 1u);
  EXPECT_FALSE(second.next);
  EXPECT_EQ(second.items[0].person, twice);
  EXPECT_EQ(second.items[0].stays, 2);
  EXPECT_EQ(second.items[0].first_stay, earlier);
  EXPECT_NE(second.items[0].first_stay, later);
  EXPECT_EQ(second.items[0].academic_year, "2024/2025");
}

}  // namespace
}  // namespace orbis::store::testing
