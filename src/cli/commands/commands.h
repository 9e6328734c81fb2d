// Internal to the command line: the sub-commands, one file each. Each add_<name> adds its
// sub-command (with its own sub-commands, if any) to `app`; the parser's callbacks put the
// chosen one's work in ctx.action, which run() calls once the configuration is loaded.
// Each command owns its options, so nothing outlives the `app` it was added to.
// Not thread-safe.
#pragma once

#include <CLI/CLI.hpp>

#include "cli/support.h"

namespace orbis::cli {

// The server and the database.
void add_serve(CLI::App& app, Context& ctx);
void add_migrate(CLI::App& app, Context& ctx);
void add_demo(CLI::App& app, Context& ctx);
void add_openapi(CLI::App& app, Context& ctx);
void add_import(CLI::App& app, Context& ctx);
void add_user(CLI::App& app, Context& ctx);

// Offline work on files: placement, keys and credentials, grades.
void add_allocate(CLI::App& app, Context& ctx);
void add_key(CLI::App& app, Context& ctx);
void add_credential(CLI::App& app, Context& ctx);
// Exit codes: 0 every credential valid, 1 one invalid, 3 one revoked or suspended, 2 bad
// input.
void add_verify(CLI::App& app, Context& ctx);
// Exit codes: 0 converted, 2 a bad argument (unknown scale, grade outside its scale, a
// table or scale file that cannot be read or is invalid), 1 any other failure.
void add_grade(CLI::App& app, Context& ctx);
// Exit codes: 0 the rule files read, 2 they do not (a file, the key and the fault named).
void add_rules(CLI::App& app, Context& ctx);

// Operations (docs/operations.md).
void add_backup(CLI::App& app, Context& ctx);
void add_restore(CLI::App& app, Context& ctx);
void add_copy(CLI::App& app, Context& ctx);
void add_audit(CLI::App& app, Context& ctx);

}  // namespace orbis::cli
