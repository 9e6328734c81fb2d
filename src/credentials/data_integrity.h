// Data Integrity proofs with the eddsa-jcs-2022 cryptosuite (W3C vc-di-eddsa v1.0, §3.3).
// Thread-safe: free functions over values.
//
// The signed bytes are SHA-256(JCS(proof configuration)) || SHA-256(JCS(document without
// proof)); the proof configuration is the proof without proofValue, carrying a copy of the
// document's @context. proofValue is 'z' + base58btc(Ed25519 signature).
#pragma once

#include <nlohmann/json.hpp>
#include <span>
#include <string>
#include <string_view>

#include "common/error.h"
#include "credentials/did.h"
#include "credentials/keys.h"

namespace orbis::credentials {

inline constexpr std::string_view kProofType = "DataIntegrityProof";
inline constexpr std::string_view kCryptosuite = "eddsa-jcs-2022";
inline constexpr std::string_view kAssertionMethod = "assertionMethod";

struct ProofOptions {
  std::string verification_method;  // DID URL of the signing key
  std::string created;              // xsd:dateTimeStamp, e.g. "2023-02-24T23:36:38Z"
  std::string proof_purpose = std::string(kAssertionMethod);
};

// The intermediate values of a proof, exposed so that tests can compare each one with the
// W3C test vectors.
struct HashData {
  std::string canonical_proof_config;
  std::string canonical_document;
  std::string combined_hash;  // 64 bytes: proof configuration hash first
};

// The proof configuration of `options` for `unsecured_document`. Returns invalid_argument
// if the document is not an object, `created` is not a dateTimeStamp, or the verification
// method or purpose is empty.
Result<nlohmann::json> proof_configuration(const nlohmann::json& unsecured_document,
                                           const ProofOptions& options);

// Canonicalizes and hashes. `unsecured_document` must not hold a proof. Returns
// invalid_argument when either cannot be canonicalized.
Result<HashData> hash_data(const nlohmann::json& unsecured_document,
                           const nlohmann::json& proof_config);

// `unsecured_document` with an eddsa-jcs-2022 proof made by `key` added. Returns
// invalid_argument as proof_configuration does, or if the document already has a proof.
Result<nlohmann::json> add_proof(const nlohmann::json& unsecured_document, const KeyPair& key,
                                 const ProofOptions& options);

struct VerifiedProof {
  ResolvedMethod method;  // the key that signed, and the DID that controls it
  std::string created;    // as written in the proof ("" if absent)
};

// Checks the eddsa-jcs-2022 proof of `secured_document`: its form, that its purpose is
// `purpose`, that its verification method resolves (see resolve_verification_method) and
// that the signature covers exactly this document. Returns invalid_argument with the reason
// on any failure, or not_found when the verification method cannot be resolved. Only one
// proof per document is supported (proof sets and chains are refused).
Result<VerifiedProof> verify_proof(const nlohmann::json& secured_document,
                                   std::span<const nlohmann::json> did_documents,
                                   std::string_view purpose = kAssertionMethod);

}  // namespace orbis::credentials
