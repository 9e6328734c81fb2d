// The placement runs of calls: what went into the engine and what came out, as the engine's
// JSON (its own format, versioned by engine_version).
#include <fmt/format.h>

#include "store/lists.h"
#include "store/sql/repositories.h"
#include "store/sql/statement.h"
#include "store/sql/support.h"

namespace orbis::store::internal {
namespace {

class SqlPlacementRunRepository final : public PlacementRunRepository {
 public:
  explicit SqlPlacementRunRepository(const sql::Context& context)
      : sql_(context.session), context_(context) {}

  Result<PlacementRunRecord> get(PlacementRunId id) override {
    return guarded(context_, "reading a placement run", [&]() -> Result<PlacementRunRecord> {
      PlacementRunRecord r;
      long long key = id.value, call = 0;
      const auto& d = context_.dialect;
      sql_ << "SELECT call_id, mode, seed, input_sha256, engine_version, input, output, summary, " +
                  d.instant("created_at") + ", created_by, " + d.instant("published_at") +
                  " FROM placement_runs WHERE id = :id",
          soci::use(key), soci::into(call), soci::into(r.mode), soci::into(r.seed),
          soci::into(r.input_sha256), soci::into(r.engine_version), soci::into(r.input),
          soci::into(r.output), soci::into(r.summary), soci::into(r.created_at),
          soci::into(r.created_by), soci::into(r.published_at);
      if (!sql_.got_data())
        return fail(Error::not_found(fmt::format("no placement run {}", id.value)));
      r.id = id;
      r.call = CallId{call};
      return r;
    });
  }
  Result<PlacementRunId> insert(const PlacementRunRecord& r) override {
    return guarded(context_, "keeping a placement run", [&]() -> Result<PlacementRunId> {
      long long id = 0, call = r.call.value;
      const std::string created = r.created_at.empty() ? context_.now() : r.created_at;
      sql_
          << "INSERT INTO placement_runs (call_id, mode, seed, input_sha256, engine_version, "
             "input, output, summary, "
             "created_at, created_by) VALUES (:c, :m, :s, :h, :e, :i, :o, :y, :a, :b) RETURNING id",
          soci::use(call), soci::use(r.mode), soci::use(r.seed), soci::use(r.input_sha256),
          soci::use(r.engine_version), soci::use(r.input), soci::use(r.output),
          soci::use(r.summary), soci::use(created), soci::use(r.created_by), soci::into(id);
      return PlacementRunId{id};
    });
  }
  Status set_published(PlacementRunId id, std::string_view at) override {
    return guarded(context_, "publishing a placement run", [&]() -> Status {
      long long key = id.value;
      const std::string when(at);
      sql_ << "UPDATE placement_runs SET published_at = " +
                  context_.dialect.optional_instant(":a") + " WHERE id = :id",
          soci::use(when), soci::use(key);
      return {};
    });
  }

 private:
  soci::session& sql_;
  const sql::Context& context_;
};

}  // namespace

std::unique_ptr<PlacementRunRepository> make_placement_run_repository(const sql::Context& context) {
  return std::make_unique<SqlPlacementRunRepository>(context);
}

}  // namespace orbis::store::internal

namespace orbis::store {

Result<Page<PlacementRunRecord>> list_placement_runs(Transaction& tx,
                                                     const PlacementRunQuery& query) {
  return internal::guarded(
      internal::context_of(tx), "listing placement runs",
      [&]() -> Result<Page<PlacementRunRecord>> {
        sql::Where where;
        where.add("call_id = " + where.bind(query.call.value));
        where.add_keyset({}, query.page.after, "id", true);
        std::vector<PlacementRunRecord> rows;
        PlacementRunRecord r;
        r.call = query.call;
        long long id = 0;
        soci::statement st =
            (internal::session_of(tx).prepare
                 << "SELECT id, mode, seed, input_sha256, engine_version, summary, " +
                        internal::context_of(tx).dialect.instant("created_at") + ", created_by, " +
                        internal::context_of(tx).dialect.instant("published_at") +
                        " FROM placement_runs" + where.sql() +
                        sql::order_and_limit({}, query.page.limit, "id", true),
             soci::use(where.values()), soci::into(id), soci::into(r.mode), soci::into(r.seed),
             soci::into(r.input_sha256), soci::into(r.engine_version), soci::into(r.summary),
             soci::into(r.created_at), soci::into(r.created_by), soci::into(r.published_at));
        st.execute();
        while (st.fetch()) {
          r.id = PlacementRunId{id};
          rows.push_back(r);
        }
        return sql::page_of(std::move(rows), query.page.limit,
                            [](const PlacementRunRecord& run) { return Cursor{{}, run.id.value}; });
      });
}

}  // namespace orbis::store
