#include "http/json/mobility.h"

namespace orbis::http::json {
namespace {

using PublicRecord = Object<domain::Programme, PublicProgrammeFields>;
using Hosts = std::vector<service::InstitutionRef>;

}  // namespace

void Codec<service::PublicProgrammeView>::write(const service::PublicProgrammeView& view,
                                                Json& out) {
  PublicRecord::write(view.programme, out);
  Codec<Hosts>::write(view.hosts, out["hosts"]);
}

Json Codec<service::PublicProgrammeView>::schema(Schemas& s) {
  return s.ref("PublicProgramme", [](Schemas& schemas) {
    Json out = PublicRecord::object_schema(schemas);
    out["properties"]["hosts"] = Codec<Hosts>::schema(schemas);
    out["required"].push_back("hosts");
    return out;
  });
}

}  // namespace orbis::http::json
