// Joint research projects of the demo (seed/demo.h): with an industrial partner (Bright Dream
// Robotics, added to the registry as a company), with partners abroad under the consortium,
// one ended with its outputs, one planned; dates counted from the clock's today.
#include <fmt/format.h>

#include <map>

#include "domain/reference.h"
#include "seed/demo.h"
#include "service/research/projects.h"
#include "store/scholars.h"

namespace orbis::seed {
namespace {

namespace research = domain::research;
using research::InvestigatorRole;
using research::OutputKind;
using research::PartnerRole;

struct DemoPartner {
  const char* ror;  // empty: Bright Dream Robotics, which has none
  PartnerRole role;
};

struct DemoInvestigator {
  const char* name;
  const char* ror;  // empty: the home institution; "-": Bright Dream Robotics
  InvestigatorRole role;
  const char* orcid;
};

struct DemoFunding {
  const char* funder;
  const char* programme;
  const char* amount;
  const char* currency;
};

struct DemoOutput {
  OutputKind kind;
  const char* title;
  int year_offset;  // from this year
  const char* doi;
};

struct DemoProject {
  const char* title;
  const char* acronym;
  const char* summary;
  int school;  // index into the schools
  int start;   // days from today
  int end;
  std::vector<DemoPartner> partners;
  std::vector<DemoInvestigator> investigators;
  std::vector<DemoFunding> funding;
  std::vector<DemoOutput> outputs;
  bool consortium;                        // works under the consortium agreement
  std::vector<const char*> visit_family;  // the scholars' family names whose visits it funds
};

const std::vector<DemoProject>& projects() {
  static const std::vector<DemoProject> kProjects = {
      {"Dexterous manipulation for construction robots",
       "DEXBUILD",
       "Learning-based grasping and tool use for robots that lay tiles and finish walls on "
       "building sites, tested on Bright Dream Robotics' platforms.",
       0,
       -420,
       680,
       {{"", PartnerRole::partner}},
       {{"Daniel Miller", "", InvestigatorRole::principal, "0000-0002-1825-0097"},
        {"Zhang Wei", "-", InvestigatorRole::co_investigator, ""}},
       {{"Bright Dream Robotics", "Industry research contract", "3000000.00", "CNY"},
        {"Zhejiang Provincial Department of Science and Technology", "Key R&D Programme",
         "1500000.00", "CNY"}},
       {{OutputKind::patent, "A compliant gripper for ceramic tiles", 0, ""},
        {OutputKind::prototype, "Wall-finishing arm, second generation", 0, ""}},
       false,
       {}},
      {"Learning to grasp in clutter",
       "GRASP-OX",
       "Robot learning of grasping in cluttered scenes with the Oxford Robotics Institute; "
       "joint supervision and research stays both ways.",
       0,
       -300,
       760,
       {{"052gg0110", PartnerRole::coordinator}},
       {{"Daniel Miller", "", InvestigatorRole::principal, ""},
        {"Emma Clarke", "052gg0110", InvestigatorRole::principal, ""}},
       {{"National Natural Science Foundation of China", "International (regional) cooperation",
         "2000000.00", "CNY"},
        {"The Royal Society", "International Exchanges", "12000.00", "GBP"}},
       {{OutputKind::publication, "Grasping in clutter from a single view", 0,
         "10.5555/orbis.demo.2026.001"}},
       true,
       {"Liu"}},
      {"Soft actuators for wearable robots",
       "SOFTWEAR",
       "Electro-active polymer actuators for assistive garments, with the National University "
       "of Singapore.",
       0,
       -90,
       640,
       {{"01tgyzw49", PartnerRole::partner}},
       {{"Tan Wei Ling", "01tgyzw49", InvestigatorRole::principal, ""}},
       {{"National Natural Science Foundation of China", "General Program", "580000.00", "CNY"}},
       {},
       false,
       {"Tan"}},
      {"Cryo-EM of membrane transporters",
       "MEMTRANS",
       "Structures of bacterial drug exporters, with ETH Zurich.",
       1,
       -1500,
       -60,
       {{"05a28rw58", PartnerRole::partner}},
       {{"Charlotte Hughes", "", InvestigatorRole::principal, ""}},
       {{"Swiss National Science Foundation", "Sino-Swiss Science and Technology Cooperation",
         "450000.00", "CHF"}},
       {{OutputKind::publication, "Structure of an ABC exporter in the outward-open state", -2,
         "10.5555/orbis.demo.2024.017"},
        {OutputKind::dataset, "Cryo-EM maps of the exporter, EMDB deposition", -2, ""},
        {OutputKind::publication, "Conformational cycle of a drug exporter", -1,
         "10.5555/orbis.demo.2025.042"}},
       false,
       {}},
      {"Data science for urban heat",
       "URBANHEAT",
       "Open data and models of heat in cities, taught and researched across the consortium.",
       0,
       -30,
       1065,
       {{"01an7q238", PartnerRole::coordinator}, {"052gg0110", PartnerRole::partner}},
       {{"Sofia Rivera", "01an7q238", InvestigatorRole::principal, ""}},
       {{"Consortium seed fund", "", "200000.00", "USD"}},
       {},
       true,
       {"Rivera"}},
      {"Climate-resilient coastal materials",
       "COASTMAT",
       "Corrosion-resistant concrete for coastal infrastructure, with MIT and Cornell.",
       0,
       95,
       1190,
       {{"042nb2s44", PartnerRole::coordinator}, {"05bnh6r87", PartnerRole::partner}},
       {{"Thomas Nguyen", "", InvestigatorRole::principal, ""}},
       {},
       {},
       false,
       {}},
  };
  return kProjects;
}

// Bright Dream Robotics, the industrial partner the seeds name: a company in Foshan.
Result<InstitutionId> bright_dream(service::Registry& registry, const domain::Actor& officer) {
  domain::Institution company;
  company.name = "Bright Dream Robotics";
  company.name_zh = "广东博智林机器人有限公司";
  company.country = "CN";
  company.city = "Foshan";
  company.state_province = "Guangdong";
  company.types = {domain::InstitutionType::company};
  auto created = registry.create(officer, std::move(company));
  if (!created) return fail(created.error());
  return created->id;
}

}  // namespace

Result<std::size_t> create_demo_research_projects(store::Store& store, const Clock& clock,
                                                  service::Registry& registry, InstitutionId home,
                                                  const domain::Actor& officer,
                                                  const std::vector<OrgUnitId>& schools) {
  auto company = bright_dream(registry, officer);
  if (!company) return fail(company.error());
  const int today =
      *domain::parse_date(format_iso8601(clock.now() + std::chrono::hours{8}).substr(0, 10));
  const int this_year = std::stoi(domain::format_date(today).substr(0, 4));
  std::optional<AgreementId> consortium;
  std::map<std::string, ScholarCaseId> visits;  // by the scholar's family name
  {
    auto tx = store.begin(store::Access::read);
    if (!tx) return fail(tx.error());
    auto ids = (*tx)->agreements().ids_by_code({std::string(kDemoConsortiumCode)});
    if (!ids) return fail(ids.error());
    if (auto it = ids->find(std::string(kDemoConsortiumCode)); it != ids->end())
      consortium = it->second;
    store::ScholarCaseQuery q;
    q.page.limit = 200;
    auto cases = store::list_scholar_cases(**tx, q);
    if (!cases) return fail(cases.error());
    for (const auto& c : cases->items) {
      auto person = (*tx)->people().get(c.person);
      if (!person) return fail(person.error());
      visits.emplace(person->family_name, c.id);
    }
  }
  service::ResearchProjects service(store, clock);
  std::size_t made = 0;
  for (const auto& d : projects()) {
    research::Project p;
    p.title = d.title;
    p.acronym = d.acronym;
    p.summary = d.summary;
    p.org_unit = schools.at(static_cast<std::size_t>(d.school) % schools.size());
    p.start_date = domain::format_date(today + d.start);
    p.end_date = domain::format_date(today + d.end);
    bool complete = true;
    const auto institution = [&](const char* ror) -> Result<std::optional<InstitutionId>> {
      if (std::string_view(ror) == "-") return std::optional<InstitutionId>(*company);
      if (*ror == '\0') return std::optional<InstitutionId>(home);
      auto tx = store.begin(store::Access::read);
      if (!tx) return fail(tx.error());
      return (*tx)->institutions().find_by_ror(ror);
    };
    for (const auto& partner : d.partners) {
      if (*partner.ror == '\0') {
        p.partners.push_back({*company, partner.role});
        continue;
      }
      auto found = institution(partner.ror);
      if (!found) return fail(found.error());
      if (!*found)
        complete = false;  // a registry without the partner
      else
        p.partners.push_back({**found, partner.role});
    }
    if (!complete) continue;
    for (const auto& i : d.investigators) {
      research::Investigator investigator{i.name, std::nullopt, i.role, i.orcid};
      auto found = institution(i.ror);
      if (!found) return fail(found.error());
      investigator.institution = *found;
      p.investigators.push_back(std::move(investigator));
    }
    for (const auto& f : d.funding)
      p.funding.push_back({f.funder, f.programme, {f.amount, f.currency}});
    for (const auto& o : d.outputs)
      p.outputs.push_back({o.kind, o.title, this_year + o.year_offset, o.doi, ""});
    if (d.consortium && consortium) p.agreements.push_back(*consortium);
    for (const char* family : d.visit_family)
      if (auto it = visits.find(family); it != visits.end()) p.visits.push_back(it->second);
    auto created = service.create(officer, std::move(p));
    if (!created) return fail(created.error());
    ++made;
  }
  return made;
}

}  // namespace orbis::seed
