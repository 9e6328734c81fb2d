#include "http/json/learning.h"

#include "http/json/common.h"
#include "http/json/stays.h"

namespace orbis::http::json {
namespace {

// The members of the stored record a reader sees (the stay is shown by the view, and the
// record's version as record_version). Only embedded in the view: no component of its own.
struct LaRecordFields {
  static constexpr auto fields() {
    using R = domain::LearningAgreementRecord;
    return std::tuple{Field{"id", &R::id, kPlain, "0 while nothing was proposed"},
                      Field{"versions", &R::versions},
                      Field{"transcript", &R::transcript},
                      Field{"recognition", &R::recognition},
                      Field{"recognised_at", &R::recognised_at},
                      Field{"recognised_by", &R::recognised_by}};
  }
};
using LaRecordCodec = Object<domain::LearningAgreementRecord, LaRecordFields>;

// The stay a learning agreement belongs to, as its heading shows it.
struct LaStay {
  MobilityId id;
  domain::Direction direction = domain::Direction::outgoing;
  domain::MobilityStatus status = domain::MobilityStatus::nominated;
  std::string academic_year;
  std::string planned_start;
  std::string planned_end;
};

struct LaStayFields {
  static constexpr std::string_view name = "LaStay";
  static constexpr auto fields() {
    using S = LaStay;
    return std::tuple{Field{"id", &S::id},
                      Field{"direction", &S::direction},
                      Field{"status", &S::status},
                      Field{"academic_year", &S::academic_year},
                      Field{"planned_start", &S::planned_start},
                      Field{"planned_end", &S::planned_end}};
  }
};
using LaStayCodec = Object<LaStay, LaStayFields>;

struct LaPerson {
  PersonId id;
  std::string display_name;
  std::string name_zh;
};

struct LaPersonFields {
  static constexpr std::string_view name = "LaPerson";
  static constexpr auto fields() {
    using P = LaPerson;
    return std::tuple{Field{"id", &P::id}, Field{"display_name", &P::display_name},
                      Field{"name_zh", &P::name_zh}};
  }
};
using LaPersonCodec = Object<LaPerson, LaPersonFields>;

constexpr std::array kLaActions = {"propose",          "approve",   "comment",
                                   "enter_transcript", "recognise", "download_ewp"};

}  // namespace

void Codec<service::LearningAgreementView>::write(const service::LearningAgreementView& v,
                                                  Json& out) {
  LaRecordCodec::write(v.record, out);
  const auto& m = v.mobility;
  out["mobility_id"] = m.id.value;
  LaStayCodec::write({m.id, m.direction, m.status, m.academic_year, m.planned_start, m.planned_end},
                     out["mobility"]);
  LaPersonCodec::write({v.person.id, v.person.display_name(), v.person.name_zh}, out["person"]);
  if (v.party.empty())
    out["party"] = nullptr;
  else
    out["party"] = v.party;
  Codec<std::vector<std::string>>::write(v.warnings, out["warnings"]);
  out["record_version"] = v.record.version;
  Codec<std::vector<std::string>>::write(v.allowed_actions, out["allowed_actions"]);
}

Json Codec<service::LearningAgreementView>::schema(Schemas& s) {
  return s.ref("LearningAgreement", [](Schemas& schemas) {
    Json out = LaRecordCodec::object_schema(schemas);
    auto& properties = out["properties"];
    properties["mobility_id"] = {{"type", "integer"}, {"minimum", 1}};
    properties["mobility"] = LaStayCodec::schema(schemas);
    properties["person"] = LaPersonCodec::schema(schemas);
    properties["party"] = Codec<std::optional<domain::LaParty>>::schema(schemas);
    properties["party"]["description"] = "the reader's part in it, or null when it has none";
    properties["warnings"] = {{"type", "array"},
                              {"items", {{"type", "string"}}},
                              {"description", "in English, about credits"}};
    properties["record_version"] = {{"type", "integer"}};
    properties["allowed_actions"] = {
        {"type", "array"},
        {"items", {{"type", "string"}, {"enum", kLaActions}}},
        {"readOnly", true},
        {"description",
         "What the reader may do now: propose a version (or a new text of the open one); "
         "approve or comment on the latest version, while it is open (approve: proposed, and "
         "the reader's side has not signed it); enter the host's results (by hand or from a "
         "file); convert and credit them at home (an approved learning agreement; the final "
         "approval needs the stay completed); download the EWP document."}};
    for (const char* name : {"mobility_id", "mobility", "person", "party", "warnings",
                             "record_version", "allowed_actions"})
      out["required"].push_back(name);
    return out;
  });
}

}  // namespace orbis::http::json
