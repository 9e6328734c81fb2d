// XML Schema dateTimeStamp values, the form of validFrom, validUntil and proof created.
// Thread-safe: free functions over values.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "common/clock.h"

namespace orbis::credentials {

// The instant of an xsd:dateTimeStamp, e.g. "2023-01-01T00:00:00Z",
// "2023-01-01T08:00:00.5+08:00", "2023-01-01T24:00:00Z" (the next midnight). The time zone
// is required. Years 0001..9999 only; fractions finer than a millisecond are truncated.
// Returns nullopt for anything else.
std::optional<TimePoint> parse_xml_datetime(std::string_view text);

// `t` as "YYYY-MM-DDThh:mm:ssZ", whole seconds (rounded down), UTC.
std::string format_xml_datetime(TimePoint t);

}  // namespace orbis::credentials
