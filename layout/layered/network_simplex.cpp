// Network simplex, following the paper and dagre's network-simplex.ts:
// longest-path initial ranks, a feasible tight spanning tree, cut values, then
// pivots (leave: a tree edge of negative cut value; enter: the non-tree edge
// of least slack across the cut) until no cut value is negative.
// Every traversal is iterative: a 100,000-deep nesting chain must not
// overflow the C++ stack.
#include "layout/layered/network_simplex.hpp"

#include <algorithm>
#include <limits>
#include <queue>
#include <utility>

namespace merrow::layered {

namespace {

constexpr uint32_t none = std::numeric_limits<uint32_t>::max();

struct Simplex {
  uint32_t n = 0;
  std::vector<RankEdge> edges;
  std::vector<std::vector<uint32_t>> incident;  // edge ids at each node
  std::vector<int> rank;
  std::vector<char> in_tree_edge;
  std::vector<uint32_t> parent_edge;  // tree edge to the parent (root: none)
  std::vector<uint32_t> parent;
  std::vector<int> low, lim;
  std::vector<double> cut;  // cut value of parent_edge[v], stored at v
  std::vector<uint32_t> postorder;

  int slack(uint32_t e) const { return rank[edges[e].head] - rank[edges[e].tail] - edges[e].minlen; }
  uint32_t other(uint32_t e, uint32_t v) const {
    return edges[e].tail == v ? edges[e].head : edges[e].tail;
  }

  void longest_path() {
    // Sinks at 0, every other node as high as its out-edges allow; then shift.
    std::vector<uint32_t> out_degree(n, 0);
    for (const RankEdge& e : edges) ++out_degree[e.tail];
    std::vector<uint32_t> ready;
    for (uint32_t v = 0; v < n; ++v) if (out_degree[v] == 0) ready.push_back(v);
    rank.assign(n, std::numeric_limits<int>::max());
    for (uint32_t v : ready) rank[v] = 0;
    while (!ready.empty()) {
      const uint32_t v = ready.back();
      ready.pop_back();
      for (uint32_t e : incident[v]) {
        if (edges[e].head != v) continue;
        const uint32_t u = edges[e].tail;
        rank[u] = std::min(rank[u], rank[v] - edges[e].minlen);
        if (--out_degree[u] == 0) ready.push_back(u);
      }
    }
  }

  // A feasible spanning tree of tight edges, as Graphviz builds it: start
  // from the forest of maximal tight subtrees, then repeatedly take the
  // smallest subtree, shift it by the least slack of an edge leaving it (so
  // that edge becomes tight and no other edge turns infeasible) and merge it
  // into the subtree across. Moving the smaller side bounds the work by
  // O(E log V), where regrowing one tree from scratch per merge is O(V E).
  void feasible_tree() {
    in_tree_edge.assign(edges.size(), 0);
    std::vector<uint32_t> subtree(n, none);
    std::vector<std::vector<uint32_t>> members;
    std::vector<uint32_t> stack;
    for (uint32_t start = 0; start < n; ++start) {
      if (subtree[start] != none) continue;
      const uint32_t id = static_cast<uint32_t>(members.size());
      members.emplace_back(1, start);
      subtree[start] = id;
      stack.push_back(start);
      while (!stack.empty()) {
        const uint32_t v = stack.back();
        stack.pop_back();
        for (uint32_t e : incident[v]) {
          const uint32_t w = other(e, v);
          if (subtree[w] != none || slack(e) != 0) continue;
          subtree[w] = id;
          in_tree_edge[e] = 1;
          members[id].push_back(w);
          stack.push_back(w);
        }
      }
    }
    using Entry = std::pair<size_t, uint32_t>;  // size, subtree: smallest first, then lowest id
    std::priority_queue<Entry, std::vector<Entry>, std::greater<Entry>> heap;
    for (uint32_t id = 0; id < members.size(); ++id) heap.push({members[id].size(), id});
    size_t live = members.size();
    while (live > 1) {
      const auto [size, id] = heap.top();
      heap.pop();
      if (members[id].size() != size) continue;  // stale: merged or grown since
      uint32_t best = none;
      int best_slack = std::numeric_limits<int>::max();
      for (uint32_t v : members[id]) {
        for (uint32_t e : incident[v]) {
          if (subtree[other(e, v)] != id && slack(e) < best_slack) best_slack = slack(e), best = e;
        }
      }
      const int delta = subtree[edges[best].tail] == id ? best_slack : -best_slack;
      for (uint32_t v : members[id]) rank[v] += delta;
      const uint32_t into = subtree[other(best, subtree[edges[best].tail] == id ? edges[best].tail : edges[best].head)];
      in_tree_edge[best] = 1;
      for (uint32_t v : members[id]) subtree[v] = into, members[into].push_back(v);
      members[id].clear();
      heap.push({members[into].size(), into});
      --live;
    }
  }

