#include "http/json/placement.h"

namespace orbis::http::json {
namespace {

// A member the store keeps as JSON text; null when it is none.
Json parsed(const std::string& text) {
  Json out = Json::parse(text, nullptr, false);
  return out.is_discarded() ? Json() : out;
}

}  // namespace

void Codec<store::PlacementRunRecord>::write(const store::PlacementRunRecord& r, Json& out) {
  out = {{"id", r.id.value},
         {"call_id", r.call.value},
         {"mode", r.mode},
         {"seed", r.seed},
         {"input_sha256", r.input_sha256},
         {"engine_version", r.engine_version},
         {"statistics", parsed(r.summary)},
         {"created_at", r.created_at},
         {"created_by", r.created_by},
         {"published_at", r.published_at.empty() ? Json() : Json(r.published_at)}};
}

Json Codec<store::PlacementRunRecord>::schema(Schemas& s) {
  return s.ref("PlacementRun", [](Schemas&) {
    const Json text = {{"type", "string"}};
    return Json{{"type", "object"},
                {"properties",
                 {{"id", {{"type", "integer"}}},
                  {"call_id", {{"type", "integer"}}},
                  {"mode", text},
                  {"seed", {{"type", "string"}, {"description", "decimal: all 64 bits"}}},
                  {"input_sha256", text},
                  {"engine_version", text},
                  {"statistics", {{"type", Json::array({"object", "null"})}}},
                  {"created_at", text},
                  {"created_by", text},
                  {"published_at", {{"type", Json::array({"string", "null"})}}},
                  {"input", {{"type", "object"}, {"description", "the detail only"}}},
                  {"output", {{"type", "object"}, {"description", "the detail only"}}}}},
                {"required",
                 {"id", "call_id", "mode", "seed", "input_sha256", "engine_version", "statistics",
                  "created_at", "created_by", "published_at"}}};
  });
}

void Codec<PlacementRunDetail>::write(const PlacementRunDetail& detail, Json& out) {
  Codec<store::PlacementRunRecord>::write(detail.run, out);
  out["input"] = parsed(detail.run.input);
  out["output"] = parsed(detail.run.output);
}

void Codec<PlacementSeed>::write(const PlacementSeed& seed, Json& out) {
  if (seed.value)
    out = *seed.value;
  else
    out = nullptr;
}

void Codec<PlacementSeed>::read(const Json& in, PlacementSeed& seed, Reader& r,
                                std::string_view path) {
  if (in.is_null())
    seed.value.reset();
  else if (in.is_number_unsigned())
    seed.value = in.get<std::uint64_t>();
  else
    r.error(std::string(path), "0 or more");
}

}  // namespace orbis::http::json
