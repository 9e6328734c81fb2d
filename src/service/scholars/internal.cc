#include "service/scholars/internal.h"

#include <fmt/format.h>

#include "store/scholars.h"

namespace orbis::service::scholar_rules {

namespace access = domain::access;
using access::Action;
using access::Resource;
using domain::scholars::ScholarCase;

access::Subject subject_of(const ScholarCase& c, const domain::Person& person) {
  access::Subject subject{person.user, c.host_unit, {}};
  if (c.partner) subject.institutions.push_back(*c.partner);
  return subject;
}

bool personal(domain::Standing standing) {
  return standing == domain::Standing::office || standing == domain::Standing::self ||
         standing == domain::Standing::coordinator;
}

Result<std::pair<ScholarCase, domain::Person>> reachable(store::Transaction& tx,
                                                         const domain::Actor& actor,
                                                         ScholarCaseId id, Action action) {
  auto c = store::get_scholar_case(tx, id);
  if (!c) return fail(c.error());
  auto person = tx.people().get(c->person);
  if (!person) return fail(person.error());
  const auto subject = subject_of(*c, *person);
  if (!access::reaches(actor, Resource::scholar_case, Action::read, subject)) {
    return fail(Error::not_found(fmt::format("no scholar case {}", id.value)));
  }
  if (action != Action::read && !access::reaches(actor, Resource::scholar_case, action, subject)) {
    return fail(
        Error::denied(fmt::format("the role {} may not {} this scholar case",
                                  domain::to_string(actor.role), access::to_string(action))));
  }
  return std::pair{std::move(*c), std::move(*person)};
}

}  // namespace orbis::service::scholar_rules
