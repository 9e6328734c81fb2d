#include "seed/demo.h"

#include <fmt/format.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "service/identity/users.h"
#include "service/registry/registry.h"

namespace orbis::seed {

using service::Agreements;
using service::Credentials;
using service::CredentialsConfig;
using service::import_institutions;
using service::ImportSource;
using service::Registry;
using service::Users;

namespace {

using domain::Role;

constexpr std::string_view kHomeRor = "05hfa4n20";           // Westlake University
constexpr std::string_view kPartnerRor = "052gg0110";        // University of Oxford
constexpr std::string_view kSecondPartnerRor = "01an7q238";  // UC Berkeley

struct School {
  const char* code;
  const char* name;
  const char* name_zh;
};

constexpr School kWestlakeSchools[] = {
    {"SOE", "School of Engineering", "工学院"},
    {"SLS", "School of Life Sciences", "生命科学学院"},
    {"SOS", "School of Science", "理学院"},
    {"SOM", "School of Medicine", "医学院"},
    {"OGE", "Office of Global Engagement", "国际合作与交流处"},
};

Result<std::string> read_file(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return fail(Error::not_found(fmt::format("cannot read {}", path.string())));
  std::ostringstream content;
  content << in.rdbuf();
  return content.str();
}

// Credentials for the demo's student and summer-school participants; one revoked.
Result<std::size_t> create_demo_credentials(Credentials& credentials, const domain::Actor& officer,
                                            const MobilityDemoReport& stays) {
  using nlohmann::json;
  std::size_t made = 0;
  // What the demo's completed stays earned: the demo student's two, the latest exchanges
  // and the latest summer programme's participants.
  std::vector<MobilityId> earned = stays.demo_student_stays;
  const auto latest = [&](const std::vector<MobilityId>& ids, std::size_t n) {
    for (std::size_t i = ids.size() > n ? ids.size() - n : 0; i < ids.size(); ++i) {
      if (std::find(earned.begin(), earned.end(), ids[i]) == earned.end()) earned.push_back(ids[i]);
    }
  };
  latest(stays.completed_exchanges, 4);
  latest(stays.completed_summer, 4);
  std::optional<std::pair<std::string, MobilityId>> revoke;
  for (const auto id : earned) {
    auto issued = credentials.issue_for_mobility(officer, id, "");
    if (!issued) return fail(issued.error());
    ++made;
    if (!revoke && issued->type == "programme_participation" &&
        std::find(stays.demo_student_stays.begin(), stays.demo_student_stays.end(), id) ==
            stays.demo_student_stays.end()) {
      revoke = std::pair{issued->id, id};
    }
  }
  // The demo student's transcript from Oxford, from the learning agreement's results.
  if (!stays.demo_student_stays.empty()) {
    auto transcript = credentials.issue_for_mobility(officer, stays.demo_student_stays.front(),
                                                     "transcript_of_records");
    if (!transcript) return fail(transcript.error());
    ++made;
  }
  // One was issued with the wrong dates, revoked and issued again.
  if (revoke) {
    auto revoked = credentials.set_status(officer, revoke->first, "revoked",
                                          "Issued with the wrong dates; reissued.");
    if (!revoked) return fail(revoked.error());
    if (auto again = credentials.issue_for_mobility(officer, revoke->second, ""); !again)
      return fail(again.error());
    ++made;
  }
  return made;
}

}  // namespace

Result<DemoReport> create_demo(store::Store& store, const Clock& clock, const std::string& data_dir,
                               std::optional<credentials::KeyEncryptionKey> kek,
                               std::string_view public_url) {
  // Before anything is written: a demo is never left half made.
  if (kek) {
    if (auto did = Credentials::did_for(std::string(public_url)); !did) return fail(did.error());
  }
  if (auto migrated = store.migrate(); !migrated) return fail(migrated.error());
  {
    auto tx = store.begin(store::Access::read);
    if (!tx) return fail(tx.error());
    auto count = (*tx)->institutions().count();
    if (!count) return fail(count.error());
    if (*count > 0)
      return fail(Error::exists("the database already holds data; give 'orbis demo' a new file"));
  }
  const auto cli = domain::Actor::command_line();
  std::vector<ImportSource> sources;
  for (const char* name : {"ror_subset.csv", "world_universities.json"}) {
    auto content = read_file(std::filesystem::path(data_dir) / name);
    if (!content) return fail(content.error());
    sources.push_back({name, std::move(*content)});
  }
  DemoReport report;
  auto imported = import_institutions(store, clock, cli, sources);
  if (!imported) return fail(imported.error());
  report.registry = std::move(*imported);

  InstitutionId home, partner;
  {
    auto tx = store.begin(store::Access::read);
    if (!tx) return fail(tx.error());
    auto h = (*tx)->institutions().find_by_ror(kHomeRor);
    auto p = (*tx)->institutions().find_by_ror(kPartnerRor);
    if (!h || !p) return fail(!h ? h.error() : p.error());
    if (!*h || !*p)
      return fail(Error::not_found("the shipped registry lacks Westlake University or Oxford"));
    home = **h;
    partner = **p;
  }
  Registry registry(store, clock);
  if (auto ok = registry.set_home(cli, home); !ok) return fail(ok.error());
  auto home_record = registry.home();
  if (!home_record) return fail(home_record.error());
  report.home = home_record->name;

  std::optional<OrgUnitId> engineering;
  std::vector<OrgUnitId> schools;
  for (const auto& school : kWestlakeSchools) {
    domain::OrgUnit unit;
    unit.institution = home;
    unit.code = school.code;
    unit.name = school.name;
    unit.name_zh = school.name_zh;
    auto created = registry.create_org_unit(cli, unit);
    if (!created) return fail(created.error());
    if (!engineering) engineering = created->id;
    schools.push_back(created->id);
  }

  InstitutionId berkeley;
  {
    auto tx = store.begin(store::Access::read);
    if (!tx) return fail(tx.error());
    auto b = (*tx)->institutions().find_by_ror(kSecondPartnerRor);
    if (!b) return fail(b.error());
    if (*b) berkeley = **b;
  }

  Users users(store, clock);
  std::optional<domain::Actor> officer;
  UserId student;
  DemoScopeAccounts scope;
  struct Account {
    const char* email;
    const char* name;
    Role role;
    const char* scope;
    std::optional<OrgUnitId> org_unit;
    std::optional<InstitutionId> institution;
  };
  // One per role, and a second partner, student and coordinator, whose records the first
  // ones must not see.
  const Account accounts[] = {
      {"admin@westlake.edu.cn", "Li Wei 李伟", Role::admin, "everything", {}, {}},
      {"officer@westlake.edu.cn",
       "Chen Jing 陈静",
       Role::officer,
       "everything but admin settings",
       {},
       {}},
      {"coordinator@westlake.edu.cn",
       "Zhang Min 张敏",
       Role::coordinator,
       "School of Engineering",
       engineering,
       {}},
      {"student@westlake.edu.cn", "Wang Fang 王芳", Role::student, "own records", {}, {}},
      {"partner@ox.ac.uk", "Emily Carter", Role::partner, "University of Oxford", {}, partner},
      {"viewer@westlake.edu.cn", "Zhao Lei 赵磊", Role::viewer, "read-only", {}, {}},
      {"partner@berkeley.edu",
       "Daniel Okafor",
       Role::partner,
       "University of California, Berkeley",
       {},
       berkeley},
      {"student2@westlake.edu.cn", "Ouyang Ning 欧阳宁", Role::student, "own records", {}, {}},
      {"coordinator.sls@westlake.edu.cn",
       "Gao Ya 高雅",
       Role::coordinator,
       "School of Life Sciences",
       schools.size() > 1 ? std::optional(schools[1]) : std::nullopt,
       {}},
  };
  for (const auto& a : accounts) {
    if ((a.role == Role::partner && !*a.institution) ||
        (a.role == Role::coordinator && !a.org_unit))
      continue;  // not in this registry
    domain::User user;
    user.email = a.email;
    user.name = a.name;
    user.role = a.role;
    user.org_unit = a.org_unit;
    user.institution = a.institution;
    auto added = users.add(cli, user, kDemoPassword);
    if (!added) return fail(added.error());
    const domain::Actor actor{added->id, added->email, added->role, added->org_unit,
                              added->institution};
    if (a.role == Role::officer) officer = scope.officer = actor;
    if (added->email == "student@westlake.edu.cn") student = added->id;
    if (added->email == "partner@ox.ac.uk") scope.oxford = actor;
    if (added->email == "partner@berkeley.edu") scope.berkeley = actor;
    if (added->email == "student2@westlake.edu.cn") scope.student2 = actor;
    if (added->email == "coordinator.sls@westlake.edu.cn") scope.coordinator2 = actor;
    report.accounts.push_back({a.email, std::string(domain::to_string(a.role)), a.scope});
  }
  auto people = create_demo_people(store, clock, *officer, home, schools, student);
  if (!people) return fail(people.error());
  report.people = *people;
  Agreements agreements(store, clock, registry);
  auto made = create_demo_agreements(store, clock, registry, agreements, *officer, home);
  if (!made) return fail(made.error());
  report.agreements = *made;
  auto mobility = create_demo_mobility(store, clock, *officer, home, schools);
  if (!mobility) return fail(mobility.error());
  report.programmes = mobility->programmes;
  report.calls = mobility->calls;
  report.applications = mobility->applications;
  report.mobilities = mobility->mobilities;
  if (kek) {
    CredentialsConfig config;
    config.kek = std::move(kek);
    Credentials credentials(store, clock, registry, std::move(config));
    // Where the demo will be served (scripts/demo passes its address): the issuer is its
    // did:web, and every verification link and QR code points there.
    if (auto ok = credentials.set_public_url(std::string(public_url), true); !ok)
      return fail(ok.error());
    auto issued = create_demo_credentials(credentials, *officer, *mobility);
    if (!issued) return fail(issued.error());
    report.credentials = *issued;
  }
  if (scope.berkeley.user && scope.student2.user && scope.coordinator2.user) {
    auto consortium = create_demo_consortium(store, clock, scope, home, schools);
    if (!consortium) return fail(consortium.error());
    report.people += consortium->people;
    report.mobilities += consortium->mobilities;
    report.applications += consortium->applications;
  }
  auto figures = create_demo_figures(store, clock, *officer);
  if (!figures) return fail(figures.error());
  report.figures = *figures;
  auto scholars = create_demo_scholars(store, clock, *officer, schools);
  if (!scholars) return fail(scholars.error());
  report.scholars = *scholars;
  auto projects = create_demo_research_projects(store, clock, registry, home, *officer, schools);
  if (!projects) return fail(projects.error());
  report.research_projects = *projects;
  auto publications = create_demo_publications(store, clock, *officer);
  if (!publications) return fail(publications.error());
  report.publications = *publications;
  auto teaching = create_demo_teaching(store, clock, *officer, schools);
  if (!teaching) return fail(teaching.error());
  report.joint_courses = teaching->courses;
  report.joint_programmes = teaching->programmes;
  return report;
}

}  // namespace orbis::seed
