#include "http/json/research_projects.h"

namespace orbis::http::json {
namespace {

struct PartnerFields {
  static constexpr std::string_view name = "ResearchProjectPartnerView";
  static constexpr auto fields() {
    using P = service::ProjectPartnerView;
    return std::tuple{Field{"institution_id", &P::institution},
                      Field{"name", &P::name},
                      Field{"name_zh", &P::name_zh, kNullIfEmpty},
                      Field{"country", &P::country, kPlain, "ISO 3166-1 alpha-2"},
                      Field{"ror", &P::ror, kNullIfEmpty},
                      Field{"role", &P::role}};
  }
};
struct UnitFields {
  static constexpr std::string_view name = "ResearchProjectUnit";
  static constexpr auto fields() {
    using U = service::NamedUnit;
    return std::tuple{Field{"id", &U::id}, Field{"name", &U::name}, Field{"name_zh", &U::name_zh}};
  }
};
struct AgreementFields {
  static constexpr std::string_view name = "ResearchProjectAgreement";
  static constexpr auto fields() {
    using A = service::LinkedAgreement;
    return std::tuple{Field{"id", &A::id}, Field{"title", &A::title}};
  }
};
struct VisitFields {
  static constexpr std::string_view name = "ResearchProjectVisit";
  static constexpr auto fields() {
    using V = service::LinkedVisit;
    return std::tuple{Field{"id", &V::id, kPlain, "the scholar case"},
                      Field{"person", &V::person, kPlain, "the scholar's display name"},
                      Field{"kind", &V::kind}, Field{"status", &V::status},
                      Field{"direction", &V::direction}};
  }
};
// Its schema is written whole by Codec<ResearchProjectSummary>::schema, under that name.
struct SummaryFields {
  static constexpr auto fields() {
    using S = service::ResearchProjectSummary;
    return std::tuple{Field{"id", &S::id},
                      Field{"title", &S::title},
                      Field{"acronym", &S::acronym, kNullIfEmpty},
                      Field{"status", &S::status, kPlain, "from the dates and today"},
                      Field{"start_date", &S::start_date},
                      Field{"end_date", &S::end_date},
                      Field{"org_unit_id", &S::org_unit},
                      Field{"principal_investigator", &S::principal_investigator, kNullIfEmpty},
                      Field{"funding", &S::funding}};
  }
};
using PartnerCodec = Object<service::ProjectPartnerView, PartnerFields>;
using UnitCodec = Object<service::NamedUnit, UnitFields>;
using AgreementCodec = Object<service::LinkedAgreement, AgreementFields>;
using VisitCodec = Object<service::LinkedVisit, VisitFields>;
using SummaryCodec = Object<service::ResearchProjectSummary, SummaryFields>;

Json partners_json(const std::vector<service::ProjectPartnerView>& partners) {
  Json out = Json::array();
  for (const auto& p : partners) {
    Json item;
    PartnerCodec::write(p, item);
    out.push_back(std::move(item));
  }
  return out;
}

Json array_of(Json item, std::string_view description) {
  return {{"type", "array"},
          {"items", std::move(item)},
          {"readOnly", true},
          {"description", std::string(description)}};
}

}  // namespace

void Codec<service::ResearchProjectView>::write(const service::ResearchProjectView& v, Json& out) {
  Codec<domain::research::Project>::write(v.record, out);
  Codec<domain::research::ProjectStatus>::write(v.status, out["status"]);
  if (v.org_unit)
    UnitCodec::write(*v.org_unit, out["org_unit"]);
  else
    out["org_unit"] = nullptr;
  out["partner_details"] = partners_json(v.partners);
  Json agreements = Json::array();
  for (const auto& a : v.agreements) {
    Json item;
    AgreementCodec::write(a, item);
    agreements.push_back(std::move(item));
  }
  out["agreements"] = std::move(agreements);
  Json visits = Json::array();
  for (const auto& visit : v.visits) {
    Json item;
    VisitCodec::write(visit, item);
    visits.push_back(std::move(item));
  }
  out["visits"] = std::move(visits);
  Codec<std::vector<std::string>>::write(v.allowed_actions, out["allowed_actions"]);
}

Json Codec<service::ResearchProjectView>::schema(Schemas& s) {
  return s.ref("ResearchProjectView", [](Schemas& schemas) {
    Json out = Codec<domain::research::Project>::object_schema(schemas);
    auto& properties = out["properties"];
    properties["status"] = Codec<domain::research::ProjectStatus>::schema(schemas);
    properties["org_unit"] = {{"oneOf", {UnitCodec::schema(schemas), {{"type", "null"}}}}};
    properties["partner_details"] =
        array_of(PartnerCodec::schema(schemas), "the partners with the registry's names");
    properties["agreements"] =
        array_of(AgreementCodec::schema(schemas), "the linked agreements the reader may read");
    properties["visits"] =
        array_of(VisitCodec::schema(schemas), "the linked scholar cases the reader may read");
    properties["allowed_actions"] = {{"type", "array"},
                                     {"items", {{"type", "string"}, {"enum", {"update"}}}},
                                     {"readOnly", true},
                                     {"description", "what the reader may do now"}};
    return out;
  });
}

void Codec<service::ResearchProjectSummary>::write(const service::ResearchProjectSummary& v,
                                                   Json& out) {
  SummaryCodec::write(v, out);
  out["partners"] = partners_json(v.partners);
}

Json Codec<service::ResearchProjectSummary>::schema(Schemas& s) {
  return s.ref("ResearchProjectSummary", [](Schemas& schemas) {
    Json out = SummaryCodec::object_schema(schemas);
    out["properties"]["partners"] =
        array_of(PartnerCodec::schema(schemas), "the partners with the registry's names");
    out["required"].push_back("partners");
    return out;
  });
}

}  // namespace orbis::http::json
