// Agreements with partner institutions: listing with filters, reading, creating,
// changing, moving through the life cycle, comments, attachments, reminders and the
// calendar feed of expiries.
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

#include <filesystem>
#include <map>
#include <optional>
#include <string>
#include <tuple>
#include <vector>

#include "common/clock.h"
#include "domain/agreement.h"
#include "domain/institution.h"
#include "domain/privacy.h"
#include "domain/user.h"
#include "service/registry.h"
#include "service/support/paging.h"
#include "store/store.h"

namespace orbis::service {

class ActorNames;

inline constexpr int kDefaultNoticeDays = 180;
inline constexpr std::size_t kMaxAttachmentBytes = 10 << 20;  // 10 MiB

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
};

struct AgreementPage {
  std::vector<AgreementView> items;
  std::optional<std::string> next;
  std::size_t total = 0;
};

struct ImportRowError {
  int line = 0;  // 1-based line of the CSV file
  std::string field;
  std::string message;
};

struct ImportOutcome {
  bool dry_run = true;
  std::size_t agreements = 0;  // read (dry run) or created
  std::size_t conditions = 0;
  std::vector<ImportRowError> errors;  // every bad row; nothing is written when any
  std::vector<AgreementId> created;
};

// The agreement as an EWP IIA v7 get-response, and what could not be carried.
struct EwpExport {
  std::string xml;
  std::string iia_hash;
  std::vector<std::string> omitted;  // e.g. "conditions/3: summer_programme has no EWP counterpart"
};

// Our copy against the partner's, field by field.
struct EwpComparison {
  std::string our_hash;
  std::string partner_hash;
  bool hashes_match = false;
  std::vector<std::tuple<std::string, std::string, std::string>> differences;  // path, ours, theirs
  store::EwpState state;
};

struct Reminder {
  AgreementView agreement;
  int days_left = 0;
  int window = 0;  // 30, 90 or 180: the smallest window it falls in
};

struct UnusedSeats {
  AgreementView agreement;
  std::size_t condition = 0;  // index into agreement.conditions
  ConditionUsage usage;
};

struct Reminders {
  std::vector<Reminder> expiring;
  std::vector<UnusedSeats> unused_seats;
};

class Agreements {
 public:
  // `ewp_schemas` is the folder of the EWP XSDs (data/ewp/schemas), for checking what
  // partners send.
  Agreements(store::Store& store, const Clock& clock, const Registry& registry,
             std::filesystem::path ewp_schemas = {});

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

  // A page of the comments the actor may read, the oldest first: a partner those from or for
  // its institution and those for every party. not_found when the actor may not see the
  // agreement; invalid_argument naming `limit` or `cursor` (a cursor is for one agreement's
  // comments only).
  Result<Page<store::Comment>> comments(const domain::Actor& actor, AgreementId id,
                                        const PageRequest& page) const;
  // Anyone who may see the agreement except viewers. A partner's comment is for its own
  // institution; our staff may address one partner of the agreement (`for_partner`), or
  // every party. invalid_argument when `for_partner` is not one of its partners (or, for a
  // partner, not its own institution).
  Result<store::Comment> add_comment(const domain::Actor& actor, AgreementId id,
                                     const std::string& text,
                                     std::optional<InstitutionId> for_partner = std::nullopt);

  // Officers and admins. invalid_argument for a disallowed type, a file whose bytes do not
  // match its type, an empty one, or a `for_partner` that is not a partner of the
  // agreement; resource_exhausted over kMaxAttachmentBytes. A file for one partner (an
  // annex) is shown to that partner only; without `for_partner`, to every party.
  Result<store::AttachmentInfo> attach(const domain::Actor& actor, AgreementId id,
                                       std::string filename, const std::string& content_type,
                                       const std::string& content,
                                       std::optional<InstitutionId> for_partner = std::nullopt);
  Result<std::pair<store::AttachmentInfo, std::string>> attachment(const domain::Actor& actor,
                                                                   AgreementId id,
                                                                   std::int64_t attachment) const;

  // Officers and admins. Reads agreements from CSV as offices keep them (one row per
  // agreement, or per condition with the agreement's columns repeated; docs/agreements.md
  // lists the columns). With `dry_run`, or when any row is bad, nothing is written and every
  // bad row is reported; otherwise all agreements are created in one transaction.
  // invalid_argument when the file itself cannot be read as CSV.
  Result<ImportOutcome> import_csv(const domain::Actor& actor, const std::string& csv_text,
                                   bool dry_run);

  // Admins, officers and viewers.
  Result<Reminders> reminders(const domain::Actor& actor) const;
  // Admins, officers and viewers: the secret token of the actor's calendar feed, made on
  // first use.
  Result<std::string> calendar_token(const domain::Actor& actor);
  // The iCalendar (RFC 5545) feed for a token: the expiries the token's owner may see.
  // not_found for an unknown token, or one whose owner may no longer have a feed.
  Result<std::string> calendar(const std::string& token) const;

  // The agreement as an IIA v7 get-response document that validates against the official
  // schema, carrying its iia-hash, with what the actor may see of its contacts.
  // invalid_argument when EWP cannot express it: a multilateral agreement (whoever asks),
  // or a party without a web domain (its SCHAC code).
  Result<EwpExport> ewp_export(const domain::Actor& actor, AgreementId id) const;
  // Officers and admins: keeps the partner's IIA v7 document beside ours and compares the
  // two. invalid_argument when it is not a valid IIA v7 get-response with one agreement.
  Result<EwpComparison> ewp_import(const domain::Actor& actor, AgreementId id,
                                   const std::string& xml);
  // Officers and admins: approves the partner's copy, recording its hash. conflict when
  // there is no partner copy, or its hash differs from ours.
  Result<EwpComparison> ewp_approve(const domain::Actor& actor, AgreementId id);

  int notice_days() const;
  // Admins: how many days before its end an active agreement counts as expiring (1–3650).
  Status set_notice_days(const domain::Actor& actor, int days);
  // What the home institution is, for forms; not_found before it is set.
  Result<domain::Institution> home() const { return registry_.home(); }

  // How the actor, who may see the agreement, stands to its parties' people
  // (domain/privacy.h): the office; a partner that is a party; the coordinator of the
  // home party's org unit; anyone else an outsider.
  static domain::Standing standing(const domain::Actor& actor, const domain::Agreement& agreement);

 private:
  Result<AgreementView> view_of(store::Transaction& tx, domain::Agreement agreement,
                                bool detail) const;
  // The agreement as the actor may see it: a partner's part of it, personal data and
  // actors as domain/privacy.h says.
  Result<AgreementView> view_for(store::Transaction& tx, const domain::Actor& actor,
                                 domain::Agreement agreement, bool detail,
                                 const ActorNames& names) const;
  bool visible(const domain::Actor& actor, const domain::Agreement& agreement) const;
  Status check_parties(store::Transaction& tx, const domain::Agreement& agreement) const;
  int today() const;

  store::Store& store_;
  const Clock& clock_;
  const Registry& registry_;
  std::filesystem::path ewp_schemas_;
};

}  // namespace orbis::service
