// Copying a whole database between SQL back ends (store/copy.h). The tables and their
// columns come from each database's own catalog (the dialect's queries), so that a new
// migration needs nothing here; each value travels in a typed slot (integer, real or text),
// the same slot the digest reads, so that neither back end's text form of a number matters.
#include "store/copy.h"

#include <fmt/format.h>
#include <soci/soci.h>
#include <sodium.h>
#include <spdlog/spdlog.h>

#include <algorithm>
#include <array>
#include <cctype>
#include <cstring>
#include <functional>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <utility>
#include <vector>

#include "common/crypto.h"
#include "store/sql/dialect.h"
#include "store/sql/transaction.h"

namespace orbis::store {
namespace {

using sql::SqlTransaction;

// Each migration keeps its own record of the migrations applied to it.
constexpr std::string_view kMigrations = "schema_migrations";
// Values a batched INSERT binds at most (well under both back ends' limits).
constexpr std::size_t kValuesPerInsert = 2000;
constexpr std::size_t kRowsPerInsert = 500;

enum class Kind { integer, real, text };

struct Column {
  std::string name;
  std::string type;  // as declared
  Kind kind = Kind::text;
  bool identity = false;
  int key = 0;  // position in the primary key, 0 when not in it
  // A JSON column (the audit log's snapshots in PostgreSQL): read and written through the
  // dialect, so that its empty text and PostgreSQL's NULL are one value.
  bool json = false;
  // An instant (`timestamptz` in PostgreSQL): read and written through the dialect, so that
  // it reads as the text SQLite holds and its empty text and PostgreSQL's NULL are one value.
  bool instant = false;
};

std::string lower(std::string type) {
  std::ranges::transform(type, type.begin(), [](unsigned char c) { return std::tolower(c); });
  return type;
}

bool json_type(const std::string& type) {
  const auto t = lower(type);
  return t == "json" || t == "jsonb";
}

bool instant_type(const std::string& type) {
  const auto t = lower(type);
  return t == "timestamp with time zone" || t == "timestamptz";
}

// How a value is written into a column of the target.
enum class Write { plain, json, instant };

struct Table {
  std::string name;
  std::vector<Column> columns;
  std::set<std::string> references;  // other tables its foreign keys name
  std::set<std::string> self;        // its columns that reference its own rows
};

using Catalog = std::map<std::string, Table>;

// One value of one column, in the slot its kind binds.
struct Value {
  long long integer = 0;
  double real = 0;
  std::string text;
  soci::indicator ind = soci::i_ok;
};

std::optional<Kind> kind_of(std::string type) {
  std::ranges::transform(type, type.begin(), [](unsigned char c) { return std::tolower(c); });
  if (type.find("blob") != std::string::npos || type.find("bytea") != std::string::npos)
    return std::nullopt;
  // PostgreSQL's booleans are read and written as 0 and 1, as SQLite stores flags.
  if (type.find("int") != std::string::npos || type == "boolean") return Kind::integer;
  for (const auto* real : {"double", "real", "float", "numeric", "decimal"}) {
    if (type.find(real) != std::string::npos) return Kind::real;
  }
  return Kind::text;
}

bool plain_name(std::string_view name) {
  return !name.empty() && std::ranges::all_of(name, [](char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
  });
}

std::string quoted(std::string_view name) { return fmt::format("\"{}\"", name); }

// Every table but schema_migrations, from the database's own catalog.
Result<Catalog> read_catalog(SqlTransaction& tx) {
  auto& sql = tx.session();
  const auto& dialect = tx.context().dialect;
  Catalog catalog;
  std::string table, name, type;
  long long identity = 0, key = 0;
  soci::indicator type_ind = soci::i_ok;
  soci::statement columns =
      (sql.prepare << dialect.columns_query(), soci::into(table), soci::into(name),
       soci::into(type, type_ind), soci::into(identity), soci::into(key));
  columns.execute();
  while (columns.fetch()) {
    if (table == kMigrations) continue;
    if (!plain_name(table) || !plain_name(name)) {
      return fail(Error::invalid(
          fmt::format("table {} column {}: a name orbis copy does not quote", table, name)));
    }
    const std::string declared = type_ind == soci::i_ok ? type : "";
    const auto kind = kind_of(declared);
    if (!kind) {
      return fail(Error::invalid(
          fmt::format("table {} column {} holds binary data ({}), which orbis copy does not carry",
                      table, name, declared)));
    }
    auto& t = catalog[table];
    t.name = table;
    t.columns.push_back({name, declared, *kind, identity != 0, static_cast<int>(key),
                         json_type(declared), instant_type(declared)});
  }
  // One column order for both back ends, whatever order their migrations added columns in.
  for (auto& [_, t] : catalog) std::ranges::sort(t.columns, {}, &Column::name);
  std::string referenced;
  soci::statement references = (sql.prepare << dialect.references_query(), soci::into(table),
                                soci::into(referenced), soci::into(name));
  references.execute();
  while (references.fetch()) {
    auto found = catalog.find(table);
    if (found == catalog.end()) continue;
    if (referenced == table) {
      found->second.self.insert(name);
    } else {
      found->second.references.insert(referenced);
    }
  }
  return catalog;
}

// The tables in an order that puts each after the tables it references.
Result<std::vector<const Table*>> referenced_first(const Catalog& catalog) {
  std::vector<const Table*> order;
  std::set<std::string> placed;
  while (order.size() < catalog.size()) {
    const auto before = order.size();
    for (const auto& [name, table] : catalog) {
      if (placed.contains(name)) continue;
      const bool ready = std::ranges::all_of(table.references, [&](const std::string& r) {
        return placed.contains(r) || !catalog.contains(r);
      });
      if (!ready) continue;
      order.push_back(&table);
      placed.insert(name);
    }
    if (order.size() == before) {
      return fail(
          Error::invalid("the tables' foreign keys form a cycle; orbis copy cannot order "
                         "them"));
    }
  }
  return order;
}

// Whether the two catalogs hold the same tables with the same columns of the same kinds;
// the first difference in words when not.
std::string difference(const Catalog& from, const Catalog& to) {
  for (const auto& [name, table] : from) {
    const auto other = to.find(name);
    if (other == to.end()) return fmt::format("the target has no table {}", name);
    std::map<std::string, Kind> theirs;
    for (const auto& c : other->second.columns) theirs[c.name] = c.kind;
    if (theirs.size() != table.columns.size()) {
      return fmt::format("table {} has {} columns in the source, {} in the target", name,
                         table.columns.size(), theirs.size());
    }
    for (const auto& c : table.columns) {
      const auto column = theirs.find(c.name);
      if (column == theirs.end()) return fmt::format("the target's {} has no {}", name, c.name);
      if (column->second != c.kind) {
        return fmt::format("{}.{} holds another kind of value in the target", name, c.name);
      }
    }
  }
  for (const auto& [name, table] : to) {
    if (!from.contains(name)) return fmt::format("the source has no table {}", name);
  }
  return {};
}

void bind_into(soci::statement& st, Value& v, Kind kind) {
  switch (kind) {
    case Kind::integer:
      st.exchange(soci::into(v.integer, v.ind));
      break;
    case Kind::real:
      st.exchange(soci::into(v.real, v.ind));
      break;
    case Kind::text:
      st.exchange(soci::into(v.text, v.ind));
      break;
  }
}

void bind_use(soci::statement& st, Value& v, Kind kind) {
  switch (kind) {
    case Kind::integer:
      st.exchange(soci::use(v.integer, v.ind));
      break;
    case Kind::real:
      st.exchange(soci::use(v.real, v.ind));
      break;
    case Kind::text:
      st.exchange(soci::use(v.text, v.ind));
      break;
  }
}

// The rows of `table` in a fixed order: its primary key (else every column), text by bytes
// and nulls first, so that both back ends give the same sequence.
std::string select_all(const Table& table, const sql::Dialect& dialect) {
  std::vector<const Column*> key;
  for (const auto& c : table.columns) {
    if (c.key > 0) key.push_back(&c);
  }
  std::ranges::sort(key, {}, &Column::key);
  if (key.empty()) {
    for (const auto& c : table.columns) key.push_back(&c);
  }
  std::vector<std::string> names, order;
  for (const auto& c : table.columns) {
    names.push_back(c.json      ? sql::json_text(quoted(c.name))
                    : c.instant ? dialect.instant(quoted(c.name))
                                : quoted(c.name));
  }
  for (const auto* c : key) {
    const auto name = quoted(c->name);
    order.push_back((c->kind == Kind::text ? dialect.bytewise(name) : name) + " NULLS FIRST");
  }
  return fmt::format("SELECT {} FROM {} ORDER BY {}", fmt::join(names, ", "), quoted(table.name),
                     fmt::join(order, ", "));
}

// SHA-256 over a table's values, each with its kind, so that text "1" and integer 1 differ.
class Digest {
 public:
  Digest() { crypto_hash_sha256_init(&state_); }
  void add(const Value& v, Kind kind) {
    if (v.ind == soci::i_null) {
      feed('N', {});
      return;
    }
    switch (kind) {
      case Kind::integer: {
        std::array<unsigned char, 8> bytes{};
        auto n = static_cast<unsigned long long>(v.integer);
        for (auto& b : bytes) {
          b = static_cast<unsigned char>(n & 0xff);
          n >>= 8;
        }
        feed('I', {reinterpret_cast<const char*>(bytes.data()), bytes.size()});
        break;
      }
      case Kind::real: {
        std::array<char, sizeof(double)> bytes{};
        std::memcpy(bytes.data(), &v.real, sizeof(double));
        feed('R', {bytes.data(), bytes.size()});
        break;
      }
      case Kind::text:
        feed('T', v.text);
        break;
    }
  }
  std::string hex() {
    std::array<unsigned char, crypto_hash_sha256_BYTES> out{};
    crypto_hash_sha256_final(&state_, out.data());
    return crypto::to_hex({reinterpret_cast<const char*>(out.data()), out.size()});
  }

