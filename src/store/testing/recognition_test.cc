// The recognition indicator's figures (store/reporting.h), kept as stays and learning
// agreements are saved: after every write that changes a figure, each page of partners, for
// every stay and for each org unit, and the number of partners equal a count made here over
// the stays and learning agreements as the store gives them back.
#include <algorithm>
#include <map>

#include "store/reporting.h"
#include "store/testing/conformance.h"

namespace orbis::store::testing {
namespace {

using domain::MobilityStatus;

// What the indicator shows of one partner, to compare whole.
struct Figures {
  int stays = 0;
  int recognised = 0;
  std::map<std::string, double> planned;
  double credited = 0;
  bool operator==(const Figures&) const = default;
};

std::ostream& operator<<(std::ostream& out, const Figures& f) {
  out << "{stays " << f.stays << ", recognised " << f.recognised << ", credited " << f.credited
      << ", planned";
  for (const auto& [system, credits] : f.planned) out << " " << system << "=" << credits;
  return out << "}";
}

// A component of `credits` host credits in `system`.
domain::LaComponent component(const std::string& code, double credits,
                              const std::string& system = "ects") {
  return {{code, "Course " + code, credits, system}, {"H" + code, "Home", 3, "cn"}, "autumn"};
}

domain::TranscriptEntry result(const std::string& code, double credits) {
  return {code, "Course " + code, credits, "A", "ects", "", true, "partner", "", ""};
}

domain::LaVersion version(int number, const std::string& state,
                          std::vector<domain::LaComponent> components) {
  domain::LaVersion v;
  v.number = number;
  v.state = state;
  v.components = std::move(components);
  v.proposed_by = "student";
  v.proposed_at = "2026-05-01T00:00:00.000Z";
  v.sha256 = "aa";
  return v;
}

// Unwraps a result, failing the test (and returning a default) on an error.
template <typename T>
T must(Result<T> result) {
  EXPECT_TRUE(result) << result.error().message;
  return result ? std::move(*result) : T{};
}
void must(const Status& status) { EXPECT_TRUE(status) << status.error().message; }

// A university with three partners, two org units and a student, in `store`; its stays and
// learning agreements are written one committed transaction each.
class Scene {
 public:
  explicit Scene(Store& store) : store_(store) {
    domain::Institution in;
    in.types = {domain::InstitutionType::education};
    auto tx = must(store_.begin(Access::write));
    in.name = "Westlake University";
    in.country = "CN";
    home_ = must(tx->institutions().insert(in));
    for (const char* name : {"University of Oxford", "Sorbonne", "ETH Zurich"}) {
      in.name = name;
      partners_.push_back(must(tx->institutions().insert(in)));
    }
    for (const char* name : {"School of Engineering", "School of Law"}) {
      domain::OrgUnit unit;
      unit.institution = home_;
      unit.name = name;
      units_.push_back(must(tx->institutions().insert_org_unit(unit)));
    }
    domain::Person p;
    p.family_name = "Wang";
    p.nationality = "CN";
    p.home_institution = home_;
    person_ = must(tx->people().insert(p));
    must(tx->commit());
  }

  const std::vector<InstitutionId>& partners() const { return partners_; }
  const std::vector<OrgUnitId>& units() const { return units_; }
  PersonId person() const { return person_; }

  template <typename F>
  auto committed(F&& body) {
    auto tx = must(store_.begin(Access::write));
    auto out = body(*tx);
    must(tx->commit());
    return out;
  }
  std::unique_ptr<Transaction> read() { return must(store_.begin(Access::read)); }

  // A stay of the student at `partner`, inserted and committed, with its stored version.
  domain::Mobility add_stay(InstitutionId partner, MobilityStatus status,
                            std::optional<OrgUnitId> unit) {
    domain::Mobility m;
    m.person = person_;
    m.direction = domain::Direction::outgoing;
    m.status = status;
    m.sending = home_;
    m.receiving = partner;
    m.org_unit = unit;
    m.academic_year = "2026/2027";
    m.planned_start = "2026-09-01";
    m.id = committed([&](Transaction& tx) { return must(tx.mobilities().insert(m)); });
    m.version = 1;
    return m;
  }
  void save(domain::Mobility& m) {
    committed([&](Transaction& tx) { return must(tx.mobilities().update(m)), 0; });
    ++m.version;
  }
  void add(domain::LearningAgreementRecord& r) {
    r.id = committed([&](Transaction& tx) { return must(tx.learning_agreements().insert(r)); });
    r.version = 1;
  }
  void save(domain::LearningAgreementRecord& r) {
    committed([&](Transaction& tx) { return must(tx.learning_agreements().update(r)), 0; });
    ++r.version;
  }

