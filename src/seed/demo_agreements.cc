// The demo's agreements: Westlake University with 30 real partners from the registry, of
// every kind and in every status, with dates relative to the day the demo is built so
// that "expiring" stays expiring; and one multilateral agreement, with Oxford and Berkeley.
#include <fmt/format.h>

#include <chrono>
#include <map>

#include "domain/reference.h"
#include "seed/demo.h"
#include "seed/internal/agreement_path.h"

namespace orbis::seed {

using service::Agreements;
using service::InstitutionPatch;
using service::Registry;

namespace {

using domain::AgreementKind;
using domain::AgreementStatus;
using domain::MobilityType;

constexpr const char* kConsortiumOxford = "052gg0110";
constexpr const char* kConsortiumBerkeley = "01an7q238";

struct DemoPartner {
  const char* ror;
  const char* title;
  std::vector<AgreementKind> kinds;
  AgreementStatus status;  // where it ends up: expiring and expired come from the dates
  int start_offset_days;   // from today
  int length_days;         // 0: no end date
  const char* isced;
  const char* language;  // of instruction at the partner
  const char* cefr;
  int seats;
  std::vector<const char*> tags;
};

const std::vector<DemoPartner>& partners() {
  using K = AgreementKind;
  using S = AgreementStatus;
  static const std::vector<DemoPartner> list = {
      {"052gg0110",
       "Student exchange with the University of Oxford",
       {K::student_exchange},
       S::active,
       -800,
       1826,
       "0588",
       "en",
       "C1",
       2,
       {"europe", "flagship"}},
      {"013meh722",
       "Cambridge–Westlake exchange in the life sciences",
       {K::student_exchange, K::joint_research},
       S::active,
       -400,
       1826,
       "0511",
       "en",
       "C1",
       2,
       {"europe"}},
      {"01an7q238",
       "Berkeley–Westlake undergraduate exchange",
       {K::student_exchange},
       S::active,
       -1700,
       1826,
       "0613",
       "en",
       "B2",
       3,
       {"north-america", "expiring-soon"}},
      {"01tgyzw49",
       "NUS–Westlake student and staff exchange",
       {K::student_exchange, K::staff_exchange},
       S::active,
       -300,
       1826,
       "0714",
       "en",
       "B2",
       4,
       {"asia"}},
      {"05a28rw58",
       "ETH Zurich exchange in engineering",
       {K::student_exchange},
       S::active,
       -1780,
       1826,
       "0715",
       "en",
       "B2",
       2,
       {"europe"}},
      {"02kkvpp62",
       "TUM–Westlake double master's degree in robotics",
       {K::joint_degree, K::student_exchange},
       S::active,
       -200,
       2190,
       "0714",
       "de",
       "B1",
       3,
       {"europe", "double-degree"}},
      {"03dbr7087",
       "University of Toronto student exchange",
       {K::student_exchange},
       S::signed_,
       -10,
       1826,
       "0588",
       "en",
       "B2",
       2,
       {"north-america"}},
      {"01111rn36",
       "Bologna–Westlake summer school and exchange",
       {K::summer_programme, K::student_exchange},
       S::active,
       -500,
       1461,
       "0222",
       "it",
       "A2",
       4,
       {"europe", "summer"}},
      {"05bnh6r87",
       "Cornell–Westlake research collaboration",
       {K::joint_research, K::staff_exchange},
       S::active,
       -1000,
       1826,
       "0512",
       "en",
       "C1",
       2,
       {"north-america", "research"}},
      {"041kmwe10",
       "Imperial College exchange in bioengineering",
       {K::student_exchange},
       S::negotiation,
       30,
       1826,
       "0788",
       "en",
       "C1",
       2,
       {"europe"}},
      {"056d84691",
       "Karolinska Institutet exchange in medicine",
       {K::student_exchange, K::joint_research},
       S::active,
       -1650,
       1826,
       "0912",
       "en",
       "B2",
       2,
       {"europe", "medicine"}},
      {"01hhn8329",
       "Max Planck Society research framework",
       {K::joint_research, K::framework_mou},
       S::active,
       -900,
       3652,
       "",
       "en",
       "",
       0,
       {"europe", "research"}},
      {"00k642b80",
       "Alibaba–Westlake school–enterprise internships",
       {K::internship},
       S::active,
       -365,
       1096,
       "0613",
       "zh",
       "",
       10,
       {"industry"}},
      {"00q4vv597",
       "HKUST–Westlake exchange",
       {K::student_exchange},
       S::active,
       -2000,
       1826,
       "0541",
       "en",
       "B2",
       2,
       {"asia"}},
      {"04h9pn542",
       "Seoul National University exchange",
       {K::student_exchange},
       S::draft,
       60,
       1826,
       "0531",
       "en",
       "B2",
       2,
       {"asia"}},
      {"01pxwe438",
       "McGill–Westlake exchange",
       {K::student_exchange},
       S::terminated,
       -1500,
       1826,
       "0588",
       "en",
       "B2",
       2,
       {"north-america"}},
      {"01nrxwf90",
       "Edinburgh–Westlake exchange in informatics",
       {K::student_exchange},
       S::active,
       -100,
       1826,
       "0613",
       "en",
       "C1",
       2,
       {"europe"}},
      {"05f950310",
       "KU Leuven curriculum development in chemistry",
       {K::curriculum_development},
       S::active,
       -250,
       1096,
       "0531",
       "en",
       "B2",
       0,
       {"europe"}},
      {"027m9bs27",
       "Manchester–Westlake exchange and faculty visits",
       {K::student_exchange, K::staff_exchange},
       S::active,
       -1200,
       1826,
       "0715",
       "en",
       "B2",
       2,
       {"europe"}},
      {"035b05819",
       "University of Copenhagen exchange",
       {K::student_exchange},
       S::renewed,
       -2200,
       1826,
       "0511",
       "en",
       "B2",
       2,
       {"europe"}},
      {"01sjwvz98",
       "RIKEN research visits",
       {K::joint_research},
       S::active,
       -600,
       1826,
       "0533",
       "en",
       "",
       0,
       {"asia", "research"}},
      {"02e7b5302",
       "NTU Singapore–Westlake joint laboratory in materials",
       {K::joint_research, K::framework_mou},
       S::negotiation,
       0,
       1826,
       "",
       "en",
       "",
       0,
       {"asia", "research"}},
      {"00a2xv884",
       "Zhejiang University student and staff mobility",
       {K::student_exchange, K::staff_exchange},
       S::active,
       -700,
       1826,
       "0588",
       "zh",
       "",
       5,
       {"china"}},
      {"00240q980",
       "Padua–Westlake exchange",
       {K::student_exchange},
       S::active,
       -1900,
       1826,
       "0533",
       "it",
       "B1",
       2,
       {"europe", "expired"}},
      {"02be6w209",
       "Sapienza–Westlake summer programme",
       {K::summer_programme},
       S::active,
       -150,
       1096,
       "0222",
       "en",
       "B1",
       6,
       {"europe", "summer"}},
      {"00cvxb145",
       "University of Washington exchange",
       {K::student_exchange},
       S::signed_,
       -5,
       1826,
       "0714",
       "en",
       "B2",
       2,
       {"north-america"}},
      {"02kpeqv85",
       "Kyoto University exchange",
       {K::student_exchange},
       S::active,
       -1750,
       1826,
       "0588",
       "ja",
       "B1",
       2,
       {"asia"}},
      {"02zhqgq86",
       "HKU–Westlake joint PhD supervision",
       {K::joint_degree, K::joint_research},
       S::active,
       -450,
       1826,
       "0912",
       "en",
       "C1",
       2,
       {"asia", "doctoral"}},
      {"02e2c7k09",
       "TU Delft exchange in engineering",
       {K::student_exchange},
       S::negotiation,
       45,
       1826,
       "0716",
       "en",
       "B2",
       2,
       {"europe"}},
      {"02bfwt286",
       "Monash–Westlake framework agreement",
       {K::framework_mou},
       S::active,
       -1000,
       0,
       "",
       "en",
       "",
       0,
       {"oceania"}},
      {"0316ej306",
       "Weizmann Institute research exchange",
       {K::joint_research, K::staff_exchange},
       S::draft,
       90,
       1826,
       "0512",
       "en",
       "",
       0,
       {"research"}},
      {"01swzsf04",
       "Geneva–Westlake exchange",
       {K::student_exchange},
       S::active,
       -1824,
       1826,
       "0312",
       "fr",
       "B2",
       2,
       {"europe", "expiring-soon"}},
  };
  return list;
}

// Web domains the registry lacks for some demo partners; the office adds them, as an
// office completing its registry would (EWP names institutions by domain).
const std::map<std::string, std::string>& missing_domains() {
  static const std::map<std::string, std::string> domains = {
      {"01hhn8329", "mpg.de"},  // Max Planck Society
  };
  return domains;
}

std::string academic_year(int first) { return fmt::format("{}/{}", first, first + 1); }

// A multilateral agreement: Westlake, Oxford and Berkeley exchange doctoral researchers,
// each partner with its own contact and its own conditions with Westlake. It is the
// oldest demo agreement, and what each partner may see of the other is the point of it.
Result<bool> create_consortium(store::Store& store, Agreements& agreements,
                               const domain::Actor& officer, InstitutionId home, int today) {
  std::optional<InstitutionId> oxford, berkeley;
  {
    auto tx = store.begin(store::Access::read);
    if (!tx) return fail(tx.error());
    auto o = (*tx)->institutions().find_by_ror(kConsortiumOxford);
    auto b = (*tx)->institutions().find_by_ror(kConsortiumBerkeley);
    if (!o || !b) return fail(!o ? o.error() : b.error());
    oxford = *o;
    berkeley = *b;
  }
  if (!oxford || !berkeley) return false;  // not in this registry
  const int start = today - 420;
  const int first_year = std::stoi(domain::academic_year_of(start).substr(0, 4));
  domain::Agreement a;
  a.code = std::string(kDemoConsortiumCode);
  a.title = "Westlake–Oxford–Berkeley doctoral research consortium";
  a.kinds = {AgreementKind::joint_research, AgreementKind::staff_exchange};
  a.start_date = domain::format_date(start);
  a.end_date = domain::format_date(start + 1826);
  a.tags = {"consortium", "research"};
  a.notes = "Three-way consortium: each partner exchanges doctoral researchers with Westlake.";
  domain::Party ours;
  ours.institution = home;
  ours.is_home = true;
  ours.contact = {"Chen Jing 陈静", "officer@westlake.edu.cn", "+86 571 8538 0000", ""};
  ours.signatory = {"Shi Yigong 施一公", "", "", "President"};
  ours.signed_on = domain::format_date(start - 40);
  domain::Party ox;
  ox.institution = *oxford;
  ox.contact = {"Eleanor Whitfield", "e.whitfield@ox.ac.uk", "+44 1865 270 143", ""};
  ox.signatory = {"Irene Tracey", "", "", "Vice-Chancellor"};
  ox.signed_on = domain::format_date(start - 35);
  domain::Party uc;
  uc.institution = *berkeley;
  uc.contact = {"Marcus Reyes", "m.reyes@berkeley.edu", "+1 510 642 1736", ""};
  uc.signatory = {"Rich Lyons", "", "", "Chancellor"};
  uc.signed_on = domain::format_date(start - 31);
  a.parties = {ours, ox, uc};
  for (const auto partner : {*oxford, *berkeley}) {
    for (const bool outgoing : {true, false}) {
      domain::CooperationCondition c;
      c.sending = outgoing ? home : partner;
      c.receiving = outgoing ? partner : home;
      c.mobility_type = MobilityType::research_visit;
      c.first_academic_year = academic_year(first_year);
      c.last_academic_year = academic_year(first_year + 4);
      c.eqf_levels = {7, 8};
      c.isced = partner == *oxford ? "0511" : "0613";
      c.seats_per_year = partner == *oxford ? 2 : 3;
      c.months_per_seat = 3.0;
      c.languages.push_back({"en", "C1"});
      c.other_terms = "Bench fees waived; the host provides housing for the visit.";
      a.conditions.push_back(std::move(c));
    }
  }
  auto made = agreements.create(officer, std::move(a));
  if (!made) return fail(made.error());
  for (const auto step : internal::agreement_path_to(AgreementStatus::active)) {
    auto moved = agreements.transition(officer, made->agreement.id, step, "", std::nullopt);
    if (!moved) return fail(moved.error());
  }
  return true;
}

}  // namespace

Result<std::size_t> create_demo_agreements(store::Store& store, const Clock& clock,
                                           Registry& registry, Agreements& agreements,
                                           const domain::Actor& officer, InstitutionId home) {
  const int today = static_cast<int>(
      std::chrono::floor<std::chrono::days>(clock.now()).time_since_epoch().count());
  std::size_t created = 0;
  auto consortium = create_consortium(store, agreements, officer, home, today);
  if (!consortium) return fail(consortium.error());
  if (*consortium) ++created;
  int sequence = 1;
  for (const auto& p : partners()) {
    InstitutionId partner;
    {
      auto tx = store.begin(store::Access::read);
      if (!tx) return fail(tx.error());
      auto found = (*tx)->institutions().find_by_ror(p.ror);
      if (!found) return fail(found.error());
      if (!*found) continue;  // not in this registry
      partner = **found;
    }
    if (const auto domain = missing_domains().find(p.ror); domain != missing_domains().end()) {
      auto current = registry.get(officer, partner);
      if (!current) return fail(current.error());
      if (current->domains.empty()) {
        InstitutionPatch patch;
        patch.domains = std::vector<std::string>{domain->second};
        if (auto ok = registry.update(officer, partner, patch, current->version); !ok)
          return fail(ok.error());
      }
    }
    domain::Agreement a;
    const int start = today + p.start_offset_days;
    a.title = p.title;
    a.kinds = p.kinds;
    a.start_date = domain::format_date(start);
    if (p.length_days) a.end_date = domain::format_date(start + p.length_days);
    a.code = fmt::format("WU-{}-{:03}", domain::format_date(start).substr(0, 4), sequence++);
    a.auto_renewal = p.status == AgreementStatus::renewed;
    for (const auto* tag : p.tags) a.tags.push_back(tag);
    domain::Party ours;
    ours.institution = home;
    ours.is_home = true;
    ours.contact = {"Chen Jing 陈静", "officer@westlake.edu.cn", "+86 571 8538 0000", ""};
    ours.signatory = {"Shi Yigong 施一公", "", "", "President"};
    domain::Party theirs;
    theirs.institution = partner;
    theirs.contact = {"International Office", "", "", ""};
    theirs.signatory = {"", "", "", "Vice-President for International Affairs"};
    const bool signed_already =
        p.status != AgreementStatus::draft && p.status != AgreementStatus::negotiation;
    if (signed_already) {
      ours.signed_on = domain::format_date(start - 30);
      theirs.signed_on = domain::format_date(start - 21);
    }
    a.parties = {ours, theirs};
    const bool students =
        std::find(p.kinds.begin(), p.kinds.end(), AgreementKind::student_exchange) !=
            p.kinds.end() ||
        std::find(p.kinds.begin(), p.kinds.end(), AgreementKind::joint_degree) != p.kinds.end() ||
        std::find(p.kinds.begin(), p.kinds.end(), AgreementKind::summer_programme) !=
            p.kinds.end() ||
        std::find(p.kinds.begin(), p.kinds.end(), AgreementKind::internship) != p.kinds.end();
    const int first_year = std::stoi(domain::academic_year_of(start).substr(0, 4));
    const int years = std::max(1, (p.length_days ? p.length_days : 1826) / 365);
    if (students && p.seats > 0) {
      MobilityType type = MobilityType::student_studies;
      if (std::find(p.kinds.begin(), p.kinds.end(), AgreementKind::internship) != p.kinds.end())
        type = MobilityType::student_traineeship;
      if (p.kinds.front() == AgreementKind::summer_programme) type = MobilityType::summer_programme;
      if (p.kinds.front() == AgreementKind::joint_degree) type = MobilityType::joint_degree;
      const bool summer = type == MobilityType::summer_programme;
      for (const bool outgoing : {true, false}) {
        domain::CooperationCondition c;
        c.sending = outgoing ? home : partner;
        c.receiving = outgoing ? partner : home;
        c.mobility_type = type;
        c.first_academic_year = academic_year(first_year);
        c.last_academic_year = academic_year(first_year + years - 1);
        c.eqf_levels =
            type == MobilityType::joint_degree ? std::vector<int>{7, 8} : std::vector<int>{6, 7};
        c.isced = p.isced;
        c.seats_per_year = p.seats;
        c.months_per_seat = summer ? 1.0 : 5.0;
        c.total_months_per_year = *c.months_per_seat * p.seats;
        // Outgoing students meet the partner's language; incoming ones study in English
        // at Westlake, and learn Chinese.
        if (outgoing) c.languages.push_back({p.language, p.cefr});
        if (!outgoing) c.languages.push_back({"en", "B2"});
        c.other_terms = summer ? "Tuition waived; housing on campus."
                               : "Tuition waived at the host; credits recognised at home.";
        a.conditions.push_back(std::move(c));
      }
    }
    if (std::find(p.kinds.begin(), p.kinds.end(), AgreementKind::staff_exchange) != p.kinds.end()) {
      domain::CooperationCondition c;
      c.sending = home;
      c.receiving = partner;
      c.mobility_type = MobilityType::staff_teaching;
      c.first_academic_year = academic_year(first_year);
      c.last_academic_year = academic_year(first_year + years - 1);
      c.eqf_levels = {7, 8};
      c.isced = p.isced;
      c.seats_per_year = 2;
      c.total_days_per_year = 10;
      c.languages.push_back({"en", "C1"});
      a.conditions.push_back(std::move(c));
    }
    auto made = agreements.create(officer, std::move(a));
    if (!made) return fail(made.error());
    for (const auto step : internal::agreement_path_to(p.status)) {
      const std::string reason =
          step == AgreementStatus::terminated
              ? "The partner closed its exchange programme after a restructuring."
          : step == AgreementStatus::renewed ? "Renewed for five more years on the same terms."
                                             : "";
      auto moved = agreements.transition(officer, made->agreement.id, step, reason, std::nullopt);
      if (!moved) return fail(moved.error());
    }
    ++created;
  }
  return created;
}

}  // namespace orbis::seed
