// Helpers the libFuzzer targets share. Thread-safety: libFuzzer calls a target from one
// thread.
//
// A target checks what must hold for every input (a round trip, a property) with
// must(): a failure aborts, and the fuzzer keeps the input that broke it. Crashes, leaks
// and undefined behaviour are found by AddressSanitizer and UndefinedBehaviorSanitizer.
#pragma once

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <string_view>

namespace orbis::fuzz {

inline std::string_view text_of(const std::uint8_t* data, std::size_t size) {
  return {reinterpret_cast<const char*>(data), size};
}

// Aborts with `what` unless `condition` holds.
inline void must(bool condition, const char* what) {
  if (condition) return;
  std::fprintf(stderr, "property broken: %s\n", what);
  std::abort();
}

// The repository root (ORBIS_SOURCE_DIR in the environment, else where it was built from).
inline std::filesystem::path source_dir() {
  const char* env = std::getenv("ORBIS_SOURCE_DIR");
  return env != nullptr ? env : ORBIS_SOURCE_DIR;
}

}  // namespace orbis::fuzz
