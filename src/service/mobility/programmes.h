// Programmes (docs/mobility.md): every signed-in user reads them; officers and admins write;
// the published ones are public; a partner sees those it hosts.
//
// Thread-safety: thread-safe (every call runs in its own transaction).
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "common/clock.h"
#include "domain/mobility.h"
#include "domain/user.h"
#include "service/support/paging.h"
#include "service/support/views.h"
#include "store/store.h"

namespace orbis::service {

// A programme as a reader sees it: the record, its hosts' names, and what the reader may do
// with it (empty for the public).
struct ProgrammeView {
  domain::Programme programme;
  std::vector<InstitutionRef> hosts;
  std::vector<std::string> allowed_actions;
};

// A published programme as the public sees it: the record (of which the public is shown what
// prospective students need) and its hosts' names.
struct PublicProgrammeView {
  domain::Programme programme;
  std::vector<InstitutionRef> hosts;
};

class Programmes {
 public:
  Programmes(store::Store& store, const Clock& clock) : store_(store), clock_(clock) {}

  // The programmes `actor` may read (a partner: those it hosts; nullptr: the public, who
  // see the published ones only), by code, a page at a time; invalid_argument for a bad
  // limit or cursor.
  Result<Page<ProgrammeView>> page(const domain::Actor* actor, bool published_only,
                                   std::size_t limit, std::string_view cursor) const;
  // The published programmes, as the public sees them, by code, a page at a time.
  Result<Page<PublicProgrammeView>> published(std::size_t limit, std::string_view cursor) const;
  Result<domain::Programme> get(const domain::Actor& actor, ProgrammeId id) const;
  Result<domain::Programme> create(const domain::Actor& actor, domain::Programme programme);
  Result<domain::Programme> update(const domain::Actor& actor, domain::Programme programme,
                                   int expected_version);
  // The programme with its hosts' names and what `actor` may do with it.
  Result<ProgrammeView> view(const domain::Actor& actor, const domain::Programme& programme) const;

 private:
  store::Store& store_;
  const Clock& clock_;
};

}  // namespace orbis::service
