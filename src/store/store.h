// The database: one repository per aggregate, reached through a transaction.
//
// Thread-safety: a Store is thread-safe; begin() may be called from any thread. A
// Transaction and the repositories it hands out belong to one thread at a time.
//
// Every repository method returns an Error instead of throwing: not_found for a missing
// row, already_exists for a taken unique key, conflict for a stale version, unavailable
// when the database is busy or its storage fails (a full disk, a read-only or vanished
// file, an I/O error: the cause is logged once with what the store was doing), internal
// for anything else. Nothing is written until commit(); a Transaction destroyed without
// commit() rolls back.
#pragma once

#include <chrono>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "common/error.h"
#include "common/ids.h"
#include "domain/agreement.h"
#include "domain/audit.h"
#include "domain/institution.h"
#include "domain/learning.h"
#include "domain/mobility.h"
#include "domain/person.h"
#include "domain/user.h"

namespace orbis::store {

class InstitutionRepository {
 public:
  virtual ~InstitutionRepository() = default;
  virtual Result<domain::Institution> get(InstitutionId id) = 0;
  // Every institution with its names and domains, ordered by id.
  virtual Result<std::vector<domain::Institution>> all() = 0;
  virtual Result<std::size_t> count() = 0;
  // Inserts with version 1 and returns the new id; already_exists when the ROR id or a
  // domain belongs to another institution.
  virtual Result<InstitutionId> insert(const domain::Institution& institution) = 0;
  // Replaces the row whose version is institution.version and bumps it; conflict when the
  // stored version differs, not_found when there is no such row.
  virtual Status update(const domain::Institution& institution) = 0;
  virtual Result<std::optional<InstitutionId>> find_by_ror(std::string_view ror_id) = 0;
  virtual Result<std::optional<InstitutionId>> find_by_domain(std::string_view domain) = 0;

  virtual Result<std::vector<domain::OrgUnit>> org_units(InstitutionId institution) = 0;
  virtual Result<domain::OrgUnit> org_unit(OrgUnitId id) = 0;
  virtual Result<OrgUnitId> insert_org_unit(const domain::OrgUnit& unit) = 0;
};

struct StoredSession {
  std::int64_t id = 0;  // shown to its owner, who ends it by this id, not by its token
  UserId user;
  std::string csrf_token;
  std::string created_at;  // ISO 8601, as every time below
  std::string expires_at;
  std::string last_used_at;
  std::string client;      // the address it signed in from
  std::string user_agent;  // as the browser sent it, cut short
};

// A user's second factor (TOTP, RFC 6238): the secret in use, one being set up, and the
// last time step a code was accepted for (no code is accepted twice).
struct StoredTotp {
  std::string secret;   // raw bytes, empty when the user has no second factor
  std::string pending;  // raw bytes, empty when no set-up is under way
  std::int64_t last_step = 0;
};

struct CalendarFeed {
  std::string token;
  std::string created_at;  // empty for feeds made before it was recorded
};

struct PasswordReset {
  UserId user;
  std::string expires_at;
};

class UserRepository {
 public:
  virtual ~UserRepository() = default;
  virtual Result<domain::User> get(UserId id) = 0;
  virtual Result<std::optional<domain::User>> find_by_email(std::string_view email) = 0;
  virtual Result<std::vector<domain::User>> list() = 0;
  // already_exists when the email is taken.
  virtual Result<UserId> insert(const domain::User& user, std::string_view password_hash) = 0;
  // Replaces name, role, scope and active of the row at user.version and bumps it;
  // conflict when the stored version differs, not_found when there is no such user.
  virtual Status update(const domain::User& user) = 0;
  // Active users with `role`.
  virtual Result<std::int64_t> count_active(domain::Role role) = 0;
  virtual Result<std::string> password_hash(UserId id) = 0;
  // Bumps the user's version.
  virtual Status set_password_hash(UserId id, std::string_view password_hash) = 0;