  // Parent links, postorder low/lim numbers from root 0 over tree edges.
  void number_tree() {
    parent.assign(n, none);
    parent_edge.assign(n, none);
    low.assign(n, 0);
    lim.assign(n, 0);
    postorder.clear();
    std::vector<std::pair<uint32_t, uint32_t>> stack{{0, 0}};
    std::vector<char> seen(n, 0);
    seen[0] = 1;
    int next = 1;
    low[0] = next;
    while (!stack.empty()) {
      auto& [v, slot] = stack.back();
      if (slot == incident[v].size()) {
        lim[v] = next++;
        postorder.push_back(v);
        stack.pop_back();
        continue;
      }
      const uint32_t e = incident[v][slot++];
      const uint32_t w = other(e, v);
      if (!in_tree_edge[e] || seen[w]) continue;
      seen[w] = 1;
      parent[w] = v;
      parent_edge[w] = e;
      low[w] = next;
      stack.push_back({w, 0});
    }
  }

  // Cut value of the tree edge joining `child` to its parent (dagre's calcCutValue).
  double cut_value(uint32_t child) const {
    const uint32_t tree_edge = parent_edge[child];
    const bool child_is_tail = edges[tree_edge].tail == child;
    double value = edges[tree_edge].weight;
    for (uint32_t e : incident[child]) {
      if (e == tree_edge) continue;
      const bool is_out = edges[e].tail == child;
      const uint32_t w = other(e, child);
      const bool points_to_head = is_out == child_is_tail;
      value += points_to_head ? edges[e].weight : -edges[e].weight;
      if (in_tree_edge[e] && parent[w] == child) {
        value += points_to_head ? -cut[w] : cut[w];
      }
    }
    return value;
  }

  void cut_values() {
    cut.assign(n, 0);
    for (uint32_t v : postorder) {
      if (parent[v] != none) cut[v] = cut_value(v);
    }
  }

  bool descends(uint32_t v, uint32_t root) const { return low[root] <= lim[v] && lim[v] <= lim[root]; }

  uint32_t enter_edge(uint32_t child) const {
    // Removing the tree edge splits the tree into a head and a tail
    // component; candidates go from the head component to the tail one.
    const bool flip = edges[parent_edge[child]].tail != child;
    uint32_t best = none;
    int best_slack = std::numeric_limits<int>::max();
    for (uint32_t e = 0; e < edges.size(); ++e) {
      if (in_tree_edge[e]) continue;
      const bool tail_below = descends(edges[e].tail, child);
      const bool head_below = descends(edges[e].head, child);
      if (tail_below == head_below) continue;
      if ((flip ? tail_below : head_below) && slack(e) < best_slack) best_slack = slack(e), best = e;
    }
    return best;
  }

  void update_ranks() {
    // Preorder = reverse postorder; ranks follow tight tree edges from the root.
    for (auto it = postorder.rbegin(); it != postorder.rend(); ++it) {
      const uint32_t v = *it;
      if (parent[v] == none) continue;
      const RankEdge& e = edges[parent_edge[v]];
      rank[v] = e.tail == v ? rank[parent[v]] - e.minlen : rank[parent[v]] + e.minlen;
    }
  }
};

}  // namespace

std::vector<int> network_simplex(uint32_t node_count, const std::vector<RankEdge>& edges,
                                 int max_iterations) {
  if (node_count == 0) return {};
  Simplex s;
  // A virtual root joins the components (weight 0: it costs nothing).
  s.n = node_count + 1;
  s.edges = edges;
  s.incident.resize(s.n);
  for (uint32_t e = 0; e < s.edges.size(); ++e) {
    s.incident[s.edges[e].tail].push_back(e);
    s.incident[s.edges[e].head].push_back(e);
  }
  const uint32_t root = node_count;
  for (uint32_t v = 0; v < node_count; ++v) {
    s.edges.push_back({root, v, 0, 0});
    s.incident[v].push_back(static_cast<uint32_t>(s.edges.size() - 1));
    s.incident[root].push_back(static_cast<uint32_t>(s.edges.size() - 1));
  }
  s.longest_path();
  s.feasible_tree();
  s.number_tree();
  s.cut_values();
  for (int iteration = 0; iteration < max_iterations; ++iteration) {
    uint32_t leave = none;
    for (uint32_t v = 0; v < s.n && leave == none; ++v) {
      if (s.parent[v] != none && s.cut[v] < 0) leave = v;
    }
    if (leave == none) break;
    const uint32_t enter = s.enter_edge(leave);
    if (enter == none) break;
    s.in_tree_edge[s.parent_edge[leave]] = 0;
    s.in_tree_edge[enter] = 1;
    s.number_tree();
    s.update_ranks();
    s.cut_values();
  }
  s.rank.pop_back();
  const int least = *std::min_element(s.rank.begin(), s.rank.end());
  for (int& r : s.rank) r -= least;
  return s.rank;
}

}  // namespace merrow::layered
