// The HTTP server: connections, limits and timeouts, over Boost.Beast. Requests go to the
// Router (the API) or to StaticFiles (the web front end).
//
// A request is read in two steps: its head, then — once the router has matched the route
// and admitted the caller — its body, up to the route's own limit. Refusals (401, 403,
// 404, 405, 413) are sent without reading the body.
//
// Thread-safety: listen() and run() from one thread; stop() from any thread.
#pragma once

#include <chrono>
#include <memory>
#include <string>

#include "common/error.h"
#include "http/routing/router.h"
#include "http/server/forwarded.h"
#include "http/server/static_files.h"

namespace orbis::http {

// Every limit is named here, after Beast's advanced server example. Body limits belong to
// the routes (kMaxBodyBytes and kMaxUploadBytes in router.h).
inline constexpr std::size_t kMaxHeaderBytes = 16 << 10;        // 16 KiB
inline constexpr auto kReadTimeout = std::chrono::seconds(30);  // per request, and idle keep-alive
inline constexpr auto kWriteTimeout = std::chrono::seconds(30);
// After a refusal the rest of the body is read and thrown away, up to this much and this
// long, before the connection closes: a client that sends its whole body before reading
// then reads the answer instead of a reset. Enough for a body a little over an upload's.
inline constexpr std::size_t kMaxDrainBytes = 16 << 20;
inline constexpr auto kDrainTimeout = std::chrono::seconds(5);
// On SIGTERM (or stop()) the requests in flight get this long to finish; new requests on
// open connections are answered 503 with this Retry-After meanwhile.
inline constexpr auto kShutdownGrace = std::chrono::seconds(10);
inline constexpr auto kRetryAfter = std::chrono::seconds(5);
// When accept() finds no descriptor left (EMFILE, ENFILE): wait this long before trying
// again instead of spinning, after shedding this many idle connections.
inline constexpr auto kAcceptBackoff = std::chrono::milliseconds(100);
inline constexpr std::size_t kShedOnExhaustion = 16;

struct ServerOptions {
  std::string host = "127.0.0.1";
  unsigned short port = 8080;  // 0: any free port
  int threads = 0;             // 0: one per core
  // Open connections at most; 0: as many as the open-file limit leaves room for. At the cap
  // the connection that has waited longest for a request is closed to make room; when
  // none waits, the newcomer is answered 503.
  std::size_t max_connections = 0;
  // The proxies whose X-Forwarded-For names the client (a request's `client`).
  TrustedProxies trusted_proxies;
};

class Server {
 public:
  Server(const Router& router, const StaticFiles& files, ServerOptions options);
  ~Server();

  // Binds and listens; returns the port (the chosen one when options.port is 0).
  // unavailable when the address is taken, invalid_argument for a bad host.
  Result<unsigned short> listen();
  // Serves until stop() or SIGINT/SIGTERM; returns when every thread has finished.
  void run();
  // Stops gracefully: no new connections; requests in flight finish (for at most
  // kShutdownGrace) and their responses close the connection; a new request on an open
  // connection gets a 503 problem with Retry-After. run() then returns.
  void stop();
  // The most connections open at once (after listen()).
  std::size_t max_connections() const;

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace orbis::http
