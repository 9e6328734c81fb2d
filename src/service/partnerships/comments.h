// Comments on agreements: between our staff and the partners, each for one partner or for
// every party (agreements.h says who sees what).
//
// Thread-safety: thread-safe (every call runs in its own transaction).
#pragma once

#include <optional>
#include <string>

#include "common/clock.h"
#include "domain/user.h"
#include "service/support/paging.h"
#include "store/store.h"

namespace orbis::service {

class AgreementComments {
 public:
  AgreementComments(store::Store& store, const Clock& clock) : store_(store), clock_(clock) {}

  // A page of the comments the actor may read, the oldest first: a partner those from or for
  // its institution and those for every party. not_found when the actor may not see the
  // agreement; invalid_argument naming `limit` or `cursor` (a cursor is for one agreement's
  // comments only).
  Result<Page<store::Comment>> list(const domain::Actor& actor, AgreementId id,
                                    const PageRequest& page) const;
  // Anyone who may see the agreement except viewers. A partner's comment is for its own
  // institution; our staff may address one partner of the agreement (`for_partner`), or
  // every party. invalid_argument when `for_partner` is not one of its partners (or, for a
  // partner, not its own institution).
  Result<store::Comment> add(const domain::Actor& actor, AgreementId id, const std::string& text,
                             std::optional<InstitutionId> for_partner = std::nullopt);

 private:
  store::Store& store_;
  const Clock& clock_;
};

}  // namespace orbis::service
