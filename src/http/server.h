// The HTTP server: connections, limits and timeouts, over Boost.Beast. Requests go to the
// Router (the API) or to StaticFiles (the web front end).
//
// Thread-safety: listen() and run() from one thread; stop() from any thread.
#pragma once

#include <memory>
#include <string>

#include "common/error.h"
#include "http/router.h"
#include "http/static_files.h"

namespace orbis::http {

// Every limit is named here, after Beast's advanced server example.
inline constexpr std::size_t kMaxBodyBytes = 1 << 20;  // 1 MiB
// Uploads (agreement attachments, partner documents, CSV imports): a little over the
// 10 MiB the use cases accept, so that they, not the connection, say what is too large.
inline constexpr std::size_t kMaxUploadBytes = 11 << 20;
inline constexpr std::size_t kMaxHeaderBytes = 16 << 10;  // 16 KiB
inline constexpr int kReadTimeoutSeconds = 30;            // per request, and idle keep-alive
inline constexpr int kWriteTimeoutSeconds = 30;

struct ServerOptions {
  std::string host = "127.0.0.1";
  unsigned short port = 8080;  // 0: any free port
  int threads = 0;             // 0: one per core
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
  void stop();

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace orbis::http
