// The command line run in the test's process, as `orbis ARGS…` would run: its exit code and
// what it wrote. For the suites about the commands beside a running server. Not thread-safe
// (cli::run sets the log level).
#pragma once

#include <sstream>
#include <string>
#include <vector>

#include "cli/cli.h"

namespace orbis::testing {

struct Run {
  int code;
  std::string out, err;
};

inline Run orbis(std::vector<std::string> args, const std::string& input = "") {
  args.insert(args.begin(), "orbis");
  std::vector<const char*> argv;
  for (const auto& a : args) argv.push_back(a.c_str());
  std::istringstream in(input);
  std::ostringstream out, err;
  const int code = cli::run(static_cast<int>(argv.size()), argv.data(), in, out, err);
  return {code, out.str(), err.str()};
}

inline bool contains(const std::string& text, const std::string& part) {
  return text.find(part) != std::string::npos;
}

}  // namespace orbis::testing