 private:
  void feed(char tag, std::string_view bytes) {
    const auto size = static_cast<unsigned long long>(bytes.size());
    std::array<unsigned char, 9> head{};
    head[0] = static_cast<unsigned char>(tag);
    for (int i = 0; i < 8; ++i) head[1 + i] = static_cast<unsigned char>(size >> (8 * i));
    crypto_hash_sha256_update(&state_, head.data(), head.size());
    crypto_hash_sha256_update(&state_, reinterpret_cast<const unsigned char*>(bytes.data()),
                              bytes.size());
  }
  crypto_hash_sha256_state state_{};
};

// Reads every row of `table` in select_all's order into `row` (one slot per column), calls
// `each` after each, and returns the count and digest.
TableDigest scan(SqlTransaction& tx, const Table& table, std::vector<Value>& row,
                 const std::function<void()>& each) {
  soci::statement select(tx.session());
  row.assign(table.columns.size(), Value{});
  for (std::size_t i = 0; i < row.size(); ++i) bind_into(select, row[i], table.columns[i].kind);
  select.alloc();
  select.prepare(select_all(table, tx.context().dialect));
  select.define_and_bind();
  select.execute(false);
  TableDigest out{.table = table.name};
  Digest digest;
  while (select.fetch()) {
    for (std::size_t i = 0; i < row.size(); ++i) digest.add(row[i], table.columns[i].kind);
    ++out.rows;
    if (each) each();
  }
  out.sha256 = digest.hex();
  return out;
}

// Writes rows into one table of the target in batches of one INSERT of many rows.
class Inserter {
 public:
  // `writes`: for each of `table`'s columns, how the target takes it.
  Inserter(SqlTransaction& tx, const Table& table, std::vector<Write> writes, bool refuse_nul)
      : tx_(tx),
        table_(table),
        writes_(std::move(writes)),
        refuse_nul_(refuse_nul),
        per_insert_(
            std::clamp<std::size_t>(kValuesPerInsert / table.columns.size(), 1, kRowsPerInsert)),
        batch_(per_insert_ * table.columns.size()) {
    for (std::size_t i = 0; i < table.columns.size(); ++i) {
      const auto& c = table.columns[i];
      if (table.self.contains(c.name)) self_.push_back(i);
      if (c.name == "id" && c.kind == Kind::integer) id_ = i;
    }
    if (!self_.empty() && !id_) {
      throw std::invalid_argument(fmt::format(
          "table {} references its own rows but has no integer id to link them by", table.name));
    }
  }

