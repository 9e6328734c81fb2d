// OpenAlex works as its snapshot and API give them (https://docs.openalex.org, "Work
// object"), one JSON object per line (JSON Lines): each work's id, DOI, title, year, type and
// the institutions of its authorships with their ROR ids and countries.
//
// Thread-safety: pure functions.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "domain/research/publication.h"

namespace orbis::interop::openalex {

// A line that is not a work Orbis can count, and why.
struct LineError {
  int line = 0;       // 1-based
  std::string field;  // the work's member at fault ("publication_year"), or empty
  std::string message;
};

struct Works {
  std::vector<domain::research::Publication> works;  // in the file's order
  std::vector<int> lines;                            // each work's line, 1-based
  std::vector<LineError> errors;                     // every bad line
};

// The most works one file may hold, and the longest line.
inline constexpr std::size_t kMostWorks = 200'000;
inline constexpr std::size_t kLongestLine = 1 << 20;

// Reads every line of `text` (blank lines are skipped). A work needs an OpenAlex id
// ("https://openalex.org/W…" or "W…") and a publication year from 1900 to 2100; its
// institutions are those of its authorships, each once (by ROR id, else by OpenAlex id, else
// by name), with the ROR id's last part and the country code in upper case. A line that is
// not JSON, not an object, or lacks either is reported, and the others are still read.
Works read_works(std::string_view text);

}  // namespace orbis::interop::openalex
