// Internal to the command line: what every sub-command shares. Not thread-safe.
#pragma once

#include <CLI/CLI.hpp>
#include <functional>
#include <iosfwd>
#include <memory>
#include <optional>
#include <string>

#include "app/config.h"
#include "common/error.h"
#include "credentials/key_file.h"
#include "service/registry/import.h"
#include "store/store.h"

namespace orbis::cli {

// A failed command: the one line the user reads on standard error; exit code 1, or
// `exit_code` when the command defines its own (orbis verify).
struct Failure {
  std::string message;
  int exit_code = 1;
};

Failure failure(const Error& e);

// The streams, the settings and the chosen sub-command's action. The parser callbacks fill
// in `flags` and `action`; run() loads `config` after parsing, before the action runs.
struct Context {
  std::istream& in;
  std::ostream& out;
  std::ostream& err;
  app::Flags flags;
  app::Config config;
  std::function<void()> action;
  int status = 0;  // the exit code when the action returns normally

  // config.database; a Failure with exit code 2 when no flag, variable or file gave one.
  const std::string& database() const;
};

// Makes `action` the work run() does when `command` is the sub-command chosen.
void on_run(CLI::App& command, Context& ctx, std::function<void()> action);

// A flag that stands for a setting of app::Config: given, it goes to `flag`, which
// outranks the configuration file and the environment.
template <typename T>
CLI::Option* add_setting(CLI::App& command, const std::string& name, std::optional<T>& flag,
                         const std::string& description) {
  return command.add_option_function<T>(
      name, [&flag](const T& value) { flag = value; }, description);
}

// The file's bytes; a Failure naming the path when it cannot be read.
std::string read_file(const std::string& path);
// Writes beside `path` and renames over it: never half a file, nothing on failure.
void write_file_atomically(const std::string& path, const std::string& content);
// A Failure unless the folder that `path` would be written in exists.
void require_folder_of(const std::string& path);

// The database at `db`, with a pool of `pool` connections; a Failure when it cannot be
// opened (or, with `must_exist`, does not exist).
std::unique_ptr<store::Store> open_store(const std::string& db, bool must_exist,
                                         std::size_t pool = 2);
// A Failure unless the database is at this build's schema (it names `orbis migrate`).
void require_schema(store::Store& store, const std::string& db);
// The key-encryption key the configuration names (app::load_kek); nullopt when there is
// none, a Failure when it cannot be read.
std::optional<credentials::KeyEncryptionKey> load_kek(const app::Config& config);
// The key-encryption key of ORBIS_KEK, for the commands that work on key files; a Failure
// saying how to make one when it is not set.
credentials::KeyEncryptionKey kek_from_environment(const app::Config& config);

void print_import_report(std::ostream& out, const service::ImportReport& report);

}  // namespace orbis::cli
