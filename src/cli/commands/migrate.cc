// orbis migrate: creates or upgrades the database schema.
#include <fmt/format.h>

#include <ostream>

#include "cli/commands/commands.h"

namespace orbis::cli {

void add_migrate(CLI::App& app, Context& ctx) {
  auto* migrate = app.add_subcommand("migrate", "Create or upgrade the database schema");
  add_setting(*migrate, "--db", ctx.flags.database,
              "the database: a SQLite file or a PostgreSQL URL (postgresql://user@host/db)");
  on_run(*migrate, ctx, [&ctx] {
    const auto& db = ctx.database();
    auto store = open_store(db, false);
    auto version = store->migrate();
    if (!version) throw failure(version.error());
    ctx.out << fmt::format("{} is at schema version {}\n", db, *version);
  });
}

}  // namespace orbis::cli
