// Cycle breaking (dagre's DFS feedback arc set).
// Pre: edges in input direction, no self-loops.
// Post: the edges form a DAG; every turned edge has `reversed` set and its
//   ends swapped. Deterministic: DFS from nodes in index order, out-edges in
//   edge order. Undone by route(), which draws turned edges in their true
//   direction.
#include <utility>

#include "layout/layered/phases.hpp"

namespace merrow::layered {

void acyclic_run(Graph& graph) {
  const uint32_t n = static_cast<uint32_t>(graph.nodes.size());
  std::vector<std::vector<uint32_t>> out(n);
  for (uint32_t e = 0; e < graph.edges.size(); ++e) out[graph.edges[e].from].push_back(e);
  enum : char { unseen, on_stack, done };
  std::vector<char> state(n, unseen);
  std::vector<std::pair<uint32_t, uint32_t>> stack;  // node, next out-edge slot
  for (uint32_t start = 0; start < n; ++start) {
    if (state[start] != unseen) continue;
    state[start] = on_stack;
    stack.push_back({start, 0});
    while (!stack.empty()) {
      auto& [v, slot] = stack.back();
      if (slot == out[v].size()) {
        state[v] = done;
        stack.pop_back();
        continue;
      }
      WorkEdge& edge = graph.edges[out[v][slot++]];
      if (state[edge.to] == on_stack) {
        edge.reversed = true;  // a back edge closes a cycle
      } else if (state[edge.to] == unseen) {
        state[edge.to] = on_stack;
        stack.push_back({edge.to, 0});
      }
    }
  }
  for (WorkEdge& edge : graph.edges) {
    if (edge.reversed) std::swap(edge.from, edge.to);
  }
}

}  // namespace merrow::layered
