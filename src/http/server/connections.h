// Open connections and the descriptors they use: how many the open-file limit allows,
// which connections wait for a request (and may be shed, oldest first), and how many
// requests are in flight (which a graceful stop waits for).
//
// Thread-safety: ConnectionTable is thread-safe. Connection::shed() may be called from any
// thread.
#pragma once

#include <cstddef>
#include <cstdint>
#include <list>
#include <memory>
#include <mutex>
#include <unordered_map>

#include "common/error.h"

namespace orbis::http {

// Descriptors kept free for what is not a connection: the database, its WAL and shared
// memory on every pooled connection, static files read per request, logs, and the event
// loop's own.
inline constexpr std::size_t kReservedDescriptors = 64;

struct DescriptorLimit {
  std::uint64_t soft_before = 0;  // the soft RLIMIT_NOFILE the process started with
  std::uint64_t soft = 0;         // the soft limit now
  std::uint64_t hard = 0;
};

// Raises the soft open-file limit to the hard one, since every connection is a descriptor.
// unavailable when the limits cannot be read; when raising fails the soft limit stays.
Result<DescriptorLimit> raise_descriptor_limit();

// The soft open-file limit now; unavailable when it cannot be read.
Result<std::uint64_t> descriptor_limit();

// How many connections fit in `soft_limit` descriptors beside kReservedDescriptors (half
// the limit when it is too small for the reserve); at least 1.
std::size_t connection_cap(std::uint64_t soft_limit);

// A connection the table can ask to close.
class Connection {
 public:
  virtual ~Connection() = default;
  // Closes the connection if it still waits for a request; does nothing otherwise.
  virtual void shed() = 0;
};

class ConnectionTable {
 public:
  explicit ConnectionTable(std::size_t cap) : cap_(cap) {}

  std::size_t cap() const;
  // Connections already open over a new cap stay until they close.
  void set_cap(std::size_t cap);

  // A new connection, waiting for its first request.
  void add(const std::shared_ptr<Connection>& connection);
  void remove(const Connection* connection);
  // The connection waits for a request: idle, and the first to be shed, oldest first.
  void waiting(const Connection* connection);
  // It reads, handles or answers a request: in flight.
  void working(const Connection* connection);
  // Neither: its last response is out and it is closing.
  void closing(const Connection* connection);

  std::size_t open() const;
  std::size_t in_flight() const;
  bool full() const;  // open() >= cap()

  // Asks up to `count` of the connections that have waited longest for a request to close;
  // returns how many it asked (they close on their own executors, soon after).
  std::size_t shed_waiting(std::size_t count);

 private:
  enum class State { waiting, working, closing };
  struct Entry {
    std::weak_ptr<Connection> connection;
    State state = State::waiting;
    std::list<const Connection*>::iterator in_line;  // in waiting_ when waiting
  };
  // REQUIRES: mutex_ held.
  void set_state(const Connection* connection, State state);

  mutable std::mutex mutex_;
  std::size_t cap_;
  std::size_t in_flight_ = 0;
  std::unordered_map<const Connection*, Entry> entries_;
  std::list<const Connection*> waiting_;  // the longest waiting first
};

}  // namespace orbis::http
