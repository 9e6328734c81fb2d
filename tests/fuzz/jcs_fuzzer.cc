// RFC 8785 canonicalisation (what eddsa-jcs-2022 signs): strict I-JSON parsing, then the
// canonical form, which must be a fixed point.
#include "credentials/jcs.h"
#include "fuzz_support.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace orbis;
  const auto canonical = credentials::canonicalize_text(fuzz::text_of(data, size));
  if (!canonical) return 0;
  const auto again = credentials::canonicalize_text(*canonical);
  fuzz::must(again.has_value(), "canonical JSON parses again");
  fuzz::must(*again == *canonical, "canonicalisation is idempotent");
  return 0;
}
