#include "http/json/teaching.h"

namespace orbis::http::json {
namespace {

struct TeachingUnitFields {
  static constexpr std::string_view name = "TeachingUnit";
  static constexpr auto fields() {
    using U = service::TeachingUnit;
    return std::tuple{Field{"id", &U::id}, Field{"name", &U::name}, Field{"name_zh", &U::name_zh}};
  }
};
struct TeachingAgreementFields {
  static constexpr std::string_view name = "TeachingAgreement";
  static constexpr auto fields() {
    using A = service::TeachingAgreement;
    return std::tuple{Field{"id", &A::id}, Field{"title", &A::title}};
  }
};
struct ShareFields {
  static constexpr std::string_view name = "JointProgrammeShare";
  static constexpr auto fields() {
    using S = service::ShareView;
    return std::tuple{
        Field{"rule", &S::rule, kPlain, "the ratio's id in the rule set"},
        Field{"name", &S::name},
        Field{"name_zh", &S::name_zh},
        Field{"numerator", &S::numerator},
        Field{"denominator", &S::denominator},
        Field{"percent", &S::percent, kPlain, "rounded down to a tenth"},
        Field{"at_least_num", &S::at_least_num},
        Field{"at_least_den", &S::at_least_den},
        Field{"verdict", &S::verdict, kPlain, "met, not_met, or no_base (nothing to share)"},
        Field{"source", &S::source, kPlain, "the title of the rule's source"},
        Field{"article", &S::article, kNullIfEmpty}};
  }
};
struct YearFields {
  static constexpr auto fields() {
    using Y = service::FourThirdsView;
    return std::tuple{Field{"year", &Y::year},
                      Field{"rule_set", &Y::rule_set, kPlain, "the id of the set applied"},
                      Field{"rule_set_name", &Y::rule_set_name},
                      Field{"rule_set_name_zh", &Y::rule_set_name_zh},
                      Field{"all_met", &Y::all_met}};
  }
};
using TeachingUnitCodec = Object<service::TeachingUnit, TeachingUnitFields>;
using TeachingAgreementCodec = Object<service::TeachingAgreement, TeachingAgreementFields>;
using ShareCodec = Object<service::ShareView, ShareFields>;
using YearCodec = Object<service::FourThirdsView, YearFields>;

template <typename ItemCodec, typename T>
Json array_json(const std::vector<T>& items) {
  Json out = Json::array();
  for (const auto& item : items) {
    Json j;
    ItemCodec::write(item, j);
    out.push_back(std::move(j));
  }
  return out;
}

Json array_of(Json item, std::string_view description) {
  return {{"type", "array"},
          {"items", std::move(item)},
          {"readOnly", true},
          {"description", std::string(description)}};
}

Json nullable(Json schema) { return {{"oneOf", {std::move(schema), {{"type", "null"}}}}}; }

Json actions_schema() {
  return {{"type", "array"},
          {"items", {{"type", "string"}, {"enum", {"update"}}}},
          {"readOnly", true},
          {"description", "what the reader may do now"}};
}

Json four_thirds_json(const std::vector<service::FourThirdsView>& years) {
  Json out = Json::array();
  for (const auto& year : years) {
    Json j;
    YearCodec::write(year, j);
    j["shares"] = array_json<ShareCodec>(year.shares);
    out.push_back(std::move(j));
  }
  return out;
}

}  // namespace

void Codec<service::JointCourseView>::write(const service::JointCourseView& v, Json& out) {
  Codec<domain::teaching::JointCourse>::write(v.record, out);
  Codec<service::InstitutionRef>::write(v.partner, out["partner"]);
  if (v.org_unit)
    TeachingUnitCodec::write(*v.org_unit, out["org_unit"]);
  else
    out["org_unit"] = nullptr;
  if (v.agreement)
    TeachingAgreementCodec::write(*v.agreement, out["agreement"]);
  else
    out["agreement"] = nullptr;
  Codec<std::vector<std::string>>::write(v.allowed_actions, out["allowed_actions"]);
}

Json Codec<service::JointCourseView>::schema(Schemas& s) {
  return s.ref("JointCourseView", [](Schemas& schemas) {
    Json out = Codec<domain::teaching::JointCourse>::object_schema(schemas);
    auto& properties = out["properties"];
    properties["partner"] = Codec<service::InstitutionRef>::schema(schemas);
    properties["org_unit"] = nullable(TeachingUnitCodec::schema(schemas));
    properties["agreement"] = nullable(TeachingAgreementCodec::schema(schemas));
    properties["allowed_actions"] = actions_schema();
    return out;
  });
}

void Codec<service::JointProgrammeView>::write(const service::JointProgrammeView& v, Json& out) {
  Codec<domain::teaching::JointProgramme>::write(v.record, out);
  out["partners"] = array_json<Codec<service::InstitutionRef>>(v.partners);
  if (v.org_unit)
    TeachingUnitCodec::write(*v.org_unit, out["org_unit"]);
  else
    out["org_unit"] = nullptr;
  out["agreements"] = array_json<TeachingAgreementCodec>(v.agreements);
  out["four_thirds"] = four_thirds_json(v.four_thirds);
  out["approved_today"] = v.approved_today;
  Codec<std::vector<std::string>>::write(v.allowed_actions, out["allowed_actions"]);
}

Json Codec<service::JointProgrammeView>::schema(Schemas& s) {
  return s.ref("JointProgrammeView", [](Schemas& schemas) {
    Json out = Codec<domain::teaching::JointProgramme>::object_schema(schemas);
    auto& properties = out["properties"];
    properties["partners"] = array_of(Codec<service::InstitutionRef>::schema(schemas),
                                      "the partners with the registry's names");
    properties["org_unit"] = nullable(TeachingUnitCodec::schema(schemas));
    properties["agreements"] = array_of(TeachingAgreementCodec::schema(schemas),
                                        "the linked agreements the reader may read");
    Json year = YearCodec::object_schema(schemas);
    year["properties"]["shares"] = array_of(ShareCodec::schema(schemas), "each ratio of the set");
    year["required"].push_back("shares");
    properties["four_thirds"] =
        array_of(std::move(year), "each year with a plan, held against the set in force");
    properties["approved_today"] = {{"type", "boolean"},
                                    {"readOnly", true},
                                    {"description", "whether the approval holds today"}};
    properties["allowed_actions"] = actions_schema();
    return out;
  });
}

}  // namespace orbis::http::json
