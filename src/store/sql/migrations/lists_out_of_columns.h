// Lists out of columns (migration 17). Two lists that something selects by leave their
// column for a child table: an agreement's kinds ("a;b;c", which the agreement list filtered
// with a LIKE over every row) for agreement_kinds, indexed by kind, and a recognition's host
// course codes (a JSON array, which the indicators of recognition joined through SQLite's
// json_each) for recognition_host_codes. Every other list kept in a column is rewritten in
// the storage codec's versioned form (store/sql/codecs.h): an agreement's tags, a
// condition's EQF levels and languages, a call's and an offer's levels and years of study, a
// recognition's notes and a person's language certificates.
//
// The old forms are read by the codec's `legacy` readers in C++ (convert_lists), so the SQL
// is the same for every back end: create the tables, convert row by row, drop the two old
// columns. Nothing is lost: every item of every old list is a row or an item of the new form,
// in its order.
#pragma once

namespace soci {
class session;
}

namespace orbis::store::internal {

inline constexpr const char* kListsOutOfColumnsSql = R"SQL(
CREATE TABLE agreement_kinds (
  agreement_id BIGINT NOT NULL REFERENCES agreements (id) ON DELETE CASCADE,
  position INTEGER NOT NULL,
  kind TEXT NOT NULL,
  PRIMARY KEY (agreement_id, position)
);
CREATE INDEX agreement_kinds_by_kind ON agreement_kinds (kind, agreement_id);
CREATE TABLE recognition_host_codes (
  learning_agreement_id BIGINT NOT NULL,
  entry_position INTEGER NOT NULL,
  position INTEGER NOT NULL,
  code TEXT NOT NULL,
  PRIMARY KEY (learning_agreement_id, entry_position, position),
  FOREIGN KEY (learning_agreement_id, entry_position)
    REFERENCES recognition_entries (learning_agreement_id, position) ON DELETE CASCADE
)
)SQL";

// Runs after convert_lists: the old columns, now empty of meaning, go.
inline constexpr const char* kListsOutOfColumnsAfterSql = R"SQL(
ALTER TABLE agreements DROP COLUMN kinds;
ALTER TABLE recognition_entries DROP COLUMN host_codes
)SQL";

// Converts every row of today's lists-in-columns into the child tables and the codec's form.
// Throws (a SOCI error, or codec::CorruptValue for a number list that is not numbers) on
// failure; the migration then rolls back whole.
void convert_lists(soci::session& sql);

}  // namespace orbis::store::internal
