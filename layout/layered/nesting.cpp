// Cluster nesting for ranking (dagre's nestingGraph, as mermaid runs it).
// Pre: acyclic edges; clusters parents-first, depth set.
// Post (run): every cluster has a top and a bottom border node; nesting
//   edges top -> each direct member (node, or child cluster's top) and
//   member (node, or child's bottom) -> bottom, weighted above all real edges
//   together so that ranking puts every member strictly between its
//   cluster's borders and keeps clusters short. Every real edge's minlen is
//   multiplied by rank_factor = 2 * height + 1 (height: the deepest nesting),
//   which leaves odd ranks between members for the borders: clusters joined
//   one after another get disjoint rank ranges (a row, not a staircase). A
//   root node (the last node) fixes the ranks' phase: weight-0 edges to every
//   top-level node and cluster, as dagre's.
// Post (cleanup): root and nesting edges removed; ranks from 0; empty ranks
//   dropped unless a multiple of rank_factor or an edge label's middle rank
//   (dagre's removeEmptyRanks + edge label proxies); min_rank/max_rank set.
#include <algorithm>

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
  // TB: the title is at the top border; BT turns the frame upside down, so
  // the drawing's top is the bottom border there.
  const NodeKind title_kind = d == Direction::BT ? NodeKind::border_bottom : NodeKind::border_top;
  if (kind == title_kind && !horizontal) {
    // The title sits in this border's slot and the half rank gap next to it
    // (where mermaid draws it): the slot grows only by what the gap lacks, so
    // the title never touches the first members (LR/RL: see bk.cpp's separation).
    const double padding = graph.options.cluster_padding;
    node.width = graph.options.title_slots ? c.title_width + 2 * padding : 0;
    node.height = std::max(padding, c.title_height + padding - graph.options.rank_sep / 2);
  } else {
    // As dagre's, no height: the half rank gap is the padding (mermaid: 25
    // px); only a rank gap under the padding is made up for.
    node.height = std::max(0.0, 2 * graph.options.cluster_padding - graph.options.rank_sep);
  }
  graph.nodes.push_back(node);
  return static_cast<uint32_t>(graph.nodes.size() - 1);
}

}  // namespace

void nesting_run(Graph& graph) {
  graph.rank_factor = 1;
  if (graph.clusters.empty()) return;
  double total_weight = 1;
  for (const WorkEdge& edge : graph.edges) total_weight += edge.weight;
  const uint32_t real_nodes = static_cast<uint32_t>(graph.nodes.size());
  std::vector<char> used(graph.clusters.size(), 0);  // folded clusters get no borders
  int height = 0;                                    // dagre's tree height: top-level members are 1 deep
  for (uint32_t v = 0; v < real_nodes; ++v) {
    const uint32_t home = graph.nodes[v].cluster;
    if (home != npos) height = std::max(height, graph.clusters[home].depth + 1);
    for (uint32_t c = home; c != npos && !used[c]; c = graph.clusters[c].parent) used[c] = 1;
  }
  if (height == 0) return;
  const int factor = 2 * height + 1;
  graph.rank_factor = factor;
  for (WorkEdge& edge : graph.edges) edge.minlen *= factor;
  for (uint32_t c = 0; c < graph.clusters.size(); ++c) {
    if (!used[c]) continue;
    graph.clusters[c].top = add_border(graph, NodeKind::border_top, c);
    graph.clusters[c].bottom = add_border(graph, NodeKind::border_bottom, c);
  }
  auto link = [&](uint32_t from, uint32_t to, int minlen, double weight) {
    graph.edges.push_back({from, to, minlen, weight, npos, false});
  };
  WorkNode root;
  root.kind = NodeKind::edge_dummy;
  graph.nodes.push_back(root);
  const uint32_t root_id = static_cast<uint32_t>(graph.nodes.size() - 1);
  for (uint32_t c = 0; c < graph.clusters.size(); ++c) {
    const uint32_t parent = graph.clusters[c].parent;
    if (!used[c]) continue;
    if (parent == npos) {
      link(root_id, graph.clusters[c].top, height + 1, 0);
      continue;
    }
    link(graph.clusters[parent].top, graph.clusters[c].top, 1, total_weight);
    link(graph.clusters[c].bottom, graph.clusters[parent].bottom, 1, total_weight);
  }
  for (uint32_t v = 0; v < real_nodes; ++v) {
    const uint32_t c = graph.nodes[v].cluster;
    if (c == npos) {
      link(root_id, v, factor, 0);
      continue;
    }
    const int minlen = height - graph.clusters[c].depth;  // dagre: height - depth(cluster) + 1, depths from 1
    link(graph.clusters[c].top, v, minlen, 2 * total_weight);
    link(v, graph.clusters[c].bottom, minlen, 2 * total_weight);
  }
}

void nesting_cleanup(Graph& graph) {
  std::erase_if(graph.edges, [](const WorkEdge& edge) { return edge.origin == npos; });
  if (graph.rank_factor > 1) {
    int least = graph.nodes.empty() ? 0 : graph.nodes.front().rank, most = least;
    for (const WorkNode& node : graph.nodes) least = std::min(least, node.rank), most = std::max(most, node.rank);
    std::vector<char> occupied(static_cast<size_t>(most - least) + 1, 0);
    for (const WorkNode& node : graph.nodes) occupied[static_cast<size_t>(node.rank - least)] = 1;
    for (const WorkEdge& edge : graph.edges) {
      if (!graph.label_size[edge.origin]) continue;
      const int from = graph.nodes[edge.from].rank, to = graph.nodes[edge.to].rank;
      occupied[static_cast<size_t>((from + to) / 2 - least)] = 1;
    }
    std::vector<int> shift(occupied.size(), 0);
    int delta = 0;
    for (size_t r = 0; r < occupied.size(); ++r) {
      if (!occupied[r] && r % static_cast<size_t>(graph.rank_factor) != 0) --delta;
      shift[r] = delta;
    }
    for (WorkNode& node : graph.nodes) node.rank += shift[static_cast<size_t>(node.rank - least)] - least;
    // Without the root (the least rank, dagre's offset) ranks start from 0 again.
    graph.nodes.pop_back();
    least = most;
    for (const WorkNode& node : graph.nodes) least = std::min(least, node.rank);
    for (WorkNode& node : graph.nodes) node.rank -= least;
  }
  for (WorkCluster& cluster : graph.clusters) {
    if (cluster.top == npos) continue;
    cluster.min_rank = graph.nodes[cluster.top].rank;
    cluster.max_rank = graph.nodes[cluster.bottom].rank;
  }
}

}  // namespace merrow::layered
