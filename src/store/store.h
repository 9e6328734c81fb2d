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
//
// The repositories, one header per aggregate, are included below: store/<aggregate>.h.
#pragma once

#include <chrono>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "common/error.h"
#include "store/agreements.h"
#include "store/applications.h"
#include "store/audit.h"
#include "store/calls.h"
#include "store/courses.h"
#include "store/credentials.h"
#include "store/institutions.h"
#include "store/learning_agreements.h"
#include "store/mobilities.h"
#include "store/people.h"
#include "store/placement_runs.h"
#include "store/programmes.h"
#include "store/settings.h"
#include "store/users.h"

namespace orbis {
class Clock;
}  // namespace orbis

namespace orbis::store {

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
  // What stamps every time the store writes of itself (created_at, updated_at, a
  // migration's applied_at): not owned, and it must outlive the store. None: the system
  // clock. The wiring and the tests inject theirs here.
  const Clock* clock = nullptr;
  // PostgreSQL's password (store/postgres/store.h says where else it may come from); never
  // part of the location, which logs and process lists show.
  std::string password;
  std::string password_file;
};

// Opens `location`: a file path or "sqlite:PATH" for SQLite, "postgresql://..." for
// PostgreSQL. Returns invalid_argument for a location it cannot read, unavailable when the
// database cannot be reached.
Result<std::unique_ptr<Store>> open(std::string_view location, const OpenOptions& options = {});

// Whether `location` names a PostgreSQL database (postgresql:// or postgres://).
bool names_postgres(std::string_view location);

// Puts the finished, closed database file `prepared` at `location` in one rename, so that
// a reader finds the old database or the new one, never half of either. The database at
// `location`, if any, must be unused: unavailable when another connection (orbis serve)
// has it open. Its WAL is folded into it and removed first, so that it cannot be applied
// to the new file.
Status replace_database(const std::string& prepared, std::string_view location);

}  // namespace orbis::store
