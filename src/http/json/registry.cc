#include "http/json/registry.h"

namespace orbis::http::json {
namespace {

// An institution as a search lists it.
struct Summary {
  InstitutionId id;
  std::string name;
  std::string name_zh;
  std::string country;
  std::string city;
  std::vector<domain::InstitutionType> types;
  std::optional<std::string> ror_id;
  std::vector<std::string> domains;
  std::optional<int> established;
};

// An institution read on its own: the summary and the rest.
struct Detail {
  Summary summary;
  std::vector<domain::InstitutionName> names;
  std::string website;
  std::string wikidata;
  std::string state_province;
  std::string status;
  int version = 0;
  std::optional<std::vector<domain::OrgUnit>> org_units;
  std::optional<std::vector<std::string>> allowed_actions;
};

Summary summary_of(const domain::Institution& in) {
  const std::string ror = in.ror_url();
  return {.id = in.id,
          .name = in.name,
          .name_zh = in.name_zh,
          .country = in.country,
          .city = in.city,
          .types = in.types,
          .ror_id = ror.empty() ? std::nullopt : std::optional<std::string>(ror),
          .domains = in.domains,
          .established = in.established};
}

// Every name: the display name first, then the Chinese one, then the others.
std::vector<domain::InstitutionName> names_of(const domain::Institution& in) {
  std::vector<domain::InstitutionName> names;
  names.push_back({in.name, "en", domain::NameKind::display});
  if (!in.name_zh.empty()) names.push_back({in.name_zh, "zh", domain::NameKind::zh});
  names.insert(names.end(), in.names.begin(), in.names.end());
  return names;
}

}  // namespace

template <>
struct Codec<Summary> : Object<Summary, Codec<Summary>> {
  static constexpr std::string_view name = "InstitutionSummary";
  static constexpr auto fields() {
    return std::tuple{Field{"id", &Summary::id},
                      Field{"name", &Summary::name, kPlain, "the display name, usually English"},
                      Field{"name_zh", &Summary::name_zh, kNullIfEmpty},
                      Field{"country", &Summary::country, kPlain, "ISO 3166-1 alpha-2"},
                      Field{"city", &Summary::city, kNullIfEmpty},
                      Field{"types", &Summary::types},
                      Field{"ror_id", &Summary::ror_id, kPlain, "https://ror.org/…"},
                      Field{"domains", &Summary::domains},
                      Field{"established", &Summary::established}};
  }
};

template <>
struct Codec<Detail> : Object<Detail, Codec<Detail>> {
  static constexpr std::string_view name = "Institution";
  static constexpr auto fields() {
    return std::tuple{
        Embed{&Detail::summary},
        Field{"names", &Detail::names},
        Field{"website", &Detail::website, kNullIfEmpty},
        Field{"wikidata", &Detail::wikidata, kNullIfEmpty},
        Field{"state_province", &Detail::state_province, kNullIfEmpty},
        Field{"status", &Detail::status},
        Field{"version", &Detail::version},
        Field{"org_units", &Detail::org_units, kOmitIfAbsent, "when read on its own"},
        Field{"allowed_actions", &Detail::allowed_actions, kOmitIfAbsent,
              "what the reader may do with it: update, add_org_unit, import_courses"}};
  }
};

void Codec<domain::InstitutionName>::read(const Json& in, domain::InstitutionName& name, Reader& r,
                                          std::string_view path) {
  Object::read(in, name, r, path);
  if (name.kind == domain::NameKind::display || name.kind == domain::NameKind::zh) {
    r.error(Reader::join(path, "kind"), "alias, acronym or label");
  }
}

Result<service::InstitutionPatch> institution_patch(const Json& body) {
  domain::Institution read;
  if (auto ok = from_json(body, read, "request"); !ok) return fail(ok.error());
  service::InstitutionPatch patch;
  const auto sent = [&](const char* name) { return body.contains(name); };
  for (const auto& [name, target, value] :
       {std::tuple{"name", &patch.name, &read.name},
        {"name_zh", &patch.name_zh, &read.name_zh},
        {"country", &patch.country, &read.country},
        {"city", &patch.city, &read.city},
        {"state_province", &patch.state_province, &read.state_province},
        {"website", &patch.website, &read.website},
        {"wikidata", &patch.wikidata, &read.wikidata},
        {"ror_id", &patch.ror_id, &read.ror_id}}) {
    if (sent(name)) *target = std::move(*value);
  }
  if (sent("types")) patch.types = std::move(read.types);
  if (sent("established")) patch.established = read.established;
  if (sent("domains")) patch.domains = std::move(read.domains);
  if (sent("names")) patch.names = std::move(read.names);
  return patch;
}

void Codec<InstitutionSummary>::write(const InstitutionSummary& summary, Json& out) {
  Codec<Summary>::write(summary_of(summary.institution), out);
}

Json Codec<InstitutionSummary>::schema(Schemas& s) { return Codec<Summary>::schema(s); }

void Codec<InstitutionDetail>::write(const InstitutionDetail& detail, Json& out) {
  const auto& in = detail.institution;
  Codec<Detail>::write({.summary = summary_of(in),
                        .names = names_of(in),
                        .website = in.website,
                        .wikidata = in.wikidata,
                        .state_province = in.state_province,
                        .status = in.status,
                        .version = in.version,
                        .org_units = detail.org_units,
                        .allowed_actions = detail.allowed_actions},
                       out);
}

Json Codec<InstitutionDetail>::schema(Schemas& s) { return Codec<Detail>::schema(s); }

void Codec<HomeChoice>::read(const Json& in, HomeChoice& choice, Reader& r, std::string_view path) {
  Object::read(in, choice, r, path);
  if (in.is_object() && !in.contains("institution_id")) {
    r.error(Reader::join(path, "institution_id"), "required: the id of a registry institution");
  }
}

}  // namespace orbis::http::json
