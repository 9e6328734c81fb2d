// A host's transcript (POST /mobilities/{id}/transcript/import): imobility-tors v2 or bare
// ELMO, validated against the official schemas, then read; the model written back.
#include "fuzz_support.h"
#include "interop/transcript_xml.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace orbis;
  static const auto schemas = fuzz::source_dir() / "data" / "ewp" / "schemas";
  const auto transcripts = interop::parse_transcripts(fuzz::text_of(data, size), schemas);
  if (!transcripts) {
    fuzz::must(transcripts.error().code == ErrorCode::invalid_argument,
               "a document that does not read is the sender's mistake");
    return 0;
  }
  (void)interop::to_xml(*transcripts);
  return 0;
}
