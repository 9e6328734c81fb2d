// Verifiable credentials in the product: the institution's issuer keys, issuing,
// revoking and suspending, the status lists and the DID document it serves, and
// verification for anyone.
//
// Thread-safety: thread-safe.
//
// Keys: the secret keys are stored sealed with the key-encryption key (KEK); without a
// KEK the service still serves its DID document (from the public keys) and verifies —
// the status of its own credentials then comes from its register — but it cannot issue
// or sign status lists (unavailable).
#pragma once

#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <vector>

#include "common/clock.h"
#include "credentials/credential.h"
#include "credentials/key_file.h"
#include "domain/user.h"
#include "service/registry/registry.h"
#include "service/support/paging.h"
#include "store/store.h"

namespace orbis::service {

struct CredentialsConfig {
  std::optional<credentials::KeyEncryptionKey> kek;
  // Where Orbis is reached: the did:web host. Empty: the setting credentials.public_url,
  // which set_public_url(…, true) records.
  std::string public_url;
};

struct IssueRequest {
  std::string type;  // exchange_completion, transcript_of_records, programme_participation
  std::string subject_name;
  std::string subject_name_zh;
  std::string subject_email;
  nlohmann::json achievement;  // the type's fields (docs/credentials.md)
};

struct CredentialFilter {
  std::string q;
  std::string status;
  std::string type;
};

struct VerifyReport {
  credentials::Verification verification;
  bool ours = false;  // issued by this institution
  std::string issuer_name;
};

// A credential as a reader sees it: the record, where it is verified, the statuses the
// reader may move it to now, and whether its signed document is shown (a new credential and
// the detail show it; the list and a status change do not).
// Where credentials issued now say they come from.
struct IssuerAddress {
  std::string did;         // did:web:HOST of the public URL
  std::string public_url;  // where verifiers and QR codes are sent
  // The public URL names this computer alone (localhost, 127.x): nobody else can resolve
  // the DID or open a credential's verification link (credentials::only_this_machine).
  bool only_this_machine = false;
};

struct CredentialView {
  store::CredentialRecord record;
  std::string verify_url;
  std::vector<std::string> allowed_transitions;
  bool with_document = false;
};

class Credentials {
 public:
  Credentials(store::Store& store, const Clock& clock, const Registry& registry,
              CredentialsConfig config);

  // did:web:HOST of the public URL.
  const std::string& did() const { return did_; }
  // Sets where Orbis is reached; with `persist`, records it in the settings, so that the
  // institution's DID does not change with the port a later run listens on. Call before
  // serving.
  Status set_public_url(std::string url, bool persist);
  // Whether a public URL came from the configuration or the settings.
  bool has_public_url() const { return !config_.public_url.empty(); }
  IssuerAddress issuer_address() const;
  // The did:web a public URL gives; invalid_argument when it gives none (a bad host or port).
  static Result<std::string> did_for(const std::string& public_url);
  // Makes the first issuer key when there is none (needs the KEK). Idempotent.
  Status ensure_key();
  // Admins: a new signing key. Older keys stay in the DID document, so every credential
  // they signed keeps verifying. Returns the new key's Multikey.
  Result<std::string> rotate_key(const domain::Actor& actor);
  // The DID document: every key this institution has had, so old credentials verify.
  Result<nlohmann::json> did_document() const;
  // The signed status list credential for "revocation" or "suspension"; not_found for
  // another purpose; unavailable without the KEK.
  Result<nlohmann::json> status_list(const std::string& purpose) const;

  // Officers and admins. invalid_argument by field; unavailable without the KEK.
  Result<store::CredentialRecord> issue(const domain::Actor& actor, const IssueRequest& request);
  // Issues what a completed (or recognised) stay earned: exchange_completion for a study
  // or traineeship stay, programme_participation for a programme such as a summer school.
  // conflict when the stay is not completed; the request it was made from is in the record.
  Result<store::CredentialRecord> issue_for_mobility(const domain::Actor& actor,
                                                     MobilityId mobility, const std::string& type);
  // A page of credentials, the latest issued first. Officers, admins and viewers see all; a
  // student sees what was issued to their email. invalid_argument naming `limit` or `cursor`.
  Result<Page<store::CredentialRecord>> list(const domain::Actor& actor,
                                             const CredentialFilter& filter,
                                             const PageRequest& page) const;
  Result<store::CredentialRecord> get(const domain::Actor& actor, const std::string& id) const;
  // The statuses the actor may move the record to now (for its allowed_transitions): an
  // officer or admin suspends or revokes an active one, reinstates or revokes a suspended
  // one; revoked is final.
  static std::vector<std::string> status_moves(const domain::Actor& actor,
                                               const store::CredentialRecord& record);
  // The record as `reader` sees it (its document as the record holds it: empty for a reader
  // who may not see the holder's results).
  CredentialView view(const domain::Actor& reader, store::CredentialRecord record,
                      bool with_document) const;
  // Officers and admins: revoked (final), suspended, or active again after a suspension.
  Result<store::CredentialRecord> set_status(const domain::Actor& actor, const std::string& id,
                                             const std::string& status, const std::string& reason);

  // Anyone: checks a credential, resolving this institution's DID and status lists.
  VerifyReport verify(const nlohmann::json& credential) const;
  // Anyone with the id: the signed document.
  Result<nlohmann::json> public_document(const std::string& id) const;
  // The verification page's address for a credential, and its QR code as SVG.
  std::string verify_url(const std::string& id) const;
  Result<std::string> qr_svg(const std::string& id) const;

 private:
  // The helpers of the use cases above, inside the use case's transaction.
  Status ensure_key_in(store::Transaction& tx);
  Result<credentials::IssuerKey> signing_key(store::Transaction& tx) const;
  Result<nlohmann::json> did_document_in(store::Transaction& tx) const;
  Result<nlohmann::json> status_list_in(store::Transaction& tx, const std::string& purpose) const;
  Result<store::CredentialRecord> issue_in(store::Transaction& tx, const domain::Actor& actor,
                                           const IssueRequest& request);
  Result<store::CredentialRecord> get_in(store::Transaction& tx, const domain::Actor& actor,
                                         const std::string& id) const;
  std::string status_url(const std::string& purpose) const;

  store::Store& store_;
  const Clock& clock_;
  const Registry& registry_;
  CredentialsConfig config_;
  std::string did_;
};

// The QR code of `text` as an SVG document (error correction M); invalid_argument when it
// is too long to encode.
Result<std::string> qr_code_svg(const std::string& text);

}  // namespace orbis::service
