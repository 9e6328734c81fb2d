// Routes of people: students and staff.
#include "http/json/people.h"

#include <fmt/format.h>

#include "http/api/api.h"
#include "http/json/imports.h"
#include "http/routing/endpoint.h"
#include "service/registry/people.h"

namespace orbis::http {

namespace routing {

// GET /people: words, filters and a page (50 a page unless asked).
struct PeopleQuery {
  std::string q;
  std::string kind;
  std::string nationality;
  std::optional<InstitutionId> institution;
  PageRequest page;
};

template <>
struct QueryCodec<PeopleQuery> : QueryObject<PeopleQuery> {
  static constexpr auto params() {
    return std::tuple{Param{"q", &PeopleQuery::q, "words of a name in any script, or the email"},
                      Param{"kind", &PeopleQuery::kind, "student or staff"},
                      Param{"nationality", &PeopleQuery::nationality, "ISO 3166-1 alpha-2"},
                      Param{"institution", &PeopleQuery::institution, "the home institution's id"},
                      Paging<PeopleQuery>{&PeopleQuery::page, 50}};
  }
};

}  // namespace routing

void add_people_routes(Router& router, service::Services& s) {
  using domain::access::Action;
  using domain::access::Resource;
  using namespace routing;
  Api api(router, "people");

  api.get("/api/v1/people", Access::policy(Resource::person, Action::read),
          "List students and staff (a coordinator sees their org unit, a student themselves)")
      .handle(
          [&s](const Call& c, const Query<PeopleQuery>& q) -> Result<Page<service::PersonView>> {
            service::PersonFilter f{.q = q->q,
                                    .kind = q->kind,
                                    .nationality = q->nationality,
                                    .institution = q->institution,
                                    .limit = q->page.limit,
                                    .cursor = q->page.cursor};
            auto page = s.people.list(c.actor(), f);
            if (!page) return fail(page.error());
            return Page<service::PersonView>{std::move(page->items), std::move(page->next),
                                             page->total};
          });

  api.post("/api/v1/people", Access::policy(Resource::person, Action::create),
           "Add a student or staff member")
      .handle([&s](const Call& c, domain::Person person) -> Result<Created<service::PersonView>> {
        auto created = s.people.create(c.actor(), std::move(person));
        if (!created) return fail(created.error());
        std::string location = fmt::format("/api/v1/people/{}", created->person.id.value);
        return Created<service::PersonView>{std::move(*created), std::move(location)};
      });

  api.post("/api/v1/people/graduations/import", Access::policy(Resource::person, Action::update),
           "Enter students' graduation years from CSV (email, graduated_in: an academic year "
           "such as 2025/2026, or empty to clear it; dry_run=true by default)")
      .limit(kMaxUploadBytes)
      .handle([&s](const Call& c, const Upload& csv,
                   DryRun dry) -> Result<Imported<service::MobilityImportOutcome>> {
        return imported(s.people.import_graduations(c.actor(), csv.bytes, dry.value));
      });

  api.get("/api/v1/people/{id}", Access::policy(Resource::person, Action::read),
          "Read a student or staff member")
      .handle([&s](const Call& c, PersonId id) -> Result<service::PersonView> {
        return s.people.get(c.actor(), id);
      });

  api.patch("/api/v1/people/{id}", Access::policy(Resource::person, Action::update),
            "Change a student or staff member (If-Match: the ETag you read)")
      .handle([&s](const Call& c, PersonId id, Version v,
                   const Patch<domain::Person>& patch) -> Result<service::PersonView> {
        auto current = s.people.get(c.actor(), id);
        if (!current) return fail(current.error());
        domain::Person person = std::move(current->person);
        if (auto ok = patch.apply(person); !ok) return fail(ok.error());
        return s.people.update(c.actor(), std::move(person), v.value);
      });
}

}  // namespace orbis::http
