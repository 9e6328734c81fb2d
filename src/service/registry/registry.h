// The institution registry: search, read, create and update institutions and their org
// units, and the home institution.
//
// Thread-safety: thread-safe. Searches run in parallel; writes are serialised by the
// store and then applied to the in-memory index under an exclusive lock.
//
// The index and a summary of every institution live in memory, loaded by load(); every
// write through this class keeps them in step with the store. Writes made by another server
// on the same database are read from the store's numbered changes by a search that comes
// `refresh` (one second) or more after the last look: a search sees another server's write
// within that bound, with the institution's current names.
#pragma once

#include <chrono>
#include <memory>
#include <mutex>
#include <optional>
#include <shared_mutex>
#include <string>
#include <unordered_map>
#include <vector>

#include "common/clock.h"
#include "domain/institution.h"
#include "domain/user.h"
#include "search/institution_index.h"
#include "service/support/paging.h"
#include "store/store.h"

namespace orbis::service {

struct SearchRequest {
  std::string q;
  std::string country;  // ISO alpha-2 or empty
  std::string type;     // an InstitutionType name or empty
  std::size_t limit = 20;
  std::string cursor;  // from a previous page's `next`, or empty
};

struct InstitutionPage {
  std::vector<domain::Institution> items;  // summaries: names are not filled in
  std::optional<std::string> next;
  std::size_t total = 0;
};

// The fields an update may change; absent fields stay as they are.
struct InstitutionPatch {
  std::optional<std::string> name, name_zh, country, city, state_province, website, wikidata,
      ror_id;
  std::optional<std::vector<domain::InstitutionType>> types;
  std::optional<std::optional<int>> established;
  std::optional<std::vector<std::string>> domains;
  std::optional<std::vector<domain::InstitutionName>> names;
};

constexpr std::size_t kMaxPageSize = 100;

class Registry {
 public:
  Registry(store::Store& store, const Clock& clock,
           std::chrono::milliseconds refresh = std::chrono::seconds(1));

  // Reads every institution from the store and builds the index. Call once before use.
  Status load();

  // Any signed-in role. invalid_argument for a bad country, type, limit or cursor.
  Result<InstitutionPage> search(const domain::Actor& actor, const SearchRequest& request) const;
  // Any signed-in role; not_found when absent.
  Result<domain::Institution> get(const domain::Actor& actor, InstitutionId id) const;
  // Officers and admins. invalid_argument by field; already_exists for a ROR id or domain
  // that another institution has.
  Result<domain::Institution> create(const domain::Actor& actor, domain::Institution institution);
  // Officers and admins. conflict when `expected_version` is not the stored version.
  Result<domain::Institution> update(const domain::Actor& actor, InstitutionId id,
                                     const InstitutionPatch& patch, int expected_version);

  // What the actor may do with the institution (for its allowed_actions): "update",
  // "add_org_unit", "import_courses" — as the access policy says.
  static std::vector<std::string> allowed_actions(const domain::Actor& actor,
                                                  const domain::Institution& institution);

  // Any signed-in role: every org unit of the institution, for its full description.
  // not_found when there is no such institution.
  Result<std::vector<domain::OrgUnit>> org_units(const domain::Actor& actor,
                                                 InstitutionId id) const;
  // Any signed-in role: a page of the institution's org units by name. not_found when there
  // is no such institution; invalid_argument naming `limit` or `cursor` (a cursor is for
  // one institution's org units only).
  Result<Page<domain::OrgUnit>> org_unit_page(const domain::Actor& actor, InstitutionId id,
                                              const PageRequest& page) const;
  Result<domain::OrgUnit> create_org_unit(const domain::Actor& actor, domain::OrgUnit unit);

  // The institution Orbis works for; not_found before one is set.
  Result<domain::Institution> home() const;
  // The same, read inside the caller's transaction (a use case that opens its own).
  static Result<domain::Institution> home_in(store::Transaction& tx);
  // Admins (and the command line).
  Status set_home(const domain::Actor& actor, InstitutionId id);

  std::size_t size() const;

 private:
  Status check_unique_keys(store::Transaction& tx, const domain::Institution& in) const;
  void remember(const domain::Institution& in) const;
  // Applies the changes other servers made since the last look, at most once per refresh_;
  // a failure to read them is logged and the index serves as it is.
  void catch_up() const;

  store::Store& store_;
  const Clock& clock_;
  // Mutable: a search brings them up to date with other servers' writes (catch_up).
  mutable std::shared_mutex mutex_;
  mutable search::InstitutionIndex index_;
  mutable std::unordered_map<std::int64_t, domain::Institution> summaries_;
  const std::chrono::milliseconds refresh_;
  mutable std::mutex catch_up_mutex_;
  mutable std::int64_t seen_change_ = 0;                       // guarded by catch_up_mutex_
  mutable std::chrono::steady_clock::time_point last_look_{};  // guarded by catch_up_mutex_
};

}  // namespace orbis::service
