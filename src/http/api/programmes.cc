// Routes of programmes (docs/mobility.md): every signed-in user reads them, officers and
// admins write them, and the published ones are public.
#include <fmt/format.h>

#include "http/json/mobility.h"
#include "http/routing/endpoint.h"
#include "service/services.h"

namespace orbis::http {

namespace routing {

// A list of programmes: a page (100 a page unless asked).
struct ProgrammesQuery {
  PageRequest page;
};

template <>
struct QueryCodec<ProgrammesQuery> : QueryObject<ProgrammesQuery> {
  static constexpr auto params() {
    return std::tuple{Paging<ProgrammesQuery>{&ProgrammesQuery::page, kMaxPageSize}};
  }
};

}  // namespace routing

void add_programme_routes(Router& router, service::Services& s) {
  using domain::access::Action;
  using domain::access::Resource;
  using namespace routing;
  Api api(router, "mobility");

  api.get("/api/v1/programmes", Access::policy(Resource::programme, Action::read),
          "List programmes (a partner sees those it hosts)")
      .handle([&s](const Call& c,
                   const Query<ProgrammesQuery>& q) -> Result<Page<service::ProgrammeView>> {
        auto page = s.programmes.page(&c.actor(), false, q->page.limit, q->page.cursor);
        if (!page) return fail(page.error());
        return Page<service::ProgrammeView>{std::move(page->items), std::move(page->next),
                                            std::nullopt};
      });

  api.get("/api/v1/public/programmes", Access::anyone(),
          "The published programmes, for prospective students (no sign-in)")
      .handle([&s](const Call&,
                   const Query<ProgrammesQuery>& q) -> Result<Page<service::PublicProgrammeView>> {
        auto page = s.programmes.published(q->page.limit, q->page.cursor);
        if (!page) return fail(page.error());
        return Page<service::PublicProgrammeView>{std::move(page->items), std::move(page->next),
                                                  std::nullopt};
      });

  api.post("/api/v1/programmes", Access::policy(Resource::programme, Action::create),
           "Add a programme")
      .handle(
          [&s](const Call& c,
               const Patch<domain::Programme>& body) -> Result<Created<service::ProgrammeView>> {
            domain::Programme programme;
            programme.max_duration_months = 0;  // the kind's default unless given
            if (auto ok = body.apply(programme); !ok) return fail(ok.error());
            auto created = s.programmes.create(c.actor(), std::move(programme));
            if (!created) return fail(created.error());
            auto view = s.programmes.view(c.actor(), *created);
            if (!view) return fail(view.error());
            std::string location = fmt::format("/api/v1/programmes/{}", created->id.value);
            return Created<service::ProgrammeView>{std::move(*view), std::move(location)};
          });

  api.get("/api/v1/programmes/{id}", Access::policy(Resource::programme, Action::read),
          "Read a programme")
      .handle([&s](const Call& c, ProgrammeId id) -> Result<service::ProgrammeView> {
        auto programme = s.programmes.get(c.actor(), id);
        if (!programme) return fail(programme.error());
        return s.programmes.view(c.actor(), *programme);
      });

  api.patch("/api/v1/programmes/{id}", Access::policy(Resource::programme, Action::update),
            "Change a programme (If-Match: the ETag you read)")
      .handle([&s](const Call& c, ProgrammeId id, Version v,
                   const Patch<domain::Programme>& patch) -> Result<service::ProgrammeView> {
        auto programme = s.programmes.get(c.actor(), id);
        if (!programme) return fail(programme.error());
        if (auto ok = patch.apply(*programme); !ok) return fail(ok.error());
        auto updated = s.programmes.update(c.actor(), std::move(*programme), v.value);
        if (!updated) return fail(updated.error());
        return s.programmes.view(c.actor(), *updated);
      });
}

}  // namespace orbis::http
