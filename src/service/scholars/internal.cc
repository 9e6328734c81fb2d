#include "service/scholars/internal.h"

#include "service/support/access.h"
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
  if (auto ok = require_record(actor, Resource::scholar_case, action, subject_of(*c, *person),
                               "scholar case", id.value);
      !ok)
    return fail(ok.error());
  return std::pair{std::move(*c), std::move(*person)};
}

}  // namespace orbis::service::scholar_rules
