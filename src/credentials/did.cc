#include "credentials/did.h"

#include <algorithm>
#include <cctype>
#include <set>

#include "credentials/json_access.h"
#include "credentials/multibase.h"

namespace orbis::credentials {
namespace {

using json = nlohmann::json;

constexpr std::string_view kDidKeyPrefix = "did:key:";
constexpr std::string_view kDidWebPrefix = "did:web:";
constexpr std::string_view kDidContext = "https://www.w3.org/ns/did/v1";
constexpr std::string_view kMultikeyContext = "https://w3id.org/security/multikey/v1";

bool is_name_char(char c) {
  return std::isalnum(static_cast<unsigned char>(c)) || c == '.' || c == '-' || c == '_' ||
         c == '~';
}

bool is_name(std::string_view text) {
  return !text.empty() && std::all_of(text.begin(), text.end(), is_name_char);
}

std::vector<std::string_view> split(std::string_view text, char separator) {
  std::vector<std::string_view> parts;
  std::size_t start = 0;
  while (true) {
    const std::size_t at = text.find(separator, start);
    parts.push_back(text.substr(start, at == std::string_view::npos ? text.npos : at - start));
    if (at == std::string_view::npos) return parts;
    start = at + 1;
  }
}

// The host (with ":port" restored) and path segments of a did:web, or an error.
struct DidWebParts {
  std::string authority;
  std::vector<std::string_view> path;
};

Result<DidWebParts> parse_did_web(std::string_view did) {
  if (!did.starts_with(kDidWebPrefix))
    return fail(Error::invalid("not a did:web: " + std::string(did)));
  const auto parts = split(did.substr(kDidWebPrefix.size()), ':');
  std::string_view authority = parts.front();
  DidWebParts out;
  std::string_view host = authority;
  std::string_view port;
  if (const auto at = authority.find("%3A"); at != authority.npos) {
    host = authority.substr(0, at);
    port = authority.substr(at + 3);
  } else if (const auto lower = authority.find("%3a"); lower != authority.npos) {
    host = authority.substr(0, lower);
    port = authority.substr(lower + 3);
  }
  if (!is_name(host) || (!port.empty() && !std::all_of(port.begin(), port.end(), [](char c) {
        return c >= '0' && c <= '9';
      }))) {
    return fail(Error::invalid("a did:web needs a host name (and optionally %3A and a port)"));
  }
  out.authority = std::string(host);
  if (!port.empty()) out.authority += ":" + std::string(port);
  for (std::size_t i = 1; i < parts.size(); ++i) {
    if (!is_name(parts[i]))
      return fail(Error::invalid("a did:web path segment is empty or malformed"));
    out.path.push_back(parts[i]);
  }
  return out;
}

std::string absolute_id(std::string_view id, std::string_view did) {
  if (id.starts_with("#")) return std::string(did) + std::string(id);
  return std::string(id);
}

Result<PublicKey> key_of(const json& method) {
  const std::string_view type = string_or_empty(method, "type");
  if (type == "Multikey" || type == "Ed25519VerificationKey2020") {
    const std::string* multikey = string_member(method, "publicKeyMultibase");
    if (multikey == nullptr) {
      return fail(Error::invalid("the verification method has no publicKeyMultibase"));
    }
    return parse_multikey(*multikey);
  }
  if (type == "JsonWebKey" || type == "JsonWebKey2020") {
    const nlohmann::json* jwk = member(method, "publicKeyJwk");
    const std::string* x = jwk != nullptr ? string_member(*jwk, "x") : nullptr;
    if (x == nullptr || string_or_empty(*jwk, "kty") != "OKP" ||
        string_or_empty(*jwk, "crv") != "Ed25519") {
      return fail(Error::invalid("the verification method's JWK is not an Ed25519 OKP key"));
    }
    const auto bytes = base64url_decode(*x);
    if (!bytes || bytes->size() != kEd25519PublicKeyBytes) {
      return fail(Error::invalid("the verification method's JWK x is not a 32-byte key"));
    }
    PublicKey key;
    std::copy(bytes->begin(), bytes->end(), key.bytes.begin());
    return key;
  }
  return fail(Error::invalid("unsupported verification method type \"" + std::string(type) + "\""));
}

Result<ResolvedMethod> resolve_did_key(std::string_view method_id, std::string_view did,
                                       std::string_view fragment) {
  const std::string_view multikey = did.substr(kDidKeyPrefix.size());
  if (fragment != multikey) {
    return fail(Error::not_found("a did:key has exactly one verification method, #" +
                                 std::string(multikey)));
  }
  auto key = parse_multikey(multikey);
  if (!key) return fail(key.error());
  return ResolvedMethod{std::string(method_id), std::string(did), *key};
}

}  // namespace

Result<std::string> did_web_for(std::string_view host, std::optional<std::uint16_t> port,
                                std::string_view path) {
  if (!is_name(host)) return fail(Error::invalid("a did:web host is a DNS name"));
  std::string did(kDidWebPrefix);
  for (const char c : host)
    did.push_back(static_cast<char>(std::tolower(static_cast<unsigned char>(c))));
  if (port) did += "%3A" + std::to_string(*port);
  while (path.starts_with('/')) path.remove_prefix(1);
  while (path.ends_with('/')) path.remove_suffix(1);
  if (!path.empty()) {
    for (const auto segment : split(path, '/')) {
      if (!is_name(segment))
        return fail(Error::invalid("a did:web path segment is empty or malformed"));
      did += ":" + std::string(segment);
    }
  }
  return did;
}

bool only_this_machine(std::string_view host) {
  std::string name;
  for (const char c : host)
    name.push_back(static_cast<char>(std::tolower(static_cast<unsigned char>(c))));
  while (name.ends_with('.')) name.pop_back();  // "localhost." is localhost
  if (name == "localhost" || name.ends_with(".localhost") || name == "0.0.0.0") return true;
  // 127.a.b.c, and the shorter forms resolvers also take ("127.1").
  if (!name.starts_with("127.")) return false;
  return name.find_first_not_of("0123456789.") == std::string::npos;
}

Result<std::string> did_web_document_url(std::string_view did) {
  auto parts = parse_did_web(did);
  if (!parts) return fail(parts.error());
  std::string url = "https://" + parts->authority + "/";
  if (parts->path.empty()) return url + ".well-known/did.json";
  for (const auto segment : parts->path) url += std::string(segment) + "/";
  return url + "did.json";
}

Result<IssuerKey> did_web_issuer(const KeyPair& key, std::string_view did,
                                 std::string_view fragment) {
  if (auto parts = parse_did_web(did); !parts) return fail(parts.error());
  const std::string name = fragment.empty() ? to_multikey(key.public_key()) : std::string(fragment);
  if (!is_name(name)) return fail(Error::invalid("a key fragment uses [A-Za-z0-9._~-] only"));
  return IssuerKey{key, std::string(did), std::string(did) + "#" + name};
}

Result<json> did_document(std::string_view did, std::span<const PublishedKey> keys) {
  if (keys.empty()) return fail(Error::invalid("a DID document needs at least one key"));
  json methods = json::array();
  json assertion = json::array();
  std::set<std::string> seen;
  for (const auto& published : keys) {
    const std::string multikey = to_multikey(published.key);
    const std::string fragment = published.fragment.empty() ? multikey : published.fragment;
    if (!is_name(fragment)) return fail(Error::invalid("a key fragment uses [A-Za-z0-9._~-] only"));
    if (!seen.insert(fragment).second) {
      return fail(Error::invalid("the key fragment \"" + fragment + "\" repeats"));
    }
    const std::string id = std::string(did) + "#" + fragment;
    methods.push_back(
        {{"id", id}, {"type", "Multikey"}, {"controller", did}, {"publicKeyMultibase", multikey}});
    assertion.push_back(id);
  }
  return json{{"@context", {kDidContext, kMultikeyContext}},
              {"id", did},
              {"verificationMethod", std::move(methods)},
              {"assertionMethod", std::move(assertion)}};
}

Result<json> did_key_document(std::string_view did) {
  if (!did.starts_with(kDidKeyPrefix)) return fail(Error::invalid("not a did:key"));
  auto key = parse_multikey(did.substr(kDidKeyPrefix.size()));
  if (!key) return fail(key.error());
  const PublishedKey published{*key, ""};
  return did_document(did, std::span(&published, 1));
}

Result<ResolvedMethod> resolve_verification_method(std::string_view method_id,
                                                   std::string_view purpose,
                                                   std::span<const json> did_documents) {
  const auto hash = method_id.find('#');
  if (hash == std::string_view::npos || hash + 1 == method_id.size()) {
    return fail(Error::invalid("a verification method id is a DID URL with a #fragment"));
  }
  const std::string_view did = method_id.substr(0, hash);
  if (did.starts_with(kDidKeyPrefix))
    return resolve_did_key(method_id, did, method_id.substr(hash + 1));

  const json* document = nullptr;
  for (const auto& candidate : did_documents) {
    if (string_or_empty(candidate, "id") == did) {
      document = &candidate;
      break;
    }
  }
  if (document == nullptr) {
    return fail(Error::not_found("no DID document was supplied for " + std::string(did)));
  }
  // The method may be listed in verificationMethod or embedded in the purpose itself.
  const json* method = nullptr;
  bool authorised = false;
  if (const json* list = member(*document, purpose); list != nullptr && list->is_array()) {
    for (const auto& entry : *list) {
      const std::string* embedded_id = string_member(entry, "id");
      if (entry.is_string() && absolute_id(entry.get_ref<const std::string&>(), did) == method_id) {
        authorised = true;
      } else if (embedded_id != nullptr && absolute_id(*embedded_id, did) == method_id) {
        authorised = true;
        method = &entry;
      }
    }
  }
  if (method == nullptr) {
    if (const json* list = member(*document, "verificationMethod");
        list != nullptr && list->is_array()) {
      for (const auto& entry : *list) {
        const std::string* id = string_member(entry, "id");
        if (id != nullptr && absolute_id(*id, did) == method_id) {
          method = &entry;
          break;
        }
      }
    }
  }
  if (method == nullptr) {
    return fail(Error::not_found("the DID document of " + std::string(did) + " has no method " +
                                 std::string(method_id)));
  }
  if (!authorised) {
    return fail(Error::invalid("the DID document does not authorise " + std::string(method_id) +
                               " for " + std::string(purpose)));
  }
  if (string_or_empty(*method, "controller") != did) {
    return fail(Error::invalid("the verification method's controller is not " + std::string(did)));
  }
  auto key = key_of(*method);
  if (!key) return fail(key.error());
  return ResolvedMethod{std::string(method_id), std::string(did), *key};
}

}  // namespace orbis::credentials
