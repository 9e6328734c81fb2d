// Routes of research (docs/research.md): the institution's publications imported from an
// OpenAlex extract, and its partners by co-publication.
#include "http/json/research.h"

#include "http/api/api.h"
#include "http/routing/endpoint.h"
#include "service/services.h"

namespace orbis::http {

namespace routing {

// GET /research/co-publications: the calendar years of publication.
struct CoPublicationYearsQuery {
  std::optional<int> from;
  std::optional<int> to;
};

template <>
struct QueryCodec<CoPublicationYearsQuery> : QueryObject<CoPublicationYearsQuery> {
  static constexpr auto params() {
    using Q = CoPublicationYearsQuery;
    return std::tuple{
        Param{"from", &Q::from, "the first year of publication (default: four before `to`)"},
        Param{"to", &Q::to, "the last year of publication (default: this year)"}};
  }
};

// POST /research/publications/import: whether the extract is the whole record.
struct PublicationImportQuery {
  bool replace = false;
};

template <>
struct QueryCodec<PublicationImportQuery> : QueryObject<PublicationImportQuery> {
  static constexpr auto params() {
    return std::tuple{Param{"replace", &PublicationImportQuery::replace,
                            "the extract is the whole record: publications recorded and not in "
                            "it are removed (default false)"}};
  }
};

}  // namespace routing

void add_research_routes(Router& router, service::Services& s) {
  using domain::access::Action;
  using domain::access::Resource;
  using namespace routing;
  Api api(router, "research");

  api.post("/api/v1/research/publications/import",
           Access::policy(Resource::publication, Action::import),
           "Record the institution's publications from an OpenAlex works extract (JSON Lines, "
           "one work a line, as the OpenAlex snapshot and API give them; dry_run=true by "
           "default). A work already recorded (by its OpenAlex id) is replaced; with "
           "replace=true, those recorded and not in the extract are removed")
      .limit(kMaxUploadBytes)
      .handle([&s](const Call& c, const Upload& file, DryRun dry,
                   const Query<PublicationImportQuery>& q)
                  -> Result<Imported<service::PublicationImport>> {
        return imported(
            s.publications.import_openalex(c.actor(), file.bytes, dry.value, q->replace));
      });

  api.get("/api/v1/research/co-publications", Access::policy(Resource::publication, Action::read),
          "The institutions the home institution published with over the years asked for: "
          "their co-publications per year and whether each is a sustained partner abroad; the "
          "most co-publications first")
      .handle([&s](const Call& c, const Query<CoPublicationYearsQuery>& q)
                  -> Result<Page<service::CoPublicationPartner>> {
        auto page = s.publications.partners(c.actor(), {q->from, q->to});
        if (!page) return fail(page.error());
        return Page<service::CoPublicationPartner>{std::move(page->items), std::nullopt,
                                                   page->total};
      });

  api.get("/api/v1/institutions/{id}/research", Access::policy(Resource::publication, Action::read),
          "What the institution does with a partner: the works published with it year by year, "
          "whether it is a sustained partner, its joint projects, the scholars' visits from and "
          "to it, and its agreements with the projects and visits each carries")
      .handle([&s](const Call& c, InstitutionId id,
                   const Query<CoPublicationYearsQuery>& q) -> Result<service::PartnerResearch> {
        return s.publications.partner(c.actor(), id, {q->from, q->to});
      });
}

}  // namespace orbis::http
