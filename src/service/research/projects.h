// Joint research projects (docs/research.md): the projects the institution runs with partners
// abroad and with industry, their partners' roles and countries, investigators, funding,
// outputs, and the agreements and scholars' visits they link to; created one at a time or
// imported from a CSV file (a dry run first).
//
// Who sees what (the access policy's research_project): the office and viewers every project,
// a coordinator their department's, a partner those it is a partner in. Linked agreements and
// visits are shown only when the reader may read them.
//
// Thread-safety: thread-safe (each call runs its own transaction).
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "common/clock.h"
#include "common/ids.h"
#include "domain/research/project.h"
#include "domain/user.h"
#include "service/scholars/cases.h"
#include "service/support/import.h"
#include "store/store.h"

namespace orbis::service {

// A partner with the registry's names and country.
struct ProjectPartnerView {
  InstitutionId institution;
  std::string name;
  std::string name_zh;
  std::string country;
  std::string ror;
  domain::research::PartnerRole role = domain::research::PartnerRole::partner;
};

struct LinkedAgreement {
  AgreementId id;
  std::string title;
};

struct LinkedVisit {
  ScholarCaseId id;
  std::string person;  // display name
  domain::scholars::CaseKind kind = domain::scholars::CaseKind::visiting;
  domain::scholars::CaseStatus status = domain::scholars::CaseStatus::requested;
  domain::Direction direction = domain::Direction::incoming;
};

struct ResearchProjectView {
  domain::research::Project record;
  domain::research::ProjectStatus status = domain::research::ProjectStatus::planned;
  std::optional<NamedUnit> org_unit;
  std::vector<ProjectPartnerView> partners;
  std::vector<LinkedAgreement> agreements;   // those the reader may read
  std::vector<LinkedVisit> visits;           // those the reader may read
  std::vector<std::string> allowed_actions;  // "update"
};

// A project on a page of the list.
struct ResearchProjectSummary {
  ResearchProjectId id;
  std::string title;
  std::string acronym;
  domain::research::ProjectStatus status = domain::research::ProjectStatus::planned;
  std::string start_date;
  std::string end_date;
  std::optional<OrgUnitId> org_unit;
  std::vector<ProjectPartnerView> partners;
  std::string principal_investigator;  // the first principal's name; empty when none
  std::vector<domain::research::Funding> funding;
};

struct ResearchProjectFilter {
  std::string text;
  std::string status;  // planned, active, ended; empty: any
  std::optional<InstitutionId> partner;
  std::optional<OrgUnitId> org_unit;
  std::optional<AgreementId> agreement;
  std::optional<ScholarCaseId> visit;
  std::size_t limit = 50;
  std::string cursor;
};

struct ResearchProjectPage {
  std::vector<ResearchProjectSummary> items;
  std::optional<std::string> next;
  std::size_t total = 0;
};

// What an import of projects did or, in a dry run, would do.
struct ResearchProjectImport {
  bool dry_run = true;
  std::size_t rows = 0;
  std::vector<ImportRowError> errors;  // every bad row; nothing is written when any
  std::vector<ResearchProjectId> created;
};

class ResearchProjects {
 public:
  ResearchProjects(store::Store& store, const Clock& clock) : store_(store), clock_(clock) {}

  // A page of the projects the reader may see, the latest start first, with the total.
  Result<ResearchProjectPage> list(const domain::Actor& actor,
                                   const ResearchProjectFilter& filter) const;
  // not_found when there is none or the reader may not see it.
  Result<ResearchProjectView> get(const domain::Actor& actor, ResearchProjectId id) const;
  // A coordinator creates projects led by their own department.
  Result<ResearchProjectView> create(const domain::Actor& actor, domain::research::Project project);
  // Writes the project over the one of its id read at `expected_version` (conflict when it
  // changed since).
  Result<ResearchProjectView> update(const domain::Actor& actor, domain::research::Project project,
                                     int expected_version);
  // Reads a CSV file of projects (docs/research.md lists the columns) and creates them;
  // every bad row is reported and nothing is written when there is one, or in a dry run.
  Result<ResearchProjectImport> import_csv(const domain::Actor& actor, const std::string& text,
                                           bool dry_run);

 private:
  store::Store& store_;
  const Clock& clock_;
};

}  // namespace orbis::service
