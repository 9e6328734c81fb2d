// The conformance suite (store/testing/) against PostgreSQL: a new database per test on the
// server ORBIS_TEST_POSTGRES names. Without one every test skips, and says why.
#include "store/testing/conformance.h"

#include "store/testing/postgres_scratch.h"

namespace orbis::store::testing {
namespace {

Result<std::unique_ptr<Store>> open_postgres(const Clock& clock, const std::filesystem::path&) {
  if (!postgres_server()) return fail(Error::unavailable(std::string(kNoPostgres)));
  auto url = create_database("orbis_conformance");
  if (!url) return fail(url.error());
  auto store = open(*url, {.pool_size = 2, .clock = &clock});
  if (!store) return store;
  if (auto migrated = (*store)->migrate(); !migrated) return fail(migrated.error());
  return store;
}

INSTANTIATE_TEST_SUITE_P(Postgres, StoreConformance,
                         ::testing::Values(StoreFactory{"postgresql", &open_postgres,
                                                        [] {
                                                          return postgres_server()
                                                                     ? std::string()
                                                                     : std::string(kNoPostgres);
                                                        }}),
                         StoreFactory::name_of);

}  // namespace
}  // namespace orbis::store::testing
