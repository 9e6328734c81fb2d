// One use case, one transaction: the runner every use case goes through.
//
//   return run(store_, store::Access::write, [&](store::Transaction& tx) -> Result<Call> {
//     ORBIS_ASSIGN_OR_RETURN(auto call, tx.calls().get(id));
//     …
//     return call;
//   });
//
// The body receives the transaction and passes it to every helper it calls (none opens its
// own). When the body succeeds the runner commits; when the body or the commit fails with
// `aborted` — the transaction lost a race with another writer (a serialization failure, a
// deadlock) — the runner rolls back and runs the whole body again, up to kMaxAttempts times.
// Any other error rolls back and is returned as it is.
//
// Thread-safety: as the store's; the body runs on the calling thread.
#pragma once

#include <type_traits>
#include <utility>

#include "common/error.h"
#include "store/store.h"

namespace orbis::service {

inline constexpr int kMaxAttempts = 5;

template <typename F>
auto run(store::Store& store, store::Access access, F&& body)
    -> std::invoke_result_t<F&, store::Transaction&> {
  using R = std::invoke_result_t<F&, store::Transaction&>;
  Error last = Error::aborted("the transaction was not attempted");
  for (int attempt = 0; attempt < kMaxAttempts; ++attempt) {
    auto tx = store.begin(access);
    if (!tx) return R(std::unexpected((std::move(tx).error())));
    R result = body(**tx);
    if (!result) {
      if (result.error().code != ErrorCode::aborted) return result;
      last = std::move(result).error();
      continue;
    }
    if (access == store::Access::read) return result;
    auto committed = (*tx)->commit();
    if (committed) return result;
    if (committed.error().code != ErrorCode::aborted) return R(std::unexpected(committed.error()));
    last = std::move(committed).error();
  }
  last.message = "the change kept colliding with others; try again (" + last.message + ")";
  return R(std::unexpected(std::move(last)));
}

}  // namespace orbis::service
