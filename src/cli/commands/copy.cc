// orbis copy: moves an installation between SQLite and PostgreSQL (either way, or between
// two of one kind), keeping ids and the audit chain, and checks the copy table by table
// (docs/deployment.md).
#include "store/copy.h"

#include <fmt/format.h>

#include <filesystem>
#include <ostream>

#include "cli/commands/checked_copy.h"
#include "cli/commands/commands.h"

namespace orbis::cli {
namespace {

namespace fs = std::filesystem;

struct CopyArgs {
  std::string from, to;
};

std::string file_of(const std::string& location) {
  return location.starts_with("sqlite:") ? location.substr(7) : location;
}

bool same_database(const std::string& a, const std::string& b) {
  if (store::names_postgres(a) || store::names_postgres(b)) return a == b;
  std::error_code ec;
  const auto fa = file_of(a);
  const auto fb = file_of(b);
  return fa == fb || (fs::exists(fa, ec) && fs::exists(fb, ec) && fs::equivalent(fa, fb, ec));
}

// Copies `from` into the open, migrated, empty `to` (which reads it back before it commits),
// then reads `to` again as a new reader: every table must give the rows and digest the
// source gave.
store::CopyReport copy_and_compare(store::Store& from, store::Store& to, const std::string& name) {
  auto report = store::copy_database(from, to);
  if (!report) throw failure(report.error());
  auto copied = store::digest_tables(to);
  if (!copied) throw failure(copied.error());
  if (const auto differs = store::first_difference(report->tables, *copied); !differs.empty()) {
    throw Failure{fmt::format("{} does not read back as the source: {}", name, differs)};
  }
  return std::move(*report);
}

}  // namespace

void add_copy(CLI::App& app, Context& ctx) {
  auto args = std::make_shared<CopyArgs>();
  auto* copy = app.add_subcommand(
      "copy", "Copy a whole database into a new one: SQLite to PostgreSQL, or back");
  copy->add_option("--from", args->from,
                   "the database to copy: a SQLite file or a PostgreSQL URL; it may be in use")
      ->required();
  copy->add_option("--to", args->to,
                   "a new SQLite file, or an empty PostgreSQL database "
                   "(postgresql://user@host/db; the password from ORBIS_DB_PASSWORD)")
      ->required();
  on_run(*copy, ctx, [&ctx, args] {
    const auto& from = args->from;
    const auto& to = args->to;
    if (same_database(from, to)) throw Failure{"--from and --to name the same database"};
    auto source = open_store(from, true, 1);
    require_schema(*source, from);
    const bool to_file = !store::names_postgres(to);
    const auto out = file_of(to);
    if (to_file) {
      if (fs::exists(out)) throw Failure{fmt::format("{} exists; choose another file", out)};
      require_folder_of(out);
    }
    // A new file is made beside its final name and renamed once checked.
    std::optional<PartialFile> partial;
    if (to_file) partial.emplace(out + ".orbis-partial");
    const std::string target_location = to_file ? partial->path() : to;
    store::CopyReport report;
    {
      auto target = open_store(target_location, false, 1);
      auto version = target->schema_version();
      if (!version) throw failure(version.error());
      if (*version != 0 && *version != target->latest_schema_version()) {
        throw Failure{
            fmt::format("{} is at schema {}, not this Orbis's {}; copy into a new, empty database",
                        to, *version, target->latest_schema_version())};
      }
      if (auto migrated = target->migrate(); !migrated) throw failure(migrated.error());
      report = copy_and_compare(*source, *target, to);
    }
    source.reset();
    const auto checked = check_database(target_location, "the copy");
    if (to_file) {
      std::error_code ec;
      fs::rename(partial->path(), out, ec);
      if (ec) throw Failure{fmt::format("cannot write {}: {}", out, ec.message())};
    }
    ctx.out << fmt::format(
        "copied {} rows in {} tables from {} to {}; every table reads back the same; {}\n",
        report.rows(), report.tables.size(), from, to, describe(checked));
  });
}

}  // namespace orbis::cli
