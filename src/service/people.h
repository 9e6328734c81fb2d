// People: students and staff, at home and at partners.
//
// Thread-safety: thread-safe.
//
// Who sees whom: officers and admins everyone; a coordinator the people of their org
// unit; a student themselves; a viewer everyone, without personal data (date of birth,
// passport, phone); partners nobody yet (nominations will show them theirs). Anyone else
// is not_found, so that a person's existence does not leak.
#pragma once

#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <vector>

#include "common/clock.h"
#include "domain/person.h"
#include "domain/user.h"
#include "store/store.h"

namespace orbis::service {

struct PersonFilter {
  std::string q;  // words of a name (any script) or the email
  std::string kind;
  std::string nationality;
  std::optional<InstitutionId> institution;
  std::size_t limit = 50;
  std::string cursor;  // from a previous page's `next`, or empty
};

struct PersonPage {
  std::vector<domain::Person> items;
  std::optional<std::string> next;
  std::size_t total = 0;
};

class People {
 public:
  People(store::Store& store, const Clock& clock);

  Result<PersonPage> list(const domain::Actor& actor, const PersonFilter& filter) const;
  Result<domain::Person> get(const domain::Actor& actor, PersonId id) const;
  // Officers and admins. invalid_argument by field.
  Result<domain::Person> create(const domain::Actor& actor, domain::Person person);
  // Officers and admins. conflict when `expected_version` is stale.
  Result<domain::Person> update(const domain::Actor& actor, domain::Person person,
                                int expected_version);

  // Whether `actor` may see personal data of `person` (it may see the person at all).
  static bool sees_personal_data(const domain::Actor& actor, const domain::Person& person);

 private:
  bool visible(const domain::Actor& actor, const domain::Person& person) const;
  Status check_references(store::Transaction& tx, const domain::Person& person) const;

  store::Store& store_;
  const Clock& clock_;
};

// The API form; personal data only when `personal`.
nlohmann::json person_json(const domain::Person& person, bool personal);

}  // namespace orbis::service
