// The canonical form of a Problem, whose SHA-256 every Allocation records: RFC 8785 (JCS)
// style — keys sorted, no whitespace, short escapes — with every optional field written
// out, so that two documents meaning the same problem hash the same. The seed is left
// out: it is a parameter of the run, recorded beside the hash.

#include <algorithm>
#include <string>
#include <vector>

#include "placement/allocation.h"
#include "placement/json_text.h"

namespace orbis::placement {
namespace {

using detail::append_json_number;
using detail::append_json_string;

template <typename Id>
void append_ids(std::string& out, const std::vector<Id>& ids) {
  out.push_back('[');
  for (std::size_t i = 0; i < ids.size(); ++i) {
    if (i > 0) out.push_back(',');
    append_json_string(out, ids[i].value);
  }
  out.push_back(']');
}

}  // namespace

std::string canonical_input(const Problem& problem) {
  std::string out;
  out.reserve(64 * (problem.applicants.size() + problem.offers.size()));
  out += "{\"applicants\":[";
  std::vector<const Ineligibility*> ineligible;
  for (std::size_t a = 0; a < problem.applicants.size(); ++a) {
    const Applicant& applicant = problem.applicants[a];
    if (a > 0) out.push_back(',');
    out += "{\"id\":";
    append_json_string(out, applicant.id.value);
    out += ",\"ineligible\":{";
    ineligible.clear();
    for (const Ineligibility& entry : applicant.ineligible) ineligible.push_back(&entry);
    std::ranges::sort(ineligible, {}, [](const Ineligibility* entry) -> const std::string& {
      return entry->offer.value;
    });
    for (std::size_t i = 0; i < ineligible.size(); ++i) {
      if (i > 0) out.push_back(',');
      append_json_string(out, ineligible[i]->offer.value);
      out.push_back(':');
      append_json_string(out, ineligible[i]->reason);
    }
    out += "},\"preferences\":";
    append_ids(out, applicant.preferences);
    out += ",\"score\":";
    append_json_number(out, applicant.score);
    out.push_back('}');
  }
  out += "],\"offers\":[";
  for (std::size_t o = 0; o < problem.offers.size(); ++o) {
    const Offer& offer = problem.offers[o];
    if (o > 0) out.push_back(',');
    out += "{\"id\":";
    append_json_string(out, offer.id.value);
    out += ",\"priority\":";
    append_ids(out, offer.priority);
    out += ",\"seats\":";
    detail::append_json_integer(out, offer.seats);
    out.push_back('}');
  }
  out += "]}";
  return out;
}

}  // namespace orbis::placement
