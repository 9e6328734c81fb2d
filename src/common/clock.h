// Time. Thread-safe: SystemClock and FixedClock may be shared between threads.
//
// Nothing in Orbis reads the wall clock directly; it asks a Clock, so that tests can
// inject a fixed time.
#pragma once

#include <atomic>
#include <chrono>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace orbis {

using TimePoint = std::chrono::sys_time<std::chrono::milliseconds>;

class Clock {
 public:
  virtual ~Clock() = default;
  virtual TimePoint now() const = 0;
};

class SystemClock final : public Clock {
 public:
  TimePoint now() const override;
};

// A clock that stands still until advanced; for tests.
class FixedClock final : public Clock {
 public:
  explicit FixedClock(TimePoint start) : ms_(start.time_since_epoch().count()) {}
  TimePoint now() const override;
  void advance(std::chrono::milliseconds by) { ms_ += by.count(); }

 private:
  std::atomic<std::int64_t> ms_;
};

// "2026-11-23T16:12:37.000Z" (UTC, milliseconds).
std::string format_iso8601(TimePoint t);
// Parses the format above, and also "...Z" without fraction and "+hh:mm" offsets.
// Returns nullopt on anything else.
std::optional<TimePoint> parse_iso8601(std::string_view text);

}  // namespace orbis
