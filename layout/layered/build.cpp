// Builds the working graph from the input.
// Pre: node/edge/cluster indices in range; clusters listed parents first.
// Post: one real node per input node (same index), one edge per non-self-loop
//   input edge with minlen doubled (dagre: labels take the odd ranks, and the
//   rank separation is halved to match), clusters deeper than
//   options.max_cluster_depth folded into their ancestor at that depth, and a
//   placeholder node in every cluster that would otherwise be empty.
#include <algorithm>

#include "layout/layered/phases.hpp"

namespace merrow::layered {

namespace {

std::vector<WorkCluster> build_clusters(const Input& input, const Options& options,
                                        std::vector<uint32_t>& fold) {
  std::vector<WorkCluster> clusters(input.clusters.size());
  fold.resize(input.clusters.size());
  for (uint32_t c = 0; c < input.clusters.size(); ++c) {
    const InputCluster& in = input.clusters[c];
    WorkCluster& out = clusters[c];
    out.parent = in.parent == npos ? npos : fold[in.parent];
    out.depth = out.parent == npos ? 0 : clusters[out.parent].depth + 1;
    out.title_width = in.title_width;
    out.title_height = in.title_height;
    // Too deep: the cluster lays out as part of its ancestor (the front end
    // still boxes it around its members).
    fold[c] = out.depth > options.max_cluster_depth ? out.parent : c;
  }
  return clusters;
}

}  // namespace

Graph build_graph(const Input& input, const Options& options) {
  Graph graph;
  graph.options = options;
  std::vector<uint32_t> fold;
  graph.clusters = build_clusters(input, options, fold);
  graph.nodes.resize(input.nodes.size());
  const bool horizontal = options.direction == Direction::LR || options.direction == Direction::RL;
  for (uint32_t v = 0; v < input.nodes.size(); ++v) {
    WorkNode& node = graph.nodes[v];
    const InputNode& in = input.nodes[v];
    node.width = horizontal ? in.height : in.width;
    node.height = horizontal ? in.width : in.height;
    node.cluster = in.cluster == npos ? npos : fold[in.cluster];
    node.origin = v;
  }
  // A cluster with no node anywhere below still gets a box: give it a
  // placeholder member (walk up from each node marking non-empty clusters).
  std::vector<char> has_member(graph.clusters.size(), 0);
  for (const WorkNode& node : graph.nodes) {
    for (uint32_t c = node.cluster; c != npos && !has_member[c]; c = graph.clusters[c].parent) {
      has_member[c] = 1;
    }
  }
  for (uint32_t c = 0; c < graph.clusters.size(); ++c) {
    if (has_member[c] || fold[c] != c) continue;
    WorkNode placeholder;
    placeholder.cluster = c;
    for (uint32_t p = c; p != npos && !has_member[p]; p = graph.clusters[p].parent) has_member[p] = 1;
    graph.nodes.push_back(placeholder);
  }
  graph.chains.resize(input.edges.size());
  graph.label_node.assign(input.edges.size(), npos);
  graph.label_size.resize(input.edges.size());
  graph.reversed.assign(input.edges.size(), 0);
  for (uint32_t e = 0; e < input.edges.size(); ++e) {
    const InputEdge& in = input.edges[e];
    if (in.label) graph.label_size[e] = horizontal ? Point{in.label->y, in.label->x} : *in.label;
    if (in.from == in.to) {  // self-loops are routed beside their node: make room
      WorkNode& node = graph.nodes[in.from];
      const double label_width = graph.label_size[e] ? graph.label_size[e]->x + self_loop_gap : 0;
      node.loop_extent += self_loop_reach + label_width;
      node.width += self_loop_reach + label_width;
      if (graph.label_size[e]) node.height = std::max(node.height, graph.label_size[e]->y);
      continue;
    }
    graph.edges.push_back({in.from, in.to, static_cast<int>(in.minlen) * 2, in.weight, e, false});
  }
  return graph;
}

}  // namespace merrow::layered
