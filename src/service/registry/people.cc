#include "service/registry/people.h"

#include <fmt/format.h>

#include "common/text.h"
#include "domain/access/policy.h"
#include "domain/country.h"
#include "service/support/access.h"
#include "service/support/audit_log.h"
#include "service/support/list_scope.h"
#include "service/support/paging.h"
#include "service/support/transaction.h"
#include "store/lists.h"

namespace orbis::service {

using domain::Role;
using domain::access::Action;
using domain::access::Resource;

namespace {
// The audit log keeps the whole record: only admins read it.
const domain::Disclosure kEverything = domain::disclosure(domain::Standing::office);
}  // namespace

People::People(store::Store& store, const Clock& clock) : store_(store), clock_(clock) {}

bool People::visible(const domain::Actor& actor, const domain::Person& p) const {
  namespace access = domain::access;
  return access::reaches(actor, access::Resource::person, access::Action::read,
                         {.owner = p.user, .org_unit = p.org_unit, .institutions = {}});
}

domain::Standing People::standing(const domain::Actor& actor, const domain::Person& p) {
  // A person's record involves no institution: partners see people through their stays.
  return domain::standing(actor, {.owner = p.user, .org_unit = p.org_unit, .institutions = {}});
}

namespace {

PersonView shown(const domain::Actor& actor, domain::Person p) {
  const auto d = domain::disclosure(People::standing(actor, p));
  domain::redact(p, d);
  return {std::move(p), d};
}

}  // namespace

Result<PersonPage> People::list(const domain::Actor& actor, const PersonFilter& f) const {
  if (actor.is(Role::partner))
    return fail(Error::denied("partners see people through nominations"));
  std::vector<FieldError> errors;
  store::PeopleQuery query;
  if (!f.kind.empty()) {
    query.kind = domain::parse_person_kind(f.kind);
    if (!query.kind) errors.push_back({"kind", "student or staff"});
  }
  if (!f.nationality.empty()) {
    if (const auto c = domain::CountryCode::parse(f.nationality))
      query.nationality = c->str();
    else
      errors.push_back({"nationality", "not an ISO 3166-1 alpha-2 code"});
  }
  if (!errors.empty())
    return fail(Error::invalid("the filter has invalid parameters", std::move(errors)));
  auto spec = page_spec("people", "name", f.limit, f.cursor);
  if (!spec) return fail(spec.error());
  query.page = std::move(*spec);
  query.institution = f.institution;
  for (auto& word : text::split(text::fold_for_search(f.q), ' ')) {
    if (!word.empty()) query.words.push_back(std::move(word));
  }
  // The reader's scope from the access policy, as visible() checks one person: a coordinator
  // their org unit's people, a student themselves; officers, admins and viewers everyone.
  namespace access = domain::access;
  if (!scope_query(query, access::scope_of(actor, access::Resource::person, access::Action::read)))
    return PersonPage{};
  return run(store_, store::Access::read, [&](store::Transaction& tx) -> Result<PersonPage> {
    auto found = store::list_people(tx, query);
    if (!found) return fail(found.error());
    auto total = store::count_people(tx, query);
    if (!total) return fail(total.error());
    PersonPage page;
    page.total = *total;
    for (auto& p : found->items) page.items.push_back(shown(actor, std::move(p)));
    page.next = next_cursor("people", "name", found->next);
    return page;
  });
}

Result<PersonView> People::get(const domain::Actor& actor, PersonId id) const {
  return run(store_, store::Access::read, [&](store::Transaction& tx) -> Result<PersonView> {
    auto p = tx.people().get(id);
    if (!p) return fail(p.error());
    if (!visible(actor, *p)) return fail(Error::not_found(fmt::format("no person {}", id.value)));
    return shown(actor, std::move(*p));
  });
}

Status People::check_references(store::Transaction& tx, const domain::Person& p) const {
  std::vector<FieldError> errors;
  if (auto in = tx.institutions().get(p.home_institution); !in) {
    errors.push_back({"home_institution_id", "no such institution in the registry"});
  }
  if (p.org_unit) {
    auto unit = tx.institutions().org_unit(*p.org_unit);
    if (!unit || unit->institution != p.home_institution) {
      errors.push_back({"org_unit_id", "not an org unit of the person's home institution"});
    }
  }
  if (p.user) {
    if (auto user = tx.users().get(*p.user); !user) errors.push_back({"user_id", "no such user"});
  }
  if (!errors.empty())
    return fail(Error::invalid("the person refers to things that do not exist", std::move(errors)));
  return {};
}

Result<PersonView> People::create(const domain::Actor& actor, domain::Person p) {
  if (auto ok = require_reach(actor, Resource::person, Action::create, "add people"); !ok)
    return fail(ok.error());
  p.id = PersonId{};
  if (auto ok = domain::validate_and_normalize(p); !ok) return fail(ok.error());
  return run(store_, store::Access::write, [&](store::Transaction& tx) -> Result<PersonView> {
    if (auto ok = check_references(tx, p); !ok) return fail(ok.error());
    auto id = tx.people().insert(p);
    if (!id) return fail(id.error());
    auto stored = tx.people().get(*id);
    if (!stored) return fail(stored.error());
    if (auto ok = record(tx, clock_, actor, "person.create", "person", std::to_string(id->value),
                         nullptr, person_json(*stored, kEverything));
        !ok) {
      return fail(ok.error());
    }
    return shown(actor, std::move(*stored));
  });
}

Result<PersonView> People::update(const domain::Actor& actor, domain::Person p,
                                  int expected_version) {
  if (auto ok = require_reach(actor, Resource::person, Action::update, "change people"); !ok)
    return fail(ok.error());
  return run(store_, store::Access::write, [&](store::Transaction& tx) -> Result<PersonView> {
    auto current = tx.people().get(p.id);
    if (!current) return fail(current.error());
    if (auto ok = require_version(current->version, expected_version, "person"); !ok)
      return fail(ok.error());
    domain::Person next = p;
    next.version = expected_version;
    if (auto ok = domain::validate_and_normalize(next); !ok) return fail(ok.error());
    if (auto ok = check_references(tx, next); !ok) return fail(ok.error());
    if (auto ok = tx.people().update(next); !ok) return fail(ok.error());
    auto stored = tx.people().get(next.id);
    if (!stored) return fail(stored.error());
    if (auto ok =
            record(tx, clock_, actor, "person.update", "person", std::to_string(next.id.value),
                   person_json(*current, kEverything), person_json(*stored, kEverything));
        !ok) {
      return fail(ok.error());
    }
    return shown(actor, std::move(*stored));
  });
}

nlohmann::json person_json(const domain::Person& p, const domain::Disclosure& d) {
  using nlohmann::json;
  json languages = json::array();
  for (const auto& l : p.languages) {
    languages.push_back({{"language", l.language},
                         {"cefr", l.cefr},
                         {"certificate", l.certificate},
                         {"date", l.date.empty() ? json() : json(l.date)}});
  }
  json j = {{"id", p.id.value},
            {"kind", domain::to_string(p.kind)},
            {"family_name", p.family_name},
            {"given_name", p.given_name},
            {"name_zh", p.name_zh.empty() ? json() : json(p.name_zh)},
            {"display_name", p.display_name()},
            {"email", !d.email || p.email.empty() ? json() : json(p.email)},
            {"nationality", p.nationality},
            {"home_institution_id", p.home_institution.value},
            {"org_unit_id", p.org_unit ? json(p.org_unit->value) : json()},
            {"level", p.level ? json(*p.level) : json()},
            {"position", p.position},
            {"field", p.field.empty() ? json() : json(p.field)},
            {"gpa", d.gpa && p.gpa ? json(*p.gpa) : json()},
            {"gpa_scale", !d.gpa || p.gpa_scale.empty() ? json() : json(p.gpa_scale)},
            {"year_of_study", p.year_of_study ? json(*p.year_of_study) : json()},
            {"graduated_in", p.graduated_in.empty() ? json() : json(p.graduated_in)},
            {"languages", languages},
            {"user_id", p.user ? json(p.user->value) : json()},
            {"version", p.version}};
  if (d.date_of_birth || d.passport_number || d.phone) {
    const auto disclosed = [](bool shown, const std::string& value) {
      return !shown || value.empty() ? json() : json(value);
    };
    j["personal"] = {{"date_of_birth", disclosed(d.date_of_birth, p.date_of_birth)},
                     {"passport_number", disclosed(d.passport_number, p.passport_number)},
                     {"phone", disclosed(d.phone, p.phone)}};
  }
  return j;
}

}  // namespace orbis::service
