#include "layout/flowchart_scopes.hpp"

namespace merrow {

namespace {

// The innermost subgraph holding an edge end. A subgraph end is the cluster
// as one node of the graph around it (mermaid's dagre adapter keeps such an
// edge on the cluster), so `X --> S` alone does not cross S nor drop its direction.
uint32_t end_cluster(const Flowchart& chart, const EdgeEnd& end) {
  const auto& parent = end.kind == EdgeEnd::Kind::subgraph ? chart.subgraphs[end.index].parent
                                                           : chart.nodes[end.index].parent;
  return parent ? *parent : root_scope;
}

// Marks every subgraph that holds exactly one end of the edge.
void mark_crossings(const Flowchart& chart, const std::vector<int>& depth, uint32_t a, uint32_t b,
                    std::vector<char>& crossed) {
  auto d = [&](uint32_t s) { return s == root_scope ? -1 : depth[s]; };
  auto up = [&](uint32_t s) {
    crossed[s] = 1;
    const auto& parent = chart.subgraphs[s].parent;
    return parent ? *parent : root_scope;
  };
  while (d(a) > d(b)) a = up(a);
  while (d(b) > d(a)) b = up(b);
  while (a != b) a = up(a), b = up(b);
}

}  // namespace

Scopes find_scopes(const Flowchart& chart) {
  const size_t count = chart.subgraphs.size();
  Scopes scopes;
  scopes.depth.assign(count, 0);
  for (uint32_t s = 0; s < count; ++s) {  // parents come first
    const auto& parent = chart.subgraphs[s].parent;
    scopes.depth[s] = parent ? scopes.depth[*parent] + 1 : 0;
  }
  std::vector<char> crossed(count, 0), has_content(count, 0);
  for (const Edge& edge : chart.edges) {
    mark_crossings(chart, scopes.depth, end_cluster(chart, edge.from), end_cluster(chart, edge.to), crossed);
  }
  for (uint32_t s = 0; s < count; ++s) {
    has_content[s] = !chart.subgraphs[s].nodes.empty() || !chart.subgraphs[s].children.empty();
  }
  scopes.own_graph.assign(count, 0);
  scopes.subgraph_scope.assign(count, root_scope);
  scopes.direction.assign(count, chart.direction);
  for (uint32_t s = 0; s < count; ++s) {
    const auto& parent = chart.subgraphs[s].parent;
    const uint32_t outer = parent ? (scopes.own_graph[*parent] ? *parent : scopes.subgraph_scope[*parent])
                                  : root_scope;
    scopes.subgraph_scope[s] = outer;
    scopes.own_graph[s] = !crossed[s] && has_content[s];
    if (scopes.own_graph[s]) {
      const Direction around = outer == root_scope ? chart.direction : scopes.direction[outer];
      const Direction flipped = around == Direction::TB ? Direction::LR : Direction::TB;
      scopes.direction[s] = chart.subgraphs[s].direction.value_or(flipped);
    }
  }
  scopes.node_scope.assign(chart.nodes.size(), root_scope);
  for (uint32_t v = 0; v < chart.nodes.size(); ++v) {
    const auto& parent = chart.nodes[v].parent;
    if (parent) scopes.node_scope[v] = scopes.own_graph[*parent] ? *parent : scopes.subgraph_scope[*parent];
  }
  return scopes;
}

}  // namespace merrow