  // The figures per partner of the stays in `unit` (every stay when unset), counted here
  // over what the store gives back.
  std::map<std::int64_t, Figures> recount(std::optional<OrgUnitId> unit) {
    auto tx = read();
    const auto stays = must(tx->mobilities().find({}));
    const auto agreements = must(tx->learning_agreements().all());
    std::map<std::int64_t, Figures> out;
    for (const auto& m : stays) {
      if (m.direction != domain::Direction::outgoing ||
          (m.status != MobilityStatus::completed && m.status != MobilityStatus::recognised))
        continue;
      if (unit && m.org_unit != unit) continue;
      const auto l = std::find_if(agreements.begin(), agreements.end(),
                                  [&](const auto& r) { return r.mobility == m.id.value; });
      if (l == agreements.end()) continue;
      const domain::LaVersion* approved = nullptr;
      for (const auto& v : l->versions) {
        if (v.state == "approved" && (!approved || v.number > approved->number)) approved = &v;
      }
      if (!approved) continue;
      auto& f = out[m.receiving.value];
      ++f.stays;
      for (const auto& c : approved->components) f.planned[c.host.credit_system] += c.host.credits;
      if (l->recognised_at.empty()) continue;
      ++f.recognised;
      // Each code an entry names counts every result with that code.
      for (const auto& e : l->recognition) {
        for (const auto& code : e.host_codes) {
          for (const auto& t : l->transcript) {
            if (t.code == code) f.credited += t.credits;
          }
        }
      }
    }
    return out;
  }

  // The indicator's answer for `unit`, read two partners a page.
  std::map<std::int64_t, Figures> indicator(std::optional<OrgUnitId> unit) {
    auto tx = read();
    const auto rows = read_pages<RecognitionTotals>(
        [&](const PageSpec& page) {
          return recognition_by_partner(*tx, {.org_unit = unit, .user = {}, .page = page});
        },
        2);
    std::map<std::int64_t, Figures> out;
    std::int64_t last = 0;
    for (const auto& t : rows) {
      EXPECT_GT(t.partner, last) << "partners out of order";
      last = t.partner;
      EXPECT_FALSE(t.name.empty());
      out[t.partner] = {t.stays, t.recognised, t.planned_by_system, t.credited};
    }
    EXPECT_EQ(must(count_recognition_partners(*tx, {.org_unit = unit, .user = {}, .page = {}})),
              out.size());
    return out;
  }

  // The indicator equals the recount for every stay and for each org unit; returns the
  // figures for every stay.
  std::map<std::int64_t, Figures> expect_counted(const std::string& after) {
    SCOPED_TRACE(after);
    const auto all = recount(std::nullopt);
    EXPECT_EQ(indicator(std::nullopt), all);
    for (const auto unit : units_) EXPECT_EQ(indicator(unit), recount(unit));
    return all;
  }

  // A write that is not committed: `body` runs in a transaction rolled back.
  template <typename F>
  void rolled_back(F&& body) {
    auto tx = must(store_.begin(Access::write));
    body(*tx);
  }

