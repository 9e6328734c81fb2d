// Codecs of verifiable credentials: a credential as a reader sees it, the signed documents
// (written value for value as they were signed), what a client sends to issue one, change
// its status or have one verified, and the verifier's report. Thread-safety: stateless.
#pragma once

#include <string>

#include "credentials/credential.h"
#include "http/json/codec.h"
#include "service/credentials/credentials.h"

namespace orbis::http::json {

// A signed document (a credential, or a status list credential) as it was signed: its
// members are written exactly as they are, so its proof still verifies.
struct SignedCredential {
  Json document;
};

// What a client sends to have a credential verified: {"credential": {…}}, read as it was sent
// (a credential's text is checked by its signature, not changed).
struct VerifyRequest {
  Json credential;
};

// What a client may send when a completed stay's credential is issued: the type, or nothing
// for the stay's default.
struct MobilityCredentialRequest {
  std::string type;
};

// A change of a credential's status.
struct CredentialStatusChange {
  std::string status;  // active, suspended or revoked
  std::string reason;
};

// A new issuer key.
struct KeyRotation {
  std::string public_multikey;
};

template <>
struct EnumValues<credentials::Verdict> {
  using V = credentials::Verdict;
  static constexpr std::array values = {V::valid, V::invalid, V::revoked, V::suspended};
};

template <>
struct EnumValues<credentials::Outcome> {
  using O = credentials::Outcome;
  static constexpr std::array values = {O::passed, O::failed, O::skipped};
};

template <>
struct Codec<SignedCredential> {
  static void write(const SignedCredential& value, Json& out) { out = value.document; }
  static Json schema(Schemas& s);
};

template <>
struct Codec<service::IssuerAddress> {
  static void write(const service::IssuerAddress& value, Json& out);
  static Json schema(Schemas& s);
};

template <>
struct Codec<service::CredentialView> {
  static void write(const service::CredentialView& view, Json& out);
  static Json schema(Schemas& s);
};

template <>
struct Codec<service::IssueRequest> {
  static void read(const Json& in, service::IssueRequest& request, Reader& r,
                   std::string_view path);
  static Json schema(Schemas& s);
};

template <>
struct Codec<VerifyRequest> {
  static constexpr bool text_as_sent = true;
  static void read(const Json& in, VerifyRequest& request, Reader& r, std::string_view path);
  static Json schema(Schemas& s);
};

template <>
struct Codec<service::VerifyReport> {
  static void write(const service::VerifyReport& report, Json& out);
  static Json schema(Schemas& s);
};

template <>
struct Codec<MobilityCredentialRequest>
    : Object<MobilityCredentialRequest, Codec<MobilityCredentialRequest>> {
  static constexpr std::string_view name = "MobilityCredential";
  static constexpr auto fields() {
    return std::tuple{Field{"type", &MobilityCredentialRequest::type, kPlain,
                            "exchange_completion or programme_participation; left out: by the "
                            "stay's programme"}};
  }
};

template <>
struct Codec<CredentialStatusChange>
    : Object<CredentialStatusChange, Codec<CredentialStatusChange>> {
  static constexpr std::string_view name = "CredentialStatus";
  static constexpr auto fields() {
    using C = CredentialStatusChange;
    return std::tuple{Field{"status", &C::status, kPlain, "active, suspended or revoked"},
                      Field{"reason", &C::reason}};
  }
};

template <>
struct Codec<KeyRotation> : Object<KeyRotation, Codec<KeyRotation>> {
  static constexpr std::string_view name = "KeyRotation";
  static constexpr auto fields() {
    return std::tuple{Field{"public_multikey", &KeyRotation::public_multikey, kPlain,
                            "the new key, as the DID document lists it"}};
  }
};

}  // namespace orbis::http::json
