// Issuing and verifying W3C Verifiable Credentials (Data Model 2.0) with eddsa-jcs-2022
// proofs and Bitstring Status List status. Thread-safe: free functions over values.
//
// Pure engine: DID documents of did:web issuers and status list credentials are fetched by
// the caller and passed in; "now" is injected.
#pragma once

#include <nlohmann/json.hpp>
#include <string>
#include <string_view>
#include <vector>

#include "common/clock.h"
#include "common/error.h"
#include "credentials/keys.h"

namespace orbis::credentials {

inline constexpr std::string_view kCredentialsV2Context = "https://www.w3.org/ns/credentials/v2";

// Checks the Data Model 2.0 basics: an object whose @context starts with the v2 context,
// whose type includes VerifiableCredential, with a credentialSubject, an issuer (a URL
// string or an object with one in id), and validFrom/validUntil (if present) that are
// xsd:dateTimeStamps in order. Returns invalid_argument listing every offending field.
Status validate_credential(const nlohmann::json& credential);

// Signs `credential` as `issuer` with created = `now`. Fills issuer with the key's DID when
// absent (or, for an issuer object, its id). Returns invalid_argument when the credential
// names another issuer, already has a proof, or fails validate_credential.
Result<nlohmann::json> issue_credential(nlohmann::json credential, const IssuerKey& issuer,
                                        TimePoint now);

struct VerifyOptions {
  TimePoint now;
  // DID documents of did:web issuers (a did:key resolves itself).
  std::vector<nlohmann::json> did_documents;
  // Signed BitstringStatusListCredentials, matched to entries by id.
  std::vector<nlohmann::json> status_lists;
  // When false, a credential whose status list was not supplied is not failed for it; the
  // status check is reported as skipped.
  bool require_status = true;
};

enum class Verdict { valid, invalid, revoked, suspended };
enum class Outcome { passed, failed, skipped };
std::string_view to_string(Verdict verdict);
std::string_view to_string(Outcome outcome);

struct Check {
  std::string name;  // "format", "signature", "issuer", "dates", "status"
  Outcome outcome = Outcome::failed;
  std::string reason;  // why it failed or was skipped; empty when it passed
};

struct Verification {
  Verdict verdict = Verdict::invalid;
  std::vector<Check> checks;        // always the five above, in that order
  std::string issuer;               // the credential's issuer id, as written
  std::string verification_method;  // the proof's, as written

  // The check called `name`, or nullptr.
  const Check* find(std::string_view name) const;
};

// Verifies everything: format, the proof's signature over the whole credential, that the
// signing key belongs to the issuer, validFrom/validUntil against `options.now`, and each
// credentialStatus entry against its status list (whose own proof, issuer, purpose and
// dates are checked too). The verdict is invalid if any check failed, else revoked or
// suspended if a status bit is set, else valid. Never fails: every problem is a check.
Verification verify_credential(const nlohmann::json& credential, const VerifyOptions& options);

// verify_credential on JSON text parsed strictly (parse_strict): text that is not I-JSON,
// e.g. with a repeated member name that parsers could resolve differently, is invalid.
Verification verify_credential_text(std::string_view text, const VerifyOptions& options);

// {"verdict", "issuer", "verificationMethod", "checks": [{"name", "outcome", "reason"}]},
// the form the API and the CLI print.
nlohmann::json to_json(const Verification& verification);

}  // namespace orbis::credentials
