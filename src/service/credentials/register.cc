// Reading the register of issued credentials: a page of it, one credential, what its reader
// may do to it, and what anyone may read of one (its document and the QR code of its
// verification page). Who reads what comes from the policy (credential read) and how much of
// a holder they see from domain/privacy.h.
#include <fmt/format.h>
#include <qrencode.h>

#include <cctype>

#include "common/text.h"
#include "domain/access/policy.h"
#include "service/credentials/credentials.h"
#include "service/support/paging.h"
#include "service/support/privacy.h"
#include "service/support/transaction.h"
#include "store/lists.h"

namespace orbis::service {
namespace {

using domain::access::Reach;
using nlohmann::json;

// The reader's reach over the register, from the policy (credential read): every
// credential, or those issued to the reader's own address (a credential names its holder by
// e-mail, not by person record). Any other reach is refused: the register has no org unit or
// institution to bound a list by.
std::optional<domain::access::Scope> reading_scope(const domain::Actor& actor) {
  auto scope = domain::access::scope_of(actor, domain::access::Resource::credential,
                                        domain::access::Action::read);
  if (scope.reach == domain::access::Reach::all) return scope;
  if (scope.reach == domain::access::Reach::own_records && !actor.email.empty()) return scope;
  return std::nullopt;
}

// How a reader of the register within `scope` stands to the holders (domain/privacy.h): a
// credential is bounded by nothing but its holder's address, so a reader who reaches only
// their own records holds each one they read; every other reader stands by role (the
// office, or a viewer who is an outsider: no e-mail, no signed document).
domain::Standing standing(const domain::Actor& actor, const domain::access::Scope& scope) {
  domain::access::Subject holders;
  if (scope.reach == domain::access::Reach::own_records) holders.owner = actor.user;
  return domain::standing(actor, holders);
}

bool valid_uuid(const std::string& id) {
  if (id.size() != 36) return false;
  for (std::size_t i = 0; i < id.size(); ++i) {
    const bool dash = i == 8 || i == 13 || i == 18 || i == 23;
    if (dash ? id[i] != '-' : !std::isxdigit(static_cast<unsigned char>(id[i]))) return false;
  }
  return true;
}

}  // namespace

Result<Page<store::CredentialRecord>> Credentials::list(const domain::Actor& actor,
                                                        const CredentialFilter& f,
                                                        const PageRequest& request) const {
  const auto scope = reading_scope(actor);
  if (!scope) {
    return fail(Error::denied("credentials are for the international office and their recipients"));
  }
  const auto shown = domain::disclosure(standing(actor, *scope));
  store::CredentialQuery query;
  if (scope->reach == Reach::own_records) query.subject_email = text::to_lower_ascii(actor.email);
  query.status = f.status;
  query.type = f.type;
  query.text = text::fold_for_search(f.q);
  // An address the reader may not see cannot find a credential either.
  query.text_in_email = shown.email;
  const auto read = [&](store::Transaction& tx,
                        store::PageSpec spec) -> Result<store::Page<store::CredentialRecord>> {
    query.page = std::move(spec);
    auto found = store::list_credentials(tx, query);
    if (!found) return fail(found.error());
    auto names = ActorNames::load(tx);
    if (!names) return fail(names.error());
    for (auto& r : found->items) redact(r, shown, *names);
    return found;
  };
  return read_page<store::CredentialRecord>(store_, "credentials", "issued", request, read);
}

Result<store::CredentialRecord> Credentials::get(const domain::Actor& actor,
                                                 const std::string& id) const {
  return run(store_, store::Access::read,
             [&](store::Transaction& tx) { return get_in(tx, actor, id); });
}

Result<store::CredentialRecord> Credentials::get_in(store::Transaction& tx,
                                                    const domain::Actor& actor,
                                                    const std::string& id) const {
  const auto missing = Error::not_found("no such credential");
  if (!valid_uuid(id)) return fail(missing);
  auto r = tx.credentials().get(id);
  if (!r) return fail(r.error());
  if (!*r) return fail(missing);
  const auto scope = reading_scope(actor);
  if (!scope) return fail(missing);
  if (scope->reach == Reach::own_records &&
      (*r)->subject_email != text::to_lower_ascii(actor.email))
    return fail(missing);
  auto names = ActorNames::load(tx);
  if (!names) return fail(names.error());
  redact(**r, domain::disclosure(standing(actor, *scope)), *names);
  return **r;
}

std::vector<std::string> Credentials::status_moves(const domain::Actor& actor,
                                                   const store::CredentialRecord& record) {
  namespace access = domain::access;
  if (!access::scope_of(actor, access::Resource::credential, access::Action::revoke).allowed())
    return {};
  if (record.status == "active") return {"suspended", "revoked"};
  if (record.status == "suspended") return {"active", "revoked"};
  return {};
}

CredentialView Credentials::view(const domain::Actor& reader, store::CredentialRecord record,
                                 bool with_document) const {
  CredentialView out;
  out.verify_url = verify_url(record.id);
  out.allowed_transitions = status_moves(reader, record);
  out.record = std::move(record);
  out.with_document = with_document;
  return out;
}

Result<json> Credentials::public_document(const std::string& id) const {
  const auto missing = Error::not_found("no such credential");
  if (!valid_uuid(id)) return fail(missing);
  return run(store_, store::Access::read, [&](store::Transaction& tx) -> Result<json> {
    auto r = tx.credentials().get(id);
    if (!r) return fail(r.error());
    if (!*r) return fail(missing);
    return json::parse((*r)->document);
  });
}

Result<std::string> Credentials::qr_svg(const std::string& id) const {
  if (auto document = public_document(id); !document) return fail(document.error());
  return qr_code_svg(verify_url(id));
}

Result<std::string> qr_code_svg(const std::string& text) {
  QRcode* code = QRcode_encodeString(text.c_str(), 0, QR_ECLEVEL_M, QR_MODE_8, 1);
  if (!code) return fail(Error::invalid("the text is too long for a QR code"));
  const int width = code->width;
  constexpr int kQuiet = 4;  // the quiet zone the standard asks for, in modules
  const int size = width + 2 * kQuiet;
  std::string path;
  for (int y = 0; y < width; ++y) {
    for (int x = 0; x < width; ++x) {
      if (code->data[y * width + x] & 1)
        path += fmt::format("M{} {}h1v1h-1z", x + kQuiet, y + kQuiet);
    }
  }
  QRcode_free(code);
  return fmt::format(
      "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {0} {0}\" "
      "shape-rendering=\"crispEdges\">"
      "<rect width=\"{0}\" height=\"{0}\" fill=\"#fff\"/><path fill=\"#000\" d=\"{1}\"/></svg>",
      size, path);
}

}  // namespace orbis::service
