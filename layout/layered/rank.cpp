// Ranking.
// Pre: acyclic edges (nesting edges included), minlen doubled for labels.
// Post: every node has a rank >= 0 with rank(to) - rank(from) >= minlen for
//   every edge; the weighted total edge length is minimal (network simplex),
//   or feasible and near minimal on huge graphs where the pivots are capped.
#include <algorithm>

#include "layout/layered/network_simplex.hpp"
#include "layout/layered/phases.hpp"

namespace merrow::layered {

void rank(Graph& graph) {
  std::vector<RankEdge> edges;
  edges.reserve(graph.edges.size());
  for (const WorkEdge& edge : graph.edges) edges.push_back({edge.from, edge.to, edge.minlen, edge.weight});
  // Each pivot costs O(V + E): cap the pivots so that huge graphs spend
  // about 4e6 steps at most (graphs of a few hundred nodes reach the optimum first).
  const double size = static_cast<double>(graph.nodes.size() + edges.size()) + 1;
  const int cap = static_cast<int>(std::clamp(4e6 / size, 100.0, 5000.0));
  const std::vector<int> ranks =
      network_simplex(static_cast<uint32_t>(graph.nodes.size()), edges, cap);
  for (uint32_t v = 0; v < graph.nodes.size(); ++v) graph.nodes[v].rank = ranks[v];
}

}  // namespace merrow::layered
