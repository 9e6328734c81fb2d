#include "cli/cli.h"

#include <fmt/format.h>
#include <spdlog/spdlog.h>
#include <termios.h>
#include <unistd.h>

#include <CLI/CLI.hpp>
#include <chrono>
#include <filesystem>
#include <fstream>
#include <functional>
#include <iostream>
#include <sstream>
#include <thread>

#include "cli/grades_commands.h"
#include "cli/support.h"
#include "common/crypto.h"
#include "common/text.h"
#include "credentials/key_file.h"
#include "domain/audit.h"
#include "http/api.h"
#include "http/connections.h"
#include "http/server.h"
#include "placement/json_format.h"
#include "seed/demo.h"
#include "seed/large.h"
#include "service/audit_log.h"
#include "service/registry_import.h"
#include "service/services.h"

namespace orbis::cli {
namespace {

// Where the shipped data and the built web front end are, unless the command says.
std::string default_data_dir() {
  if (const char* env = std::getenv("ORBIS_DATA")) return env;
  return std::string(ORBIS_SOURCE_DIR) + "/data";
}
std::string default_web_root() {
  if (const char* env = std::getenv("ORBIS_WEB")) return env;
  return std::string(ORBIS_SOURCE_DIR) + "/web/dist";
}

// Reads one line: the password. Echo is turned off when standard input is a terminal.
std::string read_password(std::istream& in, std::ostream& err) {
  const bool terminal = &in == &std::cin && isatty(STDIN_FILENO);
  termios saved{};
  if (terminal) {
    err << "Password: " << std::flush;
    tcgetattr(STDIN_FILENO, &saved);
    termios quiet = saved;
    quiet.c_lflag &= ~static_cast<tcflag_t>(ECHO);
    tcsetattr(STDIN_FILENO, TCSANOW, &quiet);
  }
  std::string line;
  std::getline(in, line);
  if (terminal) {
    tcsetattr(STDIN_FILENO, TCSANOW, &saved);
    err << "\n";
  }
  while (!line.empty() && (line.back() == '\r' || line.back() == '\n')) line.pop_back();
  return line;
}

// The password policy with the shipped list of common passwords in `data_dir`.
domain::PasswordPolicy password_policy(const std::string& data_dir) {
  auto policy = service::load_password_policy(data_dir);
  if (!policy) throw failure(policy.error());
  return std::move(*policy);
}

domain::User user_by_email(store::Store& store, const std::string& email) {
  auto tx = store.begin(store::Access::read);
  if (!tx) throw failure(tx.error());
  auto user = (*tx)->users().find_by_email(text::to_lower_ascii(text::trim(email)));
  if (!user) throw failure(user.error());
  if (!*user) throw Failure{fmt::format("no user with the email '{}'", email)};
  return **user;
}

void print_import_report(std::ostream& out, const service::ImportReport& r) {
  out << fmt::format(
      "read {} records: {} new institutions, {} joined to existing ones, {} updated, {} skipped\n",
      r.read, r.created, r.merged, r.updated, r.skipped);
}

}  // namespace

std::unique_ptr<store::Store> open_store(const std::string& db, bool must_exist, std::size_t pool) {
  auto store = store::open(db, {.pool_size = pool, .must_exist = must_exist});
  if (!store) throw failure(store.error());
  return std::move(*store);
}

void require_schema(store::Store& store, const std::string& db) {
  auto version = store.schema_version();
  if (!version) throw failure(version.error());
  if (*version < store.latest_schema_version()) {
    throw Failure{fmt::format("the database {} is at schema {} of {}; run: orbis migrate --db {}",
                              db, *version, store.latest_schema_version(), db)};
  }
}

std::optional<credentials::KeyEncryptionKey> load_kek(const std::string& kek_file,
                                                      const std::string& db) {
  std::string text;
  if (!kek_file.empty()) {
    text = read_file(kek_file);
  } else if (const char* env = std::getenv("ORBIS_KEK"); env && *env) {
    text = env;
  } else if (std::filesystem::exists(db + ".kek")) {
    text = read_file(db + ".kek");
  } else {
    return std::nullopt;
  }
  auto kek = credentials::KeyEncryptionKey::from_base64(text::trim(text));
  if (!kek)
    throw Failure{"the key-encryption key is not base64 of 32 bytes: " + kek.error().message};
  return std::move(*kek);
}

Failure failure(const Error& e) {
  std::string message = e.message;
  for (const auto& f : e.fields) message += fmt::format("; {}: {}", f.field, f.message);
  return {message};
}

std::string read_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw Failure{fmt::format("cannot read {}", path)};
  std::ostringstream content;
  content << in.rdbuf();
  return content.str();
}

