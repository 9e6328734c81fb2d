// The demo: a database a newcomer can explore, built from the shipped real data.
// Thread-safety: call once, on a new database.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "common/clock.h"
#include "credentials/key_file.h"
#include "service/credentials/credentials.h"
#include "service/partnerships/agreements.h"
#include "service/registry/import.h"
#include "service/registry/registry.h"
#include "store/store.h"

namespace orbis::seed {

// The one password of every demo account; printed by `orbis demo` and scripts/demo.
inline constexpr std::string_view kDemoPassword = "orbis-demo-2026";
// The code of the demo's multilateral agreement (Westlake, Oxford and Berkeley).
inline constexpr std::string_view kDemoConsortiumCode = "WU-CONSORTIUM-01";

struct DemoAccount {
  std::string email;
  std::string role;
  std::string scope;  // what the account is limited to, in words
};

struct DemoReport {
  service::ImportReport registry;
  std::string home;  // the home institution's name
  std::size_t agreements = 0;
  std::size_t credentials = 0;
  std::size_t people = 0;
  std::size_t programmes = 0;
  std::size_t calls = 0;
  std::size_t applications = 0;
  std::size_t mobilities = 0;
  std::size_t figures = 0;   // indicator figures entered per year
  std::size_t scholars = 0;  // scholar cases
  std::size_t research_projects = 0;
  std::size_t publications = 0;  // works of the co-publication extract
  std::size_t joint_courses = 0;
  std::size_t joint_programmes = 0;
  std::vector<DemoAccount> accounts;
};

struct MobilityDemoReport {
  std::size_t programmes = 0;
  std::size_t calls = 0;
  std::size_t applications = 0;
  std::size_t mobilities = 0;                   // accepted stays, in both directions
  std::vector<MobilityId> completed_exchanges;  // outgoing study stays, oldest first
  std::vector<MobilityId> completed_summer;     // summer programme stays, oldest first
  std::vector<MobilityId> demo_student_stays;   // the demo student's own
  std::size_t learning_agreements = 0;
};

// Migrates `store`, imports the registry from the files in `data_dir`
// (ror_subset.csv, world_universities.json), makes Westlake University (ROR 05hfa4n20) the
// home institution with its schools, and adds one account per role. already_exists when
// the database already holds institutions; not_found when a data file is missing.
// With `kek`, also makes the institution's issuer key and issues the demo's credentials
// under `public_url` (their did:web, verification links and QR codes), which it records as
// the installation's public URL: where the demo will be served.
inline constexpr std::string_view kDemoPublicUrl = "http://localhost:8080";
Result<DemoReport> create_demo(store::Store& store, const Clock& clock, const std::string& data_dir,
                               std::optional<credentials::KeyEncryptionKey> kek = std::nullopt,
                               std::string_view public_url = kDemoPublicUrl);

// The demo's students and staff, at Westlake (in `schools`) and at partners; the first is
// the demo student's own record (account `student`).
Result<std::size_t> create_demo_people(store::Store& store, const Clock& clock,
                                       const domain::Actor& officer, InstitutionId home,
                                       const std::vector<OrgUnitId>& schools, UserId student);

// The demo's agreements with real partners, moved through the life cycle by `officer`:
// first the multilateral consortium with Oxford and Berkeley, then one per partner.
// Returns how many were made.
Result<std::size_t> create_demo_agreements(store::Store& store, const Clock& clock,
                                           service::Registry& registry,
                                           service::Agreements& agreements,
                                           const domain::Actor& officer, InstitutionId home);

// Five academic years of calls, applications, placements and stays in both directions,
// staff visits and summer programmes with a scholarship (src/seed/demo_mobility.cc).
Result<MobilityDemoReport> create_demo_mobility(store::Store& store, const Clock& clock,
                                                const domain::Actor& officer, InstitutionId home,
                                                const std::vector<OrgUnitId>& schools);

// The accounts that act in the consortium: the office, a user at each partner, the second
// student and the coordinator of her school.
struct DemoScopeAccounts {
  domain::Actor officer;
  domain::Actor oxford;
  domain::Actor berkeley;
  domain::Actor student2;
  domain::Actor coordinator2;
};

struct ConsortiumDemoReport {
  std::size_t people = 0;
  std::size_t mobilities = 0;
  std::size_t applications = 0;
};

// Life under the consortium agreement (src/seed/demo_consortium.cc): a researcher
// nominated by each partner, the second student's visit to Berkeley with its learning
// agreement and her application to the open call, each partner's comments and the signed
// agreement. Runs after the rest of the demo; nothing when the consortium is missing.
Result<ConsortiumDemoReport> create_demo_consortium(store::Store& store, const Clock& clock,
                                                    const DemoScopeAccounts& accounts,
                                                    InstitutionId home,
                                                    const std::vector<OrgUnitId>& schools);

// The figures indicators divide by, entered for the demo's academic years
// (src/seed/demo_indicators.cc): how many.
Result<std::size_t> create_demo_figures(store::Store& store, const Clock& clock,
                                        const domain::Actor& officer);

// The scholar case file (src/seed/demo_scholars.cc): faculty recruited, visiting scholars in
// and out and faculty exchange, their clocks counted from the clock's today. How many.
Result<std::size_t> create_demo_scholars(store::Store& store, const Clock& clock,
                                         const domain::Actor& officer,
                                         const std::vector<OrgUnitId>& schools);

// Joint research projects (src/seed/demo_research.cc): with Bright Dream Robotics, which it
// adds to the registry, with partners abroad, one ended, one planned. How many.
Result<std::size_t> create_demo_research_projects(store::Store& store, const Clock& clock,
                                                  service::Registry& registry, InstitutionId home,
                                                  const domain::Actor& officer,
                                                  const std::vector<OrgUnitId>& schools);

// What the joint teaching of the demo made.
struct TeachingDemoReport {
  std::size_t courses = 0;
  std::size_t programmes = 0;
};

// Joint teaching (src/seed/demo_teaching.cc): courses taught with partners over three
// academic years and one joint programme with its plans.
Result<TeachingDemoReport> create_demo_teaching(store::Store& store, const Clock& clock,
                                                const domain::Actor& officer,
                                                const std::vector<OrgUnitId>& schools);

// The co-publication extract (src/seed/demo_publications.cc): the home institution's works
// of the six years to `this_year`, one OpenAlex work a line, with partners abroad and at home.
std::string demo_publication_extract(int this_year);
// Imports it as the office would. How many works.
Result<std::size_t> create_demo_publications(store::Store& store, const Clock& clock,
                                             const domain::Actor& officer);

}  // namespace orbis::seed
