// List cursors as clients send them back (?cursor=): anything the server did not give out
// is refused, and what it gives out reads back.
#include "fuzz_support.h"
#include "service/support/cursor.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace orbis;
  const std::string_view cursor = fuzz::text_of(data, size);
  for (const std::string_view list : {"institutions", "agreements", "people", "mobilities"}) {
    const auto offset = service::decode_cursor(list, cursor);
    if (!offset) {
      fuzz::must(offset.error().code == ErrorCode::invalid_argument, "a bad cursor is invalid");
      continue;
    }
    fuzz::must(service::decode_cursor(list, service::encode_cursor(list, *offset)) == *offset,
               "the cursor of an offset reads back as that offset");
  }
  return 0;
}
