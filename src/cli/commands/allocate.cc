// orbis allocate: places applicants into exchange seats, from file to file
// (docs/placement.md).
#include <optional>

#include "cli/commands/commands.h"
#include "placement/json_format.h"

namespace orbis::cli {
namespace {

struct AllocateArgs {
  std::string input_path, output_path, mode_name = "stable";
  std::optional<std::uint64_t> seed;
};

}  // namespace

void add_allocate(CLI::App& app, Context& ctx) {
  auto args = std::make_shared<AllocateArgs>();
  auto* allocate = app.add_subcommand(
      "allocate", "Place applicants into exchange seats (format: docs/placement.md)");
  allocate->add_option("--input", args->input_path, "the call: offers and applicants, JSON")
      ->required();
  allocate->add_option("--output", args->output_path, "where to write the result, JSON")
      ->required();
  allocate
      ->add_option("--mode", args->mode_name,
                   "stable (deferred acceptance) or optimal (least total rank)")
      ->check(CLI::IsMember({"stable", "optimal"}));
  allocate->add_option("--seed", args->seed, "tie-break seed; overrides the input's");
  on_run(*allocate, ctx, [args] {
    const auto input = read_file(args->input_path);
    placement::Options options;
    options.mode = *placement::parse_mode(args->mode_name);
    options.seed = args->seed;
    auto result = placement::allocate_json(input, options);
    if (!result) throw failure(result.error());
    write_file_atomically(args->output_path, *result);
  });
}

}  // namespace orbis::cli
