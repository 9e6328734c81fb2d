#include "credentials/data_integrity.h"

#include "common/crypto.h"
#include "credentials/datetime.h"
#include "credentials/jcs.h"
#include "credentials/json_access.h"
#include "credentials/multibase.h"

namespace orbis::credentials {
namespace {

using json = nlohmann::json;

// The verification algorithm (vc-di-eddsa §3.3.2 step 4) lets the document's @context
// start with the proof's and then replaces it, so entries appended after signing pass
// unnoticed. They can change what a JSON-LD processor reads the credential to say, and
// Orbis verifies one proof per document (no proof sets that would add contexts), so it
// requires the two to be equal.
bool same_context(const json& document_context, const json& proof_context) {
  return document_context == proof_context;
}

}  // namespace

Result<json> proof_configuration(const json& unsecured_document, const ProofOptions& options) {
  if (!unsecured_document.is_object()) return fail(Error::invalid("a credential is a JSON object"));
  if (!parse_xml_datetime(options.created)) {
    return fail(Error::invalid("proof created is not an XML dateTimeStamp",
                               {{"proof.created", "not an XML dateTimeStamp"}}));
  }
  if (options.verification_method.empty() || options.proof_purpose.empty()) {
    return fail(Error::invalid("a proof needs a verification method and a purpose"));
  }
  json config = {{"type", kProofType},
                 {"cryptosuite", kCryptosuite},
                 {"created", options.created},
                 {"verificationMethod", options.verification_method},
                 {"proofPurpose", options.proof_purpose}};
  if (const json* context = member(unsecured_document, "@context")) config["@context"] = *context;
  return config;
}

Result<HashData> hash_data(const json& unsecured_document, const json& proof_config) {
  auto canonical_config = canonicalize(proof_config);
  if (!canonical_config) return fail(canonical_config.error());
  auto canonical_document = canonicalize(unsecured_document);
  if (!canonical_document) return fail(canonical_document.error());
  std::string combined = crypto::sha256(*canonical_config) + crypto::sha256(*canonical_document);
  return HashData{std::move(*canonical_config), std::move(*canonical_document),
                  std::move(combined)};
}

Result<json> add_proof(const json& unsecured_document, const KeyPair& key,
                       const ProofOptions& options) {
  auto config = proof_configuration(unsecured_document, options);
  if (!config) return fail(config.error());
  if (unsecured_document.contains("proof")) {
    return fail(Error::invalid("the document already has a proof"));
  }
  auto hashes = hash_data(unsecured_document, *config);
  if (!hashes) return fail(hashes.error());
  json proof = std::move(*config);
  proof["proofValue"] = multibase_base58btc(key.sign(hashes->combined_hash));
  json secured = unsecured_document;
  secured["proof"] = std::move(proof);
  return secured;
}

Result<VerifiedProof> verify_proof(const json& secured_document,
                                   std::span<const json> did_documents, std::string_view purpose) {
  const json* proof = member(secured_document, "proof");
  if (proof == nullptr) return fail(Error::invalid("the document has no proof"));
  if (proof->is_array()) {
    if (proof->size() != 1) return fail(Error::invalid("proof sets and chains are not supported"));
    proof = &(*proof)[0];
  }
  if (!proof->is_object()) return fail(Error::invalid("the proof is not an object"));
  if (string_or_empty(*proof, "type") != kProofType) {
    return fail(Error::invalid("the proof type is not DataIntegrityProof"));
  }
  if (string_or_empty(*proof, "cryptosuite") != kCryptosuite) {
    return fail(Error::invalid("the cryptosuite is not eddsa-jcs-2022"));
  }
  if (string_or_empty(*proof, "proofPurpose") != purpose) {
    return fail(Error::invalid("the proof purpose is not " + std::string(purpose)));
  }
  const std::string* method_id = string_member(*proof, "verificationMethod");
  if (method_id == nullptr) return fail(Error::invalid("the proof names no verification method"));
  const json* created = member(*proof, "created");
  if (created != nullptr &&
      (!created->is_string() || !parse_xml_datetime(created->get_ref<const std::string&>()))) {
    return fail(Error::invalid("the proof's created is not an XML dateTimeStamp"));
  }
  const std::string* proof_value = string_member(*proof, "proofValue");
  if (proof_value == nullptr || !proof_value->starts_with('z')) {
    return fail(Error::invalid("the proofValue is not a base58btc multibase string"));
  }
  auto signature = multibase_decode(*proof_value);
  if (!signature || signature->size() != kEd25519SignatureBytes) {
    return fail(Error::invalid("the proofValue is not a 64-byte Ed25519 signature"));
  }

  json proof_options = *proof;
  proof_options.erase("proofValue");
  json unsecured = secured_document;
  unsecured.erase("proof");
  if (const json* proof_context = member(proof_options, "@context")) {
    const json* document_context = member(unsecured, "@context");
    if (document_context == nullptr || !same_context(*document_context, *proof_context)) {
      return fail(Error::invalid("the document's @context is not the one that was signed"));
    }
  }

  auto method = resolve_verification_method(*method_id, purpose, did_documents);
  if (!method) return fail(method.error());
  auto hashes = hash_data(unsecured, proof_options);
  if (!hashes) return fail(hashes.error());
  if (!verify_signature(method->key, hashes->combined_hash, *signature)) {
    return fail(Error::invalid("the signature does not match the document"));
  }
  return VerifiedProof{std::move(*method),
                       created != nullptr ? created->get<std::string>() : std::string()};
}

}  // namespace orbis::credentials
