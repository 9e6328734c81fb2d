// Rules and helpers the partnerships context's use cases share (agreements, their comments,
// attachments, reminders, EWP copies and imports). Internal to the service layer: only
// service/partnerships/ includes it.
//
// Each helper works inside the caller's transaction and opens none of its own.
// Thread-safety: as the Transaction passed in; the rest are pure functions.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "common/clock.h"
#include "common/error.h"
#include "domain/access/policy.h"
#include "domain/agreement.h"
#include "domain/privacy.h"
#include "domain/user.h"
#include "service/partnerships/agreements.h"
#include "service/support/privacy.h"
#include "store/lists.h"
#include "store/store.h"

namespace orbis::service::partnership_rules {

// The setting that holds the notice period.
inline constexpr std::string_view kNoticeSetting = "agreements.notice_days";

// Today as a day number (domain/reference.h), by the clock.
int today(const Clock& clock);
// The notice period the transaction reads: how many days before its end an active
// agreement counts as expiring.
int notice_days_in(store::Transaction& tx);
// What the access policy bounds an agreement by: its parties' institutions and the home
// party's org unit.
domain::access::Subject subject_of(const domain::Agreement& agreement);
// Whether the actor may see the agreement (agreements.h says who sees what).
bool visible(const domain::Actor& actor, const domain::Agreement& agreement);
// The statuses the actor may move the agreement, whose effective status is `effective`, to
// now: none unless the policy lets it move this agreement, else what the life cycle allows.
std::vector<domain::AgreementStatus> allowed_moves(const domain::Actor& actor,
                                                   const domain::Agreement& agreement,
                                                   domain::AgreementStatus effective);
// What the actor may do with the agreement in `view` now (AgreementView::allowed_actions),
// its allowed_transitions already set.
std::vector<std::string> allowed_actions(const domain::Actor& actor, const AgreementView& view);
// How the actor, who may see the agreement, stands to its parties' people
// (domain/privacy.h): the office; a partner that is a party; the coordinator of the home
// party's org unit; anyone else an outsider.
domain::Standing standing(const domain::Actor& actor, const domain::Agreement& agreement);
// The agreement `id` if the actor may see it; not_found otherwise, so that its existence
// does not leak.
Result<domain::Agreement> visible_agreement(store::Transaction& tx, const domain::Actor& actor,
                                            AgreementId id);
// The agreement as the actor may see it: a partner's part of it, personal data and actors
// as domain/privacy.h says; `detail` adds attachments and the EWP state.
Result<AgreementView> view_for(store::Transaction& tx, const domain::Actor& actor,
                               domain::Agreement agreement, bool detail, const ActorNames& names,
                               int today);
// Agreements of a page as the actor may see them in a list (view_for without detail), in
// their order: what their views need besides them (the notice period, their parties'
// institutions, their stays) is read once for the page, not per agreement.
Result<std::vector<AgreementView>> views_for(store::Transaction& tx, const domain::Actor& actor,
                                             std::vector<domain::Agreement> page,
                                             const ActorNames& names, int today);
// The agreement in detail as the actor, who may see it, may see it.
Result<AgreementView> detail_of(store::Transaction& tx, const domain::Actor& actor,
                                domain::Agreement agreement, int today);
// The agreement `id` in detail as the actor may see it; not_found when it may not.
Result<AgreementView> detail_for(store::Transaction& tx, const domain::Actor& actor, AgreementId id,
                                 int today);
// A page of the agreements the actor may see that pass the filter; invalid_argument by filter
// parameter, permission_denied for students.
Result<AgreementPage> list(store::Transaction& tx, const domain::Actor& actor,
                           const AgreementFilter& filter, int today);

// Whether a partner reader may see a comment or file meant for `institution` (none: for
// every party).
bool meant_for(const domain::Actor& actor, const std::optional<InstitutionId>& institution);
// Whether the actor names the partner a comment or file is for (our staff), rather than
// writing for its own institution (a partner).
bool names_addressee(const domain::Actor& actor);
// The partner a comment or file is for: a partner's own institution; for our staff, a
// partner of the agreement they name, or none (every party). invalid_argument naming
// `field` otherwise.
Result<std::optional<InstitutionId>> addressee(const domain::Actor& actor,
                                               const domain::Agreement& agreement,
                                               std::optional<InstitutionId> named,
                                               std::string_view field);

}  // namespace orbis::service::partnership_rules
