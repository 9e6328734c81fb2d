// orbis restore: a checked backup in place of a database that is not in use
// (docs/operations.md).
#include <fmt/format.h>

#include <filesystem>
#include <ostream>

#include "cli/commands/checked_copy.h"
#include "cli/commands/commands.h"

namespace orbis::cli {
namespace {

namespace fs = std::filesystem;

struct RestoreArgs {
  std::string from_path;
  bool force = false;
};

bool same_file(const std::string& a, const std::string& b) {
  std::error_code ec;
  return fs::exists(a, ec) && fs::exists(b, ec) && fs::equivalent(a, b, ec);
}

}  // namespace

void add_restore(CLI::App& app, Context& ctx) {
  auto args = std::make_shared<RestoreArgs>();
  auto* restore = app.add_subcommand(
      "restore", "Put a checked backup in place of a database that is not in use");
  restore->add_option("--from", args->from_path, "the backup file")->required();
  // Named on the command line, never taken from the configuration: what it holds is lost.
  add_setting(*restore, "--db", ctx.flags.database, "the database to create or replace")
      ->required();
  restore->add_flag("--force", args->force, "replace a database that exists (its content is lost)");
  on_run(*restore, ctx, [&ctx, args] {
    const auto& db = ctx.database();
    const auto& from_path = args->from_path;
    if (!fs::exists(from_path)) throw Failure{fmt::format("no backup at {}", from_path)};
    if (same_file(from_path, db)) throw Failure{"--from and --db are the same file"};
    if (fs::exists(db) && !args->force) {
      throw Failure{
          fmt::format("{} exists; pass --force to replace it (what it holds now is lost)", db)};
    }
    require_folder_of(db);
    const auto checked = check_database(from_path, "the backup");
    const PartialFile partial(db + ".orbis-restore");
    {
      auto source = store::open(from_path, {.pool_size = 1, .must_exist = true, .read_only = true});
      if (!source) throw failure(source.error());
      if (auto ok = (*source)->backup(partial.path()); !ok) throw failure(ok.error());
    }
    if (auto ok = store::replace_database(partial.path(), db); !ok) throw failure(ok.error());
    ctx.out << fmt::format("restored {} from {}: {}\n", db, from_path, describe(checked));
  });
}

}  // namespace orbis::cli
