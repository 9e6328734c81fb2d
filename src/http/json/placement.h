// Codecs of placement runs: a run as its list and its publication show it, the run with its
// input and output, two runs compared, and what a client sends to start one.
// Thread-safety: stateless.
#pragma once

#include <cstdint>
#include <optional>
#include <string>

#include "http/json/codec.h"
#include "service/mobility/placement_runs.h"
#include "store/store.h"

namespace orbis::http::json {

// A run without its input and output (lists, a new run, a publication).
template <>
struct Codec<store::PlacementRunRecord> {
  static void write(const store::PlacementRunRecord& run, Json& out);
  static Json schema(Schemas& s);
};

// A run with the placement problem it solved and the engine's output.
struct PlacementRunDetail {
  store::PlacementRunRecord run;
};

template <>
struct Codec<PlacementRunDetail> {
  static void write(const PlacementRunDetail& detail, Json& out);
  static Json schema(Schemas& s) { return Codec<store::PlacementRunRecord>::schema(s); }
};

template <>
struct Codec<service::PlacementOutcome>
    : Object<service::PlacementOutcome, Codec<service::PlacementOutcome>> {
  static constexpr std::string_view name = "PlacementOutcome";
  static constexpr auto fields() {
    using O = service::PlacementOutcome;
    return std::tuple{Field{"offer_id", &O::offer, kPlain, "null: unplaced"},
                      Field{"preference", &O::preference, kPlain, "1-based"}};
  }
};

template <>
struct Codec<service::PlacementDifference>
    : Object<service::PlacementDifference, Codec<service::PlacementDifference>> {
  static constexpr std::string_view name = "PlacementDifference";
  static constexpr auto fields() {
    using D = service::PlacementDifference;
    return std::tuple{Field{"application_id", &D::application}, Field{"name", &D::name},
                      Field{"a", &D::a}, Field{"b", &D::b}};
  }
};

template <>
struct Codec<service::PlacementComparison>
    : Object<service::PlacementComparison, Codec<service::PlacementComparison>> {
  static constexpr std::string_view name = "PlacementComparison";
  static constexpr auto fields() {
    using C = service::PlacementComparison;
    return std::tuple{Field{"a", &C::a}, Field{"b", &C::b}, Field{"same_input", &C::same_input},
                      Field{"unchanged", &C::unchanged, kPlain, "applicants placed alike"},
                      Field{"differences", &C::differences}};
  }
};

// A run's seed: a whole number of all 64 bits (a run's seed repeats it).
struct PlacementSeed {
  std::optional<std::uint64_t> value;
};

template <>
struct Codec<PlacementSeed> {
  static void write(const PlacementSeed& seed, Json& out);
  static void read(const Json& in, PlacementSeed& seed, Reader& r, std::string_view path);
  static Json schema(Schemas&) {
    return {{"type", Json::array({"integer", "null"})}, {"minimum", 0}};
  }
};

// POST /calls/{id}/placement-runs (the body may be left out).
struct PlacementRunInput {
  std::string mode = "stable";
  PlacementSeed seed;
};

template <>
struct Codec<PlacementRunInput> : Object<PlacementRunInput, Codec<PlacementRunInput>> {
  static constexpr std::string_view name = "PlacementRun";
  static constexpr auto fields() {
    using I = PlacementRunInput;
    return std::tuple{Field{"mode", &I::mode, kPlain, "stable (the default) or optimal"},
                      Field{"seed", &I::seed, kPlain, "for the lottery of ties; random if absent"}};
  }
};

}  // namespace orbis::http::json
