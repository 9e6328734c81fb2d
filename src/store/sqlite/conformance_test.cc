// The conformance suite (store/testing/) against SQLite: a new database file per test.
#include "store/testing/conformance.h"

namespace orbis::store::testing {
namespace {

Result<std::unique_ptr<Store>> open_sqlite(const Clock& clock,
                                           const std::filesystem::path& scratch) {
  auto store = open((scratch / "conformance.db").string(), {.pool_size = 2, .clock = &clock});
  if (!store) return store;
  if (auto migrated = (*store)->migrate(); !migrated) return fail(migrated.error());
  return store;
}

INSTANTIATE_TEST_SUITE_P(Sqlite, StoreConformance,
                         ::testing::Values(StoreFactory{"sqlite", &open_sqlite}),
                         StoreFactory::name_of);

}  // namespace
}  // namespace orbis::store::testing
