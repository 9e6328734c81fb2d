// An in-memory search index over the institution registry.
//
// Thread-safety: not synchronised. Any number of threads may call search() at once, but
// upsert() needs exclusive access; the service layer guards the index with a shared mutex.
//
// What it finds: any name or alias in any script (西湖大学, Westlake University), acronyms
// (ZJU), web domains and URLs (westlake.edu.cn), prefixes while typing (westl), and names
// with typos (westlak universty). How it ranks: an exact name first, then names that start
// with the query, then names that contain every word; within a tier, shorter names and
// universities before facilities with similar names. docs/search.md explains the scores.
#pragma once

#include <cstdint>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

#include "common/ids.h"
#include "domain/institution.h"

namespace orbis::search {

struct Query {
  std::string text;     // free text; empty lists everything by name
  std::string country;  // ISO alpha-2, or empty for all
  std::optional<domain::InstitutionType> type;
  std::size_t offset = 0;
  std::size_t limit = 20;
};

struct Hit {
  InstitutionId id;
  double score = 0;
  std::string matched_name;  // the name that matched best
};

struct Page {
  std::vector<Hit> hits;
  std::size_t total = 0;  // matches before offset/limit
};

class InstitutionIndex {
 public:
  InstitutionIndex();
  ~InstitutionIndex();
  InstitutionIndex(InstitutionIndex&&) noexcept;
  InstitutionIndex& operator=(InstitutionIndex&&) noexcept;

  // Adds the institution, or replaces what was indexed under its id.
  void upsert(const domain::Institution& institution);
  // Forgets the institution; no-op when absent.
  void remove(InstitutionId id);

  // The matches for `query`, best first, ties broken by name then id so that pages are
  // stable. Never fails: a query with nothing to match returns no hits.
  Page search(const Query& query) const;

  std::size_t size() const;

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace orbis::search
