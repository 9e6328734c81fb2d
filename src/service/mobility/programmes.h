// Programmes: the exchanges, schools, internships and visits a university offers, with their
// hosts and scholarships (docs/mobility.md). Every signed-in user reads them (a partner those
// it hosts); officers and admins write them; the published ones are public.
//
// Thread-safety: thread-safe; every call is one transaction.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "common/clock.h"
#include "domain/mobility.h"
#include "domain/user.h"
#include "service/support/paging.h"
#include "service/support/views.h"
#include "store/query.h"
#include "store/store.h"

namespace orbis::service {

// A programme as a reader sees it: with its hosts' names and what the reader may do to it.
struct ProgrammeView {
  domain::Programme programme;
  std::vector<InstitutionRef> hosts;
  std::vector<std::string> allowed_actions;  // "update"

  int etag() const { return programme.version; }
};

struct ProgrammeList {
  bool published_only = false;
  std::optional<domain::ProgrammeKind> kind;
  std::size_t limit = 20;
  std::string cursor;
};

class Programmes {
 public:
  Programmes(store::Store& store, const Clock& clock) : store_(store), clock_(clock) {}

  // The programmes the actor may read, by code; a page of them.
  Result<Page<ProgrammeView>> list(const domain::Actor& actor, const ProgrammeList& query) const;
  // The published programmes, for anyone.
  Result<Page<ProgrammeView>> list_public(const ProgrammeList& query) const;
  // not_found when absent or out of the actor's scope.
  Result<ProgrammeView> get(const domain::Actor& actor, ProgrammeId id) const;
  Result<ProgrammeView> create(const domain::Actor& actor, domain::Programme programme);
  // Replaces the programme (read with get(), changed by the caller) at `expected_version`;
  // conflict when someone changed it since.
  Result<ProgrammeView> update(const domain::Actor& actor, domain::Programme programme,
                               int expected_version);

 private:
  store::Store& store_;
  const Clock& clock_;
};

}  // namespace orbis::service
