#include "http/server/connections.h"

#include <sys/resource.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <vector>

namespace orbis::http {

Result<std::uint64_t> descriptor_limit() {
  rlimit limit{};
  if (getrlimit(RLIMIT_NOFILE, &limit) != 0)
    return fail(Error::unavailable(std::string("cannot read the open-file limit: ") +
                                   std::strerror(errno)));
  return static_cast<std::uint64_t>(limit.rlim_cur);
}

Result<DescriptorLimit> raise_descriptor_limit() {
  rlimit limit{};
  if (getrlimit(RLIMIT_NOFILE, &limit) != 0)
    return fail(Error::unavailable(std::string("cannot read the open-file limit: ") +
                                   std::strerror(errno)));
  DescriptorLimit out{limit.rlim_cur, limit.rlim_cur, limit.rlim_max};
  if (limit.rlim_cur < limit.rlim_max) {
    // An unlimited hard limit is not a valid soft one for descriptors (Linux caps it at
    // fs.nr_open); a million is more connections than one process serves.
    const rlim_t target = limit.rlim_max == RLIM_INFINITY
                              ? std::max<rlim_t>(limit.rlim_cur, 1 << 20)
                              : limit.rlim_max;
    rlimit raised{target, limit.rlim_max};
    if (setrlimit(RLIMIT_NOFILE, &raised) == 0) out.soft = target;
  }
  return out;
}

std::size_t connection_cap(std::uint64_t soft_limit) {
  const std::uint64_t cap =
      soft_limit > 2 * kReservedDescriptors ? soft_limit - kReservedDescriptors : soft_limit / 2;
  return static_cast<std::size_t>(std::clamp<std::uint64_t>(cap, 1, SIZE_MAX / 2));
}

std::size_t ConnectionTable::cap() const {
  std::lock_guard lock(mutex_);
  return cap_;
}

void ConnectionTable::set_cap(std::size_t cap) {
  std::lock_guard lock(mutex_);
  cap_ = std::max<std::size_t>(cap, 1);
}

void ConnectionTable::add(const std::shared_ptr<Connection>& connection) {
  std::lock_guard lock(mutex_);
  auto& entry = entries_[connection.get()];
  entry.connection = connection;
  entry.state = State::waiting;
  entry.in_line = waiting_.insert(waiting_.end(), connection.get());
}

void ConnectionTable::remove(const Connection* connection) {
  std::lock_guard lock(mutex_);
  const auto it = entries_.find(connection);
  if (it == entries_.end()) return;
  set_state(connection, State::closing);
  entries_.erase(it);
}

void ConnectionTable::waiting(const Connection* connection) {
  std::lock_guard lock(mutex_);
  set_state(connection, State::waiting);
}

void ConnectionTable::working(const Connection* connection) {
  std::lock_guard lock(mutex_);
  set_state(connection, State::working);
}

void ConnectionTable::closing(const Connection* connection) {
  std::lock_guard lock(mutex_);
  set_state(connection, State::closing);
}

void ConnectionTable::set_state(const Connection* connection, State state) {
  const auto it = entries_.find(connection);
  if (it == entries_.end()) return;
  auto& entry = it->second;
  if (entry.state == state) {
    // Waiting again after a response: to the back of the line.
    if (state == State::waiting) waiting_.splice(waiting_.end(), waiting_, entry.in_line);
    return;
  }
  if (entry.state == State::waiting && entry.in_line != waiting_.end()) {
    waiting_.erase(entry.in_line);
  }
  if (entry.state == State::working) --in_flight_;
  entry.in_line = waiting_.end();
  entry.state = state;
  if (state == State::waiting) entry.in_line = waiting_.insert(waiting_.end(), connection);
  if (state == State::working) ++in_flight_;
}

std::size_t ConnectionTable::open() const {
  std::lock_guard lock(mutex_);
  return entries_.size();
}

std::size_t ConnectionTable::in_flight() const {
  std::lock_guard lock(mutex_);
  return in_flight_;
}

bool ConnectionTable::full() const {
  std::lock_guard lock(mutex_);
  return entries_.size() >= cap_;
}

std::size_t ConnectionTable::shed_waiting(std::size_t count) {
  std::vector<std::shared_ptr<Connection>> chosen;
  {
    std::lock_guard lock(mutex_);
    while (chosen.size() < count && !waiting_.empty()) {
      const Connection* oldest = waiting_.front();
      auto& entry = entries_.at(oldest);
      // Out of the line, so that the next call picks others; it closes soon.
      waiting_.pop_front();
      entry.in_line = waiting_.end();
      entry.state = State::closing;
      if (auto connection = entry.connection.lock()) chosen.push_back(std::move(connection));
    }
  }
  // Outside the lock: shedding runs on the connection's own executor.
  for (const auto& connection : chosen) connection->shed();
  return chosen.size();
}

}  // namespace orbis::http
