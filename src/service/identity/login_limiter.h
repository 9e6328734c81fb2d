// Counts failed sign-ins per email and per client address within a sliding window.
//
// Thread-safety: thread-safe.
//
// An attempt is admitted only while the failures in the window plus the attempts still
// being checked stay under the limit: under concurrency the sixth wrong password of five
// allowed is refused before it is checked, not counted after. A key is forgotten once its
// window has passed, and the map never holds more than `max_keys` keys: past that, expired
// keys are swept, and if none has expired the key whose last failure is oldest goes.
#pragma once

#include <chrono>
#include <deque>
#include <mutex>
#include <optional>
#include <string>
#include <unordered_map>

#include "common/clock.h"

namespace orbis::service {

struct LoginLimits {
  int per_email = 5;
  // Higher, because an office behind one NAT address shares it.
  int per_client = 50;
  std::chrono::milliseconds window = std::chrono::minutes(15);
  std::size_t max_keys = 100'000;
  // How often every key is checked for expiry, at most.
  std::chrono::milliseconds sweep_interval = std::chrono::minutes(1);
};

class LoginLimiter {
 public:
  // One admitted attempt. Report its outcome with failed() or succeeded(); one destroyed
  // without either (the check could not be made) counts as neither.
  class Attempt {
   public:
    Attempt(Attempt&& other) noexcept;
    Attempt& operator=(Attempt&&) = delete;
    ~Attempt();
    void failed(TimePoint now);
    // Also forgets the email's earlier failures.
    void succeeded();

   private:
    friend class LoginLimiter;
    Attempt(LoginLimiter* limiter, std::string email_key, std::string client_key);
    LoginLimiter* limiter_;
    std::string email_key_, client_key_;
  };

  explicit LoginLimiter(LoginLimits limits = {});

  // Admits an attempt for `email` from `client`, or nullopt (nothing reserved) while
  // either is at its limit.
  std::optional<Attempt> begin(std::string_view email, std::string_view client, TimePoint now);
  // How long until `email` and `client` may try again (zero when they may now).
  std::chrono::seconds retry_after(std::string_view email, std::string_view client,
                                   TimePoint now) const;
  // Keys in memory, for tests and monitoring.
  std::size_t tracked_keys() const;

 private:
  struct Entry {
    std::deque<TimePoint> failures;  // oldest first, all within the window
    int in_flight = 0;
  };
  // REQUIRES: mutex_ held, for every private method below.
  void expire(Entry& entry, TimePoint now) const;
  bool full(const std::string& key, TimePoint now);
  int limit_of(const std::string& key) const;
  Entry& entry(const std::string& key, TimePoint now);
  void sweep(TimePoint now);
  void finish(const std::string& key, std::optional<TimePoint> failed_at, bool forget);

  const LoginLimits limits_;
  mutable std::mutex mutex_;
  std::unordered_map<std::string, Entry> entries_;
  TimePoint last_sweep_{};
};

}  // namespace orbis::service
