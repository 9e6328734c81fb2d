// The students the Quality Certification's tables count (store/indicators.h), on a hand-built
// university whose answer is worked out by hand: each incoming student of a year once, with
// the language of their first stay (its programme's, else its condition's first), and who is
// left out (staff, a stay not begun, an outgoing stay, another year, another org unit).
#include <gtest/gtest.h>

#include <string>
#include <tuple>
#include <vector>

#include "store/indicators.h"
#include "store/testing/conformance.h"

namespace orbis::store::testing {
namespace {

using domain::Direction;
using domain::MobilityStatus;

constexpr const char* kYear = "2026/2027";

// A group as a comparable row: year, level (0 for none), nationality, language, people.
using Row = std::tuple<std::string, int, std::string, std::string, int>;
std::vector<Row> rows_of(const std::vector<CertificationGroup>& groups) {
  std::vector<Row> out;
  for (const auto& g : groups)
    out.emplace_back(g.academic_year, g.level.value_or(0), g.nationality, g.language, g.people);
  return out;
}

TEST_P(StoreConformance, CertificationCountsEachIncomingStudentOnceByLevelNationalityAndLanguage) {
  const auto home = add_institution("Westlake University");
  const auto munich = add_institution("Technical University of Munich", "DE");
  const auto science = add_org_unit(home, "School of Science");

  // Two conditions for students coming in from Munich: one asks for Chinese, the other for
  // Chinese first and English after; both teach in Chinese.
  domain::Agreement a;
  a.code = "WL-TUM";
  a.title = "Westlake–TUM exchange";
  a.kinds = {domain::AgreementKind::student_exchange};
  a.parties = {{home, true, std::nullopt, {}, {}, "2026-06-01"},
               {munich, false, std::nullopt, {}, {}, "2026-06-01"}};
  a.start_date = "2026-09-01";
  a.end_date = "2031-08-31";
  a.status = domain::AgreementStatus::active;
  domain::CooperationCondition c;
  c.sending = munich;
  c.receiving = home;
  c.first_academic_year = "2025/2026";
  c.last_academic_year = "2030/2031";
  c.seats_per_year = 5;
  c.languages = {{"zh", "B1"}};
  domain::CooperationCondition both = c;
  both.languages = {{"zh", "B2"}, {"en", "C1"}};
  a.conditions = {c, both};
  a.id = committed([&](Transaction& tx) { return ok(tx.agreements().insert(a)); });
  const auto stored = ok(read()->agreements().get(a.id));
  ASSERT_EQ(stored.conditions.size(), 2u);
  const auto chinese = stored.conditions[0].id;
  const auto chinese_first = stored.conditions[1].id;

  // A programme taught in English.
  domain::Programme programme;
  programme.code = "WL-SUMMER";
  programme.name = "Summer school";
  programme.kind = domain::ProgrammeKind::summer_school;
  programme.hosts = {home};
  programme.language = "en";
  programme.max_duration_months = 2;
  const auto summer =
      committed([&](Transaction& tx) { return ok(tx.programmes().insert(programme)); });

  const auto person = [&](const std::string& name, std::optional<int> level,
                          const std::string& nationality,
                          domain::PersonKind kind = domain::PersonKind::student) {
    domain::Person p;
    p.kind = kind;
    p.family_name = name;
    p.nationality = nationality;
    p.home_institution = munich;
    p.level = level;
    return committed([&](Transaction& tx) { return ok(tx.people().insert(p)); });
  };
  struct Stay {
    std::optional<std::int64_t> condition;
    std::optional<ProgrammeId> programme;
    MobilityStatus status = MobilityStatus::completed;
    Direction direction = Direction::incoming;
    std::string year = kYear;
    std::optional<OrgUnitId> unit;
  };
  const auto stay = [&](PersonId who, const Stay& s) {
    domain::Mobility m;
    m.person = who;
    m.direction = s.direction;
    m.status = s.status;
    m.sending = s.direction == Direction::incoming ? munich : home;
    m.receiving = s.direction == Direction::incoming ? home : munich;
    m.org_unit = s.unit;
    if (s.condition) {
      m.agreement = a.id;
      m.condition = s.condition;
    }
    m.programme = s.programme;
    m.academic_year = s.year;
    m.planned_start = s.year.substr(0, 4) + "-09-01";
    m.planned_end = s.year.substr(0, 4) + "-12-20";
    return committed([&](Transaction& tx) { return ok(tx.mobilities().insert(m)); });
  };

  // Counted in 2026/2027:
  stay(person("Summer", 6, "DE"), {.programme = summer, .unit = science});  // 6, DE, en
  stay(person("Chinese", 7, "DE"), {.condition = chinese, .status = MobilityStatus::abroad});
  // The same group: the condition's first language is Chinese.
  stay(person("ChineseFirst", 7, "DE"), {.condition = chinese_first, .unit = science});
  // Once, with the language of the first stay (by id): Chinese, not the summer school's.
  const auto twice = person("Twice", 7, "GB");
  stay(twice, {.condition = chinese});
  stay(twice, {.programme = summer, .status = MobilityStatus::recognised});
  // Neither level nor language recorded.
  stay(person("Unrecorded", std::nullopt, "GB"), {});
  // Counted in 2025/2026 only.
  stay(person("Earlier", 8, "FR"), {.programme = summer, .year = "2025/2026"});
  // Left out: staff, a stay not begun, a cancelled one, an outgoing student.
  stay(person("Staff", std::nullopt, "DE", domain::PersonKind::staff), {.programme = summer});
  stay(person("Accepted", 6, "DE"), {.programme = summer, .status = MobilityStatus::accepted});
  stay(person("Cancelled", 6, "DE"), {.programme = summer, .status = MobilityStatus::cancelled});
  stay(person("Outgoing", 6, "CN"), {.programme = summer, .direction = Direction::outgoing});

  auto tx = read();
  BegunStays in{Direction::incoming, {"2025/2026", kYear}, std::nullopt};
  EXPECT_EQ(rows_of(ok(certification_groups(*tx, in))),
            (std::vector<Row>{{"2025/2026", 8, "FR", "en", 1},
                              {kYear, 0, "GB", "", 1},
                              {kYear, 6, "DE", "en", 1},
                              {kYear, 7, "DE", "zh", 2},
                              {kYear, 7, "GB", "zh", 1}}));
  // An org unit's: its stays only.
  in.org_unit = science;
  EXPECT_EQ(rows_of(ok(certification_groups(*tx, in))),
            (std::vector<Row>{{kYear, 6, "DE", "en", 1}, {kYear, 7, "DE", "zh", 1}}));
  // No years, no groups.
  EXPECT_TRUE(ok(certification_groups(*tx, {Direction::incoming, {}, std::nullopt})).empty());
}

}  // namespace
}  // namespace orbis::store::testing
