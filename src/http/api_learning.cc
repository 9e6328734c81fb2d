// Routes of learning agreements, transcripts, recognition, course catalogues and credit
// systems (docs/learning.md).
#include <fmt/format.h>

#include "http/api.h"
#include "http/api_support.h"
#include "service/learning/catalogues.h"
#include "service/learning/ewp_export.h"
#include "service/learning/learning_agreements.h"
#include "service/learning/recognitions.h"
#include "service/learning/transcripts.h"

namespace orbis::http {
namespace {

using domain::Role;
using nlohmann::json;

const std::vector<Role> kAll = {Role::admin,   Role::officer, Role::coordinator,
                                Role::student, Role::partner, Role::viewer};

template <typename T>
Result<T> member_as(const json& body, const char* name, std::string_view expected) {
  if (!body.contains(name))
    return fail(
        Error::invalid(fmt::format("{} is required", name), {{name, std::string(expected)}}));
  try {
    return body[name].get<T>();
  } catch (const std::exception&) {
    return fail(Error::invalid(fmt::format("{} is not {}", name, expected),
                               {{name, std::string(expected)}}));
  }
}

Result<int> number_param(const Request& req, const std::string& name) {
  auto id = internal::id_param(req, name);
  if (!id) return fail(id.error());
  if (*id > 1000) return fail(Error::not_found("no such version"));
  return static_cast<int>(*id);
}

}  // namespace

void add_learning_routes(Router& router, service::Services& s) {
  const auto respond_view = [](const Result<service::LearningAgreementView>& v, int status = 200) {
    return internal::respond(v, [&](const auto& view) {
      return Response::json(status, service::learning_agreement_json(view));
    });
  };
  router.add(
      {.method = "GET",
       .pattern = "/api/v1/mobilities/{id}/learning-agreement",
       .roles = kAll,
       .summary = "A stay's learning agreement: versions with approvals, transcript, recognition",
       .tag = "learning",
       .response_schema = "LearningAgreement",
       .handler = [&s, respond_view](Request& req) {
         auto id = internal::id_param(req, "id");
         if (!id) return problem(id.error());
         return respond_view(s.learning_agreements.get(req.principal->actor, MobilityId{*id}));
       }});
  router.add(
      {.method = "POST",
       .pattern = "/api/v1/mobilities/{id}/learning-agreement/versions",
       .roles = {Role::student, Role::coordinator, Role::officer, Role::admin, Role::partner},
       .summary =
           "Propose the learning agreement, or a change to it (the student or the sending side)",
       .tag = "learning",
       .request_schema = "LaProposal",
       .response_schema = "LearningAgreement",
       .success_status = 201,
       .handler = [&s, respond_view](Request& req) {
         auto id = internal::id_param(req, "id");
         if (!id) return problem(id.error());
         auto body = internal::json_body(req);
         if (!body) return problem(body.error());
         if (auto ok = internal::only_fields(*body, {"components", "reason"}); !ok)
           return problem(ok.error());
         auto components = member_as<std::vector<domain::LaComponent>>(
             *body, "components",
             "a list of {host: {code, title, credits, credit_system}, home: {…}, term}");
         if (!components) return problem(components.error());
         const std::string reason = body->value("reason", "");
         return respond_view(s.learning_agreements.propose(req.principal->actor, MobilityId{*id},
                                                           std::move(*components), reason),
                             201);
       }});
  router.add(
      {.method = "POST",
       .pattern = "/api/v1/mobilities/{id}/learning-agreement/versions/{number}/approval",
       .roles = {Role::student, Role::coordinator, Role::officer, Role::admin, Role::partner},
       .summary = "Approve a version by signing its SHA-256 (the student, the sending and the "
                  "receiving side)",
       .tag = "learning",
       .request_schema = "LaApproval",
       .response_schema = "LearningAgreement",
       .handler = [&s, respond_view](Request& req) {
         auto id = internal::id_param(req, "id");
         if (!id) return problem(id.error());
         auto number = number_param(req, "number");
         if (!number) return problem(number.error());
         auto body = internal::json_body(req);
         if (!body) return problem(body.error());
         if (auto ok = internal::only_fields(*body, {"sha256"}); !ok) return problem(ok.error());
         auto sha = member_as<std::string>(*body, "sha256", "the version's SHA-256, hex");
         if (!sha) return problem(sha.error());
         return respond_view(
             s.learning_agreements.approve(req.principal->actor, MobilityId{*id}, *number, *sha));
       }});
  router.add(
      {.method = "POST",
       .pattern = "/api/v1/mobilities/{id}/learning-agreement/versions/{number}/comments",
       .roles = {Role::student, Role::coordinator, Role::officer, Role::admin, Role::partner},
       .summary = "Comment on a version instead of approving it",
       .tag = "learning",
       .request_schema = "LaComment",
       .response_schema = "LearningAgreement",
       .handler = [&s, respond_view](Request& req) {
         auto id = internal::id_param(req, "id");
         if (!id) return problem(id.error());
         auto number = number_param(req, "number");
         if (!number) return problem(number.error());
         auto body = internal::json_body(req);
         if (!body) return problem(body.error());
         if (auto ok = internal::only_fields(*body, {"text"}); !ok) return problem(ok.error());
         auto text = member_as<std::string>(*body, "text", "the comment");
         if (!text) return problem(text.error());
         return respond_view(
             s.learning_agreements.comment(req.principal->actor, MobilityId{*id}, *number, *text));
       }});
  router.add({.method = "PUT",
              .pattern = "/api/v1/mobilities/{id}/transcript",
              .roles = {Role::partner, Role::officer, Role::admin},
              .summary = "Enter the host's results (the receiving institution): code, title, "
                         "credits, grade, scale, date",
              .tag = "learning",
              .request_schema = "TranscriptInput",
              .response_schema = "LearningAgreement",
              .handler = [&s, respond_view](Request& req) {
                auto id = internal::id_param(req, "id");
                if (!id) return problem(id.error());
                auto body = internal::json_body(req);
                if (!body) return problem(body.error());
                if (auto ok = internal::only_fields(*body, {"entries"}); !ok)
                  return problem(ok.error());
                auto entries = member_as<std::vector<domain::TranscriptEntry>>(
                    *body, "entries", "a list of {code, title, credits, grade, scale, date}");
                if (!entries) return problem(entries.error());
                return respond_view(s.transcripts.set(req.principal->actor, MobilityId{*id},
                                                      std::move(*entries), "partner"));
              }});
  router.add(
      {.method = "POST",
       .pattern = "/api/v1/mobilities/{id}/transcript/import",
       .roles = {Role::partner, Role::officer, Role::admin},
       .summary =
           "Import the host's results from CSV or EWP/ELMO XML (validated against the schema)",
       .tag = "learning",
       .query = {{"scale", "string",
                  "the grade scale of the results (default: by the host's country)"}},
       .request_schema = "FileUpload",
       .response_schema = "LearningAgreement",
       .body_limit = kMaxUploadBytes,
       .handler = [&s, respond_view](Request& req) {
         auto id = internal::id_param(req, "id");
         if (!id) return problem(id.error());
         std::string scale = req.query_value("scale");
         if (scale.empty()) scale = "ects";
         return respond_view(s.transcripts.import_file(
             req.principal->actor, MobilityId{*id}, req.body, req.header("content-type"), scale));
       }});
  router.add(
      {.method = "POST",
       .pattern = "/api/v1/mobilities/{id}/recognition",
       .roles = {Role::coordinator, Role::officer, Role::admin},
       .summary =
           "Credit home courses with converted grades (approve: true makes the stay recognised)",
       .tag = "learning",
       .request_schema = "RecognitionInput",
       .response_schema = "LearningAgreement",
       .handler = [&s, respond_view](Request& req) {
         auto id = internal::id_param(req, "id");
         if (!id) return problem(id.error());
         auto body = internal::json_body(req);
         if (!body) return problem(body.error());
         if (auto ok = internal::only_fields(*body, {"entries", "approve"}); !ok)
           return problem(ok.error());
         if (!body->contains("entries") || !(*body)["entries"].is_array())
           return problem(Error::invalid("entries is required", {{"entries", "a list"}}));
         std::vector<service::RecognitionRequest> requests;
         for (const auto& e : (*body)["entries"]) {
           if (!e.is_object())
             return problem(Error::invalid("an entry is an object", {{"entries", "objects"}}));
           service::RecognitionRequest r;
           try {
             r.home_code = e.value("home_code", "");
             r.home_title = e.value("home_title", "");
             r.home_credits = e.value("home_credits", 0.0);
             r.host_codes = e.value("host_codes", std::vector<std::string>{});
             r.override_grade = e.value("override_grade", "");
             r.override_reason = e.value("override_reason", "");
           } catch (const std::exception&) {
             return problem(Error::invalid("an entry has a member of the wrong type",
                                           {{"entries",
                                             "{home_code, home_title, home_credits, host_codes, "
                                             "override_grade, override_reason}"}}));
           }
           requests.push_back(std::move(r));
         }
         const bool approve = body->value("approve", false);
         return respond_view(s.recognitions.recognise(req.principal->actor, MobilityId{*id},
                                                      std::move(requests), approve));
       }});
  router.add(
      {.method = "GET",
       .pattern = "/api/v1/mobilities/{id}/ewp-la",
       .roles = {Role::student, Role::coordinator, Role::officer, Role::admin, Role::partner},
       .summary =
           "The learning agreement as an EWP omobility-las v1.2 get-response (XML, schema-valid)",
       .tag = "learning",
       .handler = [&s](Request& req) {
         auto id = internal::id_param(req, "id");
         if (!id) return problem(id.error());
         auto xml = s.ewp_learning_agreements.xml(req.principal->actor, MobilityId{*id});
         if (!xml) return problem(xml.error());
         Response r;
         r.status = 200;
         r.content_type = "application/xml; charset=utf-8";
         r.body = std::move(*xml);
         return r;
       }});
  router.add(
      {.method = "GET",
       .pattern = "/api/v1/indicators/recognition",
       .roles = {Role::admin, Role::officer, Role::coordinator, Role::viewer},
       .summary = "Per partner: ECTS in approved learning agreements and ECTS recognised at home",
       .tag = "learning",
       .response_schema = "RecognitionRates",
       .handler = [&s](Request& req) {
         return internal::respond(s.recognitions.rates(req.principal->actor),
                                  [](const json& j) { return Response::json(200, j); });
       }});
  router.add({.method = "GET",
              .pattern = "/api/v1/institutions/{id}/courses",
              .roles = kAll,
              .summary = "An institution's course catalogue, by code",
              .tag = "learning",
              .query = internal::paged_query(),
              .response_schema = "CourseList",
              .handler = [&s](Request& req) {
                auto id = internal::id_param(req, "id");
                if (!id) return problem(id.error());
                return internal::paged_list(
                    req,
                    [&](const service::PageRequest& page) {
                      return s.course_catalogues.courses(req.principal->actor, InstitutionId{*id},
                                                         page);
                    },
                    [](const domain::Course& c) { return json(c); });
              }});
  router.add(
      {.method = "POST",
       .pattern = "/api/v1/institutions/{id}/courses/import",
       .roles = {Role::admin, Role::officer, Role::partner},
       .summary =
           "Import a course catalogue from CSV (code, title, title_zh, title_local, credits, "
           "credit_system, level, language, isced, term; dry_run=true by default)",
       .tag = "learning",
       .query = {{"dry_run", "string", "true to check only (the default), false to import"}},
       .request_schema = "FileUpload",
       .response_schema = "MobilityImportOutcome",
       .body_limit = kMaxUploadBytes,
       .handler = [&s](Request& req) {
         auto id = internal::id_param(req, "id");
         if (!id) return problem(id.error());
         auto dry = internal::dry_run_param(req);
         if (!dry) return problem(dry.error());
         auto outcome = s.course_catalogues.import_courses(req.principal->actor, InstitutionId{*id},
                                                           req.body, *dry);
         if (!outcome) return problem(outcome.error());
         const json errors = internal::rows_json(outcome->errors);
         if (!errors.empty()) return internal::invalid_rows(errors, outcome->dry_run);
         return Response::json(outcome->dry_run ? 200 : 201, {{"dry_run", outcome->dry_run},
                                                              {"rows", outcome->rows},
                                                              {"errors", errors},
                                                              {"created", outcome->created}});
       }});
  router.add({.method = "GET",
              .pattern = "/api/v1/institutions/{id}/credit-system",
              .roles = kAll,
              .summary = "The institution's credit system and its ECTS per credit",
              .tag = "learning",
              .response_schema = "CreditSystem",
              .handler = [&s](Request& req) {
                auto id = internal::id_param(req, "id");
                if (!id) return problem(id.error());
                return internal::respond(
                    s.course_catalogues.credit_system(InstitutionId{*id}), [](const auto& c) {
                      return Response::json(
                          200, {{"system", c.system}, {"ects_per_credit", c.ects_per_credit}});
                    });
              }});
  router.add({.method = "PUT",
              .pattern = "/api/v1/institutions/{id}/credit-system",
              .roles = {Role::admin, Role::officer},
              .summary = "Set the institution's credit system and its ECTS per credit",
              .tag = "learning",
              .request_schema = "CreditSystem",
              .response_schema = "CreditSystem",
              .handler = [&s](Request& req) {
                auto id = internal::id_param(req, "id");
                if (!id) return problem(id.error());
                auto body = internal::json_body(req);
                if (!body) return problem(body.error());
                if (auto ok = internal::only_fields(*body, {"system", "ects_per_credit"}); !ok)
                  return problem(ok.error());
                auto system = member_as<std::string>(*body, "system", "a credit system id like cn");
                if (!system) return problem(system.error());
                auto factor = member_as<double>(*body, "ects_per_credit", "a number");
                if (!factor) return problem(factor.error());
                return internal::respond(
                    s.course_catalogues.set_credit_system(req.principal->actor, InstitutionId{*id},
                                                          {*system, *factor}),
                    [](const auto& c) {
                      return Response::json(
                          200, {{"system", c.system}, {"ects_per_credit", c.ects_per_credit}});
                    });
              }});
}

}  // namespace orbis::http
