// A partner's omobility-las v1.2 get-response: the reader, and the model written back.
#include "fuzz_support.h"
#include "interop/learning_agreement_xml.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace orbis;
  const auto agreements = interop::parse_learning_agreements(fuzz::text_of(data, size));
  if (!agreements) return 0;
  if (const auto written = interop::to_xml(*agreements)) {
    const auto again = interop::parse_learning_agreements(*written);
    fuzz::must(again.has_value(), "what Orbis writes it reads");
    fuzz::must(again->size() == agreements->size(), "every agreement written is read back");
  }
  return 0;
}
