// orbis grade convert|scales: grade conversion, offline, on the built-in scales and on the
// JSON files given (formats in docs/grades.md).
#include <fmt/format.h>

#include <ostream>

#include "cli/commands/commands.h"
#include "common/text.h"
#include "grades/conversion.h"
#include "grades/json_format.h"
#include "grades/scale.h"

namespace orbis::cli {
namespace {

struct GradeArgs {
  std::string from, to, grade, from_table, to_table;
  std::vector<std::string> table_paths, scale_paths;
  bool json = false;
};

constexpr int kBadArgument = 2;

// Wrong input is the caller's to fix: exit code 2. Anything else is a failed command: 1.
// The grades layer's messages already name the field, so its `fields` are not repeated.
Failure grade_failure(const Error& e, std::string_view context = {}) {
  Failure f{context.empty() ? e.message : fmt::format("{}: {}", context, e.message)};
  if (e.code == ErrorCode::invalid_argument || e.code == ErrorCode::not_found)
    f.exit_code = kBadArgument;
  return f;
}

// A file named on the command line that cannot be read is a bad argument too.
std::string read_argument_file(const std::string& path) {
  try {
    return read_file(path);
  } catch (Failure& f) {
    f.exit_code = kBadArgument;
    throw;
  }
}

grades::ScaleRegistry load_scales(const std::vector<std::string>& paths) {
  auto registry = grades::ScaleRegistry::with_builtins();
  for (const std::string& path : paths) {
    auto scales = grades::parse_scales(read_argument_file(path));
    if (!scales) throw grade_failure(scales.error(), path);
    for (grades::Scale& scale : *scales) {
      if (auto added = registry.add(std::move(scale)); !added)
        throw grade_failure(added.error(), path);
    }
  }
  return registry;
}

std::vector<grades::DistributionTable> load_tables(const std::vector<std::string>& paths,
                                                   const grades::ScaleRegistry& scales) {
  std::vector<grades::DistributionTable> tables;
  for (const std::string& path : paths) {
    auto loaded = grades::parse_tables(read_argument_file(path), scales);
    if (!loaded) throw grade_failure(loaded.error(), path);
    for (grades::DistributionTable& table : *loaded) {
      for (const grades::DistributionTable& earlier : tables) {
        if (earlier.id() == table.id()) {
          throw Failure{fmt::format("{}: the table id '{}' is used twice", path, table.id()),
                        kBadArgument};
        }
      }
      tables.push_back(std::move(table));
    }
  }
  return tables;
}

// "cn100 85 -> us4 3.58 | method: formula | source: ... | note ...".
std::string one_line(const grades::Conversion& c) {
  std::string line =
      fmt::format("{} {} -> {} {} | method: {} | source: {}", c.from_scale, c.from_grade.text,
                  c.to_scale, c.to_grade.text, grades::to_string(c.method), c.source);
  for (const std::string& note : c.notes) line += " | " + note;
  return line;
}

}  // namespace

void add_grade(CLI::App& app, Context& ctx) {
  auto shared = std::make_shared<GradeArgs>();
  auto& args = *shared;
  auto* grade = app.add_subcommand("grade", "Grade conversion between grading scales");
  grade->require_subcommand(1);

  auto* convert = grade->add_subcommand(
      "convert",
      "Convert a grade to another scale; print it with the method and source (exit 0 "
      "converted, 2 bad input, 1 other failure; docs/grades.md)");
  convert->add_option("--from", args.from, "the grade's scale, e.g. cn100 (orbis grade scales)")
      ->required();
  convert->add_option("--to", args.to, "the scale to convert to, e.g. de")->required();
  convert->add_option("grade", args.grade, "the grade, e.g. 85, A-, 1,3, \"30 e lode\"")
      ->required();
  convert
      ->add_option("--table", args.table_paths,
                   "a file of grade distribution tables, JSON (may be repeated)")
      ->allow_extra_args(false);
  convert->add_option("--from-table", args.from_table,
                      "the id of the source institution's table, when several are on its scale");
  convert->add_option("--to-table", args.to_table,
                      "the id of the target institution's table, when several are on its scale");
  convert
      ->add_option("--scales", args.scale_paths, "a file of custom scales, JSON (may be repeated)")
      ->allow_extra_args(false);
  convert->add_flag("--json", args.json, "print the conversion as JSON");
  on_run(*convert, ctx, [&ctx, shared] {
    const auto& args = *shared;
    const auto scales = load_scales(args.scale_paths);
    const auto tables = load_tables(args.table_paths, scales);
    auto chosen = grades::choose_tables(tables, args.from, args.to, args.from_table, args.to_table);
    if (!chosen) throw grade_failure(chosen.error());
    auto conversion = grades::convert(scales, args.from, args.to, args.grade, *chosen);
    if (!conversion) throw grade_failure(conversion.error());
    ctx.out << (args.json ? grades::to_json(*conversion) : one_line(*conversion)) << "\n";
  });

  auto* list = grade->add_subcommand("scales", "List the grading scales and the grades each takes");
  list->add_option("--scales", args.scale_paths, "a file of custom scales, JSON (may be repeated)")
      ->allow_extra_args(false);
  on_run(*list, ctx, [&ctx, shared] {
    const auto& args = *shared;
    const auto scales = load_scales(args.scale_paths);
    for (const grades::Scale* scale : scales.all()) {
      const auto& d = scale->definition();
      ctx.out << fmt::format("{:<6} {} / {}: {}\n", scale->id(), d.name_en, d.name_zh,
                             scale->describe());
    }
  });
}

}  // namespace orbis::cli
