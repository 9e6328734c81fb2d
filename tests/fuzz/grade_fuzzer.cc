// Grade strings as people type them (transcripts, recognition overrides, orbis grade
// convert): read on every built-in scale, and each grade read converted to every other.
#include "fuzz_support.h"
#include "grades/conversion.h"
#include "grades/scale.h"

namespace {
const orbis::grades::ScaleRegistry& scales() {
  static const auto registry = orbis::grades::ScaleRegistry::with_builtins();
  return registry;
}
}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace orbis;
  const std::string_view text = fuzz::text_of(data, size);
  const auto all = scales().all();
  for (const auto* from : all) {
    const auto grade = from->parse(text);
    if (!grade) continue;
    const auto again = from->parse(grade->text);
    fuzz::must(again.has_value(), "a grade's own text reads on its scale");
    for (const auto* to : all) {
      const auto converted = grades::convert(scales(), from->id(), to->id(), text);
      fuzz::must(converted.has_value(), "a grade of a scale converts to every other scale");
      (void)to->parse(converted->final_grade());
    }
  }
  return 0;
}
