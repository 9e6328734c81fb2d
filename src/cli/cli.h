// The `orbis` command line. Thread-safety: call run() once, from main().
#pragma once

#include <iosfwd>

namespace orbis::cli {

// Parses the arguments, loads the settings (app/config.h) and runs the sub-command. Exit
// codes: 0 success, 1 the command failed (one line on stderr says why), 2 bad arguments or
// settings: a flag, the configuration file or an ORBIS_* variable (one line on stderr).
// The streams are parameters so that tests can capture them.
int run(int argc, const char* const* argv, std::istream& in, std::ostream& out, std::ostream& err);

}  // namespace orbis::cli
