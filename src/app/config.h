// Orbis's settings and where they come from. Thread-safety: plain values and pure
// functions; load_config reads the environment through the function it is given.
//
// Four sources, each overriding the one before (docs/configuration.md):
//   1. the built-in defaults (Config's member initializers and defaults());
//   2. a TOML file: --config FILE, else ORBIS_CONFIG (orbis.example.toml lists every key);
//   3. the environment: ORBIS_DB, ORBIS_HOST, ... (one per file key, and ORBIS_KEK);
//   4. the command-line flags (Flags).
#pragma once

#include <cstddef>
#include <functional>
#include <optional>
#include <string>

#include "common/error.h"

namespace orbis::app {

struct Config {
  // A SQLite file or a PostgreSQL URL (postgresql://user@host:port/db, never with a
  // password); empty: none given (a command that needs one says so).
  std::string database;
  // The file holding PostgreSQL's password (its first line); the password itself comes only
  // from ORBIS_DB_PASSWORD, never from a file key or a flag.
  std::string database_password_file;
  std::string data_dir;            // the shipped reference data (data/ of the source tree)
  std::string log_level = "info";  // trace, debug, info, warn, error, critical or off

  // orbis serve
  std::string host = "127.0.0.1";
  int port = 8080;                  // 0: any free port
  int threads = 0;                  // 0: one per core
  std::size_t max_connections = 0;  // 0: as many as the open-file limit allows
  std::string web_root;             // the built web front end (web/dist of the source tree)
  std::string public_url;           // where people reach Orbis (did:web, QR codes); empty: none
  bool secure_cookies = false;      // the sign-in cookies carry Secure (Orbis behind HTTPS)
  // Addresses of the load balancers or proxies in front of Orbis, separated by commas:
  // their X-Forwarded-For names the client (http/server/forwarded.h).
  std::string trusted_proxies;
  // Whether this server takes its turn at the scheduled work (app/scheduler.h), and how long
  // its lease lasts unrenewed: how soon another server takes over from one that died.
  bool scheduled_work = true;
  int lease_seconds = 60;

  // The key-encryption key of the issuer keys: read from `kek_file`, else `kek` itself,
  // else DATABASE.kek beside the database (app/application.h, load_kek).
  std::string kek_file;
  std::string kek;  // from ORBIS_KEK only: never from a file or an argument
};

// What the command line said; an unset member leaves the lower sources' value.
struct Flags {
  std::optional<std::string> database, data_dir, log_level, host, web_root, public_url, kek_file;
  std::optional<int> port, threads;
  std::optional<std::size_t> max_connections;
  std::optional<bool> secure_cookies;
};

// The value of an environment variable, or nullptr (std::getenv's contract).
using Environment = std::function<const char*(const char*)>;

// The built-in defaults: Config's initializers, with the data and web folders of the source
// tree this build came from.
Config defaults();

// Sets what the TOML file `path` says over `config`. invalid_argument with one line naming
// the file (and, for a bad entry, its line and key) when the file cannot be read, is not
// TOML, holds a key Config does not have, or a value of the wrong type or out of range.
Status apply_file(Config& config, const std::string& path);

// Sets what the ORBIS_* variables say over `config`. invalid_argument naming the variable
// when a value cannot be used (a port that is not a number).
Status apply_environment(Config& config, const Environment& environment);

// Sets the flags that were given over `config`.
void apply_flags(Config& config, const Flags& flags);

// defaults(), then the file (`config_file`, else ORBIS_CONFIG, else none), then the
// environment, then `flags`. The errors of apply_file and apply_environment.
Result<Config> load_config(const std::string& config_file, const Flags& flags,
                           const Environment& environment = std::getenv);

}  // namespace orbis::app
