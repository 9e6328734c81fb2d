#include "http/json/stays.h"

#include <algorithm>

namespace orbis::http::json {
namespace {

// The person of a stay, as its reader sees them.
struct StayPerson {
  PersonId id;
  domain::PersonKind kind = domain::PersonKind::student;
  std::string display_name;
  std::string family_name;
  std::string given_name;
  std::string name_zh;
  std::string nationality;
  std::optional<int> level;
  std::string field;
  std::optional<std::string> email;  // only for a reader it is disclosed to
};

struct StayPersonFields {
  static constexpr std::string_view name = "StayPerson";
  static constexpr auto fields() {
    using P = StayPerson;
    return std::tuple{Field{"id", &P::id},
                      Field{"kind", &P::kind},
                      Field{"display_name", &P::display_name},
                      Field{"family_name", &P::family_name},
                      Field{"given_name", &P::given_name},
                      Field{"name_zh", &P::name_zh},
                      Field{"nationality", &P::nationality},
                      Field{"level", &P::level},
                      Field{"field", &P::field},
                      Field{"email", &P::email, kOmitIfAbsent, "only for readers who may see it"}};
  }
};
using StayPersonCodec = Object<StayPerson, StayPersonFields>;

struct InstitutionFields {
  static constexpr std::string_view name = "HostInstitution";
  static constexpr auto fields() {
    using L = store::InstitutionLabel;
    return std::tuple{Field{"id", &L::id}, Field{"name", &L::name}, Field{"name_zh", &L::name_zh},
                      Field{"country", &L::country}};
  }
};
struct AgreementFields {
  static constexpr std::string_view name = "StayAgreement";
  static constexpr auto fields() {
    using L = store::AgreementLabel;
    return std::tuple{Field{"id", &L::id}, Field{"code", &L::code}, Field{"title", &L::title}};
  }
};
struct ProgrammeFields {
  static constexpr std::string_view name = "StayProgramme";
  static constexpr auto fields() {
    using L = store::ProgrammeLabel;
    return std::tuple{Field{"id", &L::id}, Field{"code", &L::code}, Field{"name", &L::name},
                      Field{"name_zh", &L::name_zh}};
  }
};
struct CallFields {
  static constexpr std::string_view name = "StayCall";
  static constexpr auto fields() {
    using L = store::CallLabel;
    return std::tuple{Field{"id", &L::id}, Field{"code", &L::code}, Field{"title", &L::title}};
  }
};
using InstitutionCodec = Object<store::InstitutionLabel, InstitutionFields>;
using AgreementCodec = Object<store::AgreementLabel, AgreementFields>;
using ProgrammeCodec = Object<store::ProgrammeLabel, ProgrammeFields>;
using CallCodec = Object<store::CallLabel, CallFields>;

StayPerson shown(const service::MobilityView& v) {
  const auto& p = v.person;
  return {.id = p.id,
          .kind = p.kind,
          .display_name = p.display_name(),
          .family_name = p.family_name,
          .given_name = p.given_name,
          .name_zh = p.name_zh,
          .nationality = p.nationality,
          .level = p.level,
          .field = p.field,
          .email = v.disclosure.email ? std::optional(p.email) : std::nullopt};
}

// Writes the label when the stay names one the reader may see.
template <typename C, typename L>
void write_label(const std::optional<L>& label, std::string_view key, Json& out) {
  if (label) C::write(*label, out[std::string(key)]);
}

}  // namespace

void Codec<service::MobilityView>::write(const service::MobilityView& v, Json& out) {
  Codec<domain::Mobility>::write(v.mobility, out);
  StayPersonCodec::write(shown(v), out["person"]);
  Codec<std::vector<std::string>>::write(v.allowed_actions, out["allowed_actions"]);
  Codec<std::vector<domain::MobilityStatus>>::write(v.allowed_transitions,
                                                    out["allowed_transitions"]);
  write_label<InstitutionCodec>(v.labels.sending, "sending", out);
  write_label<InstitutionCodec>(v.labels.receiving, "receiving", out);
  write_label<AgreementCodec>(v.labels.agreement, "agreement", out);
  write_label<ProgrammeCodec>(v.labels.programme, "programme", out);
  write_label<CallCodec>(v.labels.call, "call", out);
  if (auto months = domain::months_between(v.mobility.planned_start, v.mobility.planned_end))
    out["planned_months"] = *months;
}

Json Codec<service::MobilityView>::schema(Schemas& s) {
  return s.ref("Mobility", [](Schemas& schemas) {
    Json out = Codec<domain::Mobility>::object_schema(schemas);
    auto& properties = out["properties"];
    properties["person"] = StayPersonCodec::schema(schemas);
    properties["allowed_actions"] = {
        {"type", "array"},
        {"items", {{"type", "string"}, {"enum", {"update", "transition", "decide"}}}},
        {"readOnly", true},
        {"description", "what the reader may do now; clients show what these allow"}};
    properties["allowed_transitions"] = {
        {"type", "array"},
        {"items", Codec<domain::MobilityStatus>::schema(schemas)},
        {"readOnly", true},
        {"description", "the statuses a transition may move the stay to now"}};
    properties["sending"] = InstitutionCodec::schema(schemas);
    properties["receiving"] = InstitutionCodec::schema(schemas);
    // Each when the stay names one the reader may see.
    properties["agreement"] = AgreementCodec::schema(schemas);
    properties["programme"] = ProgrammeCodec::schema(schemas);
    properties["call"] = CallCodec::schema(schemas);
    properties["planned_months"] = {{"type", "integer"},
                                    {"description", "when both planned dates are set"}};
    for (const char* name :
         {"person", "sending", "receiving", "allowed_actions", "allowed_transitions"})
      out["required"].push_back(name);
    return out;
  });
}

}  // namespace orbis::http::json

namespace orbis::http::json {

namespace {

bool nominee_member(std::string_view key) {
  const auto& members = Codec<service::IncomingNomination>::kNomineeMembers;
  return std::find(members.begin(), members.end(), key) != members.end();
}

}  // namespace

void Codec<service::IncomingNomination>::read(const Json& in, service::IncomingNomination& n,
                                              Reader& r, std::string_view path) {
  if (!in.is_object()) return r.error(std::string(path), "an object");
  const auto person = in.find("person");
  if (person == in.end() || !person->is_object()) {
    r.error(Reader::join(path, "person"), "an object with the nominee");
  } else {
    const auto where = Reader::join(path, "person");
    for (const auto& [key, member] : person->items()) {
      if (!nominee_member(key) ||
          !Codec<domain::Person>::read_member(key, member, n.person, r, where))
        r.error(Reader::join(where, key), "not a member of this record");
    }
  }
  for (const auto& [key, member] : in.items()) {
    if (key == "person") continue;
    if (!Codec<domain::Mobility>::read_member(key, member, n.mobility, r, path))
      r.error(Reader::join(path, key), "not a member of this record");
  }
}

Json Codec<service::IncomingNomination>::schema(Schemas& s) {
  return s.ref("IncomingNomination", [](Schemas& schemas) {
    Json out = Codec<domain::Mobility>::object_schema(schemas);
    Json nominee = Codec<domain::Person>::object_schema(schemas);
    Json members = Json::object();
    for (const auto& [key, member] : nominee["properties"].items())
      if (nominee_member(key)) members[key] = member;
    nominee["properties"] = std::move(members);
    out["properties"]["person"] = schemas.ref("Nominee", [&](Schemas&) { return nominee; });
    out["required"] = Json::array({"person"});
    return out;
  });
}

}  // namespace orbis::http::json