  // Adds the row in `row`; a row's references to its own table are written once every row
  // is in (finish), so that the order of rows does not matter.
  void add(const std::vector<Value>& row) {
    const std::size_t n = table_.columns.size();
    for (std::size_t i = 0; i < n; ++i) {
      auto& slot = batch_[(filled_ * n) + i];
      slot = row[i];
      if (refuse_nul_ && slot.ind == soci::i_ok && table_.columns[i].kind == Kind::text &&
          slot.text.find('\0') != std::string::npos) {
        throw std::invalid_argument(fmt::format(
            "table {} column {} holds a NUL character, which PostgreSQL's text cannot hold",
            table_.name, table_.columns[i].name));
      }
    }
    if (!self_.empty()) {
      std::vector<Value> links;
      bool any = false;
      for (const auto i : self_) {
        links.push_back(row[i]);
        any = any || row[i].ind == soci::i_ok;
        batch_[(filled_ * n) + i].ind = soci::i_null;
      }
      if (any) links_.emplace_back(row[*id_].integer, std::move(links));
    }
    if (++filled_ == per_insert_) flush();
  }

  void finish() {
    flush();
    link();
    for (const auto& c : table_.columns) {
      if (!c.identity) continue;
      const auto restart = tx_.context().dialect.restart_identity(table_.name, c.name);
      if (!restart.empty()) tx_.session() << restart;
    }
  }

