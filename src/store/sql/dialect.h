// Internal to the SQL back ends: what differs between SQLite and PostgreSQL, in one place.
// The repositories' SQL is otherwise the same for both (bound parameters, RETURNING,
// ON CONFLICT, instants bound as ISO 8601 text). Thread-safety: immutable after construction.
#pragma once

#include <exception>
#include <string>
#include <string_view>

#include "common/error.h"

namespace orbis::store::sql {

class Dialect {
 public:
  virtual ~Dialect() = default;
  virtual std::string_view name() const = 0;  // "sqlite" or "postgresql"
  // A migration's text with the back end's words for {{id}} (an auto-increment primary key),
  // {{bool}}, {{true}}, {{false}}, {{blob}}.
  virtual std::string schema(std::string_view migration) const = 0;
  // The statement that starts a write transaction.
  virtual std::string_view begin_write() const = 0;
  virtual std::string_view begin_read() const = 0;
  // An exception from the driver as an Error describing `doing`: a unique key is
  // already_exists, a lost race aborted, an unreachable or full database unavailable, …
  virtual Error error_of(const std::exception& e, std::string_view doing) const = 0;
  // Whether a failed statement ends the transaction (PostgreSQL) instead of only itself
  // (SQLite): then a repository call that fails is rolled back to a savepoint taken before it,
  // so that the transaction goes on as it does on SQLite (store/sql/support.h).
  virtual bool failed_statement_ends_transaction() const { return false; }
  // The literal of a boolean in SQL text.
  virtual std::string_view boolean(bool value) const = 0;
  // The bound parameter `parameter` (":b") as it is written to a JSON column (the audit log's
  // snapshots), where the empty text stands for no value. Read such a column as
  // json_text(column).
  virtual std::string json(std::string_view parameter) const { return std::string(parameter); }
  // An instant (a column of `timestamptz` in PostgreSQL, ISO 8601 text in SQLite) read as the
  // one text Orbis stores and answers, "2026-12-05T14:30:00.000Z" (UTC, milliseconds), and the
  // empty text where an optional one holds none. Every read of an instant goes through it;
  // `expression` may be a column or an aggregate of one (MAX(updated_at)).
  virtual std::string instant(std::string_view expression) const = 0;
  // The bound parameter `parameter` (":at") as it is written to an optional instant (a stay's
  // nomination, an application's submission), where the empty text stands for none.
  // Required instants (created_at, a history row's at) are bound as they are.
  virtual std::string optional_instant(std::string_view parameter) const {
    return std::string(parameter);
  }
  // The condition that the optional instant `column` holds one.
  virtual std::string has_instant(std::string_view column) const {
    return std::string(column) + " <> ''";
  }

  // The catalog, for copying a whole database (store/copy.h). Rows of (table, column,
  // declared type, 1 for an identity column else 0, position in the primary key or 0), for
  // every table of the database, each table's columns in their order.
  virtual std::string_view columns_query() const = 0;
  // Rows of (table, referenced table, referencing column): one per column of each foreign key.
  virtual std::string_view references_query() const = 0;
  // The statement that makes the identity `column` of `table` go on after its largest value
  // once rows were written with their own ids; empty when the back end needs none.
  virtual std::string restart_identity(std::string_view /*table*/,
                                       std::string_view /*column*/) const {
    return {};
  }
  // The days from the date `start` to the date `end` (texts "YYYY-MM-DD"), both counted: 1
  // when they are the same day. A real number on SQLite, an integer on PostgreSQL.
  virtual std::string days(std::string_view start, std::string_view end) const = 0;
  // `expression` (text) ordered by its bytes, as SQLite orders text.
  virtual std::string bytewise(std::string_view expression) const {
    return std::string(expression);
  }
};

// A JSON column (Dialect::json) read as its text, the empty text where it holds none: the same
// on both back ends.
std::string json_text(std::string_view column);

// Replaces every "{{word}}" in `text` by the back end's word.
std::string substitute(std::string_view text, std::string_view id, std::string_view boolean,
                       std::string_view true_literal, std::string_view false_literal,
                       std::string_view blob);

}  // namespace orbis::store::sql
