// Programmes (docs/mobility.md): every signed-in user reads them; officers and admins write;
// the published ones are public; a partner sees those it hosts.
//
// Thread-safety: thread-safe (every call runs in its own transaction).
#pragma once

#include <nlohmann/json.hpp>
#include <string_view>
#include <vector>

#include "common/clock.h"
#include "domain/mobility.h"
#include "domain/user.h"
#include "service/support/paging.h"
#include "store/store.h"

namespace orbis::service {

class Programmes {
 public:
  Programmes(store::Store& store, const Clock& clock) : store_(store), clock_(clock) {}

  // The programmes `actor` may read (a partner: those it hosts; nullptr: the public, who
  // see the published ones only), by code, a page at a time; invalid_argument for a bad
  // limit or cursor.
  Result<JsonPage> page(const domain::Actor* actor, bool published_only, std::size_t limit,
                        std::string_view cursor) const;
  Result<domain::Programme> get(const domain::Actor& actor, ProgrammeId id) const;
  Result<domain::Programme> create(const domain::Actor& actor, domain::Programme programme);
  Result<domain::Programme> update(const domain::Actor& actor, domain::Programme programme,
                                   int expected_version);
  // The programme with its hosts' names, as the API shows it.
  Result<nlohmann::json> view(const domain::Actor& actor, const domain::Programme& programme) const;

 private:
  store::Store& store_;
  const Clock& clock_;
};

// A programme as the API shows it, with its hosts' names read in `tx`.
nlohmann::json programme_json(store::Transaction& tx, const domain::Programme& programme);

}  // namespace orbis::service
