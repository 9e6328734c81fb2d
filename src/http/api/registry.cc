// Routes of the institution registry: search, read, create, update, org units, home.
#include "http/json/registry.h"

#include <fmt/format.h>

#include "http/api/api.h"
#include "http/routing/endpoint.h"
#include "service/registry/registry.h"

namespace orbis::http {

namespace routing {

// GET /institutions: words, a country and a type (the registry checks them), and a page.
struct InstitutionQuery {
  std::string q;
  std::string country;
  std::string type;
  PageRequest page;
};

template <>
struct QueryCodec<InstitutionQuery> : QueryObject<InstitutionQuery> {
  static constexpr auto params() {
    return std::tuple{
        Param{"q", &InstitutionQuery::q,
              "words of a name in any script, an acronym, or a web domain"},
        Param{"country", &InstitutionQuery::country, "ISO 3166-1 alpha-2 code"},
        Param{"type", &InstitutionQuery::type,
              "education, company, facility, funder, government, healthcare, nonprofit, "
              "archive or other"},
        Paging<InstitutionQuery>{&InstitutionQuery::page}};
  }
};

// GET /institutions/{id}/org-units: a page (100 unless asked).
struct OrgUnitQuery {
  PageRequest page;
};

template <>
struct QueryCodec<OrgUnitQuery> : QueryObject<OrgUnitQuery> {
  static constexpr auto params() {
    return std::tuple{Paging<OrgUnitQuery>{&OrgUnitQuery::page, service::kMaxKeysetPageSize}};
  }
};

}  // namespace routing

namespace {

// The institution as GET and PATCH return it: with its org units and what the reader may do.
Result<json::InstitutionDetail> full_institution(service::Services& s, const domain::Actor& actor,
                                                 domain::Institution in) {
  auto units = s.registry.org_units(actor, in.id);
  if (!units) return fail(units.error());
  auto allowed = service::Registry::allowed_actions(actor, in);
  return json::InstitutionDetail{std::move(in), std::move(*units), std::move(allowed)};
}

Result<json::HomeInstitution> home(service::Services& s) {
  auto home = s.registry.home();
  if (!home) return fail(home.error());
  return json::HomeInstitution{{std::move(*home)}};
}

}  // namespace

void add_registry_routes(Router& router, service::Services& s) {
  using domain::access::Action;
  using domain::access::Resource;
  using namespace routing;
  Api institutions(router, "institutions");

  institutions
      .get("/api/v1/institutions", Access::policy(Resource::institution, Action::read),
           "Search institutions by any name, acronym or web domain")
      .handle([&s](const Call& c,
                   const Query<InstitutionQuery>& q) -> Result<Page<json::InstitutionSummary>> {
        service::SearchRequest search{q->q, q->country, q->type, q->page.limit, q->page.cursor};
        auto page = s.registry.search(c.actor(), search);
        if (!page) return fail(page.error());
        Page<json::InstitutionSummary> out{{}, std::move(page->next), page->total};
        out.items.reserve(page->items.size());
        for (auto& in : page->items) out.items.push_back({std::move(in)});
        return out;
      });

  institutions
      .post("/api/v1/institutions", Access::policy(Resource::institution, Action::create),
            "Add an institution")
      .handle([&s](const Call& c,
                   domain::Institution in) -> Result<Created<json::InstitutionDetail>> {
        auto created = s.registry.create(c.actor(), std::move(in));
        if (!created) return fail(created.error());
        std::string location = fmt::format("/api/v1/institutions/{}", created->id.value);
        return Created<json::InstitutionDetail>{{std::move(*created), {}, {}}, std::move(location)};
      });

  institutions
      .get("/api/v1/institutions/{id}", Access::policy(Resource::institution, Action::read),
           "Read an institution with all its names and org units")
      .handle([&s](const Call& c, InstitutionId id) -> Result<json::InstitutionDetail> {
        auto in = s.registry.get(c.actor(), id);
        if (!in) return fail(in.error());
        return full_institution(s, c.actor(), std::move(*in));
      });

  institutions
      .patch("/api/v1/institutions/{id}", Access::policy(Resource::institution, Action::update),
             "Change an institution (If-Match: the ETag you read)")
      .handle([&s](const Call& c, InstitutionId id, Version v,
                   const Patch<domain::Institution>& body) -> Result<json::InstitutionDetail> {
        auto patch = json::institution_patch(body.body);
        if (!patch) return fail(patch.error());
        auto updated = s.registry.update(c.actor(), id, *patch, v.value);
        if (!updated) return fail(updated.error());
        return full_institution(s, c.actor(), std::move(*updated));
      });

  institutions
      .get("/api/v1/institutions/{id}/org-units", Access::policy(Resource::org_unit, Action::read),
           "List an institution's org units, by name")
      .handle([&s](const Call& c, InstitutionId id,
                   const Query<OrgUnitQuery>& q) -> Result<Page<domain::OrgUnit>> {
        auto page = s.registry.org_unit_page(c.actor(), id, {q->page.limit, q->page.cursor});
        if (!page) return fail(page.error());
        return Page<domain::OrgUnit>{std::move(page->items), std::move(page->next), std::nullopt};
      });

  institutions
      .post("/api/v1/institutions/{id}/org-units",
            Access::policy(Resource::org_unit, Action::create),
            "Add an org unit (faculty, school, department, office)")
      .handle([&s](const Call& c, InstitutionId id,
                   domain::OrgUnit unit) -> Result<Created<domain::OrgUnit>> {
        unit.institution = id;
        auto created = s.registry.create_org_unit(c.actor(), std::move(unit));
        if (!created) return fail(created.error());
        return Created<domain::OrgUnit>{std::move(*created), {}};
      });

  Api settings(router, "settings");

  settings
      .get("/api/v1/settings/home", Access::policy(Resource::settings, Action::read),
           "Read the home institution")
      .handle([&s](const Call&) -> Result<json::HomeInstitution> { return home(s); });

  settings
      .put("/api/v1/settings/home", Access::policy(Resource::settings, Action::update),
           "Choose the home institution")
      .handle([&s](const Call& c, json::HomeChoice choice) -> Result<json::HomeInstitution> {
        if (auto ok = s.registry.set_home(c.actor(), choice.institution); !ok)
          return fail(ok.error());
        return home(s);
      });
}

}  // namespace orbis::http
