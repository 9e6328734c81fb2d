// orbis backup: a checked copy of the database, even while orbis serve runs
// (docs/operations.md).
#include <fmt/format.h>

#include <filesystem>
#include <ostream>

#include "cli/commands/checked_copy.h"
#include "cli/commands/commands.h"

namespace orbis::cli {

void add_backup(CLI::App& app, Context& ctx) {
  namespace fs = std::filesystem;
  auto out_path = std::make_shared<std::string>();
  auto* backup = app.add_subcommand(
      "backup", "Copy the database, even while orbis serve runs, and check the copy");
  add_setting(*backup, "--db", ctx.flags.database, "the database to copy");
  backup->add_option("--out", *out_path, "the new backup file")->required();
  on_run(*backup, ctx, [&ctx, out_path] {
    const auto& db = ctx.database();
    const auto& out = *out_path;
    if (fs::exists(out)) throw Failure{fmt::format("{} exists; choose another file", out)};
    require_folder_of(out);
    auto store = open_store(db, true, 1);
    const PartialFile partial(out + ".orbis-partial");
    if (auto ok = store->backup(partial.path()); !ok) throw failure(ok.error());
    store.reset();
    const auto checked = check_database(partial.path(), "the copy");
    std::error_code ec;
    fs::rename(partial.path(), out, ec);
    if (ec) throw Failure{fmt::format("cannot write {}: {}", out, ec.message())};
    ctx.out << fmt::format("backed up {} to {}: {}\n", db, out, describe(checked));
  });
}

}  // namespace orbis::cli
