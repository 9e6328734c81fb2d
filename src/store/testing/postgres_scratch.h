// Databases of their own for tests on PostgreSQL. ORBIS_TEST_POSTGRES names a server the
// tests may create databases on (the URL of its maintenance database, e.g.
// postgresql://orbis@127.0.0.1:5433/postgres; scripts/test starts a throwaway cluster and
// sets it). Each call creates a new database with a random name; the cluster is thrown away
// with what it holds when the run ends.
//
// Thread-safe: each call opens its own connection.
#pragma once

#include <soci/postgresql/soci-postgresql.h>
#include <soci/soci.h>

#include <cstdlib>
#include <optional>
#include <string>
#include <string_view>

#include "common/crypto.h"
#include "common/error.h"

namespace orbis::store::testing {

// The server the tests may use, or none (the PostgreSQL tests then fail, and say why).
inline std::optional<std::string> postgres_server() {
  const char* url = std::getenv("ORBIS_TEST_POSTGRES");
  if (!url || !*url) return std::nullopt;
  return std::string(url);
}

inline constexpr std::string_view kNoPostgres =
    "ORBIS_TEST_POSTGRES is not set: no PostgreSQL server to test on (scripts/test starts one)";

// `url` as SOCI's PostgreSQL back end reads it: with a query part (without one, SOCI's
// parser takes the last path segment for a key).
inline std::string connectable(const std::string& url) {
  return url.find('?') == std::string::npos ? url + "?connect_timeout=10" : url;
}

// `server` with its database replaced by `database`.
inline std::string with_database(const std::string& server, std::string_view database) {
  const auto query = server.find('?');
  const std::string base = server.substr(0, query);
  const auto slash = base.rfind('/');
  std::string out = base.substr(0, slash + 1) + std::string(database);
  if (query != std::string::npos) out += server.substr(query);
  return out;
}

// A new, empty database (or a copy of `from`, which no one may be connected to) on the
// test server; returns its URL.
inline Result<std::string> create_database(std::string_view prefix, std::string_view from = {}) {
  const auto server = postgres_server();
  if (!server) return fail(Error::unavailable(std::string(kNoPostgres)));
  if (auto ok = crypto::init(); !ok) return fail(ok.error());
  const std::string name = std::string(prefix) + "_" + crypto::to_hex(crypto::random_bytes(6));
  try {
    soci::session admin(soci::postgresql, connectable(*server));
    admin << "CREATE DATABASE " + name +
                 (from.empty() ? std::string() : " TEMPLATE " + std::string(from));
  } catch (const std::exception& e) {
    return fail(Error::unavailable(std::string("creating a test database: ") + e.what()));
  }
  return with_database(*server, name);
}

// Drops `database` from the test server (best effort: the cluster goes at the end anyway).
inline void drop_database(std::string_view database) {
  const auto server = postgres_server();
  if (!server) return;
  try {
    soci::session admin(soci::postgresql, connectable(*server));
    admin << "DROP DATABASE IF EXISTS " + std::string(database) + " WITH (FORCE)";
  } catch (const std::exception&) {
  }
}

}  // namespace orbis::store::testing
