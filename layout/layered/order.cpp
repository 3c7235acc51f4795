// Crossing minimisation (Gansner et al. §3; dagre's order/).
// Pre: normalised (every edge joins adjacent ranks), border segments added.
// Post: graph.layers holds each rank's nodes in order and node.order is the
//   index in its layer (a permutation per layer); each cluster's nodes are
//   contiguous in every layer with its side borders at the ends. The order is
//   the best found (fewest weighted crossings) over alternating down/up
//   barycenter sweeps, each followed by transposition of neighbours; stops
//   after options.order_iterations sweeps or order_quit sweeps without gain.
//   Small graphs sweep from more starts, then swap sibling clusters and sift
//   single nodes. Crossings of cluster sides count half (cross_count.cpp).
#include <algorithm>

#include "layout/layered/cross_count.hpp"
#include "layout/layered/order_clusters.hpp"
#include "layout/layered/order_sift.hpp"
#include "layout/layered/order_sort.hpp"
#include "layout/layered/phases.hpp"

namespace merrow::layered {

namespace {

// dagre's initOrder: depth-first from nodes by rank, so connected nodes start close.
std::vector<std::vector<uint32_t>> initial_layers(const Graph& graph, const LayerAdjacency& adjacency) {
  int max_rank = 0;
  for (const WorkNode& node : graph.nodes) max_rank = std::max(max_rank, node.rank);
  std::vector<std::vector<uint32_t>> layers(static_cast<size_t>(max_rank) + 1);
  std::vector<uint32_t> starts(graph.nodes.size());
  for (uint32_t v = 0; v < starts.size(); ++v) starts[v] = v;
  std::stable_sort(starts.begin(), starts.end(),
                   [&](uint32_t a, uint32_t b) { return graph.nodes[a].rank < graph.nodes[b].rank; });
  std::vector<char> seen(graph.nodes.size(), 0);
  std::vector<uint32_t> stack;
  for (uint32_t start : starts) {
    if (seen[start]) continue;
    seen[start] = 1;
    stack.push_back(start);
    while (!stack.empty()) {
      const uint32_t v = stack.back();
      stack.pop_back();
      layers[graph.nodes[v].rank].push_back(v);
      const auto& down = adjacency.down[v];
      for (auto it = down.rbegin(); it != down.rend(); ++it) {
        if (!seen[*it]) seen[*it] = 1, stack.push_back(*it);
      }
    }
  }
  return layers;
}

void index_positions(const std::vector<std::vector<uint32_t>>& layers, std::vector<uint32_t>& position) {
  for (const auto& layer : layers) {
    for (uint32_t i = 0; i < layer.size(); ++i) position[layer[i]] = i;
  }
}

// Weighted crossings between v and w (v left of w) against one neighbour side.
double pair_crossings(uint32_t v, uint32_t w, const std::vector<std::vector<uint32_t>>& neighbours,
                      const std::vector<std::vector<double>>& weights, const std::vector<uint32_t>& position) {
  double crossings = 0;
  for (size_t i = 0; i < neighbours[v].size(); ++i) {
    for (size_t j = 0; j < neighbours[w].size(); ++j) {
      if (position[neighbours[v][i]] > position[neighbours[w][j]]) crossings += weights[v][i] * weights[w][j];
    }
  }
  return crossings;
}

// Gansner et al.'s transpose: swap neighbours in a layer while that lowers
// crossings. Only siblings in the same cluster swap (clusters stay contiguous).
// With `swap_ties`, equal counts swap too (Graphviz's `reverse` pass), which
// lets later sweeps escape a plateau.
void transpose(const Graph& graph, std::vector<std::vector<uint32_t>>& layers, const LayerAdjacency& adj,
               std::vector<uint32_t>& position, bool swap_ties) {
  auto crossings = [&](uint32_t a, uint32_t b) {
    return pair_crossings(a, b, adj.up, adj.up_weight, position) +
           pair_crossings(a, b, adj.down, adj.down_weight, position);
  };
  auto swappable = [&](uint32_t v) {
    const NodeKind kind = graph.nodes[v].kind;
    return kind != NodeKind::border_left && kind != NodeKind::border_right;
  };
  for (int pass = 0; pass < 4; ++pass) {
    bool improved = false;
    for (auto& layer : layers) {
      for (size_t i = 0; i + 1 < layer.size(); ++i) {
        const uint32_t v = layer[i], w = layer[i + 1];
        if (!swappable(v) || !swappable(w) || graph.nodes[v].cluster != graph.nodes[w].cluster) continue;
        const double before = crossings(v, w), after = crossings(w, v);
        if (after < before || (swap_ties && after == before && after > 0)) {
          std::swap(layer[i], layer[i + 1]);
          position[v] = static_cast<uint32_t>(i + 1);
          position[w] = static_cast<uint32_t>(i);
          improved = improved || after < before;
        }
      }
    }
    if (!improved) break;
  }
}

struct Ordering {
  std::vector<std::vector<uint32_t>> layers;
  double crossings = 0;
};

// Sweeps from one start; returns the best order seen.
Ordering sweep(const Graph& graph, const LayerAdjacency& adjacency, std::vector<std::vector<uint32_t>> layers) {
  std::vector<uint32_t> position(graph.nodes.size(), 0);
  index_positions(layers, position);
  // The start is sorted once so clusters begin contiguous.
  const std::vector<double> initial_keys = cluster_keys(graph, adjacency.up, adjacency.up_weight, position);
  for (auto& layer : layers) sort_layer(graph, layer, adjacency.up, adjacency.up_weight, position, initial_keys);
  index_positions(layers, position);
  Ordering best{layers, cross_count(layers, adjacency, position)};
  int since_best = 0;
  // Huge graphs get fewer sweeps: each costs O(E log V) plus transposition.
  const bool huge = graph.nodes.size() > 20000;
  const int iterations = huge ? std::min(graph.options.order_iterations, 6) : graph.options.order_iterations;
  const int quit = huge ? std::min(graph.options.order_quit, 2) : graph.options.order_quit;
  for (int iteration = 0; iteration < iterations && best.crossings > 0; ++iteration) {
    const bool down = iteration % 2 == 0;
    const size_t count = layers.size();
    const auto& neighbours = down ? adjacency.up : adjacency.down;
    const auto& weights = down ? adjacency.up_weight : adjacency.down_weight;
    const std::vector<double> keys = cluster_keys(graph, neighbours, weights, position);
    for (size_t step = 1; step < count; ++step) {
      const size_t r = down ? step : count - 1 - step;
      sort_layer(graph, layers[r], neighbours, weights, position, keys, iteration % 4 >= 2);
      for (uint32_t i = 0; i < layers[r].size(); ++i) position[layers[r][i]] = i;
    }
    transpose(graph, layers, adjacency, position, iteration % 2 == 1);
    const double crossings = cross_count(layers, adjacency, position);
    if (crossings < best.crossings) {
      best = {layers, crossings}, since_best = 0;
    } else if (++since_best >= quit) {
      break;
    }
  }
  return best;
}

}  // namespace

void order(Graph& graph) {
  const LayerAdjacency adjacency = layer_adjacency(graph);
  const std::vector<std::vector<uint32_t>> start = initial_layers(graph, adjacency);
  Ordering best = sweep(graph, adjacency, start);
  // Small graphs also try the mirrored start (cheap, and sweeps from a
  // different start often find a different local optimum); the first best wins ties.
  if (best.crossings > 0 && graph.nodes.size() <= 2000) {
    std::vector<std::vector<uint32_t>> mirrored = start;
    for (auto& layer : mirrored) std::reverse(layer.begin(), layer.end());
    Ordering other = sweep(graph, adjacency, std::move(mirrored));
    if (other.crossings < best.crossings) best = std::move(other);
  }
  // Small graphs also sweep from a few shuffled starts (a fixed seed: the
  // same order every run): their sweeps are cheap and settle in different
  // local optima.
  uint64_t state = 0x9E3779B97F4A7C15ULL;
  for (int k = 0; k < 4 && best.crossings > 0 && graph.nodes.size() <= 400; ++k) {
    std::vector<std::vector<uint32_t>> shuffled = start;
    for (auto& layer : shuffled) {
      for (size_t i = layer.size(); i > 1; --i) {
        state = state * 6364136223846793005ULL + 1442695040888963407ULL;
        std::swap(layer[i - 1], layer[(state >> 33) % i]);
      }
    }
    Ordering other = sweep(graph, adjacency, std::move(shuffled));
    if (other.crossings < best.crossings) best = std::move(other);
  }
  if (best.crossings > 0 && graph.nodes.size() <= 400) {
    std::vector<uint32_t> position(graph.nodes.size(), 0);
    index_positions(best.layers, position);
    swap_clusters(graph, best.layers, adjacency, position);
    sift(graph, best.layers, adjacency, position);
  }
  graph.layers = std::move(best.layers);
  for (const auto& layer : graph.layers) {
    for (uint32_t i = 0; i < layer.size(); ++i) graph.nodes[layer[i]].order = i;
  }
}

}  // namespace merrow::layered