  // The second factor. set_totp moves `secret` into use (clearing any pending one) and
  // bumps the version; clear_totp removes both and bumps it too.
  virtual Result<StoredTotp> totp(UserId id) = 0;
  virtual Status set_totp_pending(UserId id, std::string_view secret) = 0;
  virtual Status set_totp(UserId id, std::string_view secret, std::int64_t last_step) = 0;
  virtual Status clear_totp(UserId id) = 0;
  // Records that a code of time step `step` was accepted: false (and nothing changes) when
  // a code of this or a later step already was. One statement, so two servers that check
  // the same code at once cannot both accept it.
  virtual Result<bool> use_totp_step(UserId id, std::int64_t step) = 0;

  // Login sessions, keyed by the SHA-256 of their token (the token itself is never stored).
  // insert_session returns the new session's id; `session.id` is ignored.
  virtual Result<std::int64_t> insert_session(std::string_view token_hash,
                                              const StoredSession& session) = 0;
  virtual Result<std::optional<StoredSession>> find_session(std::string_view token_hash) = 0;
  // The user's sessions, newest first.
  virtual Result<std::vector<StoredSession>> sessions_of(UserId user) = 0;
  virtual Status touch_session(std::string_view token_hash, std::string_view at) = 0;
  virtual Status delete_session(std::string_view token_hash) = 0;
  // Ends the user's session `id`; false when the user has no such session.
  virtual Result<bool> delete_session_of(UserId user, std::int64_t id) = 0;
  virtual Status delete_sessions_of(UserId user) = 0;
  virtual Status delete_sessions_expired_before(std::string_view now) = 0;

  // The secret token in a user's calendar feed URL, if one was made.
  virtual Result<std::optional<std::string>> calendar_token(UserId user) = 0;
  virtual Result<std::optional<CalendarFeed>> calendar_feed(UserId user) = 0;
  virtual Status set_calendar_token(UserId user, std::string_view token) = 0;
  virtual Result<std::optional<UserId>> user_of_calendar_token(std::string_view token) = 0;
  virtual Status delete_calendar_token(UserId user) = 0;

  // One-time password reset links, keyed by the SHA-256 of their token.
  virtual Status insert_password_reset(std::string_view token_hash, UserId user,
                                       std::string_view created_at, std::string_view expires_at,
                                       std::string_view created_by) = 0;
  // Finds the link and deletes it in the same transaction (single use); nullopt if unknown.
  virtual Result<std::optional<PasswordReset>> take_password_reset(std::string_view token_hash) = 0;
  virtual Status delete_password_resets_of(UserId user) = 0;
};

struct AttachmentInfo {
  std::int64_t id = 0;
  AgreementId agreement;
  std::string filename;
  std::string content_type;
  std::int64_t size = 0;
  std::string sha256;  // hex, of the content
  std::string uploaded_at;
  std::string uploaded_by;
  // The partner the file concerns (an annex for one of them), or none: the whole agreement.
  std::optional<InstitutionId> institution;
};

struct Comment {
  std::int64_t id = 0;
  std::string at;
  std::string author;
  std::string author_role;
  std::string text;
  // The partner the comment is from or for, or none: every party to the agreement.
  std::optional<InstitutionId> institution;
};

// The partner's copy of an agreement as EWP IIA XML, and what was approved.
struct EwpState {
  std::string partner_xml;
  std::string partner_hash;
  std::string approved_hash;
  std::string approved_at;
};

class AgreementRepository {
 public:
  virtual ~AgreementRepository() = default;
  // Every agreement with its parties and conditions (not its history), ordered by id.
  virtual Result<std::vector<domain::Agreement>> all() = 0;
  // One agreement with parties, conditions and history; not_found when absent.
  virtual Result<domain::Agreement> get(AgreementId id) = 0;
  // The agreements that have one of `codes`, by code (codes are unique; an empty code is
  // no agreement's): one indexed lookup, whatever the number of agreements.
  virtual Result<std::map<std::string, AgreementId>> ids_by_code(
      const std::vector<std::string>& codes) = 0;
  // Inserts with version 1; condition ids are assigned.
  virtual Result<AgreementId> insert(const domain::Agreement& agreement) = 0;
  // Replaces fields, parties and conditions of the row at agreement.version and bumps
  // the version; conflict when the stored version differs.
  virtual Status update(const domain::Agreement& agreement) = 0;
  // Moves the status (at `expected_version`, bumping it) and appends `change` to the
  // history; conflict when the version differs.
  virtual Status change_status(AgreementId id, int expected_version,
                               const domain::StatusChange& change) = 0;

