// Agreements with partner institutions: listing with filters, reading, creating, changing
// and moving through the life cycle. Their comments, attachments, reminders, EWP copies and
// imports are in this folder's other headers.
//
// Thread-safety: thread-safe (every call runs in its own transaction).
//
// Who sees what: admins, officers, coordinators and viewers see every agreement; a
// partner sees only the agreements its own institution is a party to (anything else is
// not_found, so that it cannot even learn that an agreement exists), and of each only the
// header, the home party and its own, the conditions that involve it, its own balance, and
// the comments and files meant for it or for every party; students see none. Contacts'
// e-mails and phones, and who did what, follow domain/privacy.h (viewers: names and roles
// only). Reminders and the calendar feed are for admins, officers and viewers.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "common/clock.h"
#include "domain/agreement.h"
#include "domain/institution.h"
#include "domain/user.h"
#include "service/registry/registry.h"
#include "store/store.h"

namespace orbis::service {

inline constexpr int kDefaultNoticeDays = 180;

struct AgreementFilter {
  std::string q;  // words of the title or code, or a partner's name
  std::optional<InstitutionId> partner;
  std::string country;  // a partner's country
  std::string kind;
  std::string status;                  // effective status, including expiring and expired
  std::optional<int> expiring_within;  // days
  std::string isced;                   // a condition's subject area, or its broad/narrow parent
  std::size_t limit = 20;
  std::string cursor;
};

struct ConditionUsage {
  std::string academic_year;
  int seats_used = 0;
  int seats_free = 0;
};

// An agreement as a reader sees it: its effective status, the institutions it names, and
// (in detail) attachments, EWP state and seat usage.
struct AgreementView {
  domain::Agreement agreement;
  domain::AgreementStatus effective = domain::AgreementStatus::draft;
  std::map<std::int64_t, domain::Institution> institutions;  // every party's institution
  std::vector<store::AttachmentInfo> attachments;
  std::vector<ConditionUsage> usage;  // one per condition, for the current academic year
  // Per partner: stays (not cancelled) over the agreement's life, out to it and in from it.
  std::map<std::int64_t, std::pair<int, int>> balance;
  store::EwpState ewp;
  std::optional<int> days_left;  // until the end date, for active agreements
  // In detail: what the reader may do with it now, from the access policy and its state, so
  // that clients ask rather than copy the rules: "update", "transition", "comment",
  // "address_partner" (name the one partner a comment is for), "attach", "import_ewp",
  // "approve_ewp" (a partner's copy is there and not yet the approved one).
  std::vector<std::string> allowed_actions;
  // In detail: the statuses the reader may move it to now (from its effective status).
  std::vector<domain::AgreementStatus> allowed_transitions;
};

struct AgreementPage {
  std::vector<AgreementView> items;
  std::optional<std::string> next;
  std::size_t total = 0;
};

class Agreements {
 public:
  Agreements(store::Store& store, const Clock& clock, const Registry& registry)
      : store_(store), clock_(clock), registry_(registry) {}

  Result<AgreementPage> list(const domain::Actor& actor, const AgreementFilter& filter) const;
  Result<AgreementView> get(const domain::Actor& actor, AgreementId id) const;
  // Officers and admins. The agreement starts as a draft, whatever status it carries.
  Result<AgreementView> create(const domain::Actor& actor, domain::Agreement agreement);
  // Officers and admins; replaces the agreement's fields, parties and conditions.
  // conflict when `expected_version` is stale.
  Result<AgreementView> update(const domain::Actor& actor, domain::Agreement agreement,
                               int expected_version);
  // Officers and admins. conflict for a move the life cycle does not allow, or a stale
  // version; invalid_argument when terminating without a reason.
  Result<AgreementView> transition(const domain::Actor& actor, AgreementId id,
                                   domain::AgreementStatus to, const std::string& reason,
                                   std::optional<int> expected_version);

  int notice_days() const;
  // Admins: how many days before its end an active agreement counts as expiring (1–3650).
  Status set_notice_days(const domain::Actor& actor, int days);
  // What the home institution is, for forms; not_found before it is set.
  Result<domain::Institution> home() const { return registry_.home(); }

 private:
  store::Store& store_;
  const Clock& clock_;
  const Registry& registry_;
};

}  // namespace orbis::service
