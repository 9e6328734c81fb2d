// Routes of people: students and staff.
#include <fmt/format.h>

#include <array>

#include "http/api.h"
#include "http/api_support.h"
#include "service/people.h"

namespace orbis::http {
namespace {

using domain::Role;
using internal::FieldReader;
using nlohmann::json;

constexpr std::array<std::string_view, 19> kPersonFields = {"kind",
                                                            "family_name",
                                                            "given_name",
                                                            "name_zh",
                                                            "email",
                                                            "nationality",
                                                            "home_institution_id",
                                                            "org_unit_id",
                                                            "level",
                                                            "position",
                                                            "field",
                                                            "gpa",
                                                            "gpa_scale",
                                                            "year_of_study",
                                                            "languages",
                                                            "user_id",
                                                            "date_of_birth",
                                                            "passport_number",
                                                            "phone"};

// Applies the members of `body` to `p`; absent members stay, null clears.
Status apply_body(const json& body, domain::Person& p) {
  if (auto ok = internal::only_fields(body, kPersonFields); !ok) return ok;
  FieldReader r(body);
  if (auto v = r.text("kind")) {
    if (const auto kind = domain::parse_person_kind(*v))
      p.kind = *kind;
    else
      r.error("kind", "student or staff");
  }
  for (const auto& [name, target] : {std::pair{"family_name", &p.family_name},
                                     {"given_name", &p.given_name},
                                     {"name_zh", &p.name_zh},
                                     {"email", &p.email},
                                     {"nationality", &p.nationality},
                                     {"position", &p.position},
                                     {"field", &p.field},
                                     {"gpa_scale", &p.gpa_scale},
                                     {"date_of_birth", &p.date_of_birth},
                                     {"passport_number", &p.passport_number},
                                     {"phone", &p.phone}}) {
    if (auto v = r.text(name)) *target = *v;
  }
  if (body.contains("home_institution_id"))
    p.home_institution = InstitutionId{r.id("home_institution_id").value_or(0)};
  if (body.contains("org_unit_id")) {
    const auto id = r.id("org_unit_id");
    p.org_unit = id ? std::optional<OrgUnitId>(OrgUnitId{*id}) : std::nullopt;
  }
  if (body.contains("user_id")) {
    const auto id = r.id("user_id");
    p.user = id ? std::optional<UserId>(UserId{*id}) : std::nullopt;
  }
  if (auto v = r.nullable_int("level")) p.level = *v;
  if (auto v = r.nullable_int("year_of_study")) p.year_of_study = *v;
  if (body.contains("gpa")) {
    if (body["gpa"].is_null())
      p.gpa.reset();
    else if (body["gpa"].is_number())
      p.gpa = body["gpa"].get<double>();
    else
      r.error("gpa", "a number or null");
  }
  if (body.contains("languages")) {
    p.languages.clear();
    if (!body["languages"].is_array()) {
      r.error("languages", "an array of {language, cefr, certificate, date}");
    } else {
      for (std::size_t i = 0; i < body["languages"].size(); ++i) {
        const auto& l = body["languages"][i];
        if (!l.is_object() || !l.value("language", json()).is_string()) {
          r.error(fmt::format("languages/{}", i), "an object {language, cefr, certificate, date}");
          continue;
        }
        const auto text_of = [&](const char* name) {
          return l.contains(name) && l[name].is_string() ? l[name].get<std::string>()
                                                         : std::string();
        };
        p.languages.push_back(
            {text_of("language"), text_of("cefr"), text_of("certificate"), text_of("date")});
      }
    }
  }
  return r.finish("person");
}

Response person_response(int status, const service::PersonView& v) {
  auto r = Response::json(status, service::person_json(v.person, v.disclosure));
  r.headers.emplace_back("ETag", fmt::format("\"{}\"", v.person.version));
  return r;
}

}  // namespace

void add_people_routes(Router& router, service::Services& s) {
  const std::vector<Role> readers = {Role::admin, Role::officer, Role::coordinator, Role::student,
                                     Role::viewer};
  router.add(
      {.method = "GET",
       .pattern = "/api/v1/people",
       .roles = readers,
       .summary =
           "List students and staff (a coordinator sees their org unit, a student themselves)",
       .tag = "people",
       .query = {{"q", "string", "words of a name in any script, or the email"},
                 {"kind", "string", "student or staff"},
                 {"nationality", "string", "ISO 3166-1 alpha-2"},
                 {"institution", "integer", "the home institution's id"},
                 {"limit", "integer", "page size, 1 to 100 (default 50)"},
                 {"cursor", "string", "the `next` value of the previous page"}},
       .response_schema = "PersonPage",
       .handler = [&s](Request& req) {
         auto limit = internal::size_param(req, "limit", 50, 1, 100);
         if (!limit) return problem(limit.error());
         service::PersonFilter f;
         f.q = req.query_value("q");
         f.kind = req.query_value("kind");
         f.nationality = req.query_value("nationality");
         f.limit = *limit;
         if (const auto institution = req.query_value("institution"); !institution.empty()) {
           if (institution.size() > 12 ||
               institution.find_first_not_of("0123456789") != std::string::npos) {
             return problem(
                 Error::invalid("institution is an id", {{"institution", "an institution id"}}));
           }
           f.institution = InstitutionId{std::stoll(institution)};
         }
         f.cursor = req.query_value("cursor");
         return internal::respond(s.people.list(req.principal->actor, f), [&](const auto& page) {
           json items = json::array();
           for (const auto& v : page.items)
             items.push_back(service::person_json(v.person, v.disclosure));
           return Response::json(200, {{"items", items},
                                       {"next", page.next ? json(*page.next) : json()},
                                       {"total", page.total}});
         });
       }});

  router.add({.method = "POST",
              .pattern = "/api/v1/people",
              .roles = {Role::admin, Role::officer},
              .summary = "Add a student or staff member",
              .tag = "people",
              .request_schema = "PersonInput",
              .response_schema = "Person",
              .success_status = 201,
              .handler = [&s](Request& req) {
                auto body = internal::json_body(req);
                if (!body) return problem(body.error());
                domain::Person p;
                if (auto ok = apply_body(*body, p); !ok) return problem(ok.error());
                return internal::respond(
                    s.people.create(req.principal->actor, std::move(p)), [&](const auto& created) {
                      auto r = person_response(201, created);
                      r.headers.emplace_back(
                          "Location", fmt::format("/api/v1/people/{}", created.person.id.value));
                      return r;
                    });
              }});

  router.add({.method = "GET",
              .pattern = "/api/v1/people/{id}",
              .roles = readers,
              .summary = "Read a student or staff member",
              .tag = "people",
              .response_schema = "Person",
              .handler = [&s](Request& req) {
                auto id = internal::id_param(req, "id");
                if (!id) return problem(id.error());
                return internal::respond(s.people.get(req.principal->actor, PersonId{*id}),
                                         [&](const auto& v) { return person_response(200, v); });
              }});

  router.add({.method = "PATCH",
              .pattern = "/api/v1/people/{id}",
              .roles = {Role::admin, Role::officer},
              .summary = "Change a student or staff member (If-Match: the ETag you read)",
              .tag = "people",
              .request_schema = "PersonInput",
              .response_schema = "Person",
              .handler = [&s](Request& req) {
                auto id = internal::id_param(req, "id");
                if (!id) return problem(id.error());
                auto version = internal::required_version(req);
                if (!version) return std::move(version.error());
                auto body = internal::json_body(req);
                if (!body) return problem(body.error());
                auto current = s.people.get(req.principal->actor, PersonId{*id});
                if (!current) return problem(current.error());
                domain::Person p = current->person;
                if (auto ok = apply_body(*body, p); !ok) return problem(ok.error());
                return internal::respond(
                    s.people.update(req.principal->actor, std::move(p), *version),
                    [&](const auto& updated) { return person_response(200, updated); });
              }});
}

}  // namespace orbis::http
