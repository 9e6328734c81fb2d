// Routes of mobility: programmes, calls, applications, placement runs, mobilities and
// nominations (docs/mobility.md).
#include <fmt/format.h>

#include <functional>

#include "domain/mobility_json.h"
#include "http/api.h"
#include "http/api_support.h"
#include "service/services.h"

namespace orbis::http {

void add_programme_routes(Router& router, service::Services& s);
void add_stay_routes(Router& router, service::Services& s);
void add_nomination_routes(Router& router, service::Services& s);
void add_placement_routes(Router& router, service::Services& s);

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

using internal::import_response;

void add_call_routes(Router& router, service::Services& s) {
  const std::vector<Role> readers = {Role::admin, Role::officer, Role::coordinator, Role::student,
                                     Role::viewer};
  router.add({.method = "GET",
              .pattern = "/api/v1/calls",
              .roles = readers,
              .summary = "List calls for applications (a student sees the open ones and their own)",
              .tag = "mobility",
              .query = internal::paged_query(),
              .response_schema = "CallList",
              .handler = [&s](Request& req) {
                return internal::paged_list(
                    req,
                    [&](const service::PageRequest& page) {
                      return s.calls.page(req.principal->actor, page.limit, page.cursor);
                    },
                    std::identity());
              }});
  router.add({.method = "POST",
              .pattern = "/api/v1/calls",
              .roles = kOffice,
              .summary = "Open a call for applications",
              .tag = "mobility",
              .request_schema = "CallInput",
              .response_schema = "Call",
              .success_status = 201,
              .handler = [&s](Request& req) {
                auto body = internal::json_body(req);
                if (!body) return problem(body.error());
                domain::Call c;
                if (auto ok = domain::read_json(*body, c, domain::JsonOrigin::client); !ok)
                  return problem(ok.error());
                return internal::respond(
                    s.calls.create(req.principal->actor, std::move(c)), [&](const auto& created) {
                      auto v = s.calls.view(req.principal->actor, created);
                      if (!v) return problem(v.error());
                      auto r = with_etag(201, std::move(*v), created);
                      r.headers.emplace_back("Location",
                                             fmt::format("/api/v1/calls/{}", created.id.value));
                      return r;
                    });
              }});
  router.add({.method = "GET",
              .pattern = "/api/v1/calls/{id}",
              .roles = readers,
              .summary = "Read a call with its offers",
              .tag = "mobility",
              .response_schema = "Call",
              .handler = [&s](Request& req) {
                auto id = internal::id_param(req, "id");
                if (!id) return problem(id.error());
                return internal::respond(s.calls.get(req.principal->actor, CallId{*id}),
                                         [&](const auto& c) {
                                           auto v = s.calls.view(req.principal->actor, c);
                                           if (!v) return problem(v.error());
                                           return with_etag(200, std::move(*v), c);
                                         });
              }});
  router.add({.method = "PATCH",
              .pattern = "/api/v1/calls/{id}",
              .roles = kOffice,
              .summary = "Change a call (If-Match: the ETag you read)",
              .tag = "mobility",
              .request_schema = "CallInput",
              .response_schema = "Call",
              .handler = [&s](Request& req) {
                auto id = internal::id_param(req, "id");
                if (!id) return problem(id.error());
                auto version = internal::required_version(req);
                if (!version) return std::move(version.error());
                auto body = internal::json_body(req);
                if (!body) return problem(body.error());
                auto current = s.calls.get(req.principal->actor, CallId{*id});
                if (!current) return problem(current.error());
                domain::Call c = *current;
                if (auto ok = domain::read_json(*body, c, domain::JsonOrigin::client); !ok)
                  return problem(ok.error());
                return internal::respond(
                    s.calls.update(req.principal->actor, std::move(c), *version),
                    [&](const auto& updated) {
                      auto v = s.calls.view(req.principal->actor, updated);
                      if (!v) return problem(v.error());
                      return with_etag(200, std::move(*v), updated);
                    });
              }});
  router.add(
      {.method = "POST",
       .pattern = "/api/v1/calls/{id}/offers",
       .roles = kOffice,
       .summary =
           "Add an offer from an agreement condition or a programme (seats, host and rules default "
           "from it)",
       .tag = "mobility",
       .request_schema = "OfferInput",
       .response_schema = "Call",
       .success_status = 201,
       .handler = [&s](Request& req) {
         auto id = internal::id_param(req, "id");
         if (!id) return problem(id.error());
         auto body = internal::json_body(req);
         if (!body) return problem(body.error());
         domain::Offer o;
         if (auto ok = domain::read_json(*body, o, domain::JsonOrigin::client); !ok)
           return problem(ok.error());
         return internal::respond(
             s.calls.add_offer(req.principal->actor, CallId{*id}, std::move(o)),
             [&](const auto& updated) {
               auto v = s.calls.view(req.principal->actor, updated);
               if (!v) return problem(v.error());
               return with_etag(201, std::move(*v), updated);
             });
       }});
}

void add_application_routes(Router& router, service::Services& s) {
  const std::vector<Role> readers = {Role::admin, Role::officer, Role::coordinator, Role::student,
                                     Role::viewer};
  const auto respond_view = [&s](const Result<service::ApplicationView>& v, int status = 200) {
    return internal::respond(v, [&](const auto& view) {
      return with_etag(status, s.applications.to_json(view), view.application);
    });
  };
  router.add(
      {.method = "GET",
       .pattern = "/api/v1/calls/{id}/applications",
       .roles = readers,
       .summary =
           "Applications to a call (a coordinator sees their org unit's, a student their own)",
       .tag = "mobility",
       .query = internal::paged_query({{"status", "string", "an application status"}}),
       .response_schema = "ApplicationList",
       .handler = [&s](Request& req) {
         auto id = internal::id_param(req, "id");
         if (!id) return problem(id.error());
         return internal::paged_list(
             req,
             [&](const service::PageRequest& page) {
               return s.applications.of_call(req.principal->actor, CallId{*id},
                                             req.query_value("status"), page.limit, page.cursor);
             },
             [&](const auto& v) { return s.applications.to_json(v); });
       }});
  router.add({.method = "POST",
              .pattern = "/api/v1/calls/{id}/applications",
              .roles = {Role::student, Role::officer, Role::admin},
              .summary = "Apply (as a draft) with ranked offer ids; a student for themselves",
              .tag = "mobility",
              .request_schema = "ApplicationInput",
              .response_schema = "Application",
              .success_status = 201,
              .handler = [&s, respond_view](Request& req) {
                auto id = internal::id_param(req, "id");
                if (!id) return problem(id.error());
                auto body = internal::json_body(req);
                if (!body) return problem(body.error());
                domain::Application a;
                if (auto ok = domain::read_json(*body, a, domain::JsonOrigin::client); !ok)
                  return problem(ok.error());
                auto r = respond_view(
                    s.applications.apply(req.principal->actor, CallId{*id}, std::move(a)), 201);
                return r;
              }});
  router.add({.method = "GET",
              .pattern = "/api/v1/applications",
              .roles = {Role::student},
              .summary = "My applications, with their results",
              .tag = "mobility",
              .query = internal::paged_query(),
              .response_schema = "ApplicationList",
              .handler = [&s](Request& req) {
                return internal::paged_list(
                    req,
                    [&](const service::PageRequest& page) {
                      return s.applications.mine(req.principal->actor, page.limit, page.cursor);
                    },
                    [&](const auto& v) { return s.applications.to_json(v); });
              }});
  router.add({.method = "GET",
              .pattern = "/api/v1/applications/{id}",
              .roles = readers,
              .summary = "Read an application, its verdicts per preference and its result",
              .tag = "mobility",
              .response_schema = "Application",
              .handler = [&s, respond_view](Request& req) {
                auto id = internal::id_param(req, "id");
                if (!id) return problem(id.error());
                return respond_view(s.applications.get(req.principal->actor, ApplicationId{*id}));
              }});
  router.add({.method = "PATCH",
              .pattern = "/api/v1/applications/{id}",
              .roles = {Role::student, Role::officer, Role::admin},
              .summary = "Change a draft's preferences or motivation (saved as you type; If-Match)",
              .tag = "mobility",
              .request_schema = "ApplicationInput",
              .response_schema = "Application",
              .handler = [&s, respond_view](Request& req) {
                auto id = internal::id_param(req, "id");
                if (!id) return problem(id.error());
                auto version = internal::required_version(req);
                if (!version) return std::move(version.error());
                auto body = internal::json_body(req);
                if (!body) return problem(body.error());
                if (auto ok = internal::only_fields(*body, {"preferences", "motivation"}); !ok)
                  return problem(ok.error());
                internal::FieldReader r(*body);
                std::vector<std::int64_t> prefs;
                bool prefs_given = body->contains("preferences");
                if (prefs_given) {
                  const auto& p = (*body)["preferences"];
                  if (!p.is_array())
                    r.error("preferences", "a list of offer ids");
                  else
                    for (const auto& e : p) {
                      if (!e.is_number_integer() || e.get<std::int64_t>() <= 0) {
                        r.error("preferences", "a list of offer ids");
                        break;
                      }
                      prefs.push_back(e.get<std::int64_t>());
                    }
                }
                const auto motivation = r.text("motivation");
                if (auto ok = r.finish("application"); !ok) return problem(ok.error());
                if (!prefs_given) {
                  auto current = s.applications.get(req.principal->actor, ApplicationId{*id});
                  if (!current) return problem(current.error());
                  prefs = current->application.preferences;
                }
                return respond_view(s.applications.edit(req.principal->actor, ApplicationId{*id},
                                                        std::move(prefs), motivation, *version));
              }});
  router.add({.method = "POST",
              .pattern = "/api/v1/applications/{id}/submission",
              .roles = {Role::student, Role::officer, Role::admin},
              .summary = "Begin the submission: a submission begun before the close is accepted "
                         "for 30 minutes after it",
              .tag = "mobility",
              .response_schema = "Application",
              .handler = [&s, respond_view](Request& req) {
                auto id = internal::id_param(req, "id");
                if (!id) return problem(id.error());
                return respond_view(
                    s.applications.begin_submission(req.principal->actor, ApplicationId{*id}));
              }});
  router.add(
      {.method = "POST",
       .pattern = "/api/v1/applications/{id}/submit",
       .roles = {Role::student, Role::officer, Role::admin},
       .summary = "Submit (If-Match): eligibility is decided per preference and the score computed",
       .tag = "mobility",
       .response_schema = "Application",
       .handler = [&s, respond_view](Request& req) {
         auto id = internal::id_param(req, "id");
         if (!id) return problem(id.error());
         auto version = internal::required_version(req);
         if (!version) return std::move(version.error());
         return respond_view(
             s.applications.submit(req.principal->actor, ApplicationId{*id}, *version));
       }});
  router.add({.method = "POST",
              .pattern = "/api/v1/applications/{id}/withdraw",
              .roles = {Role::student, Role::officer, Role::admin},
              .summary = "Withdraw an application (its stay, if any, is cancelled)",
              .tag = "mobility",
              .request_schema = "ReasonInput",
              .body_optional = true,
              .response_schema = "Application",
              .handler = [&s, respond_view](Request& req) {
                auto id = internal::id_param(req, "id");
                if (!id) return problem(id.error());
                std::string reason;
                if (!req.body.empty()) {
                  auto body = internal::json_body(req);
                  if (!body) return problem(body.error());
                  if (auto ok = internal::only_fields(*body, {"reason"}); !ok)
                    return problem(ok.error());
                  internal::FieldReader r(*body);
                  reason = r.text("reason").value_or("");
                  if (auto ok = r.finish("withdrawal"); !ok) return problem(ok.error());
                }
                return respond_view(
                    s.applications.withdraw(req.principal->actor, ApplicationId{*id}, reason));
              }});
  router.add({.method = "POST",
              .pattern = "/api/v1/applications/{id}/score",
              .roles = {Role::coordinator, Role::officer, Role::admin},
              .summary = "Score the interview and motivation, 0 to 100 (If-Match)",
              .tag = "mobility",
              .request_schema = "ScoreInput",
              .response_schema = "Application",
              .handler = [&s, respond_view](Request& req) {
                auto id = internal::id_param(req, "id");
                if (!id) return problem(id.error());
                auto version = internal::required_version(req);
                if (!version) return std::move(version.error());
                auto body = internal::json_body(req);
                if (!body) return problem(body.error());
                if (auto ok = internal::only_fields(*body, {"interview_score", "motivation_score"});
                    !ok)
                  return problem(ok.error());
                internal::FieldReader r(*body);
                std::optional<double> interview, motivation;
                for (const auto& [name, target] : {std::pair{"interview_score", &interview},
                                                   {"motivation_score", &motivation}}) {
                  if (!body->contains(name) || (*body)[name].is_null()) continue;
                  if ((*body)[name].is_number())
                    *target = (*body)[name].get<double>();
                  else
                    r.error(name, "a number from 0 to 100, or null");
                }
                if (auto ok = r.finish("score"); !ok) return problem(ok.error());
                return respond_view(s.applications.score(req.principal->actor, ApplicationId{*id},
                                                         interview, motivation, *version));
              }});
  router.add({.method = "POST",
              .pattern = "/api/v1/applications/{id}/confirm",
              .roles = {Role::student, Role::officer, Role::admin},
              .summary = "Confirm a seat the host accepted",
              .tag = "mobility",
              .response_schema = "Application",
              .handler = [&s, respond_view](Request& req) {
                auto id = internal::id_param(req, "id");
                if (!id) return problem(id.error());
                return respond_view(
                    s.applications.confirm(req.principal->actor, ApplicationId{*id}));
              }});
  router.add(
      {.method = "POST",
       .pattern = "/api/v1/applications/{id}/documents",
       .roles = {Role::student, Role::officer, Role::admin},
       .summary = "Add a document to a draft (the body is the PDF, PNG or JPEG; ?kind=&name=)",
       .tag = "mobility",
       .query = {{"kind", "string",
                  "transcript, language_certificate, motivation_letter, cv, passport, other"},
                 {"name", "string", "the file name"}},
       .request_schema = "FileUpload",
       .response_schema = "Application",
       .success_status = 201,
       .body_limit = kMaxUploadBytes,
       .handler = [&s, respond_view](Request& req) {
         auto id = internal::id_param(req, "id");
         if (!id) return problem(id.error());
         std::string type = req.header("content-type");
         if (const auto semi = type.find(';'); semi != std::string::npos) type.resize(semi);
         return respond_view(s.applications.add_document(req.principal->actor, ApplicationId{*id},
                                                         req.query_value("kind"),
                                                         req.query_value("name"), type, req.body),
                             201);
       }});
  router.add({.method = "GET",
              .pattern = "/api/v1/applications/{id}/documents/{document}",
              .roles = {Role::student, Role::coordinator, Role::officer, Role::admin},
              .summary = "Download a document of an application",
              .tag = "mobility",
              .handler = [&s](Request& req) {
                auto id = internal::id_param(req, "id");
                if (!id) return problem(id.error());
                auto doc = internal::id_param(req, "document");
                if (!doc) return problem(doc.error());
                auto file = s.applications.document(req.principal->actor, ApplicationId{*id}, *doc);
                if (!file) return problem(file.error());
                Response r;
                r.status = 200;
                r.content_type = file->first.content_type;
                r.body = std::move(file->second);
                const auto name = fmt::format("document-{}{}", *doc,
                                              file->first.content_type == "application/pdf" ? ".pdf"
                                              : file->first.content_type == "image/png"     ? ".png"
                                                                                        : ".jpg");
                r.headers.emplace_back("Content-Disposition",
                                       content_disposition("attachment", name));
                r.headers.emplace_back("Cache-Control", "private, no-store");
                return r;
              }});
}

void add_import_routes(Router& router, service::Services& s) {
  router.add(
      {.method = "POST",
       .pattern = "/api/v1/calls/{id}/applications/import",
       .roles = kOffice,
       .summary =
           "Import a call's applications from CSV (dry_run=true, the default, changes nothing)",
       .tag = "mobility",
       .query = {{"dry_run", "string", "true to check only (the default), false to import"}},
       .request_schema = "FileUpload",
       .response_schema = "MobilityImportOutcome",
       .body_limit = kMaxUploadBytes,
       .handler = [&s](Request& req) {
         auto id = internal::id_param(req, "id");
         if (!id) return problem(id.error());
         auto dry = internal::dry_run_param(req);
         if (!dry) return problem(dry.error());
         return import_response(
             s.applications.import_csv(req.principal->actor, CallId{*id}, req.body, *dry));
       }});
}

}  // namespace

void add_mobility_api_routes(Router& router, service::Services& s) {
  add_programme_routes(router, s);
  add_call_routes(router, s);
  add_application_routes(router, s);
  add_placement_routes(router, s);
  add_stay_routes(router, s);
  add_nomination_routes(router, s);
  add_import_routes(router, s);
}

}  // namespace orbis::http