 private:
  void flush() {
    if (filled_ == 0) return;
    if (filled_ == per_insert_) {
      if (!full_) full_ = prepare(per_insert_);
      full_->execute(true);
    } else {
      prepare(filled_)->execute(true);
    }
    filled_ = 0;
  }

  std::unique_ptr<soci::statement> prepare(std::size_t rows) {
    const std::size_t n = table_.columns.size();
    std::vector<std::string> names, tuples;
    for (const auto& c : table_.columns) names.push_back(quoted(c.name));
    auto st = std::make_unique<soci::statement>(tx_.session());
    for (std::size_t r = 0; r < rows; ++r) {
      std::vector<std::string> marks;
      for (std::size_t i = 0; i < n; ++i) {
        const auto mark = fmt::format(":v{}", (r * n) + i);
        const auto& dialect = tx_.context().dialect;
        marks.push_back(writes_[i] == Write::json      ? dialect.json(mark)
                        : writes_[i] == Write::instant ? dialect.optional_instant(mark)
                                                       : mark);
        bind_use(*st, batch_[(r * n) + i], table_.columns[i].kind);
      }
      tuples.push_back(fmt::format("({})", fmt::join(marks, ", ")));
    }
    st->alloc();
    st->prepare(fmt::format("INSERT INTO {} ({}) VALUES {}", quoted(table_.name),
                            fmt::join(names, ", "), fmt::join(tuples, ", ")));
    st->define_and_bind();
    return st;
  }

  // Sets the references to the table's own rows, now that every row is there.
  void link() {
    if (links_.empty()) return;
    std::vector<Value> values(self_.size());
    long long id = 0;
    std::vector<std::string> sets;
    soci::statement update(tx_.session());
    for (std::size_t k = 0; k < self_.size(); ++k) {
      const auto& c = table_.columns[self_[k]];
      sets.push_back(fmt::format("{} = :s{}", quoted(c.name), k));
      bind_use(update, values[k], c.kind);
    }
    update.exchange(soci::use(id));
    update.alloc();
    update.prepare(fmt::format("UPDATE {} SET {} WHERE \"id\" = :id", quoted(table_.name),
                               fmt::join(sets, ", ")));
    update.define_and_bind();
    for (auto& [row_id, links] : links_) {
      id = row_id;
      for (std::size_t k = 0; k < links.size(); ++k) values[k] = links[k];
      update.execute(true);
    }
  }

