// Internal to the command line: what every sub-command shares. Not thread-safe.
#pragma once

#include <CLI/CLI.hpp>
#include <functional>
#include <iosfwd>
#include <string>
#include <vector>

#include "common/error.h"
#include "credentials/key_file.h"
#include "store/store.h"

namespace orbis::cli {

// A failed command: the one line the user reads on standard error; exit code 1, or
// `exit_code` when the command defines its own (orbis verify).
struct Failure {
  std::string message;
  int exit_code = 1;
};

Failure failure(const Error& e);

// The streams and the chosen sub-command's action, filled in by the parser callbacks.
struct Context {
  std::istream& in;
  std::ostream& out;
  std::ostream& err;
  std::function<void()> action;
  int status = 0;  // the exit code when the action returns normally
};

// The file's bytes; a Failure naming the path when it cannot be read.
std::string read_file(const std::string& path);
// Writes beside `path` and renames over it: never half a file, nothing on failure.
void write_file_atomically(const std::string& path, const std::string& content);

// The database at `db`, with a pool of `pool` connections; a Failure when it cannot be
// opened (or, with `must_exist`, does not exist).
std::unique_ptr<store::Store> open_store(const std::string& db, bool must_exist,
                                         std::size_t pool = 2);
// A Failure unless the database is at this build's schema (it names `orbis migrate`).
void require_schema(store::Store& store, const std::string& db);
// The key-encryption key: from `kek_file`, else ORBIS_KEK, else DB.kek beside the
// database (what `orbis demo` writes); nullopt when there is none.
std::optional<credentials::KeyEncryptionKey> load_kek(const std::string& kek_file,
                                                      const std::string& db);

// The options of the credential commands; owned by run(), so nothing outlives one call.
struct CredentialArgs {
  std::string out_path, did, key_path, in_path, verify_path;
  std::vector<std::string> did_documents, status_lists;
  bool no_status = false;
};

void add_credential_commands(CLI::App& app, Context& ctx, CredentialArgs& args);

// The options of backup, restore and the audit commands.
struct OperationsArgs {
  std::string db, out_path, from_path, checkpoint_path, public_key, kek_file;
  bool force = false;
};

void add_operations_commands(CLI::App& app, Context& ctx, OperationsArgs& args);

}  // namespace orbis::cli
