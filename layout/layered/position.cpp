// Coordinate assignment.
// Pre: ordered layers.
// Post: y per rank (dagre: each rank as tall as its tallest node, ranks
//   rank_sep/2 apart since labels take the odd ranks); x by Brandes–Köpf, so
//   nodes of a layer keep their order at least their separation apart and long
//   edges run straight. The leftmost extent is 0 and the top is 0 (TB frame).
#include <algorithm>
#include <limits>

#include "layout/layered/bk.hpp"
#include "layout/layered/phases.hpp"

namespace merrow::layered {

void position(Graph& graph) {
  double y = 0;
  for (const auto& layer : graph.layers) {
    double height = 0;
    for (uint32_t v : layer) height = std::max(height, graph.nodes[v].height);
    for (uint32_t v : layer) graph.nodes[v].y = y + height / 2;
    y += height + graph.options.rank_sep / 2;
  }
  const std::vector<double> x = brandes_koepf(graph, layer_adjacency(graph));
  double least = std::numeric_limits<double>::infinity();
  for (uint32_t v = 0; v < graph.nodes.size(); ++v) least = std::min(least, x[v] - graph.nodes[v].width / 2);
  for (uint32_t v = 0; v < graph.nodes.size(); ++v) graph.nodes[v].x = x[v] - least;
}

}  // namespace merrow::layered
