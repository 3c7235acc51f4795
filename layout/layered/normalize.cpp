// Normalisation (dagre's normalize + parentDummyChains).
// Pre: ranked, acyclic, nesting edges removed.
// Post: every edge joins adjacent ranks: an edge spanning k ranks becomes a
//   chain of k-1 dummies (graph.chains keeps the chain per input edge, ends
//   included, in the acyclic direction). The dummy on the middle rank of a
//   labelled edge carries the label's size (dagre: labels occupy a rank, so
//   they never overlap nodes or other labels). Each dummy belongs to the
//   cluster the edge passes through at its rank: up from the source's
//   cluster to the common ancestor, then down to the target's.
#include <algorithm>

#include "layout/layered/phases.hpp"

namespace merrow::layered {

namespace {

// Clusters from `from` up to the lowest common ancestor, then down to `to`.
std::vector<uint32_t> cluster_path(const Graph& graph, uint32_t from, uint32_t to, size_t& lca_index) {
  auto depth = [&](uint32_t c) { return c == npos ? -1 : graph.clusters[c].depth; };
  std::vector<uint32_t> up, down;
  uint32_t a = from, b = to;
  while (depth(a) > depth(b)) up.push_back(a), a = graph.clusters[a].parent;
  while (depth(b) > depth(a)) down.push_back(b), b = graph.clusters[b].parent;
  while (a != b) {
    up.push_back(a), a = graph.clusters[a].parent;
    down.push_back(b), b = graph.clusters[b].parent;
  }
  up.push_back(a);
  lca_index = up.size() - 1;
  up.insert(up.end(), down.rbegin(), down.rend());
  return up;
}

void assign_dummy_clusters(Graph& graph, const WorkEdge& edge, const std::vector<uint32_t>& chain) {
  size_t lca_index = 0;
  const std::vector<uint32_t> path =
      cluster_path(graph, graph.nodes[edge.from].cluster, graph.nodes[edge.to].cluster, lca_index);
  size_t index = 0;
  bool ascending = true;
  for (uint32_t dummy : chain) {
    const int r = graph.nodes[dummy].rank;
    if (ascending) {
      while (index < lca_index && graph.clusters[path[index]].max_rank < r) ++index;
      if (index == lca_index) ascending = false;
    }
    if (!ascending) {
      while (index + 1 < path.size() && graph.clusters[path[index + 1]].min_rank <= r) ++index;
    }
    graph.nodes[dummy].cluster = path[index];
  }
}

}  // namespace

void normalize_run(Graph& graph) {
  const size_t original_edges = graph.edges.size();
  std::vector<WorkEdge> edges;
  for (size_t e = 0; e < original_edges; ++e) {
    const WorkEdge edge = graph.edges[e];
    const int from_rank = graph.nodes[edge.from].rank;
    const int to_rank = graph.nodes[edge.to].rank;
    const std::optional<Point>& label = graph.label_size[edge.origin];
    const int label_rank = (from_rank + to_rank) / 2;
    std::vector<uint32_t>& chain = graph.chains[edge.origin];
    graph.reversed[edge.origin] = edge.reversed;
    chain.push_back(edge.from);
    uint32_t previous = edge.from;
    for (int r = from_rank + 1; r < to_rank; ++r) {
      WorkNode dummy;
      dummy.kind = NodeKind::edge_dummy;
      dummy.origin = edge.origin;
      dummy.rank = r;
      if (label && r == label_rank) {
        dummy.kind = NodeKind::edge_label;
        dummy.width = label->x;
        dummy.height = label->y;
        graph.label_node[edge.origin] = static_cast<uint32_t>(graph.nodes.size());
      }
      graph.nodes.push_back(dummy);
      const uint32_t id = static_cast<uint32_t>(graph.nodes.size() - 1);
      chain.push_back(id);
      edges.push_back({previous, id, 1, edge.weight, edge.origin, edge.reversed});
      previous = id;
    }
    edges.push_back({previous, edge.to, 1, edge.weight, edge.origin, edge.reversed});
    if (!graph.clusters.empty()) {
      assign_dummy_clusters(graph, edge, std::vector<uint32_t>(chain.begin() + 1, chain.end()));
    }
    chain.push_back(edge.to);
  }
  graph.edges = std::move(edges);
}

}  // namespace merrow::layered
