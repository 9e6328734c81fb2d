#include "http/json/calls.h"

#include "domain/mobility_json.h"

namespace orbis::http::json {
namespace {

using CallRecord = Object<domain::Call, CallFields>;
using Offers = std::vector<service::OfferView>;
using Strings = std::vector<std::string>;

// Reads by the domain's reader (the same rules as the store's), each of its mistakes named
// under `path`.
template <typename T>
void read_by_domain(const Json& in, T& value, Reader& r, std::string_view path) {
  if (!in.is_object()) return r.error(std::string(path), "an object");
  const auto origin =
      r.origin() == Origin::client ? domain::JsonOrigin::client : domain::JsonOrigin::store;
  if (auto ok = domain::read_json(in, value, origin); !ok) {
    for (const auto& e : ok.error().fields) r.error(Reader::join(path, e.field), e.message);
  }
}

}  // namespace

void Codec<domain::Offer>::read(const Json& in, domain::Offer& offer, Reader& r,
                                std::string_view path) {
  read_by_domain(in, offer, r, path);
}

void Codec<domain::Call>::read(const Json& in, domain::Call& call, Reader& r,
                               std::string_view path) {
  read_by_domain(in, call, r, path);
}

void Codec<service::CallView>::write(const service::CallView& view, Json& out) {
  CallRecord::write(view.call, out);
  Codec<domain::CallPhase>::write(view.phase, out["phase"]);
  Codec<Offers>::write(view.offers, out["offers"]);
  if (view.applications)
    Codec<service::CallApplicationCounts>::write(*view.applications, out["applications"]);
  Codec<Strings>::write(view.allowed_actions, out["allowed_actions"]);
}

Json Codec<service::CallView>::schema(Schemas& s) {
  return s.ref("Call", [](Schemas& schemas) {
    Json out = CallRecord::object_schema(schemas);
    auto& properties = out["properties"];
    properties["phase"] = Codec<domain::CallPhase>::schema(schemas);
    properties["offers"] = Codec<Offers>::schema(schemas);
    properties["applications"] = {
        {"allOf", Json::array({Codec<service::CallApplicationCounts>::schema(schemas)})},
        {"description", "not shown to students"}};
    properties["allowed_actions"] = {
        {"type", "array"},
        {"items", {{"type", "string"}}},
        {"description",
         "what the reader may do with the call now: update, add_offer, apply, "
         "import_applications, place, refill, nominate"}};
    for (const char* name : {"phase", "offers", "allowed_actions"}) out["required"].push_back(name);
    return out;
  });
}

}  // namespace orbis::http::json
