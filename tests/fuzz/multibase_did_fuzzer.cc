// Multibase text, Multikeys and DIDs as credentials carry them: base58btc and base64url
// decoding (with their round trips), did:key and did:web.
#include "common/crypto.h"
#include "credentials/did.h"
#include "credentials/keys.h"
#include "credentials/multibase.h"
#include "fuzz_support.h"

extern "C" int LLVMFuzzerInitialize(int*, char***) { return orbis::crypto::init() ? 0 : 1; }

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace orbis;
  namespace vc = credentials;
  const std::string_view text = fuzz::text_of(data, size);
  if (const auto bytes = vc::base58btc_decode(text)) {
    fuzz::must(vc::base58btc_encode(*bytes) == text, "base58btc decodes and encodes back");
  }
  if (const auto bytes = vc::base64url_decode(text)) {
    fuzz::must(vc::base64url_decode(vc::base64url_encode(*bytes)) == bytes, "base64url round trip");
  }
  (void)vc::base64_any_decode(text);
  if (const auto bytes = vc::multibase_decode(text); bytes && text.starts_with('z')) {
    fuzz::must(vc::multibase_base58btc(*bytes) == text, "multibase base58btc round trip");
  }
  if (const auto key = vc::parse_multikey(text)) {
    fuzz::must(vc::to_multikey(*key) == text, "a Multikey prints as it was read");
  }
  (void)vc::parse_private_multikey(text);
  (void)vc::did_web_document_url(text);
  if (const auto document = vc::did_key_document(text)) (void)document->dump();
  std::vector<nlohmann::json> none;
  (void)vc::resolve_verification_method(text, "assertionMethod", none);
  return 0;
}
