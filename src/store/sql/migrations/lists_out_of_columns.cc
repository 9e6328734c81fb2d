#include "store/sql/migrations/lists_out_of_columns.h"

#include <soci/soci.h>

#include <string>
#include <utility>
#include <vector>

#include "store/sql/codecs.h"

namespace orbis::store::internal {
namespace {

namespace legacy = codec::legacy;

// A row's key and its two list columns in their old form, read whole before any is
// rewritten (a back end need not allow writes while a statement reads the same table).
struct OldLists {
  long long key = 0, second_key = 0;
  std::string first, second;
};

// The rows of `select`, which names a key, a second key (0 where there is one key) and two
// list columns.
std::vector<OldLists> read_all(soci::session& sql, const std::string& select) {
  std::vector<OldLists> out;
  OldLists row;
  soci::statement st = (sql.prepare << select, soci::into(row.key), soci::into(row.second_key),
                        soci::into(row.first), soci::into(row.second));
  st.execute();
  while (st.fetch()) out.push_back(row);
  return out;
}

// Runs `insert` once for each of `items`, with `value` bound to the item and `position`
// counting from 0: a list of one row becomes rows of a child table, in its order.
void insert_each(soci::statement& insert, int& position, std::string& value,
                 const std::vector<std::string>& items) {
  position = 0;
  for (const auto& item : items) {
    value = item;
    insert.execute(true);
    ++position;
  }
}

// An agreement's kinds become rows; its tags, the codec's list.
void convert_agreements(soci::session& sql) {
  const auto rows = read_all(sql, "SELECT id, 0, kinds, tags FROM agreements ORDER BY id");
  long long id = 0;
  int position = 0;
  std::string kind, tags;
  soci::statement insert =
      (sql.prepare << "INSERT INTO agreement_kinds (agreement_id, position, kind) VALUES (:a, "
                      ":p, :k)",
       soci::use(id), soci::use(position), soci::use(kind));
  soci::statement update = (sql.prepare << "UPDATE agreements SET tags = :t WHERE id = :id",
                            soci::use(tags), soci::use(id));
  for (const auto& row : rows) {
    id = row.key;
    insert_each(insert, position, kind, legacy::semicolon_texts(row.first));
    tags = codec::encode_texts(legacy::semicolon_texts(row.second));
    update.execute(true);
  }
}

void convert_conditions(soci::session& sql) {
  const auto rows =
      read_all(sql, "SELECT id, 0, eqf_levels, languages FROM agreement_conditions ORDER BY id");
  long long id = 0;
  std::string levels, languages;
  soci::statement update =
      (sql.prepare << "UPDATE agreement_conditions SET eqf_levels = :e, languages = :l WHERE id "
                      "= :id",
       soci::use(levels), soci::use(languages), soci::use(id));
  for (const auto& row : rows) {
    id = row.key;
    levels = codec::encode_numbers(legacy::semicolon_numbers(row.first));
    languages = codec::encode_requirements(legacy::semicolon_requirements(row.second));
    update.execute(true);
  }
}

// A call's rules and each offer's: levels and years of study. A call's key is one column,
// read and matched twice, as an offer's two are.
void convert_rules(soci::session& sql) {
  constexpr std::pair<const char*, const char*> kTables[] = {
      {"SELECT id, id, levels, years_of_study FROM calls ORDER BY id",
       "UPDATE calls SET levels = :l, years_of_study = :y WHERE id = :c AND id = :o"},
      {"SELECT call_id, offer_id, levels, years_of_study FROM call_offers ORDER BY call_id, "
       "offer_id",
       "UPDATE call_offers SET levels = :l, years_of_study = :y WHERE call_id = :c AND offer_id "
       "= :o"}};
  long long key = 0, second_key = 0;
  std::string levels, years;
  for (const auto& [select, statement] : kTables) {
    const auto rows = read_all(sql, select);
    soci::statement update = (sql.prepare << statement, soci::use(levels), soci::use(years),
                              soci::use(key), soci::use(second_key));
    for (const auto& row : rows) {
      key = row.key;
      second_key = row.second_key;
      levels = codec::encode_numbers(legacy::json_numbers(row.first));
      years = codec::encode_numbers(legacy::json_numbers(row.second));
      update.execute(true);
    }
  }
}

// A recognition's host codes become rows; its notes, the codec's list.
void convert_recognition(soci::session& sql) {
  const auto rows = read_all(sql,
                             "SELECT learning_agreement_id, position, host_codes, notes FROM "
                             "recognition_entries ORDER BY learning_agreement_id, position");
  long long learning_agreement = 0;
  int entry = 0, position = 0;
  std::string code, notes;
  soci::statement insert =
      (sql.prepare << "INSERT INTO recognition_host_codes (learning_agreement_id, "
                      "entry_position, position, code) VALUES (:l, :e, :p, :c)",
       soci::use(learning_agreement), soci::use(entry), soci::use(position), soci::use(code));
  soci::statement update =
      (sql.prepare << "UPDATE recognition_entries SET notes = :n WHERE learning_agreement_id = "
                      ":l AND position = :e",
       soci::use(notes), soci::use(learning_agreement), soci::use(entry));
  for (const auto& row : rows) {
    learning_agreement = row.key;
    entry = static_cast<int>(row.second_key);
    insert_each(insert, position, code, legacy::json_texts(row.first));
    notes = codec::encode_texts(legacy::json_texts(row.second));
    update.execute(true);
  }
}

void convert_people(soci::session& sql) {
  // One list: the second is read as empty text.
  const auto rows = read_all(sql, "SELECT id, 0, languages, '' FROM people ORDER BY id");
  long long id = 0;
  std::string languages;
  soci::statement update = (sql.prepare << "UPDATE people SET languages = :l WHERE id = :id",
                            soci::use(languages), soci::use(id));
  for (const auto& row : rows) {
    id = row.key;
    languages = codec::encode_certificates(legacy::json_certificates(row.first));
    update.execute(true);
  }
}

}  // namespace

void convert_lists(soci::session& sql) {
  convert_agreements(sql);
  convert_conditions(sql);
  convert_rules(sql);
  convert_recognition(sql);
  convert_people(sql);
}

}  // namespace orbis::store::internal
