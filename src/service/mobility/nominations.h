// Nominations (docs/mobility.md): the sending side names a student for a seat, the
// receiving side accepts or rejects. Outgoing: the office nominates every placed
// application of a call to its host. Incoming: a partner (or the office on its behalf)
// nominates one of its students to us. Either way the nomination is a stay in the state
// nominated, read and listed through Mobilities.
//
// Thread-safety: thread-safe (every call runs in its own transaction).
#pragma once

#include "common/clock.h"
#include "domain/mobility.h"
#include "domain/person.h"
#include "domain/user.h"
#include "service/mobility/mobilities.h"
#include "store/store.h"

namespace orbis::service {

// An incoming nomination a partner sends: the student and the stay.
struct IncomingNomination {
  domain::Person person;  // home_institution is the partner's
  domain::Mobility mobility;
};

class Nominations {
 public:
  Nominations(store::Store& store, const Clock& clock) : store_(store), clock_(clock) {}

  // Nominates every placed application of the call to its host: a mobility per
  // application, status nominated. Returns how many were nominated.
  Result<int> nominate_placed(const domain::Actor& actor, CallId call);
  // A partner (or an officer on its behalf) nominates one of its students to us.
  Result<MobilityView> nominate_incoming(const domain::Actor& actor, IncomingNomination nomination);
  // The receiving side decides a nomination: a partner for its institution, an officer for
  // the home institution (or on a partner's behalf). A rejection needs a reason.
  Result<MobilityView> decide(const domain::Actor& actor, MobilityId id, bool accept,
                              std::string reason);

 private:
  store::Store& store_;
  const Clock& clock_;
};

}  // namespace orbis::service
