// The CSV imports of agreements, stays and course catalogues, run as a dry run (nothing is
// written) against a small database made once: every row goes through the same rules as
// the API's.
#include <unistd.h>

#include <memory>

#include "common/clock.h"
#include "common/crypto.h"
#include "fuzz_support.h"
#include "service/services.h"

namespace {

using namespace orbis;

struct World {
  std::filesystem::path dir;
  FixedClock clock{*parse_iso8601("2026-11-23T09:00:00Z")};
  std::unique_ptr<store::Store> store;
  std::unique_ptr<service::Services> services;
  domain::Actor actor = domain::Actor::command_line();
  InstitutionId partner;
};

World* world = nullptr;

domain::Institution institution(std::string name, std::string ror, std::string domain,
                                std::string country) {
  domain::Institution in;
  in.name = std::move(name);
  in.ror_id = std::move(ror);
  in.domains = {std::move(domain)};
  in.country = std::move(country);
  in.types = {domain::InstitutionType::education};
  return in;
}

void must_ok(bool ok, const char* what) { fuzz::must(ok, what); }

}  // namespace

extern "C" int LLVMFuzzerInitialize(int*, char***) {
  must_ok(crypto::init().has_value(), "libsodium");
  world = new World;
  std::string folder = (std::filesystem::temp_directory_path() / "orbis-fuzz-csv-XXXXXX").string();
  must_ok(mkdtemp(folder.data()) != nullptr, "a temporary folder");
  world->dir = folder;
  auto store = store::open((world->dir / "fuzz.db").string(), {.pool_size = 2});
  must_ok(store.has_value(), "the database opens");
  world->store = std::move(*store);
  must_ok(world->store->migrate().has_value(), "the schema");
  world->services =
      std::make_unique<service::Services>(*world->store, world->clock, fuzz::source_dir() / "data");
  must_ok(world->services->load().has_value(), "the services load");
  auto& registry = world->services->registry;
  auto home = registry.create(
      world->actor, institution("Westlake University", "05hfa4n20", "westlake.edu.cn", "CN"));
  must_ok(home.has_value(), "the home institution");
  must_ok(registry.set_home(world->actor, home->id).has_value(), "the home setting");
  auto oxford = registry.create(world->actor,
                                institution("University of Oxford", "052gg0110", "ox.ac.uk", "GB"));
  must_ok(oxford.has_value(), "a partner institution");
  world->partner = oxford->id;
  std::atexit([] { std::filesystem::remove_all(world->dir); });
  return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string text(fuzz::text_of(data, size));
  auto& s = *world->services;
  (void)s.agreement_imports.import_csv(world->actor, text, /*dry_run=*/true);
  (void)s.mobilities.import_csv(world->actor, text, /*dry_run=*/true);
  (void)s.course_catalogues.import_courses(world->actor, world->partner, text, /*dry_run=*/true);
  return 0;
}
