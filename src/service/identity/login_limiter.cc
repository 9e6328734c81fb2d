#include "service/identity/login_limiter.h"

#include <algorithm>
#include <utility>

#include "common/text.h"

namespace orbis::service {
namespace {

std::string email_key(std::string_view email) {
  return "e:" + text::to_lower_ascii(text::trim(email));
}
std::string client_key(std::string_view client) { return "c:" + std::string(client); }

}  // namespace

LoginLimiter::Attempt::Attempt(LoginLimiter* limiter, std::string email_key, std::string client_key)
    : limiter_(limiter), email_key_(std::move(email_key)), client_key_(std::move(client_key)) {}

LoginLimiter::Attempt::Attempt(Attempt&& other) noexcept
    : limiter_(std::exchange(other.limiter_, nullptr)),
      email_key_(std::move(other.email_key_)),
      client_key_(std::move(other.client_key_)) {}

LoginLimiter::Attempt::~Attempt() {
  if (!limiter_) return;
  std::lock_guard lock(limiter_->mutex_);
  limiter_->finish(email_key_, std::nullopt, false);
  limiter_->finish(client_key_, std::nullopt, false);
}

void LoginLimiter::Attempt::failed(TimePoint now) {
  if (!limiter_) return;
  std::lock_guard lock(limiter_->mutex_);
  limiter_->finish(email_key_, now, false);
  limiter_->finish(client_key_, now, false);
  limiter_ = nullptr;
}

void LoginLimiter::Attempt::succeeded() {
  if (!limiter_) return;
  std::lock_guard lock(limiter_->mutex_);
  limiter_->finish(email_key_, std::nullopt, true);
  limiter_->finish(client_key_, std::nullopt, false);
  limiter_ = nullptr;
}

LoginLimiter::LoginLimiter(LoginLimits limits) : limits_(limits) {}

int LoginLimiter::limit_of(const std::string& key) const {
  return key.starts_with("c:") ? limits_.per_client : limits_.per_email;
}

void LoginLimiter::expire(Entry& entry, TimePoint now) const {
  while (!entry.failures.empty() && now - entry.failures.front() >= limits_.window)
    entry.failures.pop_front();
}

bool LoginLimiter::full(const std::string& key, TimePoint now) {
  const auto it = entries_.find(key);
  if (it == entries_.end()) return false;
  expire(it->second, now);
  return static_cast<int>(it->second.failures.size()) + it->second.in_flight >= limit_of(key);
}

void LoginLimiter::sweep(TimePoint now) {
  last_sweep_ = now;
  for (auto it = entries_.begin(); it != entries_.end();) {
    expire(it->second, now);
    if (it->second.failures.empty() && it->second.in_flight == 0) {
      it = entries_.erase(it);
    } else {
      ++it;
    }
  }
}

LoginLimiter::Entry& LoginLimiter::entry(const std::string& key, TimePoint now) {
  if (const auto it = entries_.find(key); it != entries_.end()) return it->second;
  if (entries_.size() >= limits_.max_keys) {
    sweep(now);
    if (entries_.size() >= limits_.max_keys) {
      // Nothing has expired: the key idle longest goes (never one being checked).
      auto oldest = entries_.end();
      for (auto it = entries_.begin(); it != entries_.end(); ++it) {
        if (it->second.in_flight > 0 || it->second.failures.empty()) continue;
        if (oldest == entries_.end() || it->second.failures.back() < oldest->second.failures.back())
          oldest = it;
      }
      if (oldest != entries_.end()) entries_.erase(oldest);
    }
  }
  return entries_[key];
}

std::optional<LoginLimiter::Attempt> LoginLimiter::begin(std::string_view email,
                                                         std::string_view client, TimePoint now) {
  auto ekey = email_key(email);
  auto ckey = client_key(client);
  std::lock_guard lock(mutex_);
  if (now - last_sweep_ >= limits_.sweep_interval) sweep(now);
  if (full(ekey, now) || full(ckey, now)) return std::nullopt;
  ++entry(ekey, now).in_flight;
  ++entry(ckey, now).in_flight;
  return Attempt(this, std::move(ekey), std::move(ckey));
}

void LoginLimiter::finish(const std::string& key, std::optional<TimePoint> failed_at, bool forget) {
  const auto it = entries_.find(key);
  if (it == entries_.end()) return;
  auto& e = it->second;
  e.in_flight = std::max(0, e.in_flight - 1);
  if (failed_at) e.failures.push_back(*failed_at);
  if (forget) e.failures.clear();
  if (e.failures.empty() && e.in_flight == 0) entries_.erase(it);
}

std::chrono::seconds LoginLimiter::retry_after(std::string_view email, std::string_view client,
                                               TimePoint now) const {
  std::lock_guard lock(mutex_);
  std::chrono::seconds wait{0};
  for (const auto& key : {email_key(email), client_key(client)}) {
    const auto it = entries_.find(key);
    if (it == entries_.end()) continue;
    auto failures = it->second.failures;
    while (!failures.empty() && now - failures.front() >= limits_.window) failures.pop_front();
    const int over = static_cast<int>(failures.size()) + it->second.in_flight - limit_of(key) + 1;
    if (over <= 0) continue;
    // The attempts being checked end within seconds; the failures end with the window.
    const auto free_at = over <= static_cast<int>(failures.size())
                             ? failures[static_cast<std::size_t>(over - 1)] + limits_.window
                             : now + std::chrono::seconds(1);
    wait = std::max(wait, std::chrono::ceil<std::chrono::seconds>(free_at - now));
  }
  return wait;
}

std::size_t LoginLimiter::tracked_keys() const {
  std::lock_guard lock(mutex_);
  return entries_.size();
}

}  // namespace orbis::service
