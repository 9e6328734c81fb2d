// Routes of the institution registry: search, read, create, update, org units, home.
#include <fmt/format.h>

#include <array>

#include "domain/country.h"
#include "http/api.h"
#include "http/api_support.h"
#include "service/serialize.h"

namespace orbis::http {
namespace {

using domain::Role;
using internal::FieldReader;

constexpr std::array<std::string_view, 12> kInstitutionFields = {
    "name",     "name_zh", "country", "city",        "state_province", "website",
    "wikidata", "ror_id",  "types",   "established", "domains",        "names"};

std::optional<std::vector<domain::InstitutionType>> read_types(FieldReader& r) {
  auto names = r.texts("types");
  if (!names) return std::nullopt;
  std::vector<domain::InstitutionType> types;
  for (std::size_t i = 0; i < names->size(); ++i) {
    if (const auto t = domain::parse_institution_type((*names)[i])) {
      types.push_back(*t);
    } else {
      r.error(fmt::format("types/{}", i),
              fmt::format("'{}' is not an institution type", (*names)[i]));
    }
  }
  return types;
}

std::optional<std::vector<domain::InstitutionName>> read_names(FieldReader& r) {
  if (!r.has("names")) return std::nullopt;
  const auto& v = r.raw("names");
  if (!v.is_array()) {
    r.error("names", "must be an array of {name, lang, kind}");
    return std::nullopt;
  }
  std::vector<domain::InstitutionName> names;
  for (std::size_t i = 0; i < v.size(); ++i) {
    const auto& n = v[i];
    const auto kind =
        n.is_object() && n.value("kind", "alias") != "display" && n.value("kind", "alias") != "zh"
            ? domain::parse_name_kind(n.value("kind", "alias"))
            : std::nullopt;
    if (!n.is_object() || !n.contains("name") || !n["name"].is_string() || !kind ||
        (n.contains("lang") && !n["lang"].is_null() && !n["lang"].is_string())) {
      r.error(fmt::format("names/{}", i),
              "needs a string name, an optional lang and kind alias, acronym or label");
      continue;
    }
    names.push_back(
        {n["name"].get<std::string>(),
         n.contains("lang") && n["lang"].is_string() ? n["lang"].get<std::string>() : "", *kind});
  }
  return names;
}

Result<service::InstitutionPatch> read_patch(const nlohmann::json& body) {
  if (auto ok = internal::only_fields(body, kInstitutionFields); !ok) return fail(ok.error());
  FieldReader r(body);
  service::InstitutionPatch p;
  p.name = r.text("name");
  p.name_zh = r.text("name_zh");
  p.country = r.text("country");
  p.city = r.text("city");
  p.state_province = r.text("state_province");
  p.website = r.text("website");
  p.wikidata = r.text("wikidata");
  p.ror_id = r.text("ror_id");
  p.types = read_types(r);
  p.established = r.nullable_int("established");
  p.domains = r.texts("domains");
  p.names = read_names(r);
  if (auto ok = r.finish("institution"); !ok) return fail(ok.error());
  return p;
}

// The institution as GET returns it: every field, its org units and its ETag.
Response full_institution(service::Services& s, const domain::Actor& actor,
                          const domain::Institution& in, int status) {
  auto units = s.registry.org_units(actor, in.id);
  if (!units) return problem(units.error());
  auto body = service::institution_json(in);
  body["org_units"] = nlohmann::json::array();
  for (const auto& u : *units) body["org_units"].push_back(service::org_unit_json(u));
  body["allowed_actions"] = service::Registry::allowed_actions(actor, in);
  auto r = Response::json(status, body);
  r.headers.emplace_back("ETag", fmt::format("\"{}\"", in.version));
  return r;
}

Response with_etag(Response r, int version) {
  r.headers.emplace_back("ETag", fmt::format("\"{}\"", version));
  return r;
}

}  // namespace

void add_registry_routes(Router& router, service::Services& s) {
  router.add(
      {.method = "GET",
       .pattern = "/api/v1/institutions",
       .roles = any_role(),
       .summary = "Search institutions by any name, acronym or web domain",
       .tag = "institutions",
       .query = {{"q", "string", "words of a name in any script, an acronym, or a web domain"},
                 {"country", "string", "ISO 3166-1 alpha-2 code"},
                 {"type", "string",
                  "education, company, facility, funder, government, healthcare, nonprofit, "
                  "archive or other"},
                 {"limit", "integer", "page size, 1 to 100 (default 20)"},
                 {"cursor", "string", "the `next` value of the previous page"}},
       .response_schema = "InstitutionPage",
       .handler = [&s](Request& req) {
         auto limit = internal::size_param(req, "limit", 20, 1, service::kMaxPageSize);
         if (!limit) return problem(limit.error());
         service::SearchRequest search{req.query_value("q"), req.query_value("country"),
                                       req.query_value("type"), *limit, req.query_value("cursor")};
         return internal::respond(
             s.registry.search(req.principal->actor, search), [](const auto& page) {
               nlohmann::json items = nlohmann::json::array();
               for (const auto& in : page.items)
                 items.push_back(service::institution_summary_json(in));
               return Response::json(
                   200, {{"items", items},
                         {"next", page.next ? nlohmann::json(*page.next) : nlohmann::json()},
                         {"total", page.total}});
             });
       }});

  router.add({.method = "POST",
              .pattern = "/api/v1/institutions",
              .roles = {Role::admin, Role::officer},
              .summary = "Add an institution",
              .tag = "institutions",
              .request_schema = "InstitutionInput",
              .response_schema = "Institution",
              .success_status = 201,
              .handler = [&s](Request& req) {
                auto body = internal::json_body(req);
                if (!body) return problem(body.error());
                auto patch = read_patch(*body);
                if (!patch) return problem(patch.error());
                domain::Institution in;
                in.name = patch->name.value_or("");
                in.name_zh = patch->name_zh.value_or("");
                in.country = patch->country.value_or("");
                in.city = patch->city.value_or("");
                in.state_province = patch->state_province.value_or("");
                in.website = patch->website.value_or("");
                in.wikidata = patch->wikidata.value_or("");
                in.ror_id = patch->ror_id.value_or("");
                in.types = patch->types.value_or(std::vector<domain::InstitutionType>{});
                in.established = patch->established.value_or(std::nullopt);
                in.domains = patch->domains.value_or(std::vector<std::string>{});
                in.names = patch->names.value_or(std::vector<domain::InstitutionName>{});
                return internal::respond(
                    s.registry.create(req.principal->actor, std::move(in)),
                    [](const auto& created) {
                      auto r = with_etag(Response::json(201, service::institution_json(created)),
                                         created.version);
                      r.headers.emplace_back(
                          "Location", fmt::format("/api/v1/institutions/{}", created.id.value));
                      return r;
                    });
              }});

  router.add({.method = "GET",
              .pattern = "/api/v1/institutions/{id}",
              .roles = any_role(),
              .summary = "Read an institution with all its names and org units",
              .tag = "institutions",
              .response_schema = "Institution",
              .handler = [&s](Request& req) {
                auto id = internal::id_param(req, "id");
                if (!id) return problem(id.error());
                auto in = s.registry.get(req.principal->actor, InstitutionId{*id});
                if (!in) return problem(in.error());
                return full_institution(s, req.principal->actor, *in, 200);
              }});

  router.add({.method = "PATCH",
              .pattern = "/api/v1/institutions/{id}",
              .roles = {Role::admin, Role::officer},
              .summary = "Change an institution (If-Match: the ETag you read)",
              .tag = "institutions",
              .request_schema = "InstitutionInput",
              .response_schema = "Institution",
              .handler = [&s](Request& req) {
                auto id = internal::id_param(req, "id");
                if (!id) return problem(id.error());
                auto version = internal::required_version(req);
                if (!version) return std::move(version.error());
                auto body = internal::json_body(req);
                if (!body) return problem(body.error());
                auto patch = read_patch(*body);
                if (!patch) return problem(patch.error());
                return internal::respond(
                    s.registry.update(req.principal->actor, InstitutionId{*id}, *patch, *version),
                    [&](const auto& updated) {
                      return full_institution(s, req.principal->actor, updated, 200);
                    });
              }});

  router.add({.method = "GET",
              .pattern = "/api/v1/institutions/{id}/org-units",
              .roles = any_role(),
              .summary = "List an institution's org units, by name",
              .tag = "institutions",
              .query = internal::paged_query(),
              .response_schema = "OrgUnitList",
              .handler = [&s](Request& req) {
                auto id = internal::id_param(req, "id");
                if (!id) return problem(id.error());
                return internal::paged_list(
                    req,
                    [&](const service::PageRequest& page) {
                      return s.registry.org_unit_page(req.principal->actor, InstitutionId{*id},
                                                      page);
                    },
                    service::org_unit_json);
              }});

  router.add(
      {.method = "POST",
       .pattern = "/api/v1/institutions/{id}/org-units",
       .roles = {Role::admin, Role::officer},
       .summary = "Add an org unit (faculty, school, department, office)",
       .tag = "institutions",
       .request_schema = "OrgUnitInput",
       .response_schema = "OrgUnit",
       .success_status = 201,
       .handler = [&s](Request& req) {
         auto id = internal::id_param(req, "id");
         if (!id) return problem(id.error());
         auto body = internal::json_body(req);
         if (!body) return problem(body.error());
         if (auto ok = internal::only_fields(*body, {"name", "name_zh", "code", "parent_id"});
             !ok) {
           return problem(ok.error());
         }
         FieldReader r(*body);
         domain::OrgUnit unit;
         unit.institution = InstitutionId{*id};
         unit.name = r.text("name").value_or("");
         unit.name_zh = r.text("name_zh").value_or("");
         unit.code = r.text("code").value_or("");
         if (const auto parent = r.id("parent_id")) unit.parent = OrgUnitId{*parent};
         if (auto ok = r.finish("org unit"); !ok) return problem(ok.error());
         return internal::respond(s.registry.create_org_unit(req.principal->actor, unit),
                                  [](const auto& created) {
                                    return Response::json(201, service::org_unit_json(created));
                                  });
       }});

  router.add({.method = "GET",
              .pattern = "/api/v1/settings/home",
              .roles = any_role(),
              .summary = "Read the home institution",
              .tag = "settings",
              .response_schema = "HomeInstitution",
              .handler = [&s](Request&) {
                return internal::respond(s.registry.home(), [](const auto& home) {
                  return Response::json(200,
                                        {{"institution", service::institution_summary_json(home)}});
                });
              }});

  router.add({.method = "PUT",
              .pattern = "/api/v1/settings/home",
              .roles = {Role::admin},
              .summary = "Choose the home institution",
              .tag = "settings",
              .request_schema = "HomeInstitutionInput",
              .response_schema = "HomeInstitution",
              .handler = [&s](Request& req) {
                auto body = internal::json_body(req);
                if (!body) return problem(body.error());
                if (auto ok = internal::only_fields(*body, {"institution_id"}); !ok)
                  return problem(ok.error());
                FieldReader r(*body);
                const auto id = r.id("institution_id");
                if (!id) r.error("institution_id", "required: the id of a registry institution");
                if (auto ok = r.finish("setting"); !ok) return problem(ok.error());
                if (auto ok = s.registry.set_home(req.principal->actor, InstitutionId{*id}); !ok)
                  return problem(ok.error());
                return internal::respond(s.registry.home(), [](const auto& home) {
                  return Response::json(200,
                                        {{"institution", service::institution_summary_json(home)}});
                });
              }});
}

}  // namespace orbis::http
