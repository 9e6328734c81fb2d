// orbis serve: the API and the web front end, wired by app::Application.
#include <fmt/format.h>
#include <spdlog/spdlog.h>

#include <ostream>

#include "app/application.h"
#include "cli/commands/commands.h"
#include "http/server/connections.h"

namespace orbis::cli {

void add_serve(CLI::App& app, Context& ctx) {
  auto* serve = app.add_subcommand("serve", "Serve the API and the web front end");
  auto& flags = ctx.flags;
  add_setting(*serve, "--db", flags.database,
              "the database: a SQLite file or a PostgreSQL URL (postgresql://user@host/db)");
  add_setting(*serve, "--port", flags.port, "TCP port; 0 picks a free one")
      ->check(CLI::Range(0, 65535));
  add_setting(*serve, "--host", flags.host, "address to listen on");
  add_setting(*serve, "--threads", flags.threads, "worker threads; 0 means one per core")
      ->check(CLI::Range(0, 256));
  add_setting(*serve, "--max-connections", flags.max_connections,
              "open connections at most; 0 means as many as the open-file limit allows");
  add_setting(*serve, "--web", flags.web_root, "folder of the built web front end");
  add_setting(*serve, "--data", flags.data_dir,
              "folder of the shipped reference data (EWP schemas)");
  add_setting(*serve, "--kek-file", flags.kek_file,
              "file holding the key-encryption key of the issuer keys (else ORBIS_KEK, else "
              "DB.kek beside the database)");
  add_setting(*serve, "--public-url", flags.public_url,
              "the address people reach Orbis at (did:web, QR codes)");
  serve->add_flag_callback(
      "--secure-cookies", [&flags] { flags.secure_cookies = true; },
      "mark the sign-in cookies Secure (Orbis behind HTTPS); also ORBIS_SECURE_COOKIES=1");
  on_run(*serve, ctx, [&ctx] {
    ctx.database();  // a Failure when none is given, before anything else happens
    const auto& config = ctx.config;
    // Every connection is a descriptor: take what the system allows before anything opens.
    const auto descriptors = http::raise_descriptor_limit();
    if (!descriptors) throw failure(descriptors.error());
    SystemClock clock;
    auto started = app::Application::start(config, clock);
    if (!started) throw failure(started.error());
    auto& orbis = **started;
    // Reads are worth serving without writes; the log and /health say why writes fail.
    if (const auto writes = orbis.store().write_health({}); !writes.writable)
      spdlog::warn("writes to {} fail: {}; serving reads only", config.database, writes.problem);
    spdlog::info("open files: soft limit {} (was {}), hard limit {}; at most {} connections",
                 descriptors->soft, descriptors->soft_before, descriptors->hard,
                 orbis.server().max_connections());
    spdlog::info("{} institutions in the registry; web front end from {}",
                 orbis.services().registry.size(), config.web_root);
    ctx.out << fmt::format("listening on http://{}:{}", config.host, orbis.port()) << '\n'
            << std::flush;  // scripts wait for this line
    orbis.run();
  });
}

}  // namespace orbis::cli
