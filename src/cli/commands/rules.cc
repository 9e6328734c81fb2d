// orbis rules: the dated, cited rule sets built into Orbis (docs/rules.md), and a check of
// rule files being edited, before they are built in (exit 0 they read, 2 they do not).
#include <fmt/format.h>

#include <algorithm>
#include <filesystem>
#include <ostream>
#include <vector>

#include "cli/commands/commands.h"
#include "rules/rulebook.h"

namespace orbis::cli {
namespace {

void print(std::ostream& out, const std::vector<domain::RuleSetInfo>& sets) {
  for (const auto& set : sets) {
    out << fmt::format("{}  {}  from {}{}\n  {}\n  {}\n", set.id, set.kind, set.valid_from,
                       set.valid_to.empty() ? std::string(", in force") : " to " + set.valid_to,
                       set.name, set.name_zh);
    for (const auto& source : set.sources) {
      out << fmt::format("  source {}: {} <{}> (read {})\n", source.id, source.title, source.url,
                         source.read_on);
    }
  }
}

}  // namespace

void add_rules(CLI::App& app, Context& ctx) {
  auto* rules = app.add_subcommand("rules", "The dated, cited rule sets Orbis applies");
  rules->require_subcommand(1);
  auto* list = rules->add_subcommand("list", "List the rule sets built in, with their sources");
  on_run(*list, ctx, [&ctx] {
    const auto& book = rules::shipped();
    if (!book) throw failure(book.error());
    print(ctx.out, book->sets());
  });
  auto paths = std::make_shared<std::vector<std::string>>();
  auto* check = rules->add_subcommand(
      "check",
      "Check rule files (TOML) or the folders holding them, as the build would read them "
      "(exit 0 they read, 2 they do not)");
  check->add_option("paths", *paths, "files or folders, such as data/rules")->required();
  on_run(*check, ctx, [&ctx, paths] {
    std::vector<std::string> names;
    for (const auto& path : *paths) {
      std::error_code error;
      if (std::filesystem::is_directory(path, error)) {
        for (const auto& entry : std::filesystem::recursive_directory_iterator(path, error)) {
          if (entry.is_regular_file() && entry.path().extension() == ".toml") {
            names.push_back(entry.path().string());
          }
        }
        if (error) throw Failure{fmt::format("{}: {}", path, error.message()), 2};
      } else {
        names.push_back(path);
      }
    }
    std::sort(names.begin(), names.end());
    std::vector<std::string> texts;
    texts.reserve(names.size());
    for (const auto& name : names) texts.push_back(read_file(name));
    std::vector<rules::RuleFile> files;
    files.reserve(names.size());
    for (std::size_t i = 0; i < names.size(); ++i) files.push_back({names[i], texts[i]});
    if (files.empty()) throw Failure{"no rule files (*.toml) there", 2};
    const auto book = rules::parse(files);
    if (!book) throw Failure{book.error().message, 2};
    ctx.out << fmt::format("{} rule files read\n", files.size());
    print(ctx.out, book->sets());
  });
}

}  // namespace orbis::cli
