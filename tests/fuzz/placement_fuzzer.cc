// The input document of orbis allocate (docs/placement.md): parsed, and when it reads,
// placed by both algorithms.
#include "fuzz_support.h"
#include "placement/json_format.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace orbis;
  const auto problem = placement::parse_problem(fuzz::text_of(data, size));
  if (!problem) return 0;
  for (const auto mode : {placement::Mode::stable, placement::Mode::optimal}) {
    (void)placement::allocate_json(fuzz::text_of(data, size), {.mode = mode});
  }
  return 0;
}
