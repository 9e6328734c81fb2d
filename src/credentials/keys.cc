#include "credentials/keys.h"

#include <sodium.h>

#include <cstring>

#include "credentials/multibase.h"

namespace orbis::credentials {
namespace {

// Multicodec prefixes (unsigned varints): ed25519-pub 0xed, ed25519-priv 0x1300.
constexpr std::string_view kEd25519PublicPrefix("\xed\x01", 2);
constexpr std::string_view kEd25519PrivatePrefix("\x80\x26", 2);

}  // namespace

KeyPair KeyPair::generate() {
  KeyPair pair;
  crypto_sign_ed25519_keypair(pair.public_key_.bytes.data(), pair.secret_key_.data());
  return pair;
}

Result<KeyPair> KeyPair::from_seed(std::string_view seed) {
  if (seed.size() != kEd25519SeedBytes) {
    return fail(Error::invalid("an Ed25519 seed has 32 bytes, not " + std::to_string(seed.size())));
  }
  KeyPair pair;
  crypto_sign_ed25519_seed_keypair(pair.public_key_.bytes.data(), pair.secret_key_.data(),
                                   reinterpret_cast<const unsigned char*>(seed.data()));
  return pair;
}

KeyPair::~KeyPair() { sodium_memzero(secret_key_.data(), secret_key_.size()); }

std::string KeyPair::seed() const {
  return std::string(reinterpret_cast<const char*>(secret_key_.data()), kEd25519SeedBytes);
}

std::string KeyPair::sign(std::string_view message) const {
  std::string signature(kEd25519SignatureBytes, '\0');
  crypto_sign_ed25519_detached(reinterpret_cast<unsigned char*>(signature.data()), nullptr,
                               reinterpret_cast<const unsigned char*>(message.data()),
                               message.size(), secret_key_.data());
  return signature;
}

bool verify_signature(const PublicKey& key, std::string_view message, std::string_view signature) {
  if (signature.size() != kEd25519SignatureBytes) return false;
  return crypto_sign_ed25519_verify_detached(
             reinterpret_cast<const unsigned char*>(signature.data()),
             reinterpret_cast<const unsigned char*>(message.data()), message.size(),
             key.bytes.data()) == 0;
}

std::string to_multikey(const PublicKey& key) {
  std::string bytes(kEd25519PublicPrefix);
  bytes.append(key.view());
  return multibase_base58btc(bytes);
}

Result<PublicKey> parse_multikey(std::string_view multikey) {
  if (multikey.empty() || multikey.front() != 'z') {
    return fail(Error::invalid("a Multikey is base58btc multibase and starts with 'z'"));
  }
  auto bytes = multibase_decode(multikey);
  if (!bytes) return fail(bytes.error());
  if (bytes->size() != kEd25519PublicPrefix.size() + kEd25519PublicKeyBytes ||
      !bytes->starts_with(kEd25519PublicPrefix)) {
    return fail(Error::invalid("not an Ed25519 Multikey (expected 0xed01 and 32 bytes)"));
  }
  PublicKey key;
  std::memcpy(key.bytes.data(), bytes->data() + kEd25519PublicPrefix.size(), key.bytes.size());
  return key;
}

Result<KeyPair> parse_private_multikey(std::string_view multibase) {
  auto bytes = multibase_decode(multibase);
  if (!bytes) return fail(bytes.error());
  if (bytes->size() != kEd25519PrivatePrefix.size() + kEd25519SeedBytes ||
      !bytes->starts_with(kEd25519PrivatePrefix)) {
    sodium_memzero(bytes->data(), bytes->size());
    return fail(Error::invalid("not an Ed25519 private Multikey (expected 0x8026 and 32 bytes)"));
  }
  auto pair = KeyPair::from_seed(std::string_view(*bytes).substr(kEd25519PrivatePrefix.size()));
  sodium_memzero(bytes->data(), bytes->size());
  return pair;
}

std::string did_key(const PublicKey& key) { return "did:key:" + to_multikey(key); }

std::string did_key_verification_method(const PublicKey& key) {
  const std::string multikey = to_multikey(key);
  return "did:key:" + multikey + "#" + multikey;
}

IssuerKey did_key_issuer(const KeyPair& key) {
  return IssuerKey{key, did_key(key.public_key()), did_key_verification_method(key.public_key())};
}

}  // namespace orbis::credentials
