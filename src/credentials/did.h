// DID methods Orbis issues under and verifies against: did:key and did:web.
// Thread-safe: free functions over values. No I/O: a did:web document is fetched by the
// caller (see did_web_document_url) and passed in.
#pragma once

#include <cstdint>
#include <nlohmann/json.hpp>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "common/error.h"
#include "credentials/keys.h"

namespace orbis::credentials {

// The did:web of a host (optionally with a port and a path), e.g. ("example.edu", 8443,
// "issuers/orbis") -> "did:web:example.edu%3A8443:issuers:orbis". Returns invalid_argument
// for a host or path segment with characters outside [A-Za-z0-9._~-].
Result<std::string> did_web_for(std::string_view host, std::optional<std::uint16_t> port = {},
                                std::string_view path = {});

// Whether `host` names this computer alone (localhost, a name under .localhost, an address
// in 127.0.0.0/8, 0.0.0.0): a did:web under it resolves on no other machine, so nobody else
// can verify what it signs. A private network's address (10.x, 192.168.x) is not: others
// on that network reach it.
bool only_this_machine(std::string_view host);

// Where a did:web document is published: "did:web:example.edu" ->
// "https://example.edu/.well-known/did.json", "did:web:example.edu:a:b" ->
// "https://example.edu/a/b/did.json". Returns invalid_argument for anything else.
Result<std::string> did_web_document_url(std::string_view did);

// An issuer under a did:web. The verification method is did + "#" + fragment; an empty
// fragment means the key's Multikey. Returns invalid_argument for a malformed did:web.
Result<IssuerKey> did_web_issuer(const KeyPair& key, std::string_view did,
                                 std::string_view fragment = {});

// One key listed in a DID document; an empty fragment means the key's Multikey.
struct PublishedKey {
  PublicKey key;
  std::string fragment;
};

// The DID document of `did`: every key as a Multikey verification method, all of them in
// assertionMethod. Keep retired keys listed so credentials they signed still verify; drop
// a compromised one. Returns invalid_argument for no keys or a repeated fragment.
Result<nlohmann::json> did_document(std::string_view did, std::span<const PublishedKey> keys);

// The DID document a did:key stands for. Returns invalid_argument if it is not an Ed25519
// did:key.
Result<nlohmann::json> did_key_document(std::string_view did);

// A verification method found and checked.
struct ResolvedMethod {
  std::string id;          // absolute: "did:...#fragment"
  std::string controller;  // the DID whose document authorises the method
  PublicKey key;
};

// Finds the Ed25519 key of verification method `method_id` and checks that its DID
// document lists it under `purpose` (e.g. "assertionMethod"). A did:key resolves itself;
// any other DID is looked up among `did_documents` by "id". Returns not_found when no
// document or method matches, invalid_argument when one is malformed, not authorised for
// `purpose`, or holds a key that is not Ed25519.
Result<ResolvedMethod> resolve_verification_method(std::string_view method_id,
                                                   std::string_view purpose,
                                                   std::span<const nlohmann::json> did_documents);

}  // namespace orbis::credentials
