#include "cli/cli.h"

#include <fmt/format.h>
#include <spdlog/spdlog.h>

#include <CLI/CLI.hpp>
#include <iostream>

#include "app/config.h"
#include "cli/commands/commands.h"
#include "cli/support.h"
#include "common/crypto.h"

namespace orbis::cli {

int run(int argc, const char* const* argv, std::istream& in, std::ostream& out, std::ostream& err) {
  Context ctx{in, out, err};
  CLI::App app{"Orbis: the open-source system for a university's internationalization", "orbis"};
  app.require_subcommand(1);
  app.set_version_flag("--version", ORBIS_VERSION);
  app.failure_message([](const CLI::App* command, const CLI::Error& e) {
    return fmt::format("{}: {} (see {} --help)\n", command->get_name(), e.what(),
                       command->get_parent() ? "orbis " + command->get_name() : "orbis");
  });
  // The global options may also follow the sub-command: `orbis serve --config FILE`.
  app.fallthrough();
  std::string config_file;
  app.add_option("--config", config_file,
                 "a TOML file of settings (else ORBIS_CONFIG); ORBIS_* variables and flags "
                 "override it (docs/configuration.md)");
  add_setting(app, "--log-level", ctx.flags.log_level,
              "trace, debug, info, warn, error, critical or off (default info)")
      ->check(CLI::IsMember({"trace", "debug", "info", "warn", "error", "critical", "off"}));

  add_serve(app, ctx);
  add_migrate(app, ctx);
  add_demo(app, ctx);
  add_openapi(app, ctx);
  add_import(app, ctx);
  add_user(app, ctx);
  add_allocate(app, ctx);
  add_key(app, ctx);
  add_credential(app, ctx);
  add_verify(app, ctx);
  add_backup(app, ctx);
  add_restore(app, ctx);
  add_copy(app, ctx);
  add_audit(app, ctx);
  add_grade(app, ctx);
  add_rules(app, ctx);

  try {
    app.parse(argc, argv);
  } catch (const CLI::CallForHelp& e) {
    ctx.out << app.help();
    return 0;
  } catch (const CLI::CallForAllHelp& e) {
    ctx.out << app.help("", CLI::AppFormatMode::All);
    return 0;
  } catch (const CLI::CallForVersion&) {
    ctx.out << ORBIS_VERSION << "\n";
    return 0;
  } catch (const CLI::ParseError& e) {
    // A sub-command's --help arrives as CallForHelp from that sub-command.
    if (e.get_exit_code() == 0) {
      ctx.out << app.help();
      return 0;
    }
    ctx.err << "orbis: " << e.what() << " (see orbis --help)\n";
    return 2;
  }
  // The settings are bad input like a bad flag: one line, exit code 2.
  auto config = app::load_config(config_file, ctx.flags);
  if (!config) {
    ctx.err << "orbis: " << config.error().message << "\n";
    return 2;
  }
  ctx.config = std::move(*config);
  spdlog::set_level(spdlog::level::from_str(ctx.config.log_level));
  if (auto ok = crypto::init(); !ok) {
    ctx.err << "orbis: " << ok.error().message << "\n";
    return 1;
  }
  try {
    ctx.action();
  } catch (const Failure& f) {
    ctx.err << "orbis: " << f.message << "\n";
    return f.exit_code;
  } catch (const std::exception& e) {
    ctx.err << "orbis: unexpected error: " << e.what() << "\n";
    return 1;
  }
  return ctx.status;
}

}  // namespace orbis::cli
