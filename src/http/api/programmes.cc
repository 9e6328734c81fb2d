// Programmes: declarations of their routes.
#include "http/api/areas.h"
#include "http/json/programmes.h"
#include "http/routing/endpoint.h"

namespace orbis::http {

struct ProgrammeListQuery {
  std::optional<domain::ProgrammeKind> kind;
  routing::PageRequest page;
};

template <>
struct routing::QueryCodec<ProgrammeListQuery> : routing::QueryObject<ProgrammeListQuery> {
  static constexpr auto params() {
    return std::tuple{routing::Param{"kind", &ProgrammeListQuery::kind, "only programmes of this kind"},
                      routing::Paging<ProgrammeListQuery>{&ProgrammeListQuery::page}};
  }
};

namespace api {

using domain::access::Action;
using domain::access::Resource;
using routing::Access;
using routing::Call;
using routing::Created;
using routing::Patch;
using routing::Query;
using routing::Version;

void add_programme_routes(Router& router, service::Services& s) {
  routing::Api api(router, "mobility");
  auto& programmes = s.programmes;
  const auto list_of = [](const Query<ProgrammeListQuery>& q) {
    return service::ProgrammeList{.kind = q->kind, .limit = q->page.limit, .cursor = q->page.cursor};
  };

  api.get("/api/v1/programmes", allowed(Resource::programme, Action::read),
          "List programmes (a partner sees those it hosts)")
      .handle([&programmes, list_of](const Call& c, Query<ProgrammeListQuery> q) {
        return programmes.list(c.actor(), list_of(q));
      });

  api.get("/api/v1/public/programmes", Access::anyone(),
          "The published programmes, for prospective students (no sign-in)")
      .handle([&programmes, list_of](const Call&, Query<ProgrammeListQuery> q) {
        return programmes.list_public(list_of(q));
      });

  api.post("/api/v1/programmes", allowed(Resource::programme, Action::create), "Add a programme")
      .handle([&programmes](const Call& c, Patch<domain::Programme> body)
                  -> Result<Created<service::ProgrammeView>> {
        domain::Programme p;
        p.max_duration_months = 0;  // the kind's default unless the body gives one
        if (auto ok = body.apply(p); !ok) return fail(ok.error());
        auto created = programmes.create(c.actor(), std::move(p));
        if (!created) return fail(created.error());
        const auto location = fmt::format("/api/v1/programmes/{}", created->programme.id.value);
        return Created<service::ProgrammeView>{std::move(*created), location};
      });

  api.get("/api/v1/programmes/{id}", allowed(Resource::programme, Action::read), "Read a programme")
      .handle([&programmes](const Call& c, ProgrammeId id) { return programmes.get(c.actor(), id); });

  api.patch("/api/v1/programmes/{id}", allowed(Resource::programme, Action::update),
            "Change a programme (If-Match: the ETag you read)")
      .handle([&programmes](const Call& c, ProgrammeId id, Version v,
                            Patch<domain::Programme> patch) -> Result<service::ProgrammeView> {
        auto current = programmes.get(c.actor(), id);
        if (!current) return fail(current.error());
        domain::Programme changed = std::move(current->programme);
        if (auto ok = patch.apply(changed); !ok) return fail(ok.error());
        return programmes.update(c.actor(), std::move(changed), v.value);
      });
}

}  // namespace api
}  // namespace orbis::http
