// Internal to the store: the numbered schema migrations. Thread-safe: immutable data.
#pragma once

#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace soci {
class session;
}

namespace orbis::store::internal {

struct Migration {
  int version;
  std::string_view name;
  // Statements separated by ";\n". "{{id}}" stands for the back end's auto-increment
  // primary key column type, "{{bool}}", "{{true}}" and "{{false}}" for its booleans.
  std::string_view sql;
  // Rebuilds tables that others reference (create the new form, copy, drop the old, rename):
  // runs with foreign keys off, as SQLite requires, and checks every key before it commits.
  bool rebuilds_tables = false;
  // Rows converted in C++ after `sql` (in the same transaction), where a value's old form is
  // one no SQL function common to the back ends reads; then `after` runs, as `sql` does.
  // Throws on failure, which rolls the migration back.
  void (*convert)(soci::session& sql) = nullptr;
  std::string_view after = {};
  // Statements PostgreSQL alone runs, last: a column given a type SQLite does not have
  // (boolean, json). SQLite records the migration without them; its columns keep their form.
  std::string_view postgresql = {};
};

// Every migration, in order. Never edit one that has shipped; add the next number.
std::span<const Migration> migrations();

// A migration's text (after the dialect's words) as its statements, split on ";\n".
std::vector<std::string> split_statements(const std::string& script);

}  // namespace orbis::store::internal
