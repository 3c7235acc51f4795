// Each pair of sibling clusters trades places on every layer where both
// have nodes (the nodes between them stay), kept when the whole drawing then
// has fewer crossings; repeated while a swap helps, a bounded number of times.
#include "layout/layered/order_clusters.hpp"

#include <algorithm>

#include "layout/layered/cross_count.hpp"

namespace merrow::layered {

namespace {

bool within(const Graph& graph, uint32_t v, uint32_t cluster) {
  for (uint32_t c = graph.nodes[v].cluster; c != npos; c = graph.clusters[c].parent) {
    if (c == cluster) return true;
  }
  return false;
}

// The cluster's block [first, last] in a layer, or false when it has none there.
bool block(const Graph& graph, const std::vector<uint32_t>& layer, uint32_t cluster, size_t& first, size_t& last) {
  first = layer.size(), last = 0;
  for (size_t i = 0; i < layer.size(); ++i) {
    if (within(graph, layer[i], cluster)) first = std::min(first, i), last = i;
  }
  return first < layer.size();
}

// Swaps the two clusters' blocks in every layer of lo..hi holding both.
void swap_blocks(const Graph& graph, std::vector<std::vector<uint32_t>>& layers, int lo, int hi, uint32_t a,
                 uint32_t b) {
  for (int r = lo; r <= hi; ++r) {
    std::vector<uint32_t>& layer = layers[static_cast<size_t>(r)];
    size_t a0, a1, b0, b1;
    if (!block(graph, layer, a, a0, a1) || !block(graph, layer, b, b0, b1)) continue;
    if (b0 < a0) std::swap(a0, b0), std::swap(a1, b1);
    std::vector<uint32_t> swapped(layer.begin(), layer.begin() + static_cast<long>(a0));
    swapped.insert(swapped.end(), layer.begin() + static_cast<long>(b0), layer.begin() + static_cast<long>(b1) + 1);
    swapped.insert(swapped.end(), layer.begin() + static_cast<long>(a1) + 1, layer.begin() + static_cast<long>(b0));
    swapped.insert(swapped.end(), layer.begin() + static_cast<long>(a0), layer.begin() + static_cast<long>(a1) + 1);
    swapped.insert(swapped.end(), layer.begin() + static_cast<long>(b1) + 1, layer.end());
    layer = std::move(swapped);
  }
}

}  // namespace

void swap_clusters(const Graph& graph, std::vector<std::vector<uint32_t>>& layers, const LayerAdjacency& adjacency,
                   std::vector<uint32_t>& position) {
  std::vector<uint32_t> laid_out;
  for (uint32_t c = 0; c < graph.clusters.size(); ++c) {
    if (graph.clusters[c].top != npos) laid_out.push_back(c);
  }
  auto place = [&] {
    for (const auto& layer : layers) {
      for (uint32_t i = 0; i < layer.size(); ++i) position[layer[i]] = i;
    }
  };
  double best = cross_count(layers, adjacency, position);
  for (int pass = 0; pass < 4 && best > 0; ++pass) {
    bool improved = false;
    for (size_t i = 0; i < laid_out.size(); ++i) {
      for (size_t j = i + 1; j < laid_out.size(); ++j) {
        const WorkCluster& a = graph.clusters[laid_out[i]];
        const WorkCluster& b = graph.clusters[laid_out[j]];
        if (a.parent != b.parent) continue;
        const int lo = std::max(a.min_rank, b.min_rank), hi = std::min(a.max_rank, b.max_rank);
        if (lo > hi) continue;
        const std::vector<std::vector<uint32_t>> before = layers;
        swap_blocks(graph, layers, lo, hi, laid_out[i], laid_out[j]);
        place();
        const double crossings = cross_count(layers, adjacency, position);
        if (crossings < best) {
          best = crossings, improved = true;
        } else {
          layers = before;
          place();
        }
      }
    }
    if (!improved) break;
  }
}

}  // namespace merrow::layered
