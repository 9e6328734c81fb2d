// Internal to the command line: the grade conversion commands (orbis grade convert, orbis
// grade scales). Not thread-safe.
#pragma once

#include <CLI/CLI.hpp>
#include <string>
#include <vector>

#include "cli/support.h"

namespace orbis::cli {

// The options of the grade commands; owned by run(), so nothing outlives one call.
struct GradeArgs {
  std::string from, to, grade, from_table, to_table;
  std::vector<std::string> table_paths, scale_paths;
  bool json = false;
};

// Exit codes: 0 converted, 2 a bad argument (unknown scale, grade outside its scale, a table
// or scale file that cannot be read or is invalid), 1 any other failure.
void add_grade_commands(CLI::App& app, Context& ctx, GradeArgs& args);

}  // namespace orbis::cli
