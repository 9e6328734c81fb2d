#include "domain/privacy.h"

#include <fmt/format.h>

#include <algorithm>

namespace orbis::domain {

Standing standing(const Actor& reader, const access::Subject& record) {
  switch (reader.role) {
    case Role::admin:
    case Role::officer:
      return Standing::office;
    case Role::coordinator:
      return reader.org_unit && record.org_unit == reader.org_unit ? Standing::coordinator
                                                                   : Standing::outsider;
    case Role::student:
      return record.owner && *record.owner == reader.user ? Standing::self : Standing::outsider;
    case Role::partner:
      return reader.institution && std::ranges::find(record.institutions, *reader.institution) !=
                                       record.institutions.end()
                 ? Standing::partner
                 : Standing::outsider;
    case Role::viewer:
      return Standing::outsider;
  }
  return Standing::outsider;
}

Disclosure disclosure(Standing standing) {
  switch (standing) {
    case Standing::office:
    case Standing::self:
    case Standing::coordinator:
      return {.email = true,
              .phone = true,
              .date_of_birth = true,
              .passport_number = true,
              .gpa = true,
              .grades = true,
              .application_files = true,
              .actor_emails = true};
    case Standing::partner:
      // The institution that sends or receives a student writes to them, names them with
      // their birth date in the EWP documents and enters (or reads) their results; it has
      // no need of their phone, passport or GPA at home.
      return {.email = true, .date_of_birth = true, .grades = true, .actor_emails = true};
    case Standing::outsider:
      return {};
  }
  return {};
}

void redact(Person& p, const Disclosure& d) {
  if (!d.email) p.email.clear();
  if (!d.phone) p.phone.clear();
  if (!d.date_of_birth) p.date_of_birth.clear();
  if (!d.passport_number) p.passport_number.clear();
  if (!d.gpa) {
    p.gpa.reset();
    p.gpa_scale.clear();
  }
}

void redact(Contact& c, const Disclosure& d) {
  if (!d.email) c.email.clear();
  if (!d.phone) c.phone.clear();
}

std::string actor_label(std::string_view name, std::string_view role) {
  if (name.empty()) return fmt::format("a former user ({})", role.empty() ? "unknown" : role);
  if (role.empty()) return std::string(name);
  return fmt::format("{} ({})", name, role);
}

}  // namespace orbis::domain
