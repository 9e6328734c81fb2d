// Ed25519 keys, their Multikey text form and did:key identifiers.
// Thread-safe: PublicKey and KeyPair are values; const methods may be called concurrently.
// REQUIRES: orbis::crypto::init() has returned before any function here is called.
#pragma once

#include <array>
#include <cstddef>
#include <string>
#include <string_view>

#include "common/error.h"

namespace orbis::credentials {

inline constexpr std::size_t kEd25519PublicKeyBytes = 32;
inline constexpr std::size_t kEd25519SeedBytes = 32;
inline constexpr std::size_t kEd25519SignatureBytes = 64;

struct PublicKey {
  std::array<unsigned char, kEd25519PublicKeyBytes> bytes{};
  std::string_view view() const {
    return {reinterpret_cast<const char*>(bytes.data()), bytes.size()};
  }
  friend bool operator==(const PublicKey&, const PublicKey&) = default;
};

// An Ed25519 key pair. The secret half is wiped from memory when the object dies.
class KeyPair {
 public:
  // A fresh key pair from the operating system's CSPRNG.
  static KeyPair generate();
  // The key pair of a 32-byte seed (RFC 8032 private key). Returns invalid_argument if
  // `seed` is not 32 bytes.
  static Result<KeyPair> from_seed(std::string_view seed);

  KeyPair(const KeyPair&) = default;
  KeyPair& operator=(const KeyPair&) = default;
  ~KeyPair();

  const PublicKey& public_key() const { return public_key_; }
  // The 32-byte seed; handle with care (it is the secret key).
  std::string seed() const;
  // The 64-byte detached Ed25519 signature of `message`.
  std::string sign(std::string_view message) const;

 private:
  KeyPair() = default;
  PublicKey public_key_;
  std::array<unsigned char, 64> secret_key_{};  // libsodium layout: seed || public key
};

// True if `signature` (64 bytes) is `key`'s Ed25519 signature of `message`.
bool verify_signature(const PublicKey& key, std::string_view message, std::string_view signature);

// Multikey: 'z' + base58btc(0xed 0x01 || key), e.g. "z6Mk...".
std::string to_multikey(const PublicKey& key);
// The key in a Multikey string. Returns invalid_argument unless it is an Ed25519 Multikey.
Result<PublicKey> parse_multikey(std::string_view multikey);

// The key pair in an ed25519-priv multibase string ('z' + base58btc(0x80 0x26 || seed)),
// the form of the W3C test vectors. Returns invalid_argument otherwise.
Result<KeyPair> parse_private_multikey(std::string_view multibase);

// "did:key:z6Mk..." and its verification method "did:key:z6Mk...#z6Mk...".
std::string did_key(const PublicKey& key);
std::string did_key_verification_method(const PublicKey& key);

// What signs a credential: the key, the issuer DID that controls it, and the verification
// method id under that DID that names the key.
struct IssuerKey {
  KeyPair key;
  std::string issuer;               // e.g. "did:key:z6Mk..." or "did:web:example.edu"
  std::string verification_method;  // e.g. "did:web:example.edu#z6Mk..."
};

// An issuer identified by the key's own did:key.
IssuerKey did_key_issuer(const KeyPair& key);

}  // namespace orbis::credentials
