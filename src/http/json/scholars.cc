#include "http/json/scholars.h"

namespace orbis::http::json {
namespace {

struct PersonFields {
  static constexpr std::string_view name = "ScholarPerson";
  static constexpr auto fields() {
    using P = service::ScholarPerson;
    return std::tuple{Field{"id", &P::id},
                      Field{"display_name", &P::display_name},
                      Field{"family_name", &P::family_name},
                      Field{"given_name", &P::given_name},
                      Field{"name_zh", &P::name_zh},
                      Field{"nationality", &P::nationality},
                      Field{"email", &P::email, kOmitIfAbsent, "only for readers who may see it"}};
  }
};
struct UnitFields {
  static constexpr std::string_view name = "ScholarHostUnit";
  static constexpr auto fields() {
    using U = service::NamedUnit;
    return std::tuple{Field{"id", &U::id}, Field{"name", &U::name}, Field{"name_zh", &U::name_zh}};
  }
};
struct InstitutionFields {
  static constexpr std::string_view name = "ScholarPartner";
  static constexpr auto fields() {
    using I = service::NamedInstitution;
    return std::tuple{Field{"id", &I::id}, Field{"name", &I::name}, Field{"name_zh", &I::name_zh},
                      Field{"country", &I::country}};
  }
};
using PersonCodec = Object<service::ScholarPerson, PersonFields>;
using UnitCodec = Object<service::NamedUnit, UnitFields>;
using InstitutionCodec = Object<service::NamedInstitution, InstitutionFields>;

}  // namespace

void Codec<service::ScholarCaseView>::write(const service::ScholarCaseView& v, Json& out) {
  Codec<domain::scholars::ScholarCase>::write(v.record, out);
  PersonCodec::write(v.person, out["person"]);
  if (v.host_unit) {
    UnitCodec::write(*v.host_unit, out["host_unit"]);
  } else {
    out["host_unit"] = nullptr;
  }
  if (v.partner) {
    InstitutionCodec::write(*v.partner, out["partner"]);
  } else {
    out["partner"] = nullptr;
  }
  Codec<std::vector<domain::scholars::Due>>::write(v.clocks, out["clocks"]);
  Codec<std::vector<domain::scholars::Task>>::write(v.tasks, out["tasks"]);
  out["personal"] = v.personal;
  Codec<std::vector<std::string>>::write(v.allowed_actions, out["allowed_actions"]);
  Codec<std::vector<domain::scholars::CaseStatus>>::write(v.allowed_transitions,
                                                          out["allowed_transitions"]);
  if (v.documents)
    Codec<std::vector<store::ScholarDocument>>::write(*v.documents, out["documents"]);
}

Json Codec<service::ScholarCaseView>::schema(Schemas& s) {
  return s.ref("ScholarCaseView", [](Schemas& schemas) {
    Json out = Codec<domain::scholars::ScholarCase>::object_schema(schemas);
    auto& properties = out["properties"];
    properties["person"] = PersonCodec::schema(schemas);
    properties["host_unit"] = {{"oneOf", {UnitCodec::schema(schemas), {{"type", "null"}}}}};
    properties["partner"] = {{"oneOf", {InstitutionCodec::schema(schemas), {{"type", "null"}}}}};
    properties["clocks"] = {{"type", "array"},
                            {"items", Codec<domain::scholars::Due>::schema(schemas)},
                            {"readOnly", true},
                            {"description",
                             "China's legal clocks of the stay, by due time; empty for readers who "
                             "may not see the case's personal data"}};
    properties["tasks"] = {
        {"type", "array"},
        {"items", Codec<domain::scholars::Task>::schema(schemas)},
        {"readOnly", true},
        {"description", "what the state leaves to the host, the office and the scholar"}};
    properties["personal"] = {
        {"type", "boolean"},
        {"readOnly", true},
        {"description", "whether the reader sees the permits, the notes and the clocks"}};
    properties["allowed_actions"] = {
        {"type", "array"},
        {"items", {{"type", "string"}, {"enum", {"update", "record_event", "transition"}}}},
        {"readOnly", true},
        {"description", "what the reader may do now"}};
    properties["allowed_transitions"] = {
        {"type", "array"},
        {"items", Codec<domain::scholars::CaseStatus>::schema(schemas)},
        {"readOnly", true},
        {"description", "the states a transition by the reader may move the case to now"}};
    properties["documents"] = {
        {"type", "array"},
        {"items", Codec<store::ScholarDocument>::schema(schemas)},
        {"readOnly", true},
        {"description",
         "the documents kept on the case, oldest first: for those who see its personal data, "
         "when the case is read on its own (absent from a page of cases)"}};
    for (const char* name : {"person", "host_unit", "partner", "clocks", "tasks", "personal",
                             "allowed_actions", "allowed_transitions"}) {
      out["required"].push_back(name);
    }
    return out;
  });
}

}  // namespace orbis::http::json
