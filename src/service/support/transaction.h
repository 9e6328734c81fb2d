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

namespace internal {
// Whether a write whose body gave `result` commits (a body of no value asks with no argument).
template <typename CommitIf, typename R>
bool commits(CommitIf& commit_if, const R& result) {
  if constexpr (std::is_void_v<typename R::value_type>)
    return commit_if();
  else
    return commit_if(*result);
}
}  // namespace internal

// As run, but a write commits only when `commit_if(value)` says so; otherwise the body's
// changes roll back and its value is still returned (a dry run, an import with bad rows).
template <typename F, typename CommitIf>
auto run(store::Store& store, store::Access access, F&& body, CommitIf&& commit_if)
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
    if (access == store::Access::read || !internal::commits(commit_if, result)) return result;
    auto committed = (*tx)->commit();
    if (committed) return result;
    if (committed.error().code != ErrorCode::aborted) return R(std::unexpected(committed.error()));
    last = std::move(committed).error();
  }
  last.message = "the change kept colliding with others; try again (" + last.message + ")";
  return R(std::unexpected(std::move(last)));
}

template <typename F>
auto run(store::Store& store, store::Access access, F&& body)
    -> std::invoke_result_t<F&, store::Transaction&> {
  return run(store, access, std::forward<F>(body), [](const auto&...) { return true; });
}

}  // namespace orbis::service
