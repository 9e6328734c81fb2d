// orbis import institutions: the registry from ROR and world-universities files.
#include "service/registry/import.h"

#include <filesystem>
#include <ostream>
#include <vector>

#include "cli/commands/commands.h"

namespace orbis::cli {

void add_import(CLI::App& app, Context& ctx) {
  auto files = std::make_shared<std::vector<std::string>>();
  auto* import = app.add_subcommand("import", "Import data from files");
  import->require_subcommand(1);
  auto* institutions =
      import->add_subcommand("institutions",
                             "Import a ROR .csv export and/or a world-universities .json list "
                             "(default: the shipped data)");
  add_setting(*institutions, "--db", ctx.flags.database, "the database");
  institutions->add_option("files", *files, "files to import")->check(CLI::ExistingFile);
  on_run(*institutions, ctx, [&ctx, files] {
    const auto& db = ctx.database();
    auto store = open_store(db, true);
    require_schema(*store, db);
    if (files->empty())
      *files = {ctx.config.data_dir + "/ror_subset.csv",
                ctx.config.data_dir + "/world_universities.json"};
    std::vector<service::ImportSource> sources;
    for (const auto& f : *files)
      sources.push_back({std::filesystem::path(f).filename().string(), read_file(f)});
    SystemClock clock;
    auto report =
        service::import_institutions(*store, clock, domain::Actor::command_line(), sources);
    if (!report) throw failure(report.error());
    print_import_report(ctx.out, *report);
    for (const auto& w : report->warnings) ctx.err << "warning: " << w << "\n";
  });
}

}  // namespace orbis::cli
