// Routes of verifiable credentials: issuing, status, the DID document, status lists, and
// verification for anyone.
#include <fmt/format.h>

#include "http/api.h"
#include "http/api_support.h"

namespace orbis::http {
namespace {

using domain::Role;
using internal::FieldReader;
using nlohmann::json;

json record_json(const store::CredentialRecord& r, const service::Credentials& c,
                 const domain::Actor& reader, bool with_document) {
  json j = {
      {"id", r.id},
      {"type", r.type},
      {"subject",
       {{"name", r.subject_name}, {"name_zh", r.subject_name_zh}, {"email", r.subject_email}}},
      {"status", r.status},
      {"status_reason", r.status_reason},
      {"issued_at", r.issued_at},
      {"issued_by", r.issued_by},
      {"updated_at", r.updated_at},
      {"verify_url", c.verify_url(r.id)},
      // The statuses the reader may move it to now.
      {"allowed_transitions", service::Credentials::status_moves(reader, r)}};
  // Left out (null) for a reader who may not see the holder's results (domain/privacy.h).
  if (with_document)
    j["document"] = r.document.empty() ? json() : json::parse(r.document, nullptr, false);
  return j;
}

json report_json(const service::VerifyReport& report) {
  json j = credentials::to_json(report.verification);
  j["ours"] = report.ours;
  j["issuer_name"] = report.issuer_name.empty() ? json() : json(report.issuer_name);
  return j;
}

}  // namespace

void add_credential_routes(Router& router, service::Services& s) {
  router.add(
      {.method = "GET",
       .pattern = "/api/v1/credentials/status/{purpose}",
       .is_public = true,
       .summary = "Read a signed Bitstring Status List credential (revocation or suspension)",
       .tag = "credentials",
       .handler = [&s](Request& req) {
         auto list = s.credentials.status_list(req.params["purpose"]);
         if (!list) return problem(list.error());
         auto r = Response::json(200, *list);
         r.content_type = "application/vc+json";
         r.headers.emplace_back("Cache-Control", "public, max-age=60");
         return r;
       }});

  router.add({.method = "POST",
              .pattern = "/api/v1/credentials",
              .roles = {Role::admin, Role::officer},
              .summary = "Issue a verifiable credential (exchange completion, transcript, "
                         "programme participation)",
              .tag = "credentials",
              .request_schema = "CredentialInput",
              .response_schema = "CredentialRecord",
              .success_status = 201,
              .handler = [&s](Request& req) {
                auto body = internal::json_body(req);
                if (!body) return problem(body.error());
                if (auto ok = internal::only_fields(*body, {"type", "subject", "achievement"}); !ok)
                  return problem(ok.error());
                FieldReader r(*body);
                service::IssueRequest request;
                request.type = r.text("type").value_or("");
                if (body->contains("subject") && (*body)["subject"].is_object()) {
                  const auto& subject = (*body)["subject"];
                  request.subject_name = subject.value("name", "");
                  request.subject_name_zh = subject.value("name_zh", "");
                  request.subject_email = subject.value("email", "");
                } else {
                  r.error("subject", "an object {name, name_zh, email}");
                }
                request.achievement = body->value("achievement", json::object());
                if (auto ok = r.finish("credential"); !ok) return problem(ok.error());
                return internal::respond(
                    s.credentials.issue(req.principal->actor, request), [&](const auto& record) {
                      auto response = Response::json(
                          201, record_json(record, s.credentials, req.principal->actor, true));
                      response.headers.emplace_back("Location", "/api/v1/credentials/" + record.id);
                      return response;
                    });
              }});

  router.add({.method = "POST",
              .pattern = "/api/v1/mobilities/{id}/credentials",
              .roles = {Role::admin, Role::officer},
              .summary = "Issue the credential a completed stay earned (exchange_completion or "
                         "programme_participation; by default from the stay's programme)",
              .tag = "credentials",
              .request_schema = "MobilityCredentialInput",
              .body_optional = true,
              .response_schema = "CredentialRecord",
              .success_status = 201,
              .handler = [&s](Request& req) {
                auto id = internal::id_param(req, "id");
                if (!id) return problem(id.error());
                std::string type;
                if (!req.body.empty()) {
                  auto body = internal::json_body(req);
                  if (!body) return problem(body.error());
                  if (auto ok = internal::only_fields(*body, {"type"}); !ok)
                    return problem(ok.error());
                  FieldReader r(*body);
                  type = r.text("type").value_or("");
                  if (auto ok = r.finish("credential"); !ok) return problem(ok.error());
                }
                return internal::respond(
                    s.credentials.issue_for_mobility(req.principal->actor, MobilityId{*id}, type),
                    [&](const auto& record) {
                      auto response = Response::json(
                          201, record_json(record, s.credentials, req.principal->actor, true));
                      response.headers.emplace_back("Location", "/api/v1/credentials/" + record.id);
                      return response;
                    });
              }});

  router.add(
      {.method = "GET",
       .pattern = "/api/v1/credentials",
       .roles = {Role::admin, Role::officer, Role::viewer, Role::student},
       .summary = "List issued credentials (a student sees their own)",
       .tag = "credentials",
       .query = internal::paged_query({{"q", "string", "the recipient's name or email, or the id"},
                                       {"status", "string", "active, suspended or revoked"},
                                       {"type", "string", "the credential type"}}),
       .response_schema = "CredentialList",
       .handler = [&s](Request& req) {
         const service::CredentialFilter f{req.query_value("q"), req.query_value("status"),
                                           req.query_value("type")};
         return internal::paged_list(
             req,
             [&](const service::PageRequest& page) {
               return s.credentials.list(req.principal->actor, f, page);
             },
             [&](const auto& record) {
               return record_json(record, s.credentials, req.principal->actor, false);
             });
       }});

  router.add({.method = "GET",
              .pattern = "/api/v1/credentials/{credential}",
              .roles = {Role::admin, Role::officer, Role::viewer, Role::student},
              .summary = "Read an issued credential",
              .tag = "credentials",
              .response_schema = "CredentialRecord",
              .handler = [&s](Request& req) {
                return internal::respond(
                    s.credentials.get(req.principal->actor, req.params["credential"]),
                    [&](const auto& record) {
                      return Response::json(
                          200, record_json(record, s.credentials, req.principal->actor, true));
                    });
              }});

  router.add({.method = "POST",
              .pattern = "/api/v1/credentials/{credential}/status",
              .roles = {Role::admin, Role::officer},
              .summary = "Revoke, suspend or reinstate a credential",
              .tag = "credentials",
              .request_schema = "CredentialStatusInput",
              .response_schema = "CredentialRecord",
              .handler = [&s](Request& req) {
                auto body = internal::json_body(req);
                if (!body) return problem(body.error());
                if (auto ok = internal::only_fields(*body, {"status", "reason"}); !ok)
                  return problem(ok.error());
                FieldReader r(*body);
                const auto status = r.text("status").value_or("");
                const auto reason = r.text("reason").value_or("");
                if (auto ok = r.finish("status change"); !ok) return problem(ok.error());
                return internal::respond(
                    s.credentials.set_status(req.principal->actor, req.params["credential"], status,
                                             reason),
                    [&](const auto& record) {
                      return Response::json(
                          200, record_json(record, s.credentials, req.principal->actor, false));
                    });
              }});

  router.add({.method = "POST",
              .pattern = "/api/v1/credentials/keys/rotate",
              .roles = {Role::admin},
              .summary = "Rotate the issuer key (what older keys signed keeps verifying)",
              .tag = "credentials",
              .response_schema = "KeyRotation",
              .handler = [&s](Request& req) {
                return internal::respond(
                    s.credentials.rotate_key(req.principal->actor), [](const auto& multikey) {
                      return Response::json(200, {{"public_multikey", multikey}});
                    });
              }});

  router.add({.method = "POST",
              .pattern = "/api/v1/verify",
              .is_public = true,
              .summary = "Verify a credential: signature, issuer, dates and status",
              .tag = "credentials",
              .request_schema = "VerifyInput",
              .response_schema = "VerifyReport",
              .handler = [&s](Request& req) {
                auto body = internal::json_body(req, internal::BodyText::as_sent);
                if (!body) return problem(body.error());
                if (!body->contains("credential") || !(*body)["credential"].is_object()) {
                  return problem(Error::invalid("send {\"credential\": {…}}",
                                                {{"credential", "a credential, a JSON object"}}));
                }
                return Response::json(200,
                                      report_json(s.credentials.verify((*body)["credential"])));
              }});

  router.add({.method = "GET",
              .pattern = "/api/v1/public/credentials/{credential}",
              .is_public = true,
              .summary = "Read a credential by its id (the QR code's link), for verification",
              .tag = "credentials",
              .response_schema = "SignedCredential",
              .handler = [&s](Request& req) {
                auto document = s.credentials.public_document(req.params["credential"]);
                if (!document) return problem(document.error());
                auto r = Response::json(200, *document);
                r.headers.emplace_back("Cache-Control", "no-store");
                return r;
              }});

  router.add({.method = "GET",
              .pattern = "/api/v1/public/credentials/{credential}/qr.svg",
              .is_public = true,
              .summary = "A QR code of the credential's verification page",
              .tag = "credentials",
              .handler = [&s](Request& req) {
                auto svg = s.credentials.qr_svg(req.params["credential"]);
                if (!svg) return problem(svg.error());
                Response r;
                r.content_type = "image/svg+xml";
                r.body = std::move(*svg);
                return r;
              }});
}

// The DID document lives outside /api/: did:web resolves HOST/.well-known/did.json.
std::optional<Response> well_known(const Request& request, service::Services& s) {
  if (request.path != "/.well-known/did.json") return std::nullopt;
  if (request.method != "GET" && request.method != "HEAD")
    return problem(405, "method_not_allowed", "read it with GET");
  auto document = s.credentials.did_document();
  if (!document) return problem(document.error());
  auto r = Response::json(200, *document);
  r.content_type = "application/did+json";
  r.headers.emplace_back("Access-Control-Allow-Origin", "*");
  return r;
}

}  // namespace orbis::http
