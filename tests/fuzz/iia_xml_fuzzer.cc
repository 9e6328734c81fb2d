// A partner's EWP IIA v7 get-response (PUT /agreements/{id}/ewp-iia): the reader, the
// iia-hash over the document, and the model written back and read again.
#include "fuzz_support.h"
#include "interop/iia_hash.h"
#include "interop/iia_xml.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace orbis;
  const std::string_view xml = fuzz::text_of(data, size);
  (void)interop::iia_hashes_of_xml(xml);
  const auto iias = interop::parse_get_response(xml);
  if (!iias) return 0;
  for (const auto& iia : *iias) (void)interop::iia_hash(iia);
  if (const auto written = interop::to_get_response_xml(*iias)) {
    const auto again = interop::parse_get_response(*written);
    fuzz::must(again.has_value(), "what Orbis writes it reads");
    fuzz::must(again->size() == iias->size(), "every agreement written is read back");
  }
  return 0;
}
