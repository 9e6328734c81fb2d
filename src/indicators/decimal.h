// Exact sums of amounts of money written as decimals ("2500.00", "12.5", "300"): the
// funding indicator adds amounts a stay records as text (domain::Money), which a binary
// floating-point sum would round.
//
// Thread-safety: pure functions.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace orbis::indicators {

// The sum of two non-negative decimals (digits with at most one '.', neither first nor last;
// an empty text is 0), written with as many decimal places as the longer of the two and no
// leading zeros ("0.50" + "2" = "2.50", "" + "" = "0"); nullopt when either is not such a
// decimal.
std::optional<std::string> add_decimals(std::string_view a, std::string_view b);

}  // namespace orbis::indicators
