#include "credentials/key_file.h"

#include <sodium.h>

#include <nlohmann/json.hpp>

#include "common/crypto.h"
#include "credentials/datetime.h"
#include "credentials/jcs.h"
#include "credentials/json_access.h"
#include "credentials/multibase.h"

namespace orbis::credentials {
namespace {

using json = nlohmann::json;

constexpr std::string_view kCipher = "xsalsa20poly1305";
constexpr std::string_view kKdfArgon2id = "argon2id13";
constexpr std::string_view kKdfRaw = "raw";

// Wipes a secret string when it goes out of scope.
struct Wiped {
  std::string bytes;
  ~Wiped() { sodium_memzero(bytes.data(), bytes.size()); }
};

Result<Wiped> derive(const KeyEncryptionKey& kek, std::string_view salt, KdfCost cost) {
  Wiped key{std::string(crypto_secretbox_KEYBYTES, '\0')};
  if (!kek.is_passphrase()) {
    key.bytes.assign(kek.secret());
    return key;
  }
  if (crypto_pwhash(reinterpret_cast<unsigned char*>(key.bytes.data()), key.bytes.size(),
                    kek.secret().data(), kek.secret().size(),
                    reinterpret_cast<const unsigned char*>(salt.data()), cost.opslimit,
                    cost.memlimit, crypto_pwhash_ALG_ARGON2ID13) != 0) {
    return fail(Error::internal("Argon2id could not get its memory"));
  }
  return key;
}

// The sealed plaintext carries the public metadata too, so editing it in the file shows.
Result<Wiped> plaintext_of(const IssuerKey& key) {
  Wiped seed{key.key.seed()};
  auto text = canonicalize(json{{"issuer", key.issuer},
                                {"verificationMethod", key.verification_method},
                                {"seed", base64url_encode(seed.bytes)}});
  if (!text) return fail(text.error());
  return Wiped{std::move(*text)};
}

}  // namespace

KdfCost KdfCost::interactive() {
  return {crypto_pwhash_OPSLIMIT_INTERACTIVE, crypto_pwhash_MEMLIMIT_INTERACTIVE};
}
KdfCost KdfCost::moderate() {
  return {crypto_pwhash_OPSLIMIT_MODERATE, crypto_pwhash_MEMLIMIT_MODERATE};
}
KdfCost KdfCost::sensitive() {
  return {crypto_pwhash_OPSLIMIT_SENSITIVE, crypto_pwhash_MEMLIMIT_SENSITIVE};
}
KdfCost KdfCost::minimum() { return {crypto_pwhash_OPSLIMIT_MIN, crypto_pwhash_MEMLIMIT_MIN}; }

KeyEncryptionKey KeyEncryptionKey::from_passphrase(std::string_view passphrase, KdfCost cost) {
  return KeyEncryptionKey(true, std::string(passphrase), cost);
}

Result<KeyEncryptionKey> KeyEncryptionKey::from_base64(std::string_view kek) {
  auto bytes = base64_any_decode(kek);
  if (!bytes || bytes->size() != crypto_secretbox_KEYBYTES) {
    return fail(Error::invalid("a raw key-encryption key is 32 bytes in base64"));
  }
  return KeyEncryptionKey(false, std::move(*bytes), KdfCost{});
}

KeyEncryptionKey::~KeyEncryptionKey() { sodium_memzero(secret_.data(), secret_.size()); }

Result<std::string> seal_key_file(const IssuerKey& key, const KeyEncryptionKey& kek,
                                  TimePoint created) {
  const std::string salt = crypto::random_bytes(crypto_pwhash_SALTBYTES);
  const std::string nonce = crypto::random_bytes(crypto_secretbox_NONCEBYTES);
  auto box_key = derive(kek, salt, kek.cost());
  if (!box_key) return fail(box_key.error());
  auto plaintext = plaintext_of(key);
  if (!plaintext) return fail(plaintext.error());
  std::string ciphertext(plaintext->bytes.size() + crypto_secretbox_MACBYTES, '\0');
  crypto_secretbox_easy(reinterpret_cast<unsigned char*>(ciphertext.data()),
                        reinterpret_cast<const unsigned char*>(plaintext->bytes.data()),
                        plaintext->bytes.size(),
                        reinterpret_cast<const unsigned char*>(nonce.data()),
                        reinterpret_cast<const unsigned char*>(box_key->bytes.data()));
  json secret = {{"cipher", kCipher},
                 {"nonce", base64url_encode(nonce)},
                 {"ciphertext", base64url_encode(ciphertext)}};
  if (kek.is_passphrase()) {
    secret["kdf"] = kKdfArgon2id;
    secret["salt"] = base64url_encode(salt);
    secret["opslimit"] = kek.cost().opslimit;
    secret["memlimit"] = kek.cost().memlimit;
  } else {
    secret["kdf"] = kKdfRaw;
  }
  const json file = {{"format", kKeyFileFormat},
                     {"version", kKeyFileVersion},
                     {"created", format_xml_datetime(created)},
                     {"issuer", key.issuer},
                     {"verificationMethod", key.verification_method},
                     {"didKey", did_key(key.key.public_key())},
                     {"publicKeyMultibase", to_multikey(key.key.public_key())},
                     {"secretKey", std::move(secret)}};
  return file.dump(2) + "\n";
}

Result<IssuerKey> open_key_file(std::string_view text, const KeyEncryptionKey& kek) {
  auto parsed = parse_strict(text);
  if (!parsed) return fail(Error::invalid("the key file is not JSON: " + parsed.error().message));
  const json& file = *parsed;
  if (string_or_empty(file, "format") != kKeyFileFormat) {
    return fail(Error::invalid("not an Orbis issuer key file"));
  }
  const json* version = member(file, "version");
  if (version == nullptr || *version != kKeyFileVersion) {
    return fail(Error::invalid("unsupported key file version"));
  }
  const json* secret = member(file, "secretKey");
  if (secret == nullptr || string_or_empty(*secret, "cipher") != kCipher) {
    return fail(Error::invalid("the key file's secretKey is not xsalsa20poly1305"));
  }
  const auto nonce = base64url_decode(string_or_empty(*secret, "nonce"));
  const auto ciphertext = base64url_decode(string_or_empty(*secret, "ciphertext"));
  if (!nonce || nonce->size() != crypto_secretbox_NONCEBYTES || !ciphertext ||
      ciphertext->size() < crypto_secretbox_MACBYTES) {
    return fail(Error::invalid("the key file's nonce or ciphertext is malformed"));
  }
  const std::string_view kdf = string_or_empty(*secret, "kdf");
  KdfCost cost;
  std::string salt;
  if (kdf == kKdfArgon2id) {
    if (!kek.is_passphrase())
      return fail(Error::invalid("this key file is sealed with a passphrase"));
    const json* ops = member(*secret, "opslimit");
    const json* mem = member(*secret, "memlimit");
    auto decoded_salt = base64url_decode(string_or_empty(*secret, "salt"));
    if (ops == nullptr || !ops->is_number_unsigned() || mem == nullptr ||
        !mem->is_number_unsigned() || !decoded_salt ||
        decoded_salt->size() != crypto_pwhash_SALTBYTES) {
      return fail(Error::invalid("the key file's Argon2id parameters are malformed"));
    }
    cost = {ops->get<unsigned long long>(), mem->get<std::size_t>()};
    if (cost.opslimit < KdfCost::minimum().opslimit ||
        cost.opslimit > KdfCost::sensitive().opslimit ||
        cost.memlimit < KdfCost::minimum().memlimit ||
        cost.memlimit > KdfCost::sensitive().memlimit) {
      return fail(Error::invalid("the key file's Argon2id cost is out of range"));
    }
    salt = std::move(*decoded_salt);
  } else if (kdf == kKdfRaw) {
    if (kek.is_passphrase()) return fail(Error::invalid("this key file is sealed with a raw key"));
  } else {
    return fail(Error::invalid("unsupported key derivation \"" + std::string(kdf) + "\""));
  }

  auto box_key = derive(kek, salt, cost);
  if (!box_key) return fail(box_key.error());
  Wiped plaintext{std::string(ciphertext->size() - crypto_secretbox_MACBYTES, '\0')};
  if (crypto_secretbox_open_easy(
          reinterpret_cast<unsigned char*>(plaintext.bytes.data()),
          reinterpret_cast<const unsigned char*>(ciphertext->data()), ciphertext->size(),
          reinterpret_cast<const unsigned char*>(nonce->data()),
          reinterpret_cast<const unsigned char*>(box_key->bytes.data())) != 0) {
    return fail(Error::unauthenticated("the key-encryption key does not open this key file"));
  }
  auto inner = parse_strict(plaintext.bytes);
  if (!inner) return fail(Error::invalid("the sealed key is malformed"));
  Wiped seed{base64url_decode(string_or_empty(*inner, "seed")).value_or("")};
  if (auto it = inner->find("seed"); it != inner->end() && it->is_string()) {
    auto& text_seed = it->get_ref<std::string&>();
    sodium_memzero(text_seed.data(), text_seed.size());
  }
  auto pair = KeyPair::from_seed(seed.bytes);
  if (!pair) return fail(Error::invalid("the sealed key is malformed"));
  IssuerKey key{*pair, std::string(string_or_empty(*inner, "issuer")),
                std::string(string_or_empty(*inner, "verificationMethod"))};
  if (key.issuer != string_or_empty(file, "issuer") ||
      key.verification_method != string_or_empty(file, "verificationMethod") ||
      to_multikey(pair->public_key()) != string_or_empty(file, "publicKeyMultibase")) {
    return fail(Error::invalid("the key file's public fields do not match its sealed key"));
  }
  return key;
}

}  // namespace orbis::credentials
