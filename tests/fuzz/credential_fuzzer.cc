// Verifying a credential from anyone (POST /api/v1/verify, orbis verify): the strict parse,
// the data model checks, the proof with its multibase signature and DID, the dates and the
// status entries. Never fails: every problem is a check.
#include "common/crypto.h"
#include "credentials/credential.h"
#include "fuzz_support.h"

extern "C" int LLVMFuzzerInitialize(int*, char***) { return orbis::crypto::init() ? 0 : 1; }

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace orbis;
  credentials::VerifyOptions options;
  options.now = *parse_iso8601("2026-11-23T09:00:00Z");
  options.require_status = size % 2 == 0;
  const auto result = credentials::verify_credential_text(fuzz::text_of(data, size), options);
  fuzz::must(result.checks.size() == 5, "a verification reports five checks");
  (void)credentials::to_json(result).dump();
  return 0;
}
