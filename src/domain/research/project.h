// A joint research project (docs/research.md): its partners with their roles, its
// investigators, its funding, what it produced, and the agreements and visits it links to.
// Thread-safety: plain values and pure functions.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "common/error.h"
#include "common/ids.h"
#include "domain/mobility.h"
#include "domain/scholars/case.h"

namespace orbis {
using ResearchProjectId = Id<struct ResearchProjectTag>;
}  // namespace orbis

namespace orbis::domain::research {

// What a partner institution is in the project.
enum class PartnerRole {
  coordinator,  // leads the consortium
  partner,      // a full partner
  associate,    // associated: takes part without a share of the funding
};
std::string_view to_string(PartnerRole role);
std::optional<PartnerRole> parse_partner_role(std::string_view name);

enum class InvestigatorRole { principal, co_investigator };
std::string_view to_string(InvestigatorRole role);
std::optional<InvestigatorRole> parse_investigator_role(std::string_view name);

enum class OutputKind { publication, patent, dataset, software, prototype, other };
std::string_view to_string(OutputKind kind);
std::optional<OutputKind> parse_output_kind(std::string_view name);

// Where a project stands on a given day: before its start, between its dates, after its end.
enum class ProjectStatus { planned, active, ended };
std::string_view to_string(ProjectStatus status);
std::optional<ProjectStatus> parse_project_status(std::string_view name);

struct ProjectPartner {
  InstitutionId institution;
  PartnerRole role = PartnerRole::partner;
};

struct Investigator {
  std::string name;
  std::optional<InstitutionId> institution;
  InvestigatorRole role = InvestigatorRole::principal;
  std::string orcid;  // "0000-0002-1825-0097"; empty when not known
};

struct Funding {
  std::string funder;     // "National Natural Science Foundation of China"
  std::string programme;  // the funder's programme or grant scheme; may be empty
  Money amount;           // may be empty
};

struct Output {
  OutputKind kind = OutputKind::publication;
  std::string title;
  std::optional<int> year;
  std::string doi;  // "10.1000/xyz", without the resolver; may be empty
  std::string url;  // may be empty
};

struct Project {
  ResearchProjectId id;
  std::string title;
  std::string acronym;
  std::string summary;
  std::string start_date;             // YYYY-MM-DD
  std::string end_date;               // YYYY-MM-DD, not before the start
  std::optional<OrgUnitId> org_unit;  // the lead department here
  std::vector<ProjectPartner> partners;
  std::vector<Investigator> investigators;
  std::vector<Funding> funding;
  std::vector<Output> outputs;
  std::vector<AgreementId> agreements;
  std::vector<ScholarCaseId> visits;  // scholar cases: visits and exchanges under the project
  int version = 0;
};

// Checks and normalises what a client may set: trims text, upper-cases currencies, accepts a
// DOI given as a resolver URL and an ORCID iD given as its URL, drops duplicate links.
// invalid_argument naming every bad field ("partners/0/role", "funding/1/amount/currency").
Status validate_and_normalize(Project& project);

// The project's status on `today` (YYYY-MM-DD).
ProjectStatus status_on(const Project& project, std::string_view today);

// An ORCID iD from "0000-0002-1825-0097" or "https://orcid.org/0000-0002-1825-0097", its
// check digit verified (ISO 7064 MOD 11-2); nullopt when malformed.
std::optional<std::string> normalize_orcid(std::string_view text);

// A DOI from "10.1000/xyz", "doi:10.1000/xyz" or "https://doi.org/10.1000/xyz"; nullopt when
// it does not start with "10." and a registrant code and suffix.
std::optional<std::string> normalize_doi(std::string_view text);

}  // namespace orbis::domain::research
