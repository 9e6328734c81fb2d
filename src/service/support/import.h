// What every CSV import reports of a bad row. Thread-safety: a plain value.
#pragma once

#include <string>

namespace orbis::service {

struct ImportRowError {
  int line = 0;  // 1-based line of the CSV file
  std::string field;
  std::string message;
};

}  // namespace orbis::service
