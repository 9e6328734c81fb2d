// The conformance suite of the storage contract (store/store.h and store/lists.h): tests
// that know nothing of the back end, run against every one. A back end instantiates the
// suite with a factory that opens a fresh, empty store on the test's clock:
//
//   INSTANTIATE_TEST_SUITE_P(Sqlite, StoreConformance,
//                            ::testing::Values(StoreFactory{"sqlite", &open_sqlite}),
//                            StoreFactory::name_of);
//
// The tests live in store/testing/*_test.cc, one file per aggregate; each sets up what it
// needs through the contract alone. Stored values are compared whole through describe(),
// which writes every member, so that a member the store drops or garbles fails by name.
//
// Not thread-safe: one fixture per test, as GoogleTest runs them.
#pragma once

#include <gtest/gtest.h>

#include <cstdint>
#include <filesystem>
#include <functional>
#include <memory>
#include <optional>
#include <ostream>
#include <set>
#include <string>
#include <type_traits>
#include <utility>
#include <vector>

#include "common/clock.h"
#include "common/crypto.h"
#include "store/lists.h"
#include "store/store.h"
#include "store/testing/describe.h"

namespace orbis::store::testing {

struct StoreFactory {
  std::string name;  // the back end, for test names: "sqlite"
  // Opens a new, empty store at this build's schema (migrated) that stamps with `clock`.
  // `scratch` is an empty folder the test removes afterwards, for a back end that needs files.
  std::function<Result<std::unique_ptr<Store>>(const Clock& clock,
                                               const std::filesystem::path& scratch)>
      open;
  // Why the back end cannot be tested here (no server to test on), or empty: every test
  // then fails and says why (scripts/test provides what each back end needs).
  std::function<std::string()> missing = [] { return std::string(); };

  static std::string name_of(const ::testing::TestParamInfo<StoreFactory>& info) {
    return info.param.name;
  }
};

// How GoogleTest prints a factory in test listings: its back end's name.
inline void PrintTo(const StoreFactory& factory, std::ostream* out) { *out << factory.name; }

// The instant every test starts at: stamps equal to it come from the injected clock.
inline constexpr std::string_view kStart = "2031-05-06T07:08:09.123Z";

// A draft student exchange between `home` and `partner` with one condition, not inserted.
inline domain::Agreement sample_agreement(InstitutionId home, InstitutionId partner,
                                          const std::string& code) {
  domain::Agreement a;
  a.code = code;
  a.title = "Exchange " + code;
  a.kinds = {domain::AgreementKind::student_exchange};
  domain::Party h;
  h.institution = home;
  h.is_home = true;
  domain::Party p;
  p.institution = partner;
  a.parties = {h, p};
  a.start_date = "2026-09-01";
  a.end_date = "2031-08-31";
  a.status = domain::AgreementStatus::draft;
  domain::CooperationCondition c;
  c.sending = home;
  c.receiving = partner;
  c.first_academic_year = "2026/2027";
  c.last_academic_year = "2030/2031";
  c.seats_per_year = 2;
  a.conditions = {c};
  return a;
}

// A recognition entry: the home course `home_code` recognised for the host results
// `host_codes`, by a conversion table, with `notes`.
inline domain::RecognitionEntry recognition_entry(const std::string& home_code,
                                                  std::vector<std::string> host_codes,
                                                  std::vector<std::string> notes) {
  domain::RecognitionEntry e;
  e.home_code = home_code;
  e.home_title = "Course " + home_code;
  e.home_credits = 3;
  e.host_codes = std::move(host_codes);
  e.host_grade = "A";
  e.host_scale = "ects";
  e.converted_grade = "95";
  e.home_scale = "cn100";
  e.method = "table";
  e.source = "partner";
  e.notes = std::move(notes);
  return e;
}

class StoreConformance : public ::testing::TestWithParam<StoreFactory> {
 protected:
  void SetUp() override {
    ASSERT_TRUE(crypto::init());
    if (const auto missing = GetParam().missing(); !missing.empty()) FAIL() << missing;
    scratch_ = std::filesystem::temp_directory_path() /
               ("orbis-conformance-" + crypto::to_hex(crypto::random_bytes(6)));
    std::filesystem::create_directories(scratch_);
    auto opened = GetParam().open(clock_, scratch_);
    ASSERT_TRUE(opened) << opened.error().message;
    store_ = std::move(*opened);
  }
  void TearDown() override {
    store_.reset();
    std::error_code ec;
    std::filesystem::remove_all(scratch_, ec);
  }

  std::unique_ptr<Transaction> begin(Access access) {
    auto tx = store_->begin(access);
    EXPECT_TRUE(tx) << tx.error().message;
    return tx ? std::move(*tx) : nullptr;
  }
  std::unique_ptr<Transaction> write() { return begin(Access::write); }
  std::unique_ptr<Transaction> read() { return begin(Access::read); }

  // Runs `body` in a write transaction and commits it; fails the test on an error.
  template <typename F>
  auto committed(F&& body) {
    auto tx = write();
    auto out = body(*tx);
    const auto done = tx->commit();
    EXPECT_TRUE(done) << done.error().message;
    return out;
  }

  // Unwraps a result, failing the test (and returning a default) on an error.
  template <typename T>
  static T ok(Result<T> result) {
    EXPECT_TRUE(result) << result.error().message;
    return result ? std::move(*result) : T{};
  }
  static void ok(const Status& status) { EXPECT_TRUE(status) << status.error().message; }
  template <typename T>
  static ErrorCode code_of(const Result<T>& result) {
    return result ? ErrorCode::internal : result.error().code;
  }

