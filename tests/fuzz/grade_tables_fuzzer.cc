// The grade files orbis grade convert reads: custom scales and EGRACONS distribution tables.
#include "fuzz_support.h"
#include "grades/json_format.h"
#include "grades/scale.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace orbis;
  const std::string_view text = fuzz::text_of(data, size);
  (void)grades::parse_scales(text);
  static const auto builtins = grades::ScaleRegistry::with_builtins();
  (void)grades::parse_tables(text, builtins);
  return 0;
}
