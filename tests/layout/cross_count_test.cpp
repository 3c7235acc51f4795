// Mirrors layout/layered/cross_count.cpp: two layers built by hand.
#include <catch2/catch.hpp>

#include "layout/layered/cross_count.hpp"

using namespace merrow::layered;

namespace {

// Upper nodes 0..u-1, lower nodes u..u+l-1 in index order.
double count(uint32_t upper, uint32_t lower, std::initializer_list<std::pair<uint32_t, uint32_t>> edges) {
  LayerAdjacency adjacency;
  adjacency.down.resize(upper + lower);
  adjacency.down_weight.resize(upper + lower);
  std::vector<uint32_t> top, position(upper + lower);
  for (uint32_t v = 0; v < upper; ++v) top.push_back(v), position[v] = v;
  for (uint32_t v = 0; v < lower; ++v) position[upper + v] = v;
  for (auto [a, b] : edges) {
    adjacency.down[a].push_back(upper + b);
    adjacency.down_weight[a].push_back(1);
  }
  return cross_count_pair(top, lower, adjacency, position);
}

}  // namespace

TEST_CASE("no crossings between parallel edges") { CHECK(count(2, 2, {{0, 0}, {1, 1}}) == 0); }

TEST_CASE("one crossing between swapped edges") { CHECK(count(2, 2, {{0, 1}, {1, 0}}) == 1); }

TEST_CASE("shared endpoints do not cross") { CHECK(count(2, 1, {{0, 0}, {1, 0}}) == 0); }

TEST_CASE("complete bipartite K3,3 in order has 9 crossings") {
  // Each pair of upper nodes (3 pairs) crosses 3 times: C(3,2) * C(3,2).
  CHECK(count(3, 3, {{0, 0}, {0, 1}, {0, 2}, {1, 0}, {1, 1}, {1, 2}, {2, 0}, {2, 1}, {2, 2}}) == 9);
}

TEST_CASE("accumulator tree agrees with counting pairs") {
  // Deterministic pseudo-random two-layer graphs against the O(E^2) definition.
  uint32_t seed = 7;
  auto next = [&seed] { return seed = seed * 1103515245u + 12345u, (seed >> 16) & 0x7fff; };
  for (int round = 0; round < 50; ++round) {
    const uint32_t upper = 1 + next() % 6, lower = 1 + next() % 6;
    std::vector<std::pair<uint32_t, uint32_t>> edges;
    for (uint32_t a = 0; a < upper; ++a)
      for (uint32_t b = 0; b < lower; ++b)
        if (next() % 3 == 0) edges.push_back({a, b});
    double brute = 0;
    for (auto [a, b] : edges)
      for (auto [c, d] : edges)
        if (a < c && b > d) brute += 1;
    LayerAdjacency adjacency;
    adjacency.down.resize(upper + lower);
    adjacency.down_weight.resize(upper + lower);
    std::vector<uint32_t> top, position(upper + lower);
    for (uint32_t v = 0; v < upper; ++v) top.push_back(v), position[v] = v;
    for (uint32_t v = 0; v < lower; ++v) position[upper + v] = v;
    for (auto [a, b] : edges) adjacency.down[a].push_back(upper + b), adjacency.down_weight[a].push_back(1);
    CHECK(cross_count_pair(top, lower, adjacency, position) == brute);
  }
}
