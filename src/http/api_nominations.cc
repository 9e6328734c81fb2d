// Routes of nominations (docs/mobility.md): the office nominates a call's placed applicants
// to their hosts, partners nominate incoming students and staff, and the receiving
// institution accepts or rejects each.
#include <fmt/format.h>

#include <set>

#include "http/api.h"
#include "http/api_support.h"
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

namespace {

// Reads POST /nominations: the nominee's fields, as POST /people takes them, and the stay's.
Result<service::IncomingNomination> incoming_nomination(const Request& req) {
  auto body = internal::json_body(req);
  if (!body) return fail(body.error());
  service::IncomingNomination n;
  if (!body->contains("person") || !(*body)["person"].is_object()) {
    return fail(
        Error::invalid("the nominee is required", {{"person", "an object with the nominee"}}));
  }
  nlohmann::json person = (*body)["person"];
  nlohmann::json stay = *body;
  stay.erase("person");
  const auto text_of = [&](const char* name) {
    return person.contains(name) && person[name].is_string() ? person[name].get<std::string>()
                                                             : std::string();
  };
  static const std::set<std::string> kKnown = {
      "kind",  "family_name", "given_name", "name_zh",       "email",     "nationality",
      "level", "position",    "field",      "year_of_study", "languages", "date_of_birth"};
  for (const auto& [key, value] : person.items()) {
    if (!kKnown.contains(key))
      return fail(Error::invalid("unknown member", {{"person/" + key, "not a member"}}));
  }
  auto& p = n.person;
  p.kind = domain::parse_person_kind(text_of("kind")).value_or(domain::PersonKind::student);
  p.family_name = text_of("family_name");
  p.given_name = text_of("given_name");
  p.name_zh = text_of("name_zh");
  p.email = text_of("email");
  p.nationality = text_of("nationality");
  p.position = text_of("position");
  p.field = text_of("field");
  p.date_of_birth = text_of("date_of_birth");
  if (person.contains("level") && person["level"].is_number_integer())
    p.level = person["level"].get<int>();
  if (person.contains("year_of_study") && person["year_of_study"].is_number_integer())
    p.year_of_study = person["year_of_study"].get<int>();
  if (person.contains("languages") && person["languages"].is_array()) {
    for (const auto& l : person["languages"]) {
      if (!l.is_object()) continue;
      p.languages.push_back({l.value("language", ""), l.value("cefr", ""),
                             l.value("certificate", ""), l.value("date", "")});
    }
  }
  if (!stay.contains("direction")) stay["direction"] = "incoming";
  if (!stay.contains("person_id")) stay["person_id"] = 1;  // the new person's, set by the service
  if (!stay.contains("receiving_institution_id")) stay["receiving_institution_id"] = 1;
  if (!stay.contains("sending_institution_id")) stay["sending_institution_id"] = 1;
  if (auto ok = json::from_json(stay, n.mobility, "mobility"); !ok) return fail(ok.error());
  if (req.principal->actor.is(domain::Role::partner) || !body->contains("sending_institution_id"))
    n.mobility.sending = InstitutionId{};
  return n;
}

}  // namespace

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

  // Hand-written: the nominee and the stay come in one body, with the stay's members
  // defaulted before it is read (a partner names neither its institution nor the person).
  const auto nominators = Access::policy(Resource::nomination, Action::create);
  api.add({.method = "POST",
           .pattern = "/api/v1/nominations",
           .roles = nominators.roles,
           .summary =
               "Nominate an incoming student or staff member (a partner for its own institution)",
           .tag = "mobility",
           .request_schema = "IncomingNominationInput",
           .response_schema = "Mobility",
           .success_status = 201,
           .handler = [&s](Request& req) {
             auto n = incoming_nomination(req);
             if (!n) return problem(n.error());
             return routing::detail::respond(
                 s.nominations.nominate_incoming(req.principal->actor, std::move(*n)), 201);
           }});

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
