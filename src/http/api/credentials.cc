// Routes of verifiable credentials: issuing, status, the DID document, status lists, and
// verification for anyone.
#include "http/json/credentials.h"

#include "http/api/api.h"
#include "http/routing/endpoint.h"

namespace orbis::http {

namespace routing {

// A list of credentials: words, filters and a page (100 a page unless asked).
struct CredentialsQuery {
  std::string q;
  std::string status;
  std::string type;
  PageRequest page;
};

template <>
struct QueryCodec<CredentialsQuery> : QueryObject<CredentialsQuery> {
  static constexpr auto params() {
    return std::tuple{Param{"q", &CredentialsQuery::q, "the recipient's name or email, or the id"},
                      Param{"status", &CredentialsQuery::status, "active, suspended or revoked"},
                      Param{"type", &CredentialsQuery::type, "the credential type"},
                      Paging<CredentialsQuery>{&CredentialsQuery::page, kMaxPageSize}};
  }
};

}  // namespace routing

void add_credential_routes(Router& router, service::Services& s) {
  using domain::access::Action;
  using domain::access::Resource;
  using json::CredentialStatusChange;
  using json::KeyRotation;
  using json::MobilityCredentialRequest;
  using json::SignedCredential;
  using json::VerifyRequest;
  using service::CredentialView;
  using namespace routing;
  Api api(router, "credentials");

  // A credential just issued: 201, its document shown, and where to read it.
  const auto created =
      [&s](const Call& c,
           Result<store::CredentialRecord> record) -> Result<Created<CredentialView>> {
    if (!record) return fail(record.error());
    std::string location = "/api/v1/credentials/" + record->id;
    return Created<CredentialView>{s.credentials.view(c.actor(), std::move(*record), true),
                                   std::move(location)};
  };

  api.get("/api/v1/credentials/status/{purpose}", Access::anyone(),
          "Read a signed Bitstring Status List credential (revocation or suspension)")
      .media_type("application/vc+json")
      .header("Cache-Control", "public, max-age=60")
      .handle([&s](const Call&, const PathText& purpose) -> Result<SignedCredential> {
        auto list = s.credentials.status_list(purpose.value);
        if (!list) return fail(list.error());
        return SignedCredential{std::move(*list)};
      });

  // Before /credentials/{credential}, which would take "issuer" for an id.
  api.get("/api/v1/credentials/issuer", Access::policy(Resource::credential, Action::issue),
          "Read where credentials issued now say they come from (the DID and public URL), and "
          "whether that address names this computer alone, so that nobody else could verify "
          "them")
      .handle([&s](const Call&) -> Result<service::IssuerAddress> {
        return s.credentials.issuer_address();
      });

  api.post("/api/v1/credentials", Access::policy(Resource::credential, Action::issue),
           "Issue a verifiable credential (exchange completion, transcript, programme "
           "participation)")
      .handle(
          [&s, created](const Call& c,
                        const service::IssueRequest& request) -> Result<Created<CredentialView>> {
            return created(c, s.credentials.issue(c.actor(), request));
          });

  api.post("/api/v1/mobilities/{id}/credentials",
           Access::policy(Resource::credential, Action::issue),
           "Issue the credential a completed stay earned (exchange_completion or "
           "programme_participation; by default from the stay's programme)")
      .handle(
          [&s, created](
              const Call& c, MobilityId id,
              std::optional<MobilityCredentialRequest> body) -> Result<Created<CredentialView>> {
            const std::string type = body ? body->type : std::string();
            return created(c, s.credentials.issue_for_mobility(c.actor(), id, type));
          });

  api.get("/api/v1/credentials", Access::policy(Resource::credential, Action::read),
          "List issued credentials (a student sees their own)")
      .handle(
          [&s](const Call& c, const Query<CredentialsQuery>& q) -> Result<Page<CredentialView>> {
            const service::CredentialFilter filter{q->q, q->status, q->type};
            auto page = s.credentials.list(c.actor(), filter,
                                           service::PageRequest{q->page.limit, q->page.cursor});
            if (!page) return fail(page.error());
            Page<CredentialView> out;
            for (auto& record : page->items)
              out.items.push_back(s.credentials.view(c.actor(), std::move(record), false));
            out.next = std::move(page->next);
            return out;
          });

  api.get("/api/v1/credentials/{credential}", Access::policy(Resource::credential, Action::read),
          "Read an issued credential")
      .handle([&s](const Call& c, const PathText& id) -> Result<CredentialView> {
        auto record = s.credentials.get(c.actor(), id.value);
        if (!record) return fail(record.error());
        return s.credentials.view(c.actor(), std::move(*record), true);
      });

  api.post("/api/v1/credentials/{credential}/status",
           Access::policy(Resource::credential, Action::revoke),
           "Revoke, suspend or reinstate a credential")
      .handle([&s](const Call& c, const PathText& id,
                   const CredentialStatusChange& change) -> Result<CredentialView> {
        auto record = s.credentials.set_status(c.actor(), id.value, change.status, change.reason);
        if (!record) return fail(record.error());
        return s.credentials.view(c.actor(), std::move(*record), false);
      });

  api.post("/api/v1/credentials/keys/rotate", Access::policy(Resource::issuer_key, Action::issue),
           "Rotate the issuer key (what older keys signed keeps verifying)")
      .handle([&s](const Call& c) -> Result<KeyRotation> {
        auto multikey = s.credentials.rotate_key(c.actor());
        if (!multikey) return fail(multikey.error());
        return KeyRotation{std::move(*multikey)};
      });

  api.post("/api/v1/verify", Access::anyone(),
           "Verify a credential: signature, issuer, dates and status")
      .handle([&s](const Call&, const VerifyRequest& body) -> Result<service::VerifyReport> {
        return s.credentials.verify(body.credential);
      });

  api.get("/api/v1/public/credentials/{credential}", Access::anyone(),
          "Read a credential by its id (the QR code's link), for verification")
      .header("Cache-Control", "no-store")
      .handle([&s](const Call&, const PathText& id) -> Result<SignedCredential> {
        auto document = s.credentials.public_document(id.value);
        if (!document) return fail(document.error());
        return SignedCredential{std::move(*document)};
      });

  api.get("/api/v1/public/credentials/{credential}/qr.svg", Access::anyone(),
          "A QR code of the credential's verification page")
      .handle([&s](const Call&, const PathText& id) -> Result<Download> {
        auto svg = s.credentials.qr_svg(id.value);
        if (!svg) return fail(svg.error());
        Download out;
        out.content_type = "image/svg+xml";
        out.bytes = std::move(*svg);
        out.attachment = false;
        return out;
      });
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
