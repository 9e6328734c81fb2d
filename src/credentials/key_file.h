// An issuer's signing key at rest: a JSON key file whose secret is sealed with
// XSalsa20-Poly1305 (libsodium crypto_secretbox) under a key-encryption key (KEK). The KEK
// is either derived from a passphrase with Argon2id or given raw (32 bytes, base64).
// Thread-safe: values and free functions. The format is described in docs/credentials.md.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

#include "common/clock.h"
#include "common/error.h"
#include "credentials/keys.h"

namespace orbis::credentials {

inline constexpr std::string_view kKeyFileFormat = "orbis-issuer-key";
inline constexpr int kKeyFileVersion = 1;

// Argon2id cost. Opening a file uses the cost recorded in it, up to sensitive().
struct KdfCost {
  unsigned long long opslimit = 0;
  std::size_t memlimit = 0;
  static KdfCost interactive();  // libsodium's INTERACTIVE: 2 passes, 64 MiB
  static KdfCost moderate();     // 3 passes, 256 MiB
  static KdfCost sensitive();    // 4 passes, 1 GiB: the most a key file may ask for
  static KdfCost minimum();      // for tests only
};

class KeyEncryptionKey {
 public:
  // A KEK derived from `passphrase` (with a fresh salt when sealing) at `cost`.
  static KeyEncryptionKey from_passphrase(std::string_view passphrase,
                                          KdfCost cost = KdfCost::interactive());
  // A raw 32-byte KEK in base64 or base64url. Returns invalid_argument otherwise.
  static Result<KeyEncryptionKey> from_base64(std::string_view kek);

  KeyEncryptionKey(const KeyEncryptionKey&) = default;
  KeyEncryptionKey& operator=(const KeyEncryptionKey&) = default;
  ~KeyEncryptionKey();

  bool is_passphrase() const { return passphrase_; }
  std::string_view secret() const { return secret_; }
  KdfCost cost() const { return cost_; }

 private:
  KeyEncryptionKey(bool passphrase, std::string secret, KdfCost cost)
      : passphrase_(passphrase), secret_(std::move(secret)), cost_(cost) {}
  bool passphrase_;
  std::string secret_;  // the passphrase, or the 32 raw bytes
  KdfCost cost_;
};

// The key file (JSON text) of `key`, sealed under `kek`. Returns internal if Argon2id
// cannot get its memory.
Result<std::string> seal_key_file(const IssuerKey& key, const KeyEncryptionKey& kek,
                                  TimePoint created);

// The issuer key in key file `text`. Returns invalid_argument for a malformed file or a
// KEK of the wrong kind, unauthenticated when the KEK does not open it (wrong passphrase
// or key, or a tampered file), internal if Argon2id cannot get its memory.
Result<IssuerKey> open_key_file(std::string_view text, const KeyEncryptionKey& kek);

}  // namespace orbis::credentials