  SqlTransaction& tx_;
  const Table& table_;
  std::vector<Write> writes_;
  bool refuse_nul_;
  std::size_t per_insert_;
  std::vector<Value> batch_;
  std::size_t filled_ = 0;
  std::unique_ptr<soci::statement> full_;
  std::vector<std::size_t> self_;
  std::optional<std::size_t> id_;
  std::vector<std::pair<long long, std::vector<Value>>> links_;
};

// Runs `work`, turning what the driver throws into an Error of `tx`'s back end.
template <typename Work>
auto guarded(SqlTransaction& tx, std::string_view doing, Work work) -> decltype(work()) {
  try {
    return work();
  } catch (const std::invalid_argument& e) {
    return fail(Error::invalid(e.what()));
  } catch (const std::exception& e) {
    return fail(tx.context().dialect.error_of(e, doing));
  }
}

}  // namespace

std::int64_t CopyReport::rows() const {
  std::int64_t total = 0;
  for (const auto& t : tables) total += t.rows;
  return total;
}

Result<CopyReport> copy_database(Store& from, Store& to) {
  const auto from_version = from.schema_version();
  if (!from_version) return fail(from_version.error());
  const auto to_version = to.schema_version();
  if (!to_version) return fail(to_version.error());
  if (*from_version != *to_version) {
    return fail(Error::failed_precondition(
        fmt::format("the source is at schema {} and the target at schema {}; both must be at the "
                    "same one",
                    *from_version, *to_version)));
  }
  auto source = from.begin(Access::read);
  if (!source) return fail(source.error());
  auto target = to.begin(Access::write);
  if (!target) return fail(target.error());
  SqlTransaction* src = dynamic_cast<SqlTransaction*>(source->get());
  SqlTransaction* dst = dynamic_cast<SqlTransaction*>(target->get());
  if (!src || !dst) return fail(Error::invalid("copying needs two SQL databases"));

  auto from_catalog =
      guarded(*src, "reading the source's tables", [&] { return read_catalog(*src); });
  if (!from_catalog) return fail(from_catalog.error());
  auto to_catalog =
      guarded(*dst, "reading the target's tables", [&] { return read_catalog(*dst); });
  if (!to_catalog) return fail(to_catalog.error());
  if (const auto differs = difference(*from_catalog, *to_catalog); !differs.empty()) {
    return fail(Error::failed_precondition(
        fmt::format("the two databases differ in their tables: {}", differs)));
  }
  auto order = referenced_first(*to_catalog);
  if (!order) return fail(order.error());

  const auto empty = guarded(*dst, "checking that the target is empty", [&]() -> Status {
    for (const auto* table : *order) {
      long long any = 0;
      soci::indicator ind = soci::i_null;
      dst->session() << fmt::format("SELECT 1 FROM {} LIMIT 1", quoted(table->name)),
          soci::into(any, ind);
      if (dst->session().got_data() && ind == soci::i_ok) {
        return fail(Error::failed_precondition(
            fmt::format("the target already holds data (table {}); copy into a new, empty database",
                        table->name)));
      }
    }
    return {};
  });
  if (!empty) return fail(empty.error());

  const bool refuse_nul = dst->context().dialect.name() == "postgresql";
  CopyReport report;
  for (const auto* table : *order) {
    // The source's own column order and kinds, the target's identity and JSON columns.
    Table shape = from_catalog->at(table->name);
    shape.self = table->self;
    std::vector<Write> writes;
    for (auto& c : shape.columns) {
      writes.push_back(Write::plain);
      for (const auto& theirs : table->columns) {
        if (theirs.name != c.name) continue;
        c.identity = theirs.identity;
        if (theirs.json) writes.back() = Write::json;
        if (theirs.instant) writes.back() = Write::instant;
      }
    }
    std::vector<Value> row;
    auto copied =
        guarded(*dst, fmt::format("copying table {}", table->name), [&]() -> Result<TableDigest> {
          Inserter inserter(*dst, shape, writes, refuse_nul);
          auto read = scan(*src, shape, row, [&] { inserter.add(row); });
          inserter.finish();
          return read;
        });
    if (!copied) return fail(copied.error());
    spdlog::info("copied table {}: {} rows", table->name, copied->rows);
    report.tables.push_back(std::move(*copied));
  }
  // What the target now holds, read back through its own driver before it is committed.
  std::vector<TableDigest> written;
  const auto reread = guarded(*dst, "reading the copy back", [&]() -> Status {
    std::vector<Value> row;
    for (const auto* table : *order) written.push_back(scan(*dst, *table, row, {}));
    return {};
  });
  if (!reread) return fail(reread.error());
  if (const auto differs = first_difference(report.tables, written); !differs.empty()) {
    return fail(Error::internal(fmt::format(
        "the copy does not read back as the source ({}); nothing was written", differs)));
  }
  if (auto ok = (*target)->commit(); !ok) return fail(ok.error());
  return report;
}

Result<std::vector<TableDigest>> digest_tables(Store& store) {
  auto tx = store.begin(Access::read);
  if (!tx) return fail(tx.error());
  auto* sql = dynamic_cast<SqlTransaction*>(tx->get());
  if (!sql) return fail(Error::invalid("digesting needs a SQL database"));
  return guarded(*sql, "reading every table", [&]() -> Result<std::vector<TableDigest>> {
    auto catalog = read_catalog(*sql);
    if (!catalog) return fail(catalog.error());
    auto order = referenced_first(*catalog);
    if (!order) return fail(order.error());
    std::vector<TableDigest> out;
    std::vector<Value> row;
    for (const auto* table : *order) out.push_back(scan(*sql, *table, row, {}));
    return out;
  });
}

std::string first_difference(const std::vector<TableDigest>& expected,
                             const std::vector<TableDigest>& actual) {
  std::map<std::string, const TableDigest*> by_name;
  for (const auto& t : actual) by_name[t.table] = &t;
  for (const auto& e : expected) {
    const auto found = by_name.find(e.table);
    if (found == by_name.end()) return fmt::format("table {} is missing", e.table);
    const auto& a = *found->second;
    if (a.rows != e.rows) {
      return fmt::format("table {}: {} rows, expected {}", e.table, a.rows, e.rows);
    }
    if (a.sha256 != e.sha256) {
      return fmt::format("table {}: {} rows, but their content differs", e.table, a.rows);
    }
    by_name.erase(found);
  }
  if (!by_name.empty()) return fmt::format("table {} was not expected", by_name.begin()->first);
  return {};
}

}  // namespace orbis::store
