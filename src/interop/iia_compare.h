// Field-by-field comparison of two versions of one agreement, for an officer to see what a
// partner's copy changes before approving it.
// Thread-safety: pure function of its arguments.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "interop/iia.h"

namespace orbis::interop {

struct FieldDifference {
  // The element's path inside `iia`, with 1-based indices on repeatable elements and
  // "/@name" for attributes: "cooperation-conditions/student-studies-mobility-spec[1]/
  // mobilities-per-year", "partner[2]/iia-code".
  std::string path;
  std::optional<std::string> ours;    // absent: our copy lacks the element
  std::optional<std::string> theirs;  // absent: their copy lacks it
  bool operator==(const FieldDifference&) const = default;
};

// Every value that differs between `ours` and `theirs`, in our document order, followed by
// the values only they have. Partners are matched by hei-id (each side lists itself first),
// so partner[n] always numbers our order; cooperation conditions are matched by position
// within their kind (the order both sides hash). iia-hash is not compared: it follows from
// the rest. Values are compared as written to XML (so 4.5 and 4.50 differ, as they hash
// differently).
std::vector<FieldDifference> compare(const Iia& ours, const Iia& theirs);

}  // namespace orbis::interop
