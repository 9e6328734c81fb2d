// A research output the institution's people co-authored, as a bibliographic database such as
// OpenAlex records it: enough to count co-publications per partner and year (docs/research.md).
// Thread-safety: plain values.
#pragma once

#include <string>
#include <vector>

namespace orbis::domain::research {

// An institution one of the work's authors was affiliated with.
struct Affiliation {
  std::string ror;      // the ROR id's last part, "052gg0110"; empty when the source names none
  std::string name;     // as the source names it
  std::string country;  // ISO 3166-1 alpha-2, upper case; empty when unknown
};

struct Publication {
  std::string source_id;  // the source's id: "W2741809807" (OpenAlex)
  std::string doi;        // "10.1038/…", without the resolver; may be empty
  std::string title;
  int year = 0;      // the publication year
  std::string type;  // "article", "review", "book-chapter", … as the source types it
  // Each institution once, in the order the source lists the authorships.
  std::vector<Affiliation> affiliations;
};

}  // namespace orbis::domain::research
