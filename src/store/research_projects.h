// Joint research projects (domain/research/project.h; migration 35): a project with its
// partners and links, and the lists of them whose cost follows the page.
//
// Thread-safety: as the Transaction. Errors as the repositories' (store.h): not_found,
// conflict for a stale version.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include "common/error.h"
#include "common/ids.h"
#include "domain/research/project.h"
#include "store/query.h"
#include "store/store.h"

namespace orbis::store {

// The projects every set member selects, the latest start first.
struct ResearchProjectQuery {
  std::string text;  // in the title or the acronym, ignoring ASCII case
  std::optional<domain::research::ProjectStatus> status;
  std::string today;  // YYYY-MM-DD, what `status` is judged on
  // Institutions that must all be partners: the one asked for, and a partner's own.
  std::vector<InstitutionId> partners;
  // Lead departments, either of which: the one asked for, a coordinator's own.
  std::vector<OrgUnitId> org_units;
  std::optional<AgreementId> agreement;  // projects that work under it
  std::optional<ScholarCaseId> visit;    // projects that fund it
  PageSpec page;
};
Result<Page<domain::research::Project>> list_research_projects(Transaction& tx,
                                                               const ResearchProjectQuery& query);
Result<std::size_t> count_research_projects(Transaction& tx, const ResearchProjectQuery& query);

Result<domain::research::Project> get_research_project(Transaction& tx, ResearchProjectId id);
Result<ResearchProjectId> insert_research_project(Transaction& tx,
                                                  const domain::research::Project& project);
// Writes `project` over the stored one of its id and version; the version goes up by one.
Status update_research_project(Transaction& tx, const domain::research::Project& project);

}  // namespace orbis::store
