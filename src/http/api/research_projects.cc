// Routes of joint research projects (docs/research.md): the projects the institution runs with
// partners, recorded one at a time or imported from a CSV file, each with its partners,
// investigators, funding, outputs, and the agreements and visits it links to.
#include "http/json/research_projects.h"

#include <fmt/format.h>

#include "http/api/api.h"
#include "http/routing/endpoint.h"
#include "service/services.h"

namespace orbis::http {

namespace routing {

// GET /research-projects: filters and a page (50 a page unless asked, at most 200).
struct ResearchProjectsQuery {
  std::string q;
  std::string status;
  std::optional<InstitutionId> partner;
  std::optional<OrgUnitId> org_unit;
  std::optional<AgreementId> agreement;
  std::optional<ScholarCaseId> visit;
  std::size_t limit = 50;
  std::string cursor;
};

template <>
struct QueryCodec<ResearchProjectsQuery> : QueryObject<ResearchProjectsQuery> {
  static constexpr auto params() {
    using Q = ResearchProjectsQuery;
    return std::tuple{
        Param{"q", &Q::q, "words of the title or the acronym"},
        Param{"status", &Q::status, "planned, active or ended (by the dates and today)"},
        Param{"partner", &Q::partner, "an institution's id: projects it is a partner in"},
        Param{"org_unit", &Q::org_unit, "the lead department's org unit id"},
        Param{"agreement", &Q::agreement, "an agreement's id: the projects that work under it"},
        Param{"visit", &Q::visit, "a scholar case's id: the projects that fund the visit"},
        Param{"limit", &Q::limit, "page size, 1 to 200 (default 50)"},
        Param{"cursor", &Q::cursor, "the `next` value of the previous page"}};
  }
};

}  // namespace routing

void add_research_project_routes(Router& router, service::Services& s) {
  using domain::access::Action;
  using domain::access::Resource;
  using namespace routing;
  Api api(router, "research");

  api.get("/api/v1/research-projects", Access::policy(Resource::research_project, Action::read),
          "Joint research projects (each role sees its own scope: a department those it leads, "
          "a partner those it is a partner in), the latest start first")
      .handle([&s](const Call& c, const Query<ResearchProjectsQuery>& q)
                  -> Result<Page<service::ResearchProjectSummary>> {
        service::ResearchProjectFilter f{.text = q->q,
                                         .status = q->status,
                                         .partner = q->partner,
                                         .org_unit = q->org_unit,
                                         .agreement = q->agreement,
                                         .visit = q->visit,
                                         .limit = q->limit,
                                         .cursor = q->cursor};
        auto page = s.research_projects.list(c.actor(), f);
        if (!page) return fail(page.error());
        return Page<service::ResearchProjectSummary>{std::move(page->items), std::move(page->next),
                                                     page->total};
      });

  api.post("/api/v1/research-projects", Access::policy(Resource::research_project, Action::create),
           "Record a joint research project (a coordinator one their department leads)")
      .handle(
          [&s](const Call& c,
               domain::research::Project project) -> Result<Created<service::ResearchProjectView>> {
            auto created = s.research_projects.create(c.actor(), std::move(project));
            if (!created) return fail(created.error());
            std::string location =
                fmt::format("/api/v1/research-projects/{}", created->record.id.value);
            return Created<service::ResearchProjectView>{std::move(*created), std::move(location)};
          });

  api.post("/api/v1/research-projects/import",
           Access::policy(Resource::research_project, Action::import),
           "Record projects from a CSV file (one project a row; docs/research.md lists the "
           "columns; dry_run=true by default). Every bad row is reported and nothing is "
           "written when there is one")
      .limit(kMaxUploadBytes)
      .handle([&s](const Call& c, const Upload& file,
                   DryRun dry) -> Result<Imported<service::ResearchProjectImport>> {
        return imported(s.research_projects.import_csv(c.actor(), file.bytes, dry.value));
      });

  api.get("/api/v1/research-projects/{id}",
          Access::policy(Resource::research_project, Action::read),
          "Read a project with its partners, investigators, funding, outputs, and the "
          "agreements and visits it links to that the reader may read")
      .handle([&s](const Call& c, ResearchProjectId id) -> Result<service::ResearchProjectView> {
        return s.research_projects.get(c.actor(), id);
      });

  api.patch("/api/v1/research-projects/{id}",
            Access::policy(Resource::research_project, Action::update),
            "Change a project with the members sent (If-Match)")
      .handle([&s](const Call& c, ResearchProjectId id, Version v,
                   const Patch<domain::research::Project>& patch)
                  -> Result<service::ResearchProjectView> {
        auto current = s.research_projects.get(c.actor(), id);
        if (!current) return fail(current.error());
        domain::research::Project record = std::move(current->record);
        if (auto ok = patch.apply(record); !ok) return fail(ok.error());
        return s.research_projects.update(c.actor(), std::move(record), v.value);
      });
}

}  // namespace orbis::http
