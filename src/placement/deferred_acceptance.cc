// Applicant-proposing deferred acceptance and its special case, serial dictatorship.

#include <algorithm>
#include <cstdint>
#include <vector>

#include "placement/instance.h"

namespace orbis::placement::detail {

// Each offer keeps its tentatively admitted applicants in a max-heap on priority position
// (the worst admitted on top), so a proposal costs O(log seats). An entry packs
// (priority position << 32 | applicant): comparing entries compares priorities, which are
// distinct within an offer. Every applicant proposes at most once per slot, so the whole
// run is O(slots · log seats), and the result — the applicant-optimal stable matching —
// does not depend on the order in which free applicants propose.
std::vector<std::uint32_t> deferred_acceptance(const Instance& in) {
  std::vector<std::uint64_t> heap_begin(in.offer_count + 1, 0);
  for (std::uint32_t o = 0; o < in.offer_count; ++o)
    heap_begin[o + 1] = heap_begin[o] + in.capacity[o];
  std::vector<std::uint64_t> heap(heap_begin.back());
  std::vector<std::uint32_t> heap_size(in.offer_count, 0);
  std::vector<std::uint32_t> held(in.applicant_count, kNoChoice);

  for (std::uint32_t first = 0; first < in.applicant_count; ++first) {
    std::uint32_t proposer = first;
    std::uint32_t slot = in.first_choice[proposer];
    while (true) {
      const std::uint32_t end = in.first_choice[proposer + 1];
      std::uint32_t rejected = kNoChoice;  // the applicant bumped by this proposal, if any
      for (; slot < end; ++slot) {
        if (!in.choice_eligible[slot]) continue;
        const std::uint32_t offer = in.choice_offer[slot];
        const std::uint32_t capacity = in.capacity[offer];
        if (capacity == 0) continue;
        const std::uint64_t entry = (std::uint64_t{in.choice_priority[slot]} << 32) | proposer;
        std::uint64_t* const admitted = heap.data() + heap_begin[offer];
        std::uint32_t& size = heap_size[offer];
        if (size < capacity) {
          admitted[size++] = entry;
          std::push_heap(admitted, admitted + size);
          held[proposer] = slot;
          break;
        }
        if (admitted[0] > entry) {
          rejected = static_cast<std::uint32_t>(admitted[0] & 0xffffffffu);
          std::pop_heap(admitted, admitted + size);
          admitted[size - 1] = entry;
          std::push_heap(admitted, admitted + size);
          held[proposer] = slot;
          break;
        }
      }
      if (slot == end) {
        held[proposer] = kNoChoice;
        break;
      }
      if (rejected == kNoChoice) break;
      proposer = rejected;
      slot = held[rejected] + 1;
    }
  }
  return held;
}

// With one common priority, the best applicant takes their best seat, and so on down.
std::vector<std::uint32_t> serial_dictatorship(const Instance& in) {
  std::vector<std::uint32_t> filled(in.offer_count, 0);
  std::vector<std::uint32_t> held(in.applicant_count, kNoChoice);
  for (const std::uint32_t applicant : in.score_order) {
    for (std::uint32_t slot = in.first_choice[applicant]; slot < in.first_choice[applicant + 1];
         ++slot) {
      const std::uint32_t offer = in.choice_offer[slot];
      if (in.choice_eligible[slot] && filled[offer] < in.capacity[offer]) {
        ++filled[offer];
        held[applicant] = slot;
        break;
      }
    }
  }
  return held;
}

}  // namespace orbis::placement::detail
