// Routes of mobility: programmes, calls, applications, placement runs, mobilities and
// nominations (docs/mobility.md).
#include <fmt/format.h>

#include <functional>
#include <set>

#include "domain/mobility_json.h"
#include "http/api.h"
#include "http/api_support.h"
#include "service/services.h"

namespace orbis::http {

void add_programme_routes(Router& router, service::Services& s);
void add_call_routes(Router& router, service::Services& s);
void add_application_routes(Router& router, service::Services& s);

namespace {

using domain::Role;
using nlohmann::json;

const std::vector<Role> kOffice = {Role::admin, Role::officer};

template <typename T>
Response with_etag(int status, json body, const T& record) {
  auto r = Response::json(status, std::move(body));
  r.headers.emplace_back("ETag", fmt::format("\"{}\"", record.version));
  return r;
}

// A query parameter that names an id, or empty; invalid_argument when it is not one.
Result<std::optional<std::int64_t>> id_query(const Request& req, const char* name) {
  const auto v = req.query_value(name);
  if (v.empty()) return std::optional<std::int64_t>();
  if (v.size() > 15 || v.find_first_not_of("0123456789") != std::string::npos)
    return fail(Error::invalid(fmt::format("{} is an id", name), {{name, "an id"}}));
  return std::optional<std::int64_t>(std::stoll(v));
}

// Reads the version of a record the client must name for changes of state.
Result<std::optional<std::uint64_t>> seed_of(const json& body) {
  if (!body.contains("seed") || body["seed"].is_null()) return std::optional<std::uint64_t>();
  if (!body["seed"].is_number_unsigned())
    return fail(Error::invalid("seed is a whole number", {{"seed", "0 or more"}}));
  return std::optional<std::uint64_t>(body["seed"].get<std::uint64_t>());
}

json run_json(const store::PlacementRunRecord& r, bool detail) {
  json j = {{"id", r.id.value},
            {"call_id", r.call.value},
            {"mode", r.mode},
            {"seed", r.seed},
            {"input_sha256", r.input_sha256},
            {"engine_version", r.engine_version},
            {"statistics", json::parse(r.summary, nullptr, false)},
            {"created_at", r.created_at},
            {"created_by", r.created_by},
            {"published_at", r.published_at.empty() ? json() : json(r.published_at)}};
  if (detail) {
    j["input"] = json::parse(r.input, nullptr, false);
    j["output"] = json::parse(r.output, nullptr, false);
  }
  return j;
}

// The response of a CSV import: 200 for a dry run, 201 when written, 422 with every bad
// row when any (nothing written).
Response import_response(const Result<service::MobilityImportOutcome>& outcome) {
  if (!outcome) return problem(outcome.error());
  const json errors = internal::rows_json(outcome->errors);
  if (!outcome->errors.empty()) return internal::invalid_rows(errors, outcome->dry_run);
  return Response::json(outcome->dry_run ? 200 : 201, {{"dry_run", outcome->dry_run},
                                                       {"rows", outcome->rows},
                                                       {"errors", errors},
                                                       {"created", outcome->created}});
}

void add_placement_routes(Router& router, service::Services& s) {
  router.add({.method = "POST",
              .pattern = "/api/v1/calls/{id}/placement-runs",
              .roles = kOffice,
              .summary = "Place the call's eligible applicants (after the call closes)",
              .tag = "mobility",
              .request_schema = "PlacementRunInput",
              .body_optional = true,
              .response_schema = "PlacementRun",
              .success_status = 201,
              .handler = [&s](Request& req) {
                auto id = internal::id_param(req, "id");
                if (!id) return problem(id.error());
                json body = json::object();
                if (!req.body.empty()) {
                  auto parsed = internal::json_body(req);
                  if (!parsed) return problem(parsed.error());
                  body = std::move(*parsed);
                }
                if (auto ok = internal::only_fields(body, {"mode", "seed"}); !ok)
                  return problem(ok.error());
                internal::FieldReader r(body);
                const auto mode = r.text("mode").value_or("stable");
                auto seed = seed_of(body);
                if (!seed) return problem(seed.error());
                if (auto ok = r.finish("placement run"); !ok) return problem(ok.error());
                return internal::respond(
                    s.placement_runs.run(req.principal->actor, CallId{*id}, mode, *seed),
                    [&](const auto& run) {
                      auto resp = Response::json(201, run_json(run, false));
                      resp.headers.emplace_back(
                          "Location", fmt::format("/api/v1/placement-runs/{}", run.id.value));
                      return resp;
                    });
              }});
  router.add({.method = "GET",
              .pattern = "/api/v1/calls/{id}/placement-runs",
              .roles = kOffice,
              .summary = "The call's placement runs, newest first",
              .tag = "mobility",
              .query = internal::paged_query(),
              .response_schema = "PlacementRunList",
              .handler = [&s](Request& req) {
                auto id = internal::id_param(req, "id");
                if (!id) return problem(id.error());
                return internal::paged_list(
                    req,
                    [&](const service::PageRequest& page) {
                      return s.placement_runs.of_call(req.principal->actor, CallId{*id}, page.limit,
                                                      page.cursor);
                    },
                    [](const auto& r) { return run_json(r, false); });
              }});
  router.add(
      {.method = "GET",
       .pattern = "/api/v1/placement-runs/compare",
       .roles = kOffice,
       .summary =
           "Two runs of a call side by side: statistics and every applicant placed differently",
       .tag = "mobility",
       .query = {{"a", "integer", "a run id"}, {"b", "integer", "another run of the same call"}},
       .response_schema = "PlacementComparison",
       .handler = [&s](Request& req) {
         auto a = id_query(req, "a");
         if (!a) return problem(a.error());
         auto b = id_query(req, "b");
         if (!b) return problem(b.error());
         if (!*a || !*b)
           return problem(Error::invalid("name two runs", {{"a", "a run id"}, {"b", "a run id"}}));
         return internal::respond(
             s.placement_runs.compare(req.principal->actor, PlacementRunId{**a},
                                      PlacementRunId{**b}),
             [&](const auto& j) { return Response::json(200, j); });
       }});
  router.add({.method = "GET",
              .pattern = "/api/v1/placement-runs/{id}",
              .roles = kOffice,
              .summary = "A placement run with its input and output",
              .tag = "mobility",
              .response_schema = "PlacementRun",
              .handler = [&s](Request& req) {
                auto id = internal::id_param(req, "id");
                if (!id) return problem(id.error());
                return internal::respond(
                    s.placement_runs.get(req.principal->actor, PlacementRunId{*id}),
                    [&](const auto& run) { return Response::json(200, run_json(run, true)); });
              }});
  router.add({.method = "POST",
              .pattern = "/api/v1/placement-runs/{id}/publish",
              .roles = kOffice,
              .summary = "Publish a run: applicants see their result and why",
              .tag = "mobility",
              .response_schema = "PlacementRun",
              .handler = [&s](Request& req) {
                auto id = internal::id_param(req, "id");
                if (!id) return problem(id.error());
                return internal::respond(
                    s.placement_runs.publish(req.principal->actor, PlacementRunId{*id}),
                    [&](const auto& run) { return Response::json(200, run_json(run, false)); });
              }});
  router.add(
      {.method = "POST",
       .pattern = "/api/v1/calls/{id}/refill",
       .roles = kOffice,
       .summary =
           "Give seats freed by withdrawals and host rejections to the next on the waiting lists "
           "(a new published run)",
       .tag = "mobility",
       .response_schema = "PlacementRun",
       .success_status = 201,
       .handler = [&s](Request& req) {
         auto id = internal::id_param(req, "id");
         if (!id) return problem(id.error());
         return internal::respond(
             s.placement_runs.refill(req.principal->actor, CallId{*id}),
             [&](const auto& run) { return Response::json(201, run_json(run, false)); });
       }});
  router.add({.method = "POST",
              .pattern = "/api/v1/calls/{id}/nominations",
              .roles = kOffice,
              .summary = "Nominate every placed applicant of the call to their host",
              .tag = "mobility",
              .response_schema = "NominationCount",
              .handler = [&s](Request& req) {
                auto id = internal::id_param(req, "id");
                if (!id) return problem(id.error());
                return internal::respond(
                    s.nominations.nominate_placed(req.principal->actor, CallId{*id}),
                    [&](int n) { return Response::json(200, {{"nominated", n}}); });
              }});
}

void add_mobility_routes(Router& router, service::Services& s) {
  const std::vector<Role> readers = {Role::admin,   Role::officer, Role::coordinator,
                                     Role::student, Role::partner, Role::viewer};
  const auto respond_view = [&s](const Result<service::MobilityView>& v, int status = 200) {
    return internal::respond(v, [&](const auto& view) {
      return with_etag(status, s.mobilities.mobility_json(view), view.mobility);
    });
  };
  const auto list_handler = [&s](Request& req, std::string nomination) {
    service::MobilityFilter f;
    f.direction = req.query_value("direction");
    f.status = req.query_value("status");
    f.academic_year = req.query_value("year");
    f.nomination = std::move(nomination);
    auto limit = internal::size_param(req, "limit", 50, 1, 200);
    if (!limit) return problem(limit.error());
    f.limit = *limit;
    f.cursor = req.query_value("cursor");
    for (const auto& [name, target] :
         {std::pair{"person", 0}, {"institution", 1}, {"agreement", 2}}) {
      auto v = id_query(req, name);
      if (!v) return problem(v.error());
      if (!*v) continue;
      if (target == 0) f.person = PersonId{**v};
      if (target == 1) f.institution = InstitutionId{**v};
      if (target == 2) f.agreement = AgreementId{**v};
    }
    return internal::respond(s.mobilities.list(req.principal->actor, f), [&](const auto& page) {
      json items = json::array();
      for (const auto& v : page.items) items.push_back(s.mobilities.mobility_json(v));
      return Response::json(200, {{"items", items},
                                  {"next", page.next ? json(*page.next) : json()},
                                  {"total", page.total}});
    });
  };
  const std::vector<QueryParameter> filters = {
      {"direction", "string", "outgoing or incoming"},
      {"status", "string",
       "nominated, accepted, preparing, abroad, completed, recognised, cancelled"},
      {"year", "string", "academic year, like 2026/2027"},
      {"person", "integer", "a person's id"},
      {"institution", "integer", "the sending or receiving institution's id"},
      {"agreement", "integer", "an agreement's id"},
      {"limit", "integer", "page size, 1 to 200 (default 50)"},
      {"cursor", "string", "the `next` value of the previous page"}};
  router.add({.method = "GET",
              .pattern = "/api/v1/mobilities",
              .roles = readers,
              .summary = "Stays abroad, outgoing and incoming (each role sees its own scope)",
              .tag = "mobility",
              .query = filters,
              .response_schema = "MobilityPage",
              .handler = [list_handler](Request& req) { return list_handler(req, ""); }});
  router.add({.method = "POST",
              .pattern = "/api/v1/mobilities",
              .roles = kOffice,
              .summary = "Record a stay directly (staff exchanges, stays outside calls)",
              .tag = "mobility",
              .request_schema = "MobilityInput",
              .response_schema = "Mobility",
              .success_status = 201,
              .handler = [&s, respond_view](Request& req) {
                auto body = internal::json_body(req);
                if (!body) return problem(body.error());
                domain::Mobility m;
                if (auto ok = domain::read_json(*body, m, domain::JsonOrigin::client); !ok)
                  return problem(ok.error());
                return respond_view(s.mobilities.create(req.principal->actor, std::move(m)), 201);
              }});
  router.add({.method = "GET",
              .pattern = "/api/v1/mobilities/{id}",
              .roles = readers,
              .summary = "Read a stay with its history",
              .tag = "mobility",
              .response_schema = "Mobility",
              .handler = [&s, respond_view](Request& req) {
                auto id = internal::id_param(req, "id");
                if (!id) return problem(id.error());
                return respond_view(s.mobilities.get(req.principal->actor, MobilityId{*id}));
              }});
  router.add({.method = "PATCH",
              .pattern = "/api/v1/mobilities/{id}",
              .roles = kOffice,
              .summary = "Change a stay's dates, funding or references (If-Match)",
              .tag = "mobility",
              .request_schema = "MobilityInput",
              .response_schema = "Mobility",
              .handler = [&s, respond_view](Request& req) {
                auto id = internal::id_param(req, "id");
                if (!id) return problem(id.error());
                auto version = internal::required_version(req);
                if (!version) return std::move(version.error());
                auto body = internal::json_body(req);
                if (!body) return problem(body.error());
                auto current = s.mobilities.get(req.principal->actor, MobilityId{*id});
                if (!current) return problem(current.error());
                domain::Mobility m = current->mobility;
                if (auto ok = domain::read_json(*body, m, domain::JsonOrigin::client); !ok)
                  return problem(ok.error());
                return respond_view(
                    s.mobilities.update(req.principal->actor, std::move(m), *version));
              }});
  router.add({.method = "POST",
              .pattern = "/api/v1/mobilities/{id}/transitions",
              .roles = {Role::admin, Role::officer, Role::coordinator},
              .summary = "Move a stay: preparing, abroad, completed, recognised, or cancelled with "
                         "a reason (If-Match)",
              .tag = "mobility",
              .request_schema = "MobilityTransitionInput",
              .response_schema = "Mobility",
              .handler = [&s, respond_view](Request& req) {
                auto id = internal::id_param(req, "id");
                if (!id) return problem(id.error());
                auto version = internal::required_version(req);
                if (!version) return std::move(version.error());
                auto body = internal::json_body(req);
                if (!body) return problem(body.error());
                if (auto ok = internal::only_fields(*body, {"to", "reason", "date"}); !ok)
                  return problem(ok.error());
                internal::FieldReader r(*body);
                const auto to = r.text("to");
                const auto reason = r.text("reason").value_or("");
                const auto date = r.text("date").value_or("");
                if (!to) r.error("to", "required");
                if (auto ok = r.finish("transition"); !ok) return problem(ok.error());
                return respond_view(s.mobilities.transition(req.principal->actor, MobilityId{*id},
                                                            *to, reason, date, *version));
              }});
  router.add(
      {.method = "GET",
       .pattern = "/api/v1/nominations",
       .roles = {Role::admin, Role::officer, Role::coordinator, Role::partner, Role::viewer},
       .summary = "Nominations in a state (default pending): ours to partners and partners' to us",
       .tag = "mobility",
       .query = {{"state", "string", "pending (default), accepted or rejected"},
                 {"direction", "string", "outgoing or incoming"},
                 {"year", "string", "academic year"},
                 {"limit", "integer", "page size, 1 to 200"},
                 {"cursor", "string", "the `next` value of the previous page"}},
       .response_schema = "MobilityPage",
       .handler = [list_handler](Request& req) {
         auto state = req.query_value("state");
         return list_handler(req, state.empty() ? "pending" : state);
       }});
  router.add(
      {.method = "POST",
       .pattern = "/api/v1/nominations",
       .roles = {Role::partner, Role::officer, Role::admin},
       .summary =
           "Nominate an incoming student or staff member (a partner for its own institution)",
       .tag = "mobility",
       .request_schema = "IncomingNominationInput",
       .response_schema = "Mobility",
       .success_status = 201,
       .handler = [&s, respond_view](Request& req) {
         auto body = internal::json_body(req);
         if (!body) return problem(body.error());
         service::IncomingNomination n;
         if (!body->contains("person") || !(*body)["person"].is_object()) {
           return problem(Error::invalid("the nominee is required",
                                         {{"person", "an object with the nominee"}}));
         }
         json person = (*body)["person"];
         json stay = *body;
         stay.erase("person");
         // The person's fields, as POST /people takes them.
         const auto text_of = [&](const char* name) {
           return person.contains(name) && person[name].is_string()
                      ? person[name].get<std::string>()
                      : std::string();
         };
         for (const auto& [key, value] : person.items()) {
           static const std::set<std::string> kKnown = {
               "kind",  "family_name", "given_name", "name_zh",       "email",     "nationality",
               "level", "position",    "field",      "year_of_study", "languages", "date_of_birth"};
           if (!kKnown.contains(key))
             return problem(Error::invalid("unknown member", {{"person/" + key, "not a member"}}));
           (void)value;
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
         if (!stay.contains("person_id"))
           stay["person_id"] = 1;  // the new person's, set by the service
         if (!stay.contains("receiving_institution_id")) stay["receiving_institution_id"] = 1;
         if (!stay.contains("sending_institution_id")) stay["sending_institution_id"] = 1;
         if (auto ok = domain::read_json(stay, n.mobility, domain::JsonOrigin::client); !ok)
           return problem(ok.error());
         if (req.principal->actor.is(Role::partner) || !body->contains("sending_institution_id"))
           n.mobility.sending = InstitutionId{};
         return respond_view(s.nominations.nominate_incoming(req.principal->actor, std::move(n)),
                             201);
       }});
  router.add(
      {.method = "POST",
       .pattern = "/api/v1/nominations/{id}/decision",
       .roles = {Role::partner, Role::officer, Role::admin},
       .summary =
           "Accept or reject a nomination (the receiving institution; a rejection needs a reason)",
       .tag = "mobility",
       .request_schema = "DecisionInput",
       .response_schema = "Mobility",
       .handler = [&s, respond_view](Request& req) {
         auto id = internal::id_param(req, "id");
         if (!id) return problem(id.error());
         auto body = internal::json_body(req);
         if (!body) return problem(body.error());
         if (auto ok = internal::only_fields(*body, {"accept", "reason"}); !ok)
           return problem(ok.error());
         internal::FieldReader r(*body);
         if (!body->contains("accept") || !(*body)["accept"].is_boolean())
           r.error("accept", "true or false");
         const auto reason = r.text("reason").value_or("");
         if (auto ok = r.finish("decision"); !ok) return problem(ok.error());
         return respond_view(s.nominations.decide(req.principal->actor, MobilityId{*id},
                                                  (*body)["accept"].get<bool>(), reason));
       }});
}

void add_import_routes(Router& router, service::Services& s) {
  router.add({.method = "POST",
              .pattern = "/api/v1/mobilities/import",
              .roles = kOffice,
              .summary = "Import stays from CSV (dry_run=true, the default, checks every row and "
                         "changes nothing)",
              .tag = "mobility",
              .query = {{"dry_run", "string", "true to check only (the default), false to import"}},
              .request_schema = "FileUpload",
              .response_schema = "MobilityImportOutcome",
              .body_limit = kMaxUploadBytes,
              .handler = [&s](Request& req) {
                auto dry = internal::dry_run_param(req);
                if (!dry) return problem(dry.error());
                return import_response(
                    s.mobilities.import_csv(req.principal->actor, req.body, *dry));
              }});
}

}  // namespace

void add_mobility_api_routes(Router& router, service::Services& s) {
  add_programme_routes(router, s);
  add_call_routes(router, s);
  add_application_routes(router, s);
  add_placement_routes(router, s);
  add_mobility_routes(router, s);
  add_import_routes(router, s);
}

}  // namespace orbis::http
