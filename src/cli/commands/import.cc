// orbis import institutions: the registry from ROR and world-universities files; orbis import
// publications: the institution's publications from an OpenAlex works extract; orbis import
// research-projects: joint research projects from a CSV file.
#include "service/registry/import.h"

#include <fmt/format.h>

#include <filesystem>
#include <ostream>
#include <vector>

#include "cli/commands/commands.h"
#include "service/research/projects.h"
#include "service/research/publications.h"

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

  auto extract = std::make_shared<std::string>();
  auto dry_run = std::make_shared<bool>(false);
  auto* publications = import->add_subcommand(
      "publications",
      "Record the institution's publications from an OpenAlex works extract (JSON Lines; "
      "docs/research.md)");
  add_setting(*publications, "--db", ctx.flags.database, "the database");
  publications->add_option("file", *extract, "the extract, one OpenAlex work a line")
      ->required()
      ->check(CLI::ExistingFile);
  publications->add_flag("--dry-run", *dry_run, "check the file and write nothing");
  auto replace = std::make_shared<bool>(false);
  publications->add_flag(
      "--replace", *replace,
      "the extract is the whole record: remove the publications recorded and not in it");
  on_run(*publications, ctx, [&ctx, extract, dry_run, replace] {
    const auto& db = ctx.database();
    auto store = open_store(db, true);
    require_schema(*store, db);
    SystemClock clock;
    service::Publications service(*store, clock);
    auto outcome = service.import_openalex(domain::Actor::command_line(), read_file(*extract),
                                           *dry_run, *replace);
    if (!outcome) throw failure(outcome.error());
    if (!outcome->errors.empty()) {
      for (const auto& e : outcome->errors)
        ctx.err << fmt::format("line {}: {}{}\n", e.line, e.field.empty() ? "" : e.field + ": ",
                               e.message);
      throw Failure{fmt::format("{} of {} works could not be recorded; nothing was written",
                                outcome->errors.size(), outcome->rows)};
    }
    ctx.out << fmt::format("{} works read: {} new, {} recorded before{}{}\n", outcome->rows,
                           outcome->added, outcome->updated,
                           *replace ? fmt::format(", {} removed", outcome->removed) : "",
                           *dry_run ? " (a dry run: nothing was written)" : "");
  });

  auto sheet = std::make_shared<std::string>();
  auto projects_dry_run = std::make_shared<bool>(false);
  auto* projects = import->add_subcommand(
      "research-projects",
      "Record joint research projects from a CSV file, one project a row (docs/research.md "
      "lists the columns)");
  add_setting(*projects, "--db", ctx.flags.database, "the database");
  projects->add_option("file", *sheet, "the CSV file")->required()->check(CLI::ExistingFile);
  projects->add_flag("--dry-run", *projects_dry_run, "check the file and write nothing");
  on_run(*projects, ctx, [&ctx, sheet, projects_dry_run] {
    const auto& db = ctx.database();
    auto store = open_store(db, true);
    require_schema(*store, db);
    SystemClock clock;
    service::ResearchProjects service(*store, clock);
    auto outcome =
        service.import_csv(domain::Actor::command_line(), read_file(*sheet), *projects_dry_run);
    if (!outcome) throw failure(outcome.error());
    if (!outcome->errors.empty()) {
      for (const auto& e : outcome->errors)
        ctx.err << fmt::format("line {}: {}: {}\n", e.line, e.field, e.message);
      throw Failure{fmt::format("{} errors in {} rows; nothing was written", outcome->errors.size(),
                                outcome->rows)};
    }
    ctx.out << fmt::format("{} projects read, {} recorded{}\n", outcome->rows,
                           outcome->created.size(),
                           *projects_dry_run ? " (a dry run: nothing was written)" : "");
  });
}

}  // namespace orbis::cli
