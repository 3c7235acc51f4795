// Sifting (Matuszewski, Schönfeld, Molitor 1999), for small graphs after the
// barycenter sweeps: each node in turn tries every slot of its layer that
// keeps clusters contiguous, and stays where the crossings with both
// neighbouring layers are fewest. Sweeps settle in local optima on dense
// graphs (complete DAGs, fan-ins); sifting moves single nodes past them.
#include "layout/layered/order_sift.hpp"

#include <algorithm>

#include "layout/layered/cross_count.hpp"

namespace merrow::layered {

namespace {

uint32_t lowest_common(const Graph& graph, uint32_t a, uint32_t b) {
  auto depth = [&](uint32_t c) { return c == npos ? -1 : graph.clusters[c].depth; };
  while (depth(a) > depth(b)) a = graph.clusters[a].parent;
  while (depth(b) > depth(a)) b = graph.clusters[b].parent;
  while (a != b) a = graph.clusters[a].parent, b = graph.clusters[b].parent;
  return a;
}

// The cluster a slot between `left` and `right` (npos: the layer's end) lies in.
uint32_t gap_cluster(const Graph& graph, uint32_t left, uint32_t right) {
  auto after = [&](uint32_t v) {
    const WorkNode& n = graph.nodes[v];
    return n.kind == NodeKind::border_right ? graph.clusters[n.cluster].parent : n.cluster;
  };
  auto before = [&](uint32_t v) {
    const WorkNode& n = graph.nodes[v];
    return n.kind == NodeKind::border_left ? graph.clusters[n.cluster].parent : n.cluster;
  };
  if (left == npos && right == npos) return npos;
  if (left == npos) return lowest_common(graph, before(right), npos);
  if (right == npos) return lowest_common(graph, after(left), npos);
  return lowest_common(graph, after(left), before(right));
}

double local_crossings(const std::vector<std::vector<uint32_t>>& layers, size_t r, const LayerAdjacency& adjacency,
                       const std::vector<uint32_t>& position) {
  double total = 0;
  if (r > 0) total += cross_count_pair(layers[r - 1], layers[r].size(), adjacency, position);
  if (r + 1 < layers.size()) total += cross_count_pair(layers[r], layers[r + 1].size(), adjacency, position);
  return total;
}

}  // namespace

void sift(const Graph& graph, std::vector<std::vector<uint32_t>>& layers, const LayerAdjacency& adjacency,
          std::vector<uint32_t>& position) {
  for (int pass = 0; pass < 2; ++pass) {
    bool improved = false;
    for (size_t r = 0; r < layers.size(); ++r) {
      std::vector<uint32_t>& layer = layers[r];
      const std::vector<uint32_t> nodes = layer;
      for (uint32_t v : nodes) {
        const NodeKind kind = graph.nodes[v].kind;
        if (kind == NodeKind::border_left || kind == NodeKind::border_right) continue;
        auto place = [&] { for (uint32_t i = 0; i < layer.size(); ++i) position[layer[i]] = i; };
        double best = local_crossings(layers, r, adjacency, position);
        std::vector<uint32_t> best_layer = layer;
        layer.erase(std::find(layer.begin(), layer.end(), v));
        const std::vector<uint32_t> without = layer;
        for (size_t slot = 0; slot <= without.size(); ++slot) {
          const uint32_t left = slot == 0 ? npos : without[slot - 1];
          const uint32_t right = slot == without.size() ? npos : without[slot];
          if (gap_cluster(graph, left, right) != graph.nodes[v].cluster) continue;
          layer = without;
          layer.insert(layer.begin() + static_cast<long>(slot), v);
          place();
          const double crossings = local_crossings(layers, r, adjacency, position);
          if (crossings < best) best = crossings, best_layer = layer, improved = true;
        }
        layer = std::move(best_layer);
        place();
      }
    }
    if (!improved) break;
  }
}

}  // namespace merrow::layered
