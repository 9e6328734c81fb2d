// Routes of nominations (docs/mobility.md): the office nominates a call's placed applicants
// to their hosts, partners nominate incoming students and staff, and the receiving
// institution accepts or rejects each.
#include <fmt/format.h>

#include "http/api/api.h"
#include "http/json/stays.h"
#include "http/routing/endpoint.h"
#include "service/services.h"

namespace orbis::http {

namespace json {

// POST /calls/{id}/nominations: how many applicants were nominated.
struct NominationCount {
  int nominated = 0;
};

template <>
struct Codec<NominationCount> : Object<NominationCount, Codec<NominationCount>> {
  static constexpr std::string_view name = "NominationCount";
  static constexpr auto fields() {
    return std::tuple{Field{"nominated", &NominationCount::nominated}};
  }
};

}  // namespace json

namespace routing {

// GET /nominations: a state (pending unless asked), filters and a page.
struct NominationsQuery {
  std::string state;
  std::string direction;
  std::string year;
  std::size_t limit = 50;
  std::string cursor;
};

template <>
struct QueryCodec<NominationsQuery> : QueryObject<NominationsQuery> {
  static constexpr auto params() {
    using Q = NominationsQuery;
    return std::tuple{Param{"state", &Q::state, "pending (default), accepted or rejected"},
                      Param{"direction", &Q::direction, "outgoing or incoming"},
                      Param{"year", &Q::year, "academic year"},
                      Param{"limit", &Q::limit, "page size, 1 to 200"},
                      Param{"cursor", &Q::cursor, "the `next` value of the previous page"}};
  }
};

}  // namespace routing

void add_nomination_routes(Router& router, service::Services& s) {
  using domain::access::Action;
  using domain::access::Resource;
  using namespace routing;
  Api api(router, "mobility");

  // Partners nominate incoming students one by one (POST /nominations); a call's placed
  // applicants are nominated by the office, hence an action of its own.
  api.post("/api/v1/calls/{id}/nominations", Access::policy(Resource::call, Action::nominate),
           "Nominate every placed applicant of the call to their host")
      .handle([&s](const Call& c, CallId id) -> Result<json::NominationCount> {
        auto n = s.nominations.nominate_placed(c.actor(), id);
        if (!n) return fail(n.error());
        return json::NominationCount{*n};
      });

  api.get("/api/v1/nominations", Access::policy(Resource::nomination, Action::read),
          "Nominations in a state (default pending): ours to partners and partners' to us")
      .handle([&s](const Call& c,
                   const Query<NominationsQuery>& q) -> Result<Page<service::MobilityView>> {
        service::MobilityFilter f{.direction = q->direction,
                                  .academic_year = q->year,
                                  .nomination = q->state.empty() ? "pending" : q->state,
                                  .limit = q->limit,
                                  .cursor = q->cursor};
        auto page = s.mobilities.list(c.actor(), f);
        if (!page) return fail(page.error());
        return Page<service::MobilityView>{std::move(page->items), std::move(page->next),
                                           page->total};
      });

  // The nominee and the stay come in one body (json::Codec<service::IncomingNomination>); a
  // partner names neither its institution nor the person, which the service sets.
  api.post("/api/v1/nominations", Access::policy(Resource::nomination, Action::create),
           "Nominate an incoming student or staff member (a partner for its own institution)")
      .handle([&s](const Call& c,
                   service::IncomingNomination n) -> Result<Created<service::MobilityView>> {
        if (c.actor().is(domain::Role::partner)) n.mobility.sending = InstitutionId{};
        auto stay = s.nominations.nominate_incoming(c.actor(), std::move(n));
        if (!stay) return fail(stay.error());
        return Created<service::MobilityView>{std::move(*stay), ""};
      });

  api.post("/api/v1/nominations/{id}/decision",
           Access::policy(Resource::nomination, Action::decide),
           "Accept or reject a nomination (the receiving institution; a rejection needs a reason)")
      .handle([&s](const Call& c, MobilityId id,
                   json::NominationDecisionInput d) -> Result<service::MobilityView> {
        if (!d.accept)
          return fail(
              Error::invalid("the decision has invalid fields", {{"accept", "true or false"}}));
        return s.nominations.decide(c.actor(), id, *d.accept, d.reason);
      });
}

}  // namespace orbis::http
