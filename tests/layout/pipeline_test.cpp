// Runs the layered pipeline until a phase and checks that phase's postconditions.
#include <catch2/catch.hpp>

#include <algorithm>
#include <set>

#include "layered_fixtures.hpp"
#include "layout/layered/phases.hpp"

using namespace merrow;
using namespace merrow::layered;
using namespace merrow::layered::test;

namespace {

Input cyclic_input() {
  // A 4-cycle with a chord, a long edge and a labelled edge.
  Input input = chain_input(6, {{0, 1}, {1, 2}, {2, 3}, {3, 0}, {0, 2}, {4, 5}, {0, 5}});
  input.edges[4].label = Point{30, 12};
  input.edges[6].minlen = 3;
  return input;
}

Input clustered_input() {
  // Cluster 0 holds 1, 2 and cluster 1 (holding 3); 0 and 4 outside.
  Input input = chain_input(5, {{0, 1}, {1, 2}, {0, 3}, {3, 4}, {0, 4}, {2, 4}});
  input.clusters = {{npos, 60, 20}, {0, 40, 20}};
  input.nodes[1].cluster = 0;
  input.nodes[2].cluster = 0;
  input.nodes[3].cluster = 1;
  return input;
}

}  // namespace

TEST_CASE("acyclic: the edges form a DAG") {
  const Graph graph = run_until(cyclic_input(), Options{}, Phase::acyclic);
  // Kahn's algorithm consumes every node iff there is no cycle.
  std::vector<int> in_degree(graph.nodes.size(), 0);
  for (const WorkEdge& e : graph.edges) ++in_degree[e.to];
  std::vector<uint32_t> ready;
  for (uint32_t v = 0; v < graph.nodes.size(); ++v) if (in_degree[v] == 0) ready.push_back(v);
  size_t seen = 0;
  while (!ready.empty()) {
    const uint32_t v = ready.back();
    ready.pop_back();
    ++seen;
    for (const WorkEdge& e : graph.edges) if (e.from == v && --in_degree[e.to] == 0) ready.push_back(e.to);
  }
  CHECK(seen == graph.nodes.size());
  CHECK(std::count_if(graph.edges.begin(), graph.edges.end(), [](const WorkEdge& e) { return e.reversed; }) == 1);
}

TEST_CASE("rank: every edge is at least its doubled minlen long") {
  const Graph graph = run_until(cyclic_input(), Options{}, Phase::rank);
  for (const WorkEdge& e : graph.edges) {
    CHECK(graph.nodes[e.to].rank - graph.nodes[e.from].rank >= e.minlen);
  }
  CHECK(graph.nodes[5].rank - graph.nodes[0].rank >= 6);  // link length 3 -> 6 half-ranks
}

TEST_CASE("rank: cluster members lie strictly between the cluster's borders") {
  const Graph graph = run_until(clustered_input(), Options{}, Phase::rank);
  for (uint32_t v = 0; v < 5; ++v) {
    for (uint32_t c = graph.nodes[v].cluster; c != npos; c = graph.clusters[c].parent) {
      CHECK(graph.clusters[c].min_rank < graph.nodes[v].rank);
      CHECK(graph.nodes[v].rank < graph.clusters[c].max_rank);
    }
  }
}

TEST_CASE("normalize: every edge spans adjacent ranks; labels sit on a dummy") {
  const Graph graph = run_until(cyclic_input(), Options{}, Phase::normalize);
  for (const WorkEdge& e : graph.edges) CHECK(graph.nodes[e.to].rank - graph.nodes[e.from].rank == 1);
  REQUIRE(graph.label_node[4] != npos);
  CHECK(graph.nodes[graph.label_node[4]].kind == NodeKind::edge_label);
  CHECK(graph.nodes[graph.label_node[4]].width == 30);
}

TEST_CASE("order: each layer is a permutation of its rank's nodes") {
  const Graph graph = run_until(clustered_input(), Options{}, Phase::order);
  std::set<uint32_t> seen;
  for (size_t r = 0; r < graph.layers.size(); ++r) {
    for (uint32_t i = 0; i < graph.layers[r].size(); ++i) {
      const uint32_t v = graph.layers[r][i];
      CHECK(graph.nodes[v].rank == static_cast<int>(r));
      CHECK(graph.nodes[v].order == i);
      CHECK(seen.insert(v).second);
    }
  }
  CHECK(seen.size() == graph.nodes.size());
}

TEST_CASE("order: clusters are contiguous in every layer, borders at the ends") {
  const Graph graph = run_until(clustered_input(), Options{}, Phase::order);
  for (uint32_t c = 0; c < graph.clusters.size(); ++c) {
    for (const auto& layer : graph.layers) {
      std::vector<size_t> inside;
      for (size_t i = 0; i < layer.size(); ++i) {
        for (uint32_t k = graph.nodes[layer[i]].cluster; k != npos; k = graph.clusters[k].parent) {
          if (k == c) inside.push_back(i);
        }
      }
      if (inside.empty()) continue;
      CHECK(inside.back() - inside.front() + 1 == inside.size());
      const NodeKind first = graph.nodes[layer[inside.front()]].kind;
      const NodeKind last = graph.nodes[layer[inside.back()]].kind;
      CHECK(first == NodeKind::border_left);
      CHECK(last == NodeKind::border_right);
    }
  }
}

TEST_CASE("order: a crossing that can be removed is removed") {
  // 0->2, 0->3, 1->2 with the initial DFS order provoking a crossing on 1->2.
  const Graph graph = run_until(chain_input(4, {{0, 3}, {1, 2}, {0, 2}}), Options{}, Phase::order);
  const LayerAdjacency adjacency = layer_adjacency(graph);
  std::vector<uint32_t> position(graph.nodes.size());
  for (const WorkNode& n : graph.nodes) (void)n;
  for (uint32_t v = 0; v < graph.nodes.size(); ++v) position[v] = graph.nodes[v].order;
  double crossings = 0;
  for (size_t r = 0; r + 1 < graph.layers.size(); ++r) {
    for (uint32_t a : graph.layers[r])
      for (uint32_t b : graph.layers[r])
        for (uint32_t x : adjacency.down[a])
          for (uint32_t y : adjacency.down[b])
            if (position[a] < position[b] && position[x] > position[y]) crossings += 1;
  }
  CHECK(crossings == 0);
}

TEST_CASE("position: no two nodes of a layer overlap; layer order is kept") {
  const Graph graph = run_until(clustered_input(), Options{}, Phase::position);
  for (const auto& layer : graph.layers) {
    for (size_t i = 1; i < layer.size(); ++i) {
      const WorkNode& a = graph.nodes[layer[i - 1]];
      const WorkNode& b = graph.nodes[layer[i]];
      CHECK(a.x + a.width / 2 <= b.x - b.width / 2 + 1e-6);
    }
  }
}

TEST_CASE("position: a long edge runs straight") {
  // 0 -> 1 -> 2 -> 3 and a long 0 -> 3: its dummies share one x.
  const Graph graph = run_until(chain_input(4, {{0, 1}, {1, 2}, {2, 3}, {0, 3}}), Options{}, Phase::position);
  const auto& chain = graph.chains[3];
  REQUIRE(chain.size() > 3);
  std::set<double> xs;
  for (size_t i = 1; i + 1 < chain.size(); ++i) xs.insert(graph.nodes[chain[i]].x);
  CHECK(xs.size() == 1);
}
