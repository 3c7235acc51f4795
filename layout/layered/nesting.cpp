// Cluster nesting for ranking (dagre's nestingGraph, simplified).
// Pre: acyclic edges; clusters parents-first, depth set.
// Post (run): every cluster has a top and a bottom border node; nesting
//   edges top -> each direct member (node, or child cluster's top) and
//   member (node, or child's bottom) -> bottom, minlen 1 and a weight above
//   all real edges together, so that ranking puts every member strictly
//   between its cluster's borders and keeps clusters short.
// Post (cleanup): nesting edges removed; min_rank/max_rank set from the borders.
#include "layout/layered/phases.hpp"

namespace merrow::layered {

namespace {

uint32_t add_border(Graph& graph, NodeKind kind, uint32_t cluster) {
  WorkNode node;
  node.kind = kind;
  node.cluster = cluster;
  node.origin = cluster;
  const WorkCluster& c = graph.clusters[cluster];
  const Direction d = graph.options.direction;
  const bool horizontal = d == Direction::LR || d == Direction::RL;
  if (kind == NodeKind::border_top && !horizontal) {
    // The title sits in the top border's slot, so rank spacing makes room for
    // it (LR/RL: the left borders hold it, see border_segments.cpp).
    node.width = c.title_width + 2 * graph.options.cluster_padding;
    node.height = c.title_height + graph.options.cluster_padding;
  } else {
    node.height = graph.options.cluster_padding;
  }
  graph.nodes.push_back(node);
  return static_cast<uint32_t>(graph.nodes.size() - 1);
}

}  // namespace

void nesting_run(Graph& graph) {
  if (graph.clusters.empty()) return;
  double total_weight = 1;
  for (const WorkEdge& edge : graph.edges) total_weight += edge.weight;
  const uint32_t real_nodes = static_cast<uint32_t>(graph.nodes.size());
  std::vector<char> used(graph.clusters.size(), 0);  // folded clusters get no borders
  for (uint32_t v = 0; v < real_nodes; ++v) {
    for (uint32_t c = graph.nodes[v].cluster; c != npos && !used[c]; c = graph.clusters[c].parent) {
      used[c] = 1;
    }
  }
  for (uint32_t c = 0; c < graph.clusters.size(); ++c) {
    if (!used[c]) continue;
    graph.clusters[c].top = add_border(graph, NodeKind::border_top, c);
    graph.clusters[c].bottom = add_border(graph, NodeKind::border_bottom, c);
  }
  auto link = [&](uint32_t from, uint32_t to, double weight) {
    graph.edges.push_back({from, to, 1, weight, npos, false});
  };
  for (uint32_t c = 0; c < graph.clusters.size(); ++c) {
    const uint32_t parent = graph.clusters[c].parent;
    if (!used[c] || parent == npos) continue;
    link(graph.clusters[parent].top, graph.clusters[c].top, total_weight);
    link(graph.clusters[c].bottom, graph.clusters[parent].bottom, total_weight);
  }
  for (uint32_t v = 0; v < real_nodes; ++v) {
    const uint32_t c = graph.nodes[v].cluster;
    if (c == npos) continue;
    link(graph.clusters[c].top, v, 2 * total_weight);
    link(v, graph.clusters[c].bottom, 2 * total_weight);
  }
}

void nesting_cleanup(Graph& graph) {
  std::erase_if(graph.edges, [](const WorkEdge& edge) { return edge.origin == npos; });
  for (WorkCluster& cluster : graph.clusters) {
    if (cluster.top == npos) continue;
    cluster.min_rank = graph.nodes[cluster.top].rank;
    cluster.max_rank = graph.nodes[cluster.bottom].rank;
  }
}

}  // namespace merrow::layered