 private:
  Store& store_;
  InstitutionId home_;
  std::vector<InstitutionId> partners_;
  std::vector<OrgUnitId> units_;
  PersonId person_;
};

TEST_P(StoreConformance, RecognitionFiguresFollowEveryWriteOfAStay) {
  Scene s(*store_);
  auto a = s.add_stay(s.partners()[0], MobilityStatus::abroad, s.units()[0]);
  auto b = s.add_stay(s.partners()[0], MobilityStatus::completed, s.units()[1]);
  auto c = s.add_stay(s.partners()[1], MobilityStatus::completed, std::nullopt);
  EXPECT_TRUE(s.expect_counted("stays without learning agreements").empty());
  domain::LearningAgreementRecord la, lb, lc;
  la.mobility = a.id.value;
  la.versions = {version(1, "approved", {component("A1", 6), component("A2", 7.5)})};
  s.add(la);
  lb.mobility = b.id.value;
  lb.versions = {version(1, "approved", {component("B1", 5), component("B2", 4, "cn")})};
  s.add(lb);
  lc.mobility = c.id.value;
  lc.versions = {version(1, "approved", {component("C1", 10)})};
  s.add(lc);
  auto all = s.expect_counted("learning agreements added");
  EXPECT_EQ(all[s.partners()[0].value], (Figures{1, 0, {{"cn", 4}, {"ects", 5}}, 0}));
  EXPECT_EQ(all[s.partners()[1].value].stays, 1);

  // Every status, each counted or not.
  for (const auto status :
       {MobilityStatus::nominated, MobilityStatus::accepted, MobilityStatus::preparing,
        MobilityStatus::abroad, MobilityStatus::completed, MobilityStatus::recognised,
        MobilityStatus::cancelled, MobilityStatus::completed}) {
    a.status = status;
    s.save(a);
    all = s.expect_counted("stay a " + std::string(domain::to_string(status)));
    const bool counted =
        status == MobilityStatus::completed || status == MobilityStatus::recognised;
    EXPECT_EQ(all[s.partners()[0].value].stays, counted ? 2 : 1);
  }

  // Moved to another partner, another org unit, none, back; incoming; a save that moves
  // nothing.
  a.receiving = s.partners()[2];
  s.save(a);
  all = s.expect_counted("stay a moved to the third partner");
  EXPECT_EQ(all[s.partners()[2].value].stays, 1);
  a.org_unit = s.units()[1];
  s.save(a);
  s.expect_counted("stay a moved to the second org unit");
  a.org_unit = std::nullopt;
  s.save(a);
  s.expect_counted("stay a without an org unit");
  a.receiving = s.partners()[0];
  a.org_unit = s.units()[0];
  s.save(a);
  s.expect_counted("stay a back");
  a.direction = domain::Direction::incoming;
  s.save(a);
  all = s.expect_counted("stay a incoming");
  EXPECT_EQ(all[s.partners()[0].value].stays, 1);
  a.direction = domain::Direction::outgoing;
  a.planned_end = "2027-07-01";
  s.save(a);
  s.expect_counted("stay a outgoing again");
  s.save(a);
  s.expect_counted("stay a saved unchanged");

  // A write rolled back leaves the figures as they were.
  s.rolled_back([&](Transaction& tx) {
    auto cancelled = a;
    cancelled.status = MobilityStatus::cancelled;
    must(tx.mobilities().update(cancelled));
  });
  all = s.expect_counted("a cancellation rolled back");
  EXPECT_EQ(all[s.partners()[0].value].stays, 2);
}

TEST_P(StoreConformance, RecognitionFiguresFollowEveryWriteOfALearningAgreement) {
  Scene s(*store_);
  auto a = s.add_stay(s.partners()[0], MobilityStatus::completed, s.units()[0]);
  auto b = s.add_stay(s.partners()[0], MobilityStatus::completed, s.units()[0]);
  domain::LearningAgreementRecord la, lb;
  la.mobility = a.id.value;
  la.versions = {version(1, "proposed", {component("A1", 6)})};
  s.add(la);
  EXPECT_TRUE(s.expect_counted("no version approved").empty());
  la.versions[0].state = "approved";
  s.save(la);
  auto all = s.expect_counted("the first version approved");
  EXPECT_EQ(all[s.partners()[0].value], (Figures{1, 0, {{"ects", 6}}, 0}));

  // A later version, proposed and then approved, and its components changed.
  la.versions.push_back(version(2, "proposed", {component("A1", 6), component("A3", 4, "cn")}));
  s.save(la);
  all = s.expect_counted("a second version proposed");
  EXPECT_EQ(all[s.partners()[0].value].planned, (std::map<std::string, double>{{"ects", 6}}));
  la.versions[0].state = "superseded";
  la.versions[1].state = "approved";
  s.save(la);
  all = s.expect_counted("the second version approved");
  EXPECT_EQ(all[s.partners()[0].value].planned,
            (std::map<std::string, double>{{"cn", 4}, {"ects", 6}}));
  la.versions[1].components.push_back(component("A4", 7.5));
  s.save(la);
  s.expect_counted("a component added");

  // Results, then a recognition naming them (a code twice, a code without a result).
  la.transcript = {result("A1", 6), result("A3", 4), result("A4", 7.5)};
  s.save(la);
  s.expect_counted("results entered");
  la.recognition = {recognition_entry("H1", {"A1", "A3"}, {}),
                    recognition_entry("H2", {"A1", "X9"}, {})};
  la.recognised_at = "2027-02-02T00:00:00.000Z";
  s.save(la);
  a.status = MobilityStatus::recognised;
  s.save(a);
  all = s.expect_counted("recognised");
  EXPECT_EQ(all[s.partners()[0].value], (Figures{1, 1, {{"cn", 4}, {"ects", 13.5}}, 16}));

  // A second stay of the group, recognised the other way round: the stay first.
  lb.mobility = b.id.value;
  lb.versions = {version(1, "approved", {component("B1", 5)})};
  lb.transcript = {result("B1", 5), result("B1", 2)};
  s.add(lb);
  b.status = MobilityStatus::recognised;
  s.save(b);
  s.expect_counted("the second stay recognised before its agreement");
  lb.recognition = {recognition_entry("H1", {"B1"}, {})};
  lb.recognised_at = "2027-03-03T00:00:00.000Z";
  s.save(lb);
  all = s.expect_counted("the second agreement recognised");
  EXPECT_EQ(all[s.partners()[0].value].credited, 16 + 7);

  // Results and entries deleted, then the recognition withdrawn.
  la.transcript.erase(la.transcript.begin());
  s.save(la);
  all = s.expect_counted("a result deleted");
  EXPECT_EQ(all[s.partners()[0].value].credited, 4 + 7);
  la.recognition.pop_back();
  la.recognition[0].host_codes = {"A3", "A4"};
  s.save(la);
  s.expect_counted("an entry deleted and its codes changed");
  la.recognition.clear();
  la.recognised_at.clear();
  s.save(la);
  all = s.expect_counted("the recognition withdrawn");
  EXPECT_EQ(all[s.partners()[0].value].recognised, 1);

  // Every version withdrawn: the stay is no longer counted; its group keeps the other.
  la.versions.clear();
  s.save(la);
  all = s.expect_counted("the versions deleted");
  EXPECT_EQ(all[s.partners()[0].value].stays, 1);
  lb.versions[0].state = "superseded";
  s.save(lb);
  EXPECT_TRUE(s.expect_counted("no approved version left").empty());

  // A write rolled back leaves the figures as they were.
  lb.versions[0].state = "approved";
  s.save(lb);
  s.rolled_back([&](Transaction& tx) {
    auto dropped = lb;
    dropped.versions.clear();
    must(tx.learning_agreements().update(dropped));
  });
  all = s.expect_counted("a change of the agreement rolled back");
  EXPECT_EQ(all[s.partners()[0].value].stays, 1);
}

// A student's figures (their own stays) are counted from the stays and agree with the office's
// when the student has every stay.
TEST_P(StoreConformance, AStudentsRecognitionFiguresAgreeWithTheOffices) {
  Scene s(*store_);
  const auto user = add_user("fang@westlake.edu.cn", domain::Role::student);
  domain::Person p;
  s.committed([&](Transaction& tx) {
    p = must(tx.people().get(s.person()));
    p.user = user;
    return must(tx.people().update(p)), 0;
  });
  for (std::size_t i = 0; i < s.partners().size(); ++i) {
    auto m = s.add_stay(s.partners()[i], MobilityStatus::completed,
                        i == 0 ? std::nullopt : std::optional(s.units()[i % 2]));
    domain::LearningAgreementRecord r;
    r.mobility = m.id.value;
    r.versions = {version(1, "approved", {component("C", 5.0 + static_cast<double>(i))})};
    r.transcript = {result("C", 5.0 + static_cast<double>(i))};
    r.recognition = {recognition_entry("H", {"C"}, {})};
    r.recognised_at = i == 1 ? "" : "2027-01-01T00:00:00.000Z";
    s.add(r);
  }
  const auto office = s.expect_counted("three stays");
  ASSERT_EQ(office.size(), 3u);
  auto tx = s.read();
  const auto own = read_pages<RecognitionTotals>(
      [&](const PageSpec& page) {
        return recognition_by_partner(*tx, {.org_unit = {}, .user = user, .page = page});
      },
      2);
  std::map<std::int64_t, Figures> figures;
  for (const auto& t : own)
    figures[t.partner] = {t.stays, t.recognised, t.planned_by_system, t.credited};
  EXPECT_EQ(figures, office);
  EXPECT_EQ(must(count_recognition_partners(*tx, {.org_unit = {}, .user = user, .page = {}})), 3u);
}

}  // namespace
}  // namespace orbis::store::testing
