// The one wiring of a running Orbis: the store, the use cases, the API routes and the HTTP
// server, built from a Config. `orbis serve` runs it, and so do the API tests (with their
// own clock and port 0), so that the tests run what is served.
//
// Thread-safety: start() and run() from one thread; stop() from any thread. The accessors
// return objects whose own headers say how they may be shared.
#pragma once

#include <memory>
#include <optional>
#include <string>

#include "app/config.h"
#include "app/scheduler.h"
#include "common/clock.h"
#include "common/error.h"
#include "credentials/key_file.h"
#include "http/routing/router.h"
#include "http/server/server.h"
#include "http/server/static_files.h"
#include "service/services.h"
#include "store/store.h"

namespace orbis::app {

// failed_precondition, naming `orbis migrate`, unless the database `database` of `store`
// is at this build's schema; the store's error when its version cannot be read.
Status require_schema(store::Store& store, const std::string& database);

// The key-encryption key of the issuer keys: from config.kek_file, else config.kek, else
// DATABASE.kek beside the database (what `orbis demo` writes); nullopt when there is none.
// invalid_argument when the file cannot be read or the text is not base64 of 32 bytes.
Result<std::optional<credentials::KeyEncryptionKey>> load_kek(const Config& config);

class Application {
 public:
  // Opens config.database (which must exist and be at this build's schema) with a
  // connection per worker thread, one more, and `extra_connections` for a caller that uses
  // the store from threads of its own (the API tests); builds and loads the services on `clock`
  // (which must outlive the application), adds the API routes, and binds to
  // config.host:config.port. Without a key-encryption key credentials can be verified but
  // not issued (a warning is logged). The public URL becomes config.public_url (recorded),
  // else, when none is recorded, the bound address.
  // Errors: the store's (not_found for a missing database), failed_precondition for an old
  // schema, the services' load, listen's (unavailable when the address is taken).
  static Result<std::unique_ptr<Application>> start(const Config& config, const Clock& clock,
                                                    std::size_t extra_connections = 0);

  ~Application() = default;
  Application(const Application&) = delete;
  Application& operator=(const Application&) = delete;

  // The port bound (the chosen one when config.port is 0).
  unsigned short port() const { return port_; }
  // Serves until stop() or SIGINT/SIGTERM, taking its turn at the scheduled work unless
  // config.scheduled_work is off; returns when every thread has finished (and the
  // scheduled work's lease is released).
  void run();
  void stop() { server_->stop(); }

  store::Store& store() { return *store_; }
  service::Services& services() { return *services_; }
  const http::Router& router() const { return *router_; }
  const http::Server& server() const { return *server_; }
  // The scheduled work (null when config.scheduled_work is off).
  Scheduler* scheduler() { return scheduler_.get(); }

 private:
  Application() = default;

  // Built in this order; each refers to the ones before it, and they go in reverse.
  std::unique_ptr<store::Store> store_;
  std::unique_ptr<service::Services> services_;
  std::unique_ptr<http::Router> router_;
  std::unique_ptr<http::StaticFiles> files_;
  std::unique_ptr<http::Server> server_;
  std::unique_ptr<Scheduler> scheduler_;
  unsigned short port_ = 0;
};

}  // namespace orbis::app
