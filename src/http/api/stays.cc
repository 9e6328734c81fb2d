// Routes of stays abroad, outgoing and incoming (docs/mobility.md): each role reads its own
// scope, officers and admins record and change them, and coordinators move them along.
#include "http/json/stays.h"

#include <fmt/format.h>

#include "http/api/api.h"
#include "http/json/imports.h"
#include "http/routing/endpoint.h"
#include "service/services.h"

namespace orbis::http {

namespace routing {

// GET /mobilities: filters and a page (50 a page unless asked, at most 200).
struct StaysQuery {
  std::string direction;
  std::string status;
  std::string year;
  std::optional<PersonId> person;
  std::optional<InstitutionId> institution;
  std::optional<AgreementId> agreement;
  bool awaiting_signature = false;
  std::size_t limit = 50;
  std::string cursor;
};

template <>
struct QueryCodec<StaysQuery> : QueryObject<StaysQuery> {
  static constexpr auto params() {
    using Q = StaysQuery;
    return std::tuple{
        Param{"direction", &Q::direction, "outgoing or incoming"},
        Param{"status", &Q::status,
              "nominated, accepted, preparing, abroad, completed, recognised, cancelled"},
        Param{"year", &Q::year, "academic year, like 2026/2027"},
        Param{"person", &Q::person, "a person's id"},
        Param{"institution", &Q::institution, "the sending or receiving institution's id"},
        Param{"agreement", &Q::agreement, "an agreement's id"},
        Param{"awaiting_signature", &Q::awaiting_signature,
              "true: only stays whose learning agreement waits for the reader's side to sign "
              "its newest version (a student's own, a partner's, else the home institution's)"},
        Param{"limit", &Q::limit, "page size, 1 to 200 (default 50)"},
        Param{"cursor", &Q::cursor, "the `next` value of the previous page"}};
  }
};

}  // namespace routing

void add_stay_routes(Router& router, service::Services& s) {
  using domain::access::Action;
  using domain::access::Resource;
  using namespace routing;
  Api api(router, "mobility");

  api.get("/api/v1/mobilities", Access::policy(Resource::mobility, Action::read),
          "Stays abroad, outgoing and incoming (each role sees its own scope)")
      .handle(
          [&s](const Call& c, const Query<StaysQuery>& q) -> Result<Page<service::MobilityView>> {
            service::MobilityFilter f{.direction = q->direction,
                                      .status = q->status,
                                      .academic_year = q->year,
                                      .person = q->person,
                                      .institution = q->institution,
                                      .agreement = q->agreement,
                                      .awaiting_signature = q->awaiting_signature,
                                      .limit = q->limit,
                                      .cursor = q->cursor};
            auto page = s.mobilities.list(c.actor(), f);
            if (!page) return fail(page.error());
            return Page<service::MobilityView>{std::move(page->items), std::move(page->next),
                                               page->total};
          });

  api.post("/api/v1/mobilities", Access::policy(Resource::mobility, Action::create),
           "Record a stay directly (staff exchanges, stays outside calls)")
      .handle([&s](const Call& c,
                   const Patch<domain::Mobility>& body) -> Result<Created<service::MobilityView>> {
        domain::Mobility stay;
        if (auto ok = body.apply(stay); !ok) return fail(ok.error());
        auto created = s.mobilities.create(c.actor(), std::move(stay));
        if (!created) return fail(created.error());
        std::string location = fmt::format("/api/v1/mobilities/{}", created->mobility.id.value);
        return Created<service::MobilityView>{std::move(*created), std::move(location)};
      });

  api.get("/api/v1/mobilities/{id}", Access::policy(Resource::mobility, Action::read),
          "Read a stay with its history")
      .handle([&s](const Call& c, MobilityId id) -> Result<service::MobilityView> {
        return s.mobilities.get(c.actor(), id);
      });

  api.patch("/api/v1/mobilities/{id}", Access::policy(Resource::mobility, Action::update),
            "Change a stay's dates, funding or references (If-Match)")
      .handle([&s](const Call& c, MobilityId id, Version v,
                   const Patch<domain::Mobility>& patch) -> Result<service::MobilityView> {
        auto current = s.mobilities.get(c.actor(), id);
        if (!current) return fail(current.error());
        domain::Mobility stay = std::move(current->mobility);
        if (auto ok = patch.apply(stay); !ok) return fail(ok.error());
        return s.mobilities.update(c.actor(), std::move(stay), v.value);
      });

  api.post("/api/v1/mobilities/{id}/transitions",
           Access::policy(Resource::mobility, Action::transition),
           "Move a stay: preparing, abroad, completed, recognised, or cancelled with a reason "
           "(If-Match)")
      .handle([&s](const Call& c, MobilityId id, Version v,
                   json::StayTransition t) -> Result<service::MobilityView> {
        if (t.to.empty())
          return fail(Error::invalid("the transition has invalid fields", {{"to", "required"}}));
        return s.mobilities.transition(c.actor(), id, t.to, std::move(t.reason), std::move(t.date),
                                       v.value);
      });

  api.post(
         "/api/v1/mobilities/import", Access::policy(Resource::mobility, Action::import),
         "Import stays from CSV (dry_run=true, the default, checks every row and changes nothing)")
      .limit(kMaxUploadBytes)
      .handle([&s](const Call& c, const Upload& csv,
                   DryRun dry) -> Result<Imported<service::MobilityImportOutcome>> {
        return imported(s.mobilities.import_csv(c.actor(), csv.bytes, dry.value));
      });
}

}  // namespace orbis::http