  virtual Result<std::vector<AttachmentInfo>> attachments(AgreementId id) = 0;
  virtual Result<std::int64_t> insert_attachment(const AttachmentInfo& info,
                                                 std::string_view content) = 0;
  // The attachment's description and content; not_found when it is not this agreement's.
  virtual Result<std::pair<AttachmentInfo, std::string>> attachment(AgreementId id,
                                                                    std::int64_t attachment) = 0;

  virtual Result<std::vector<Comment>> comments(AgreementId id) = 0;
  virtual Result<std::int64_t> insert_comment(AgreementId id, const Comment& comment) = 0;

  virtual Result<EwpState> ewp(AgreementId id) = 0;
  virtual Status set_ewp(AgreementId id, const EwpState& state) = 0;
};

// An issuer key as stored: its public half, and the key file sealed with the
// key-encryption key (the database never holds a usable secret key).
struct IssuerKeyRecord {
  std::int64_t id = 0;
  std::string public_multikey;
  std::string sealed_key;
  std::string created_at;
};

struct CredentialRecord {
  std::string id;  // a UUID; the credential's id is "urn:uuid:<id>"
  std::string type;
  std::string subject_name;
  std::string subject_name_zh;
  std::string subject_email;
  std::string status;  // active, suspended, revoked
  std::string status_reason;
  int status_index = 0;  // the credential's bit in the status lists
  std::string document;  // the signed credential, JSON
  std::string issued_at;
  std::string issued_by;
  std::string updated_at;
};

class CredentialRepository {
 public:
  virtual ~CredentialRepository() = default;
  // Oldest first.
  virtual Result<std::vector<IssuerKeyRecord>> keys() = 0;
  virtual Result<std::int64_t> insert_key(const IssuerKeyRecord& key) = 0;
  virtual Status insert(const CredentialRecord& record) = 0;
  virtual Result<std::optional<CredentialRecord>> get(std::string_view id) = 0;
  // Newest first; without the documents when `with_documents` is false.
  virtual Result<std::vector<CredentialRecord>> list(bool with_documents) = 0;
  virtual Status set_status(std::string_view id, std::string_view status, std::string_view reason,
                            std::string_view at) = 0;
};

class PersonRepository {
 public:
  virtual ~PersonRepository() = default;
  // Everyone, ordered by family name, given name and id.
  virtual Result<std::vector<domain::Person>> all() = 0;
  virtual Result<domain::Person> get(PersonId id) = 0;  // not_found
  virtual Result<PersonId> insert(const domain::Person& person) = 0;
  // conflict when person.version is not the stored version; bumps it.
  virtual Status update(const domain::Person& person) = 0;
};

// Programmes, calls, applications, placement runs and mobilities (docs/mobility.md), kept in
// typed columns and child tables (migration 9); lists bounded by the page are in lists.h.
class ProgrammeRepository {
 public:
  virtual ~ProgrammeRepository() = default;
  virtual Result<std::vector<domain::Programme>> all() = 0;   // by code
  virtual Result<domain::Programme> get(ProgrammeId id) = 0;  // not_found
  // already_exists when the code is taken.
  virtual Result<ProgrammeId> insert(const domain::Programme& programme) = 0;
  // At programme.version, bumping it; conflict when stale, not_found when absent.
  virtual Status update(const domain::Programme& programme) = 0;
};

class CallRepository {
 public:
  virtual ~CallRepository() = default;
  virtual Result<std::vector<domain::Call>> all() = 0;  // newest academic year first
  virtual Result<domain::Call> get(CallId id) = 0;
  virtual Result<CallId> insert(const domain::Call& call) = 0;  // already_exists: code
  virtual Status update(const domain::Call& call) = 0;          // conflict, not_found
};

struct ApplicationQuery {
  std::optional<CallId> call;
  std::optional<PersonId> person;
};

class ApplicationRepository {
 public:
  virtual ~ApplicationRepository() = default;
  // Applications matching every set member of `query`, by id.
  virtual Result<std::vector<domain::Application>> find(const ApplicationQuery& query) = 0;
  virtual Result<domain::Application> get(ApplicationId id) = 0;
  // already_exists when the person already applied to the call.
  virtual Result<ApplicationId> insert(const domain::Application& application) = 0;
  virtual Status update(const domain::Application& application) = 0;  // conflict, not_found
  // Keeps a document's bytes; its description stays in the application's record.
  virtual Result<std::int64_t> insert_document(ApplicationId application,
                                               std::string_view content) = 0;
  // not_found when the document is not this application's.
  virtual Result<std::string> document(ApplicationId application, std::int64_t document) = 0;
};

// One run of the placement engine over a call: what went in, what came out.
struct PlacementRunRecord {
  PlacementRunId id;
  CallId call;
  std::string mode;  // stable or optimal
  std::string seed;  // decimal, all 64 bits
  std::string input_sha256;
  std::string engine_version;
  std::string input;    // the placement problem, JSON
  std::string output;   // the engine's output, JSON
  std::string summary;  // statistics, JSON
  std::string created_at;
  std::string created_by;
  std::string published_at;  // empty until published
};

class PlacementRunRepository {
 public:
  virtual ~PlacementRunRepository() = default;
  virtual Result<PlacementRunRecord> get(PlacementRunId id) = 0;  // not_found
  virtual Result<PlacementRunId> insert(const PlacementRunRecord& run) = 0;
  virtual Status set_published(PlacementRunId id, std::string_view at) = 0;
};

struct MobilityQuery {
  std::optional<domain::Direction> direction;
  std::optional<domain::MobilityStatus> status;
  std::string academic_year;
  std::optional<PersonId> person;
  std::optional<InstitutionId> institution;  // sending or receiving
  std::optional<AgreementId> agreement;
  std::optional<ApplicationId> application;
};

class MobilityRepository {
 public:
  virtual ~MobilityRepository() = default;
  // Mobilities matching every set member of `query`, newest planned start first.
  virtual Result<std::vector<domain::Mobility>> find(const MobilityQuery& query) = 0;
  virtual Result<domain::Mobility> get(MobilityId id) = 0;
  virtual Result<MobilityId> insert(const domain::Mobility& mobility) = 0;
  virtual Status update(const domain::Mobility& mobility) = 0;  // conflict, not_found
};

// Course catalogues and learning agreements (docs/learning.md).
class CourseRepository {
 public:
  virtual ~CourseRepository() = default;
  virtual Result<std::vector<domain::Course>> list(InstitutionId institution) = 0;  // by code
  // The course with this code, if any.
  virtual Result<std::optional<domain::Course>> find(InstitutionId institution,
                                                     std::string_view code) = 0;
  virtual Result<std::int64_t> insert(const domain::Course& course) = 0;  // already_exists: code
  virtual Status update(const domain::Course& course) = 0;
};

class LearningAgreementRepository {
 public:
  virtual ~LearningAgreementRepository() = default;
  virtual Result<std::optional<domain::LearningAgreementRecord>> find(MobilityId mobility) = 0;
  // All, for indicators.
  virtual Result<std::vector<domain::LearningAgreementRecord>> all() = 0;
  virtual Result<std::int64_t> insert(const domain::LearningAgreementRecord& record) = 0;
  // At record.version, bumping it; conflict when stale.
  virtual Status update(const domain::LearningAgreementRecord& record) = 0;
};

class AuditRepository {
 public:
  virtual ~AuditRepository() = default;
  // Appends an entry after the current head: fills seq, prev_hash and hash, and moves the
  // head. Returns the entry as stored.
  virtual Result<domain::AuditEntry> append(domain::AuditEntry entry) = 0;
  // Entries with seq > after, oldest first, at most `limit`.
  virtual Result<std::vector<domain::AuditEntry>> list(std::int64_t after, std::size_t limit) = 0;
  // The head as recorded separately from the entries: (seq, hash), or (0, genesis).
  virtual Result<std::pair<std::int64_t, std::string>> head() = 0;
};

class SettingsRepository {
 public:
  virtual ~SettingsRepository() = default;
  virtual Result<std::optional<std::string>> get(std::string_view key) = 0;
  virtual Status set(std::string_view key, std::string_view value) = 0;
};

enum class Access { read, write };

class Transaction {
 public:
  virtual ~Transaction() = default;
  virtual InstitutionRepository& institutions() = 0;
  virtual UserRepository& users() = 0;
  virtual AgreementRepository& agreements() = 0;
  virtual CredentialRepository& credentials() = 0;
  virtual PersonRepository& people() = 0;
  virtual ProgrammeRepository& programmes() = 0;
  virtual CallRepository& calls() = 0;
  virtual ApplicationRepository& applications() = 0;
  virtual PlacementRunRepository& placement_runs() = 0;
  virtual MobilityRepository& mobilities() = 0;
  virtual CourseRepository& courses() = 0;
  virtual LearningAgreementRepository& learning_agreements() = 0;
  virtual AuditRepository& audit() = 0;
  virtual SettingsRepository& settings() = 0;
  // Makes every write durable; after it, the transaction is finished.
  virtual Status commit() = 0;
};

// Whether the store can write, as the health check reports it.
struct WriteHealth {
  bool writable = true;
  std::string problem;  // why not, in words ("the disk holding the database is full")
};

class Store {
 public:
  virtual ~Store() = default;
  // Starts a transaction on a pooled connection. A write transaction takes the write lock
  // at once (so that two writers never deadlock); unavailable if it cannot within the
  // busy timeout, or once writes have stopped (see write_health).
  //
  // Before a write is committed, and again before commit() reports it done, the database
  // file and its WAL are compared with the files the store opened: SQLite goes on writing
  // into a deleted or replaced file, and what only such a file holds is lost with the
  // process. A mismatch stops every later write (unavailable until Orbis restarts); when
  // only the WAL vanished, what it holds is first copied into the database file.
  virtual Result<std::unique_ptr<Transaction>> begin(Access access) = 0;
  // Whether writes work: not when writes have stopped (above); else the outcome of the
  // last write transaction if it is younger than `max_age`, else of a probe row written
  // and committed now. Never fails: a failure is the answer.
  virtual WriteHealth write_health(std::chrono::steady_clock::duration max_age) = 0;
  // Copies the database as of one moment into the new file `path` (SQLite's online
  // backup; writers go on meanwhile). already_exists when `path` exists; unavailable on a
  // storage fault, and then no file is left at `path`.
  virtual Status backup(const std::string& path) = 0;
  // "sqlite" or "postgresql".
  virtual std::string_view backend() const = 0;
  // The newest migration applied, 0 for an empty database.
  virtual Result<int> schema_version() = 0;
  // Applies every pending migration, each in its own transaction; returns the new version.
  virtual Result<int> migrate() = 0;
  // The newest migration this build knows.
  virtual int latest_schema_version() const = 0;
  // Runs the back end's integrity check; returns its complaints (empty when sound).
  virtual Result<std::vector<std::string>> integrity_check() = 0;
};

struct OpenOptions {
  std::size_t pool_size = 4;
  bool must_exist = false;  // fail with not_found instead of creating a new database file
  bool read_only = false;   // never write (checking a backup); every write is unavailable
};

// Opens `location`: a file path or "sqlite:PATH" for SQLite, "postgresql://..." for
// PostgreSQL. Returns invalid_argument for a location it cannot read, unavailable when the
// database cannot be reached.
Result<std::unique_ptr<Store>> open(std::string_view location, const OpenOptions& options = {});

// Puts the finished, closed database file `prepared` at `location` in one rename, so that
// a reader finds the old database or the new one, never half of either. The database at
// `location`, if any, must be unused: unavailable when another connection (orbis serve)
// has it open. Its WAL is folded into it and removed first, so that it cannot be applied
// to the new file.
Status replace_database(const std::string& prepared, std::string_view location);

}  // namespace orbis::store
