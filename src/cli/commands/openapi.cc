// orbis openapi: prints the OpenAPI document the server serves.
#include <ostream>

#include "cli/commands/commands.h"
#include "http/api/api.h"
#include "service/services.h"

namespace orbis::cli {

void add_openapi(CLI::App& app, Context& ctx) {
  auto* openapi = app.add_subcommand(
      "openapi",
      "Print the OpenAPI document the server serves at /api/v1/openapi.json (for generating "
      "clients)");
  on_run(*openapi, ctx, [&ctx] {
    // The document describes the routes, not the data: the routes are registered on
    // services over an empty in-memory database, which nothing reads or writes.
    auto store = open_store(":memory:", false, 1);
    SystemClock clock;
    service::Services services(*store, clock);
    http::Router router(services.auth);
    http::add_api_routes(router, services);
    ctx.out << http::openapi_document(router).dump(2) << "\n";
  });
}

}  // namespace orbis::cli