  // Minimal valid records, written and committed, for tests that need something to point at.
  InstitutionId add_institution(const std::string& name, const std::string& country = "CN") {
    domain::Institution in;
    in.name = name;
    in.country = country;
    in.types = {domain::InstitutionType::education};
    return committed([&](Transaction& tx) { return ok(tx.institutions().insert(in)); });
  }
  OrgUnitId add_org_unit(InstitutionId institution, const std::string& name) {
    domain::OrgUnit unit;
    unit.institution = institution;
    unit.name = name;
    return committed([&](Transaction& tx) { return ok(tx.institutions().insert_org_unit(unit)); });
  }
  PersonId add_person(const std::string& family, const std::string& given, InstitutionId home,
                      std::optional<OrgUnitId> unit = std::nullopt) {
    domain::Person p;
    p.family_name = family;
    p.given_name = given;
    p.nationality = "CN";
    p.home_institution = home;
    p.org_unit = unit;
    return committed([&](Transaction& tx) { return ok(tx.people().insert(p)); });
  }
  UserId add_user(const std::string& email, domain::Role role = domain::Role::officer) {
    domain::User u;
    u.email = email;
    u.name = email.substr(0, email.find('@'));
    u.role = role;
    return committed([&](Transaction& tx) { return ok(tx.users().insert(u, "hash")); });
  }
  CallId add_call(const std::string& code, std::optional<OrgUnitId> unit = std::nullopt,
                  const std::string& academic_year = "2027/2028") {
    domain::Call c;
    c.code = code;
    c.title = code;
    c.academic_year = academic_year;
    c.term = "autumn";
    c.opens_at = "2027-01-10T09:00:00+08:00";
    c.closes_at = "2027-02-10T17:00:00+08:00";
    c.time_zone = "Asia/Shanghai";
    c.org_unit = unit;
    return committed([&](Transaction& tx) { return ok(tx.calls().insert(c)); });
  }

  // Two institutions, an org unit of the first and a person from it, committed.
  struct World {
    std::vector<InstitutionId> institutions;
    OrgUnitId unit;
    PersonId person;
  };
  World add_world() {
    World w;
    w.institutions = {add_institution("Westlake University"),
                      add_institution("University of Oxford", "GB")};
    w.unit = add_org_unit(w.institutions[0], "School of Engineering");
    w.person = add_person("Wang", "Fang", w.institutions[0]);
    return w;
  }

  // An outgoing stay of the world's person at its second institution from 1 September 2026,
  // not inserted.
  static domain::Mobility outgoing_stay(const World& w) {
    domain::Mobility m;
    m.person = w.person;
    m.direction = domain::Direction::outgoing;
    m.sending = w.institutions[0];
    m.receiving = w.institutions[1];
    m.academic_year = "2026/2027";
    m.planned_start = "2026-09-01";
    return m;
  }

  // A completed outgoing stay of the world's person at its second institution, committed,
  // and a learning agreement for it (not inserted) with one approved version planning CS101
  // and three passed results: CS101 (7.5 ECTS), CS102 (5) and CS103 (2). The indicator of
  // recognition counts it once the caller gives it a recognition.
  std::pair<MobilityId, domain::LearningAgreementRecord> completed_stay(const World& w) {
    domain::Mobility m = outgoing_stay(w);
    m.status = domain::MobilityStatus::completed;
    const auto stay = committed([&](Transaction& tx) { return ok(tx.mobilities().insert(m)); });
    domain::LearningAgreementRecord r;
    r.mobility = stay.value;
    domain::LaVersion v;
    v.number = 1;
    v.components = {{{"CS101", "Programming", 7.5, "ects"}, {"H1", "Home", 3, "cn"}, "autumn"}};
    v.proposed_by = "student";
    v.proposed_at = "2026-05-01T00:00:00.000Z";
    v.sha256 = "aa";
    v.state = "approved";
    r.versions = {v};
    r.transcript = {{"CS101", "Programming", 7.5, "A", "ects", "", true, "partner", "", ""},
                    {"CS102", "Maths", 5, "B", "ects", "", true, "partner", "", ""},
                    {"CS103", "Physics", 2, "C", "ects", "", true, "partner", "", ""}};
    r.recognised_at = "2027-02-02T00:00:00.000Z";
    r.recognised_by = "officer";
    return {stay, r};
  }

  FixedClock clock_{*parse_iso8601(kStart)};
  std::filesystem::path scratch_;
  std::unique_ptr<Store> store_;
};

// Reads every page of a list of `limit` rows each, following the cursors, and returns the
// rows in the order read. Fails the test when a page is longer than `limit`, a full page
// but the last has no cursor, or the pages do not end.
template <typename T, typename List>
std::vector<T> read_pages(List&& list, std::size_t limit) {
  std::vector<T> out;
  PageSpec page{.limit = limit, .after = std::nullopt};
  for (int pages = 0; pages < 1000; ++pages) {
    auto got = list(page);
    EXPECT_TRUE(got) << got.error().message;
    if (!got) return out;
    EXPECT_LE(got->items.size(), limit);
    for (auto& item : got->items) out.push_back(std::move(item));
    if (!got->next) return out;
    EXPECT_EQ(got->items.size(), limit) << "a page before the last is short";
    page.after = got->next;
  }
  ADD_FAILURE() << "the pages do not end";
  return out;
}

// The ids of `items`, in order; fails the test when one repeats.
template <typename T>
std::vector<std::int64_t> ids_of(const std::vector<T>& items) {
  std::vector<std::int64_t> ids;
  std::set<std::int64_t> seen;
  for (const auto& item : items) {
    std::int64_t id;
    if constexpr (requires { item.id.value; })
      id = item.id.value;
    else
      id = item.id;
    EXPECT_TRUE(seen.insert(id).second) << "id " << id << " is listed twice";
    ids.push_back(id);
  }
  return ids;
}

}  // namespace orbis::store::testing
