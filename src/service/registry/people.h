// People: students and staff, at home and at partners.
//
// Thread-safety: thread-safe.
//
// Who sees whom: officers and admins everyone; a coordinator the people of their org
// unit; a student themselves; a viewer everyone, without personal data (e-mail, phone,
// date of birth, passport, GPA: domain/privacy.h); partners nobody here (they see the
// people of their stays through the stays). Anyone else is not_found, so that a person's
// existence does not leak.
#pragma once

#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <vector>

#include "common/clock.h"
#include "domain/person.h"
#include "domain/privacy.h"
#include "domain/user.h"
#include "service/mobility/import_outcome.h"
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

// A person as a reader may see them: what is not disclosed is cleared.
struct PersonView {
  domain::Person person;
  domain::Disclosure disclosure;
};

struct PersonPage {
  std::vector<PersonView> items;
  std::optional<std::string> next;
  std::size_t total = 0;
};

class People {
 public:
  People(store::Store& store, const Clock& clock);

  Result<PersonPage> list(const domain::Actor& actor, const PersonFilter& filter) const;
  Result<PersonView> get(const domain::Actor& actor, PersonId id) const;
  // Officers and admins. invalid_argument by field.
  Result<PersonView> create(const domain::Actor& actor, domain::Person person);
  // Officers and admins. conflict when `expected_version` is stale.
  Result<PersonView> update(const domain::Actor& actor, domain::Person person,
                            int expected_version);

  // Officers and admins: the graduation years of a registrar's CSV file (email, graduated_in:
  // an academic year such as 2025/2026, or empty to clear it), each row a student of the
  // home institution named once. A dry run unless `dry_run` is false; every bad row is
  // reported and nothing is written when any is. `created` lists the students changed.
  Result<MobilityImportOutcome> import_graduations(const domain::Actor& actor,
                                                   const std::string& csv_text, bool dry_run);

  // How `actor`, who may see `person`, stands to them (domain/privacy.h).
  static domain::Standing standing(const domain::Actor& actor, const domain::Person& person);

 private:
  bool visible(const domain::Actor& actor, const domain::Person& person) const;
  Status check_references(store::Transaction& tx, const domain::Person& person) const;

  store::Store& store_;
  const Clock& clock_;
};

// The form of a person in audit entries (the API writes people with the codecs of
// http/json/people.h), with what `disclosure` shows: `email` and `gpa` are null when
// withheld, `personal` (date of birth, passport, phone) is there only when one of them is
// shown.
nlohmann::json person_json(const domain::Person& person, const domain::Disclosure& disclosure);

}  // namespace orbis::service
