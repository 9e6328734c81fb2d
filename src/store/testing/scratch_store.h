// A store of its own for one test: a new SQLite database at this build's schema, in a new
// folder under the system's temporary folder that goes with the object.
//
// Not thread-safe: one test thread.
#pragma once

#include <filesystem>
#include <memory>
#include <system_error>

#include "common/clock.h"
#include "common/crypto.h"
#include "common/error.h"
#include "store/store.h"

namespace orbis::store::testing {

class ScratchStore {
 public:
  // The store stamps its own writes with `clock`, which must outlive it.
  static Result<std::unique_ptr<ScratchStore>> open(const Clock& clock) {
    if (auto ok = crypto::init(); !ok) return fail(ok.error());
    auto scratch = std::unique_ptr<ScratchStore>(
        new ScratchStore(std::filesystem::temp_directory_path() /
                         ("orbis-scratch-" + crypto::to_hex(crypto::random_bytes(6)))));
    std::filesystem::create_directories(scratch->folder_);
    auto opened = store::open((scratch->folder_ / "orbis.db").string(), {.clock = &clock});
    if (!opened) return fail(opened.error());
    if (auto migrated = (*opened)->migrate(); !migrated) return fail(migrated.error());
    scratch->store_ = std::move(*opened);
    return scratch;
  }
  ScratchStore(const ScratchStore&) = delete;
  ScratchStore& operator=(const ScratchStore&) = delete;
  ~ScratchStore() {
    store_.reset();
    std::error_code ec;
    std::filesystem::remove_all(folder_, ec);
  }

  Store& store() { return *store_; }

 private:
  explicit ScratchStore(std::filesystem::path folder) : folder_(std::move(folder)) {}
  std::filesystem::path folder_;
  std::unique_ptr<Store> store_;
};

}  // namespace orbis::store::testing
