// Leases (store/lease.h) in the table `leases`: one row per lease, taken and renewed inside a
// write transaction, which the write lock serialises on every server.
#include "store/lease.h"

#include <fmt/format.h>
#include <soci/soci.h>

#include "common/clock.h"
#include "store/sql/support.h"
#include "store/sql/transaction.h"

namespace orbis::store {
namespace {

using sql::SqlTransaction;

// Runs `work` in a write transaction of `store` and commits it.
template <typename T, typename Work>
Result<T> in_write(Store& store, std::string_view doing, Work work) {
  auto tx = store.begin(Access::write);
  if (!tx) return fail(tx.error());
  auto* sql = dynamic_cast<SqlTransaction*>(tx->get());
  if (!sql) return fail(Error::invalid("leases need a SQL database"));
  auto out =
      internal::guarded(sql->context().dialect, doing, [&]() -> Result<T> { return work(*sql); });
  if (!out) return out;
  if (auto ok = (*tx)->commit(); !ok) return fail(ok.error());
  return out;
}

}  // namespace

Result<Lease> claim_lease(Store& store, std::string_view name, std::string_view holder,
                          std::chrono::milliseconds length) {
  const std::string doing = fmt::format("claiming the lease {}", name);
  return in_write<Lease>(store, doing, [&](SqlTransaction& tx) {
    auto& sql = tx.session();
    const auto now = tx.context().clock.now();
    const std::string lease(name), me(holder);
    const std::string at = format_iso8601(now);
    std::string current, until;
    sql << "SELECT holder, " + tx.context().dialect.instant("expires_at") +
               " FROM leases WHERE name = :n",
        soci::use(lease), soci::into(current), soci::into(until);
    Lease out{.holder = me, .expires_at = format_iso8601(now + length), .held = true};
    if (!sql.got_data()) {
      sql << "INSERT INTO leases (name, holder, acquired_at, expires_at) VALUES (:n, :h, :a, :e)",
          soci::use(lease), soci::use(me), soci::use(at), soci::use(out.expires_at);
      out.taken = true;
      return out;
    }
    const auto ends = parse_iso8601(until);
    const bool ended = !ends || *ends <= now;
    if (current == me && !ended) {
      sql << "UPDATE leases SET expires_at = :e WHERE name = :n", soci::use(out.expires_at),
          soci::use(lease);
      return out;
    }
    if (!ended) return Lease{.holder = current, .expires_at = until};
    sql << "UPDATE leases SET holder = :h, acquired_at = :a, expires_at = :e WHERE name = :n",
        soci::use(me), soci::use(at), soci::use(out.expires_at), soci::use(lease);
    out.taken = true;
    return out;
  });
}

Status release_lease(Store& store, std::string_view name, std::string_view holder) {
  auto done =
      in_write<bool>(store, fmt::format("releasing the lease {}", name), [&](SqlTransaction& tx) {
        const std::string lease(name), me(holder);
        const std::string at = format_iso8601(tx.context().clock.now());
        tx.session() << "UPDATE leases SET expires_at = :e "
                        "WHERE name = :n AND holder = :h",
            soci::use(at), soci::use(lease), soci::use(me);
        return true;
      });
  if (!done) return fail(done.error());
  return {};
}

}  // namespace orbis::store