// Writes `content` to a temporary file beside `path`, then renames it over `path`, so that
// a reader never sees half a file and a failure leaves no file behind.
void write_file_atomically(const std::string& path, const std::string& content) {
  const std::string temporary = path + ".orbis-partial";
  {
    std::ofstream out(temporary, std::ios::binary | std::ios::trunc);
    if (!out) throw Failure{fmt::format("cannot write {}", path)};
    out << content;
    out.flush();
    if (!out) {
      std::filesystem::remove(temporary);
      throw Failure{fmt::format("cannot write {}: the disk may be full", path)};
    }
  }
  std::error_code ec;
  std::filesystem::rename(temporary, path, ec);
  if (ec) {
    std::filesystem::remove(temporary);
    throw Failure{fmt::format("cannot write {}: {}", path, ec.message())};
  }
}

int run(int argc, const char* const* argv, std::istream& in, std::ostream& out, std::ostream& err) {
  Context ctx{in, out, err, {}, 0};
  CLI::App app{"Orbis: the open-source system for a university's internationalization", "orbis"};
  app.require_subcommand(1);
  app.set_version_flag("--version", ORBIS_VERSION);
  app.failure_message([](const CLI::App* command, const CLI::Error& e) {
    return fmt::format("{}: {} (see {} --help)\n", command->get_name(), e.what(),
                       command->get_parent() ? "orbis " + command->get_name() : "orbis");
  });

  // serve
  std::string db;
  std::string host = "127.0.0.1";
  int port = 8080;
  int threads = 0;
  std::string web = default_web_root();
  std::string data_dir = default_data_dir();
  auto* serve = app.add_subcommand("serve", "Serve the API and the web front end");
  serve->add_option("--db", db, "the database: a SQLite file")->required();
  serve->add_option("--port", port, "TCP port; 0 picks a free one")->check(CLI::Range(0, 65535));
  serve->add_option("--host", host, "address to listen on");
  serve->add_option("--threads", threads, "worker threads; 0 means one per core")
      ->check(CLI::Range(0, 256));
  std::size_t max_connections = 0;
  serve->add_option("--max-connections", max_connections,
                    "open connections at most; 0 means as many as the open-file limit allows");
  serve->add_option("--web", web, "folder of the built web front end");
  serve->add_option("--data", data_dir, "folder of the shipped reference data (EWP schemas)");
  std::string kek_file, public_url;
  serve->add_option("--kek-file", kek_file,
                    "file holding the key-encryption key of the issuer keys (else ORBIS_KEK, else "
                    "DB.kek beside the database)");
  serve->add_option("--public-url", public_url,
                    "the address people reach Orbis at (did:web, QR codes)");
  bool secure_cookies = false;
  serve
      ->add_flag(
          "--secure-cookies", secure_cookies,
          "mark the sign-in cookies Secure (Orbis behind HTTPS); also ORBIS_SECURE_COOKIES=1")
      ->envname("ORBIS_SECURE_COOKIES");
  serve->callback([&] {
    ctx.action = [&] {
      // Every connection is a descriptor: take what the system allows before anything opens.
      const auto descriptors = http::raise_descriptor_limit();
      if (!descriptors) throw failure(descriptors.error());
      auto store = open_store(
          db, true,
          std::max(2,
                   threads > 0 ? threads : static_cast<int>(std::thread::hardware_concurrency())) +
              1);
      require_schema(*store, db);
      // Reads are worth serving without writes; the log and /health say why writes fail.
      if (const auto writes = store->write_health({}); !writes.writable)
        spdlog::warn("writes to {} fail: {}; serving reads only", db, writes.problem);
      SystemClock clock;
      service::CredentialsConfig credentials_config;
      credentials_config.kek = load_kek(kek_file, db);
      if (!credentials_config.kek) {
        spdlog::warn(
            "no key-encryption key (--kek-file, ORBIS_KEK or {}.kek): credentials can be verified "
            "but not issued",
            db);
      }
      service::Services services(*store, clock, data_dir, std::move(credentials_config));
      if (auto ok = services.load(); !ok) throw failure(ok.error());
      http::Router router(services.auth);
      http::add_api_routes(router, services, {.secure_cookies = secure_cookies});
      http::StaticFiles files(web);
      http::Server server(router, files,
                          {host, static_cast<unsigned short>(port), threads, max_connections});
      auto bound = server.listen();
      if (!bound) throw failure(bound.error());
      spdlog::info("open files: soft limit {} (was {}), hard limit {}; at most {} connections",
                   descriptors->soft, descriptors->soft_before, descriptors->hard,
                   server.max_connections());
      spdlog::info("{} institutions in the registry; web front end from {}",
                   services.registry.size(), web);
      if (!public_url.empty()) {
        if (auto ok = services.credentials.set_public_url(public_url, true); !ok)
          throw failure(ok.error());
      } else if (!services.credentials.has_public_url()) {
        const auto here =
            fmt::format("http://{}:{}", host == "127.0.0.1" ? "localhost" : host, *bound);
        if (auto ok = services.credentials.set_public_url(here, false); !ok)
          throw failure(ok.error());
      }
      ctx.out << fmt::format("listening on http://{}:{}", host, *bound) << std::endl;
      server.run();
    };
  });

  // migrate
  auto* migrate = app.add_subcommand("migrate", "Create or upgrade the database schema");
  migrate->add_option("--db", db, "the database: a SQLite file")->required();
  migrate->callback([&] {
    ctx.action = [&] {
      auto store = open_store(db, false);
      auto version = store->migrate();
      if (!version) throw failure(version.error());
      ctx.out << fmt::format("{} is at schema version {}\n", db, *version);
    };
  });

  // demo
  auto* demo = app.add_subcommand("demo", "Create a new database with the demo data");
  demo->add_option("--db", db, "the new database file")->required();
  demo->add_option("--data", data_dir, "folder with ror_subset.csv and world_universities.json");
  std::string scale = "demo";
  demo->add_option("--scale", scale,
                   "demo: the demo; large: the demo inside a large university (200,000 people, "
                   "500,000 applications; a few minutes and about a gigabyte)")
      ->check(CLI::IsMember({"demo", "large"}));
  seed::ScaleOptions scale_options;
  demo->add_option("--people", scale_options.people,
                   "with --scale large: people beyond the demo's; the rest follows in proportion")
      ->check(CLI::Range(std::size_t{1'000}, std::size_t{10'000'000}));
  demo->add_option("--seed", scale_options.seed, "with --scale large: the random seed");
  demo->callback([&] {
    ctx.action = [&] {
      auto store = open_store(db, false);
      SystemClock clock;
      // The demo's key-encryption key lives beside its database, where `orbis serve` finds
      // it; a real deployment keeps it elsewhere (ORBIS_KEK or --kek-file).
      const std::string kek_text = crypto::base64url(crypto::random_bytes(32));
      write_file_atomically(db + ".kek", kek_text + "\n");
      std::filesystem::permissions(
          db + ".kek", std::filesystem::perms::owner_read | std::filesystem::perms::owner_write);
      auto kek = credentials::KeyEncryptionKey::from_base64(kek_text);
      if (!kek) throw failure(kek.error());
      if (scale == "large") {
        const auto started = std::chrono::steady_clock::now();
        auto large = seed::create_large(*store, clock, data_dir, scale_options, std::move(*kek));
        if (!large) throw failure(large.error());
        const auto took = std::chrono::duration<double>(std::chrono::steady_clock::now() - started);
        ctx.out << fmt::format(
            "the demo inside a large university (seed {}), built in {:.0f} s:\n"
            "{} more schools, {} agreements with {} partners, {} people, {} programmes, {} calls "
            "with {} applications, {} stays ({} nominated by partners), {} learning agreements\n",
            scale_options.seed, took.count(), large->org_units, large->agreements, large->partners,
            large->people, large->programmes, large->calls, large->applications, large->mobilities,
            large->nominations, large->learning_agreements);
        ctx.out << fmt::format("demo accounts (password {}):\n", seed::kDemoPassword);
        for (const auto& a : large->demo.accounts)
          ctx.out << fmt::format("  {:<32} {:<12} {}\n", a.email, a.role, a.scope);
        return;
      }
      auto report = seed::create_demo(*store, clock, data_dir, std::move(*kek));
      if (!report) throw failure(report.error());
      print_import_report(ctx.out, report->registry);
      ctx.out << fmt::format("home institution: {}\n", report->home);
      ctx.out << fmt::format(
          "{} credentials issued (one revoked); their key-encryption key is in {}.kek\n",
          report->credentials, db);
      ctx.out << fmt::format("{} agreements with partners in the registry\n", report->agreements);
      ctx.out << fmt::format("{} students and staff, at Westlake and at partners\n",
                             report->people);
      ctx.out << fmt::format(
          "{} programmes, {} calls for applications with {} applications, {} stays in both "
          "directions\n",
          report->programmes, report->calls, report->applications, report->mobilities);
      ctx.out << fmt::format("demo accounts (password {}):\n", seed::kDemoPassword);
      for (const auto& a : report->accounts)
        ctx.out << fmt::format("  {:<32} {:<12} {}\n", a.email, a.role, a.scope);
    };
  });

  // openapi
  auto* openapi = app.add_subcommand(
      "openapi",
      "Print the OpenAPI document the server serves at /api/v1/openapi.json (for generating "
      "clients)");
  openapi->callback([&] {
    ctx.action = [&] {
      // The document describes the routes, not the data: the routes are registered on
      // services over an empty in-memory database, which nothing reads or writes.
      auto store = open_store(":memory:", false, 1);
      SystemClock clock;
      service::Services services(*store, clock);
      http::Router router(services.auth);
      http::add_api_routes(router, services);
      ctx.out << http::openapi_document(router).dump(2) << "\n";
    };
  });

  // import institutions
  std::vector<std::string> files;
  auto* import = app.add_subcommand("import", "Import data from files");
  import->require_subcommand(1);
  auto* import_institutions =
      import->add_subcommand("institutions",
                             "Import a ROR .csv export and/or a world-universities .json list "
                             "(default: the shipped data)");
  import_institutions->add_option("--db", db, "the database")->required();
  import_institutions->add_option("files", files, "files to import")->check(CLI::ExistingFile);
  import_institutions->callback([&] {
    ctx.action = [&] {
      auto store = open_store(db, true);
      require_schema(*store, db);
      if (files.empty())
        files = {default_data_dir() + "/ror_subset.csv",
                 default_data_dir() + "/world_universities.json"};
      std::vector<service::ImportSource> sources;
      for (const auto& f : files)
        sources.push_back({std::filesystem::path(f).filename().string(), read_file(f)});
      SystemClock clock;
      auto report =
          service::import_institutions(*store, clock, domain::Actor::command_line(), sources);
      if (!report) throw failure(report.error());
      print_import_report(ctx.out, *report);
      for (const auto& w : report->warnings) ctx.err << "warning: " << w << "\n";
    };
  });

  // user add
  std::string email, role, name, scope_unit, scope_institution;
  auto* user = app.add_subcommand("user", "Manage user accounts");
  user->require_subcommand(1);
  auto* user_add =
      user->add_subcommand("add", "Add a user; the password is read from standard input");
  user_add->add_option("--db", db, "the database")->required();
  user_add->add_option("--email", email, "the user's email")->required();
  user_add->add_option("--role", role, "admin, officer, coordinator, student, partner or viewer")
      ->required();
  user_add->add_option("--name", name, "the user's name");
  user_add->add_option("--org-unit", scope_unit, "coordinator's org unit id");
  user_add->add_option("--institution", scope_institution,
                       "partner's institution: an id or a ROR id");
  user_add->add_option("--data", data_dir, "folder of the shipped data (the common passwords)");
  user_add->callback([&] {
    ctx.action = [&] {
      domain::User u;
      u.email = email;
      u.name = name;
      const auto parsed = domain::parse_role(role);
      if (!parsed)
        throw Failure{fmt::format(
            "'{}' is not a role; use admin, officer, coordinator, student, partner or viewer",
            role)};
      u.role = *parsed;
      auto store = open_store(db, true);
      require_schema(*store, db);
      if (!scope_unit.empty()) {
        if (scope_unit.find_first_not_of("0123456789") != std::string::npos)
          throw Failure{"--org-unit takes a numeric id"};
        u.org_unit = OrgUnitId{std::stoll(scope_unit)};
      }
      if (!scope_institution.empty()) {
        if (scope_institution.find_first_not_of("0123456789") == std::string::npos) {
          u.institution = InstitutionId{std::stoll(scope_institution)};
        } else {
          auto tx = store->begin(store::Access::read);
          if (!tx) throw failure(tx.error());
          const auto ror = domain::normalize_ror_id(scope_institution);
          auto found = ror ? (*tx)->institutions().find_by_ror(*ror)
                           : Result<std::optional<InstitutionId>>(std::nullopt);
          if (!found) throw failure(found.error());
          if (!*found)
            throw Failure{
                fmt::format("no institution with the id or ROR id '{}'", scope_institution)};
          u.institution = **found;
        }
      }
      const auto password = read_password(ctx.in, ctx.err);
      SystemClock clock;
      const auto policy = password_policy(data_dir);
      service::Users users(*store, clock, policy);
      auto added = users.add(domain::Actor::command_line(), u, password);
      if (!added) throw failure(added.error());
      ctx.out << fmt::format("added {} ({}), user id {}\n", added->email,
                             domain::to_string(added->role), added->id.value);
    };
  });

  // user list, disable, enable, reset-password
  auto* user_list = user->add_subcommand("list", "List the users with their role and state");
  user_list->add_option("--db", db, "the database")->required();
  user_list->callback([&] {
    ctx.action = [&] {
      auto store = open_store(db, true);
      require_schema(*store, db);
      SystemClock clock;
      service::Users users(*store, clock);
      // Every user, a page at a time.
      service::PageRequest page;
      do {
        auto list = users.list(domain::Actor::command_line(), page);
        if (!list) throw failure(list.error());
        for (const auto& u : list->items) {
          ctx.out << fmt::format("{:<36} {:<12} {:<8}{}\n", u.email, domain::to_string(u.role),
                                 u.active ? "active" : "disabled",
                                 u.totp_enabled ? " second factor" : "");
        }
        page.cursor = list->next.value_or("");
      } while (!page.cursor.empty());
    };
  });

  bool enable_user = false;
  for (const bool enabling : {false, true}) {
    auto* command = user->add_subcommand(
        enabling ? "enable" : "disable",
        enabling ? "Enable a disabled user"
                 : "Disable a user: every session and calendar feed token ends at once");
    command->add_option("--db", db, "the database")->required();
    command->add_option("--email", email, "the user's email")->required();
    command->callback([&, enabling] {
      enable_user = enabling;
      ctx.action = [&] {
        auto store = open_store(db, true);
        require_schema(*store, db);
        const auto found = user_by_email(*store, email);
        SystemClock clock;
        service::Users users(*store, clock);
        service::UserChange change;
        change.active = enable_user;
        auto changed = users.update(domain::Actor::command_line(), found.id, found.version, change);
        if (!changed) throw failure(changed.error());
        ctx.out << fmt::format("{} is {}\n", changed->email,
                               changed->active ? "enabled" : "disabled; its sessions have ended");
      };
    });
  }

  bool remove_second_factor = false;
  auto* user_reset = user->add_subcommand(
      "reset-password",
      "Set a user's password (read from standard input) and end their sessions: the way "
      "back in for a locked-out admin");
  user_reset->add_option("--db", db, "the database")->required();
  user_reset->add_option("--email", email, "the user's email")->required();
  user_reset->add_flag("--remove-totp", remove_second_factor,
                       "also remove the user's second factor (a lost phone)");
  user_reset->add_option("--data", data_dir, "folder of the shipped data (the common passwords)");
  user_reset->callback([&] {
    ctx.action = [&] {
      auto store = open_store(db, true);
      require_schema(*store, db);
      const auto found = user_by_email(*store, email);
      const auto password = read_password(ctx.in, ctx.err);
      SystemClock clock;
      const auto policy = password_policy(data_dir);
      service::Users users(*store, clock, policy);
      auto changed = users.set_password(domain::Actor::command_line(), found.email, password);
      if (!changed) throw failure(changed.error());
      if (remove_second_factor && changed->totp_enabled) {
        auto removed = users.remove_second_factor(domain::Actor::command_line(), found.id);
        if (!removed) throw failure(removed.error());
      }
      ctx.out << fmt::format("the password of {} is set; its sessions have ended{}\n",
                             changed->email,
                             remove_second_factor ? ", and it has no second factor" : "");
    };
  });

  // allocate
  std::string input_path, output_path, mode_name = "stable";
  std::optional<std::uint64_t> seed;
  auto* allocate = app.add_subcommand(
      "allocate", "Place applicants into exchange seats (format: docs/placement.md)");
  allocate->add_option("--input", input_path, "the call: offers and applicants, JSON")->required();
  allocate->add_option("--output", output_path, "where to write the result, JSON")->required();
  allocate
      ->add_option("--mode", mode_name,
                   "stable (deferred acceptance) or optimal (least total rank)")
      ->check(CLI::IsMember({"stable", "optimal"}));
  allocate->add_option("--seed", seed, "tie-break seed; overrides the input's");
  allocate->callback([&] {
    ctx.action = [&] {
      const auto input = read_file(input_path);
      placement::Options options;
      options.mode = *placement::parse_mode(mode_name);
      options.seed = seed;
      auto result = placement::allocate_json(input, options);
      if (!result) throw failure(result.error());
      write_file_atomically(output_path, *result);
    };
  });

  CredentialArgs credential_args;
  add_credential_commands(app, ctx, credential_args);
  OperationsArgs operations_args;
  add_operations_commands(app, ctx, operations_args);
  GradeArgs grade_args;
  add_grade_commands(app, ctx, grade_args);

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
