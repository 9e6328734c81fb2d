// Audit checkpoints: signed statements of where the audit log stood, kept away from the
// database, so that a log rewritten or cut short inside it shows. Thread-safe: functions
// over a Store and values.
//
// The audit log's links show an edited or deleted entry, and its recorded head shows
// entries cut off the end; but whoever can write the database file can rewrite every
// entry and the head consistently. A checkpoint records the head — sequence number and
// hash — with the time and the database's identity, signed with Ed25519 by the
// institution's newest issuer key (the key that signs its credentials, whose secret half
// only the key-encryption key opens). The file format is in docs/operations.md.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "common/clock.h"
#include "credentials/key_file.h"
#include "credentials/keys.h"
#include "domain/audit.h"
#include "service/support/audit_log.h"
#include "store/store.h"

namespace orbis::service {

struct AuditCheckpoint {
  std::string database;  // the database's identity
  domain::ChainHead head;
  std::string verification_method;  // did:key:z6Mk…#z6Mk…: the key that signed it
  credentials::PublicKey signer;
};

// The database's identity: a random name kept in its settings, which copies of it (backups)
// share and other databases do not. Made on first use when `make` (in `tx`, which the
// caller commits); else empty when none.
Result<std::string> database_identity(store::Transaction& tx, bool make);

// Verifies the audit log, then signs its head with the institution's newest issuer key,
// opened with `kek`. Returns the checkpoint and the file's text (JSON). conflict when the
// log fails verification (a checkpoint would vouch for it), unavailable when the
// institution has no issuer key, unauthenticated when `kek` does not open it.
Result<std::pair<AuditCheckpoint, std::string>> make_audit_checkpoint(
    store::Store& store, const Clock& clock, const credentials::KeyEncryptionKey& kek);

// The checkpoint in file `text`, its signature checked against the key it names. Returns
// invalid_argument for a malformed file or a signature that does not hold.
Result<AuditCheckpoint> read_audit_checkpoint(std::string_view text);

// verify_audit_log, and the log held against `checkpoint`: the same database, still
// holding the entry the checkpoint recorded. The checkpoint must have been signed by
// `trusted` when given, else by one of the institution's issuer keys (which someone who
// rewrote the database could have added to: give `trusted` to rule that out).
Result<AuditReport> verify_audit_log(store::Store& store, const AuditCheckpoint& checkpoint,
                                     const std::optional<credentials::PublicKey>& trusted);

}  // namespace orbis::service
