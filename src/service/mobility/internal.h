// Rules and helpers the mobility context's use cases share (calls, applications, placement
// runs, nominations, stays and their imports). Internal to the service layer: only
// service/mobility/ includes it; other contexts read a stay's visibility from stays.h.
//
// Each helper works inside the caller's transaction and opens none of its own.
// Thread-safety: as the Transaction passed in; the rest are pure functions.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "common/error.h"
#include "domain/mobility.h"
#include "domain/person.h"
#include "domain/privacy.h"
#include "domain/user.h"
#include "service/mobility/mobilities.h"
#include "service/mobility/stays.h"
#include "service/support/privacy.h"
#include "store/store.h"

namespace orbis::service::mobility_rules {

// Checks a stay against the agreement, its condition, the programme's duration and the
// one year a student may spend abroad; invalid_argument by field.
Status check_mobility(store::Transaction& tx, const domain::Mobility& mobility,
                      const domain::Person& person);
// A stay with its person, as the actor may see it.
struct VisibleStay {
  domain::Mobility stay;
  domain::Person person;
};
// The stay `id` and its person if the actor may see it; not_found naming it as `what`
// ("mobility", "nomination") otherwise, so that its existence does not leak.
Result<VisibleStay> visible_stay(store::Transaction& tx, const domain::Actor& actor, MobilityId id,
                                 std::string_view what);
// Whether the actor moves stays along their life cycle by hand (in what it sees of them):
// the office and coordinators.
bool moves_stays(const domain::Actor& actor);
// Whether the actor changes a stay's record: the office.
bool edits_stays(const domain::Actor& actor);
// Whether the actor decides nominations to `receiving`: the receiving side — a partner for
// its own institution, the office for us or on a partner's behalf.
bool decides_nominations_to(const domain::Actor& actor, InstitutionId receiving);
// The statuses the actor, who sees the stay, may move it to by hand now.
std::vector<domain::MobilityStatus> stay_transitions(const domain::Actor& actor,
                                                     const domain::Mobility& mobility);
// What the actor, who sees the stay, may do with it now: "update", "transition", "decide".
std::vector<std::string> stay_actions(const domain::Actor& actor, const domain::Mobility& mobility);
// Whether a partner may see, or name, the programme: one it hosts, or a published one.
bool programme_visible(const domain::Actor& actor, const domain::Programme& programme);

// Whether the actor reads every call (officers, admins, coordinators, viewers).
bool reads_calls(const domain::Actor& actor);
// The call `id` if the actor may read it at `now` (calls.h says who reads what), read by
// its id alone; not_found otherwise, so that its existence does not leak.
Result<domain::Call> readable_call(store::Transaction& tx, const domain::Actor& actor, CallId id,
                                   std::string_view now);
// The person a student signs in as; not_found when their account has none.
Result<domain::Person> person_of(store::Transaction& tx, const domain::Actor& actor);

// Moves the application to `to` with a history entry (none when nothing changes).
void add_history(domain::Application& application, const domain::Actor& actor, std::string_view now,
                 domain::ApplicationStatus to, std::string reason);
// Moves the stay to `to` with a history entry.
void move_to(domain::Mobility& mobility, const domain::Actor& actor, std::string_view now,
             domain::MobilityStatus to, std::string reason);
// The application a stay came from follows the stay's nomination.
Status follow_application(store::Transaction& tx, const domain::Mobility& mobility,
                          const domain::Actor& actor, std::string_view now,
                          domain::ApplicationStatus to, std::string reason);

// The stay as its reader may see it: personal data and actors as domain/privacy.h says,
// and for a partner nothing of our internal records — the call and application a stay
// came from, a programme it cannot see.
Result<MobilityView> stay_view(store::Transaction& tx, const domain::Actor& actor,
                               domain::Mobility mobility, domain::Person person,
                               const ActorNames& names);
// The same with the stay's labels read already (a page reads them for all its stays at once).
Result<MobilityView> stay_view(store::Transaction& tx, const domain::Actor& actor,
                               domain::Mobility mobility, domain::Person person,
                               const ActorNames& names, store::StayLabels labels);
// The stay a write made as its writer may see it, the actors named from `tx`.
Result<MobilityView> shown_stay(store::Transaction& tx, const domain::Actor& actor,
                                domain::Mobility mobility, domain::Person person);

}  // namespace orbis::service::mobility_rules
