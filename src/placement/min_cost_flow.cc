// The welfare-optimal assignment as a min-cost flow, solved by LEMON.
//
// Every applicant who can be placed anywhere is a node with supply 1 and an arc to each
// eligible offer with seats (cost: the 1-based rank of that preference) and one arc to the
// sink meaning "unplaced" (cost: the longest list + 1, worse than any rank). Offers send
// up to their capacity to the sink at no cost. The cheapest flow is the assignment with
// the least total rank. Applicants are added in score order and offers in id order, so among
// equally cheap assignments the solver's (deterministic) choice never depends on input order. (It
// does depend on the seed, through the score order, like every tie in Orbis.)

#include <lemon/network_simplex.h>
#include <lemon/smart_graph.h>

#include <algorithm>
#include <exception>
#include <string>
#include <vector>

#include "placement/instance.h"

namespace orbis::placement::detail {

Result<std::vector<std::uint32_t>> min_cost_flow(const Instance& in) {
  using Graph = lemon::SmartDigraph;
  using Solver = lemon::NetworkSimplex<Graph, std::int64_t, std::int64_t>;
  std::vector<std::uint32_t> held(in.applicant_count, kNoChoice);
  try {
    Graph graph;
    std::size_t usable_slots = 0;
    for (std::size_t s = 0; s < in.choice_offer.size(); ++s) {
      usable_slots += in.choice_eligible[s] && in.capacity[in.choice_offer[s]] > 0;
    }
    graph.reserveNode(static_cast<int>(in.applicant_count + in.offer_count + 1));
    graph.reserveArc(static_cast<int>(usable_slots + in.applicant_count + in.offer_count));
    const Graph::Node sink = graph.addNode();
    std::vector<Graph::Node> offer_node(in.offer_count, lemon::INVALID);
    Graph::ArcMap<std::int64_t> upper(graph);
    Graph::ArcMap<std::int64_t> cost(graph);
    Graph::NodeMap<std::int64_t> supply(graph, 0);
    for (const std::uint32_t o : in.offers_by_id) {
      if (in.capacity[o] == 0) continue;
      offer_node[o] = graph.addNode();
      const Graph::Arc to_sink = graph.addArc(offer_node[o], sink);
      upper.set(to_sink, in.capacity[o]);
      cost.set(to_sink, 0);
    }
    // (arc id, slot) for every placement arc, to read the flow back.
    std::vector<std::pair<int, std::uint32_t>> placement_arcs;
    placement_arcs.reserve(usable_slots);
    const std::int64_t unplaced_cost = std::int64_t{in.longest_list} + 1;
    std::int64_t placeable = 0;
    for (const std::uint32_t a : in.score_order) {
      Graph::Node node = lemon::INVALID;
      for (std::uint32_t s = in.first_choice[a]; s < in.first_choice[a + 1]; ++s) {
        const std::uint32_t o = in.choice_offer[s];
        if (!in.choice_eligible[s] || in.capacity[o] == 0) continue;
        if (node == lemon::INVALID) node = graph.addNode();
        const Graph::Arc arc = graph.addArc(node, offer_node[o]);
        upper.set(arc, 1);
        cost.set(arc, s - in.first_choice[a] + 1);
        placement_arcs.emplace_back(graph.id(arc), s);
      }
      if (node == lemon::INVALID) continue;
      const Graph::Arc unplaced = graph.addArc(node, sink);
      upper.set(unplaced, 1);
      cost.set(unplaced, unplaced_cost);
      supply.set(node, 1);
      ++placeable;
    }
    supply.set(sink, -placeable);

    Solver solver(graph);
    solver.upperMap(upper).costMap(cost).supplyMap(supply);
    // Candidate-list pivoting measured twice as fast as LEMON's default (block search) on
    // a 200,000-applicant call; CostScaling does not compile under C++20 (LEMON 1.3.1
    // ArrayMap uses the removed std::allocator::construct) and CapacityScaling took minutes.
    if (solver.run(Solver::CANDIDATE_LIST) != Solver::OPTIMAL) {
      return fail(Error::internal("the min-cost flow solver found no optimal assignment"));
    }
    for (const auto& [arc_id, slot] : placement_arcs) {
      if (solver.flow(graph.arcFromId(arc_id)) > 0) {
        const auto applicant = static_cast<std::uint32_t>(
            std::upper_bound(in.first_choice.begin(), in.first_choice.end(), slot) -
            in.first_choice.begin() - 1);
        held[applicant] = slot;
      }
    }
  } catch (const std::exception& e) {
    return fail(Error::internal(std::string("the min-cost flow solver failed: ") + e.what()));
  }
  return held;
}

}  // namespace orbis::placement::detail
