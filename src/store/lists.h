// Lists whose cost follows the page: each runs its filters, the caller's scope, its order
// and a keyset cursor (store/query.h) in SQL, inside the caller's transaction, and reads
// one row more than the page to know whether another follows.
//
// They take the Transaction rather than hanging off the repositories of store/<aggregate>.h:
// each is one query in neutral SQL (store/sql/) that every SQL back end runs as it is, and
// adding one changes no interface a back end implements.
//
// Thread-safety: as the Transaction. Errors as the repositories' (store.h).
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "common/error.h"
#include "common/ids.h"
#include "domain/agreement.h"
#include "domain/institution.h"
#include "domain/learning.h"
#include "domain/mobility.h"
#include "domain/person.h"
#include "domain/user.h"
#include "store/query.h"
#include "store/store.h"

namespace orbis::store {

// Programmes, by code.
struct ProgrammeQuery {
  bool published_only = false;
  // A partner's scope: only the programmes this institution hosts.
  std::optional<InstitutionId> host;
  PageSpec page;
};
Result<Page<domain::Programme>> list_programmes(Transaction& tx, const ProgrammeQuery& query);

// Calls, the newest academic year first, then by code.
struct CallQuery {
  // A student's scope: the calls open at this instant (ISO 8601 UTC) and those `applicant`
  // applied to. Unset: every call.
  std::optional<std::string> open_at;
  std::optional<PersonId> applicant;
  // Only calls open at `open_at` that close by this instant (ISO 8601 UTC): the deadlines
  // coming. Needs `open_at`.
  std::optional<std::string> closing_by;
  PageSpec page;
};
Result<Page<domain::Call>> list_calls(Transaction& tx, const CallQuery& query);

// What a call's view counts of its applications: how many there are, how many are past
// draft and not withdrawn, and among those, per offer, how many rank it first and how
// many rank it at all.
struct CallTallies {
  std::size_t total = 0;
  std::size_t submitted = 0;
  std::map<std::int64_t, int> first_choices;  // by offer id
  std::map<std::int64_t, int> rankings;       // by offer id
};
Result<CallTallies> call_tallies(Transaction& tx, CallId call);

// Applications, in the order they were made (by id). Every member set must hold.
struct ApplicationListQuery {
  std::optional<CallId> call;
  // The reader's scope: a coordinator's org unit; a student's person record.
  std::optional<OrgUnitId> org_unit;
  std::optional<PersonId> person;
  std::optional<domain::ApplicationStatus> status;
  // Submitted (or found eligible) and not yet scored, in a call that weighs an interview or
  // the motivation: what a coordinator still has to assess.
  bool to_score = false;
  PageSpec page;
};
// With their preferences, verdicts, result, history and documents' descriptions.
Result<Page<domain::Application>> list_applications(Transaction& tx,
                                                    const ApplicationListQuery& query);
// How many applications `query` selects, its page aside.
Result<std::size_t> count_applications(Transaction& tx, const ApplicationListQuery& query);

// A call's placement runs, the newest first, without their input and output documents.
struct PlacementRunQuery {
  CallId call;
  PageSpec page;
};
Result<Page<PlacementRunRecord>> list_placement_runs(Transaction& tx,
                                                     const PlacementRunQuery& query);

// Agreements, the newest (highest id) first. Every filter set must hold.
struct AgreementQuery {
  // A partner's scope: only the agreements this institution is a party to. The filters
  // below then match what it sees of each (domain::as_seen_by_partner): the conditions that
  // involve it, and the parties that are the home one, itself, or named in those conditions.
  std::optional<InstitutionId> party;
  std::optional<domain::AgreementKind> kind;
  // The effective status (domain::effective_status) on day `today` with `notice_days`.
  std::optional<domain::AgreementStatus> status;
  int today = 0;  // days since 1970-01-01
  int notice_days = 0;
  // Active, ending between today and this many days from today.
  std::optional<int> expiring_within;
  std::optional<InstitutionId> partner;  // a party, home included
  std::string country;                   // a partner's (not the home party's) country
  std::string isced;                     // a condition's subject area or its prefix
  // Only these agreements (none: any), to read one page of another list's ids at once.
  std::vector<AgreementId> ids;
  // Words (text::fold_for_search) that must each occur in the folded title, code and the
  // names of the parties seen. These are matched row by row, after the other filters:
  // the cost of a page follows the rows those select, not only the page.
  std::vector<std::string> words;
  PageSpec page;
};
// With their parties and conditions, not their history.
Result<Page<domain::Agreement>> list_agreements(Transaction& tx, const AgreementQuery& query);
// How many agreements `query` selects, its page aside.
Result<std::size_t> count_agreements(Transaction& tx, const AgreementQuery& query);

// The stays under an agreement that are not cancelled: how many per condition in one
// academic year, and how many per (sending, receiving) institution over every year.
struct AgreementStays {
  std::map<std::int64_t, int> per_condition;
  std::map<std::pair<std::int64_t, std::int64_t>, int> per_route;
};
// Those of each of `agreements` (a page's), by agreement id, counted in two statements
// whatever their number: per condition, the stays under the agreement's own conditions. An
// agreement without stays has no entry, nor a condition without any.
Result<std::map<std::int64_t, AgreementStays>> stays_under(
    Transaction& tx, const std::vector<AgreementId>& agreements, const std::string& academic_year);

// The institutions of `ids` that exist (a page's parties), by id, read at once: with their
// domains, without their names besides the main ones (`name`, `name_zh`).
Result<std::map<std::int64_t, domain::Institution>> institutions_with_ids(
    Transaction& tx, const std::vector<InstitutionId>& ids);

// Whose signature a learning agreement waits for, as seen from the reader's side.
enum class SignatureSide { home, partner, student };

// Stays, the latest planned start first, then the highest id. Every member set must hold.
struct StayQuery {
  // The reader's scope: a coordinator's org unit; a student's account (the stays of the
  // people linked to it); a partner's institution (sending or receiving).
  std::optional<OrgUnitId> org_unit;
  std::optional<UserId> user;
  std::optional<InstitutionId> party;
  std::optional<domain::Direction> direction;
  std::optional<domain::MobilityStatus> status;
  std::string academic_year;
  std::optional<PersonId> person;
  std::optional<InstitutionId> institution;  // sending or receiving
  std::optional<AgreementId> agreement;
  // Nominations: stays that were nominated, with this decision on them.
  std::optional<domain::NominationDecision> nomination;
  // Stays whose learning agreement's newest version (proposed or commented) still lacks
  // this side's signature: the home institution's (sending for an outgoing stay, receiving
  // for an incoming one), the partner's (the other), or the student's.
  std::optional<SignatureSide> awaiting_signature;
  PageSpec page;
};
// With their funding and history.
Result<Page<domain::Mobility>> list_stays(Transaction& tx, const StayQuery& query);
// How many stays `query` selects, its page aside.
Result<std::size_t> count_stays(Transaction& tx, const StayQuery& query);

// People, by family name, given name and id. Every member set must hold.
struct PeopleQuery {
  // The reader's scope: a coordinator's org unit; a student's account.
  std::optional<OrgUnitId> org_unit;
  std::optional<UserId> user;
  std::optional<domain::PersonKind> kind;
  std::string nationality;                   // ISO 3166-1 alpha-2, upper case
  std::optional<InstitutionId> institution;  // the home institution
  // Words (text::fold_for_search) that must each occur in the folded names and e-mail.
  // They are matched row by row after the other filters, in name order: a page costs the
  // rows read until it is full.
  std::vector<std::string> words;
  PageSpec page;
};
Result<Page<domain::Person>> list_people(Transaction& tx, const PeopleQuery& query);
// How many people `query` selects, its page aside.
Result<std::size_t> count_people(Transaction& tx, const PeopleQuery& query);

// Users, by email.
struct UserQuery {
  PageSpec page;
};
Result<Page<domain::User>> list_users(Transaction& tx, const UserQuery& query);

// The comments on one agreement, the oldest (lowest id) first.
struct CommentQuery {
  AgreementId agreement;
  // A partner's scope: the comments from or for this institution and those for every party.
  std::optional<InstitutionId> partner;
  PageSpec page;
};
Result<Page<Comment>> list_comments(Transaction& tx, const CommentQuery& query);

// Issued credentials without their documents, the latest issued first, then the highest
// status index (unique, so it breaks ties). Every member set must hold.
struct CredentialQuery {
  // A student's scope: the credentials issued to this address (lower case).
  std::optional<std::string> subject_email;
  std::string status;
  std::string type;
  // Text (text::fold_for_search) that must occur in the folded names and id, and in the
  // e-mail when `text_in_email` (a reader who may not see an address cannot find by it).
  // Matched row by row after the other filters, in order: a page costs the rows read until
  // it is full.
  std::string text;
  bool text_in_email = false;
  PageSpec page;
};
Result<Page<CredentialRecord>> list_credentials(Transaction& tx, const CredentialQuery& query);

// An institution's org units, by name.
struct OrgUnitQuery {
  InstitutionId institution;
  PageSpec page;
};
Result<Page<domain::OrgUnit>> list_org_units(Transaction& tx, const OrgUnitQuery& query);

// An institution's course catalogue, by code (unique within the institution).
struct CourseQuery {
  InstitutionId institution;
  PageSpec page;
};
Result<Page<domain::Course>> list_courses(Transaction& tx, const CourseQuery& query);

// The person record linked to the account `user`, if any.
Result<std::optional<domain::Person>> person_of_user(Transaction& tx, UserId user);

}  // namespace orbis::store
