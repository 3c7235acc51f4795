// Mirrors layout/layered/network_simplex.cpp.
#include <catch2/catch.hpp>

#include "layout/layered/network_simplex.hpp"

using namespace merrow::layered;

namespace {

double total_length(const std::vector<int>& rank, const std::vector<RankEdge>& edges) {
  double total = 0;
  for (const RankEdge& e : edges) total += e.weight * (rank[e.head] - rank[e.tail]);
  return total;
}

bool feasible(const std::vector<int>& rank, const std::vector<RankEdge>& edges) {
  for (const RankEdge& e : edges) if (rank[e.head] - rank[e.tail] < e.minlen) return false;
  return true;
}

}  // namespace

TEST_CASE("a chain gets consecutive ranks from 0") {
  const std::vector<RankEdge> edges = {{0, 1, 1, 1}, {1, 2, 1, 1}};
  CHECK(network_simplex(3, edges, 100) == std::vector<int>{0, 1, 2});
}

TEST_CASE("minlen is honoured") {
  const std::vector<RankEdge> edges = {{0, 1, 3, 1}};
  CHECK(network_simplex(2, edges, 100) == std::vector<int>{0, 3});
}

TEST_CASE("a short branch is pulled next to its target, not its source") {
  // 0 -> 1 -> 2 -> 3 and 4 -> 3: longest path puts 4 at rank 0; the optimum puts it at 2.
  const std::vector<RankEdge> edges = {{0, 1, 1, 1}, {1, 2, 1, 1}, {2, 3, 1, 1}, {4, 3, 1, 1}};
  const std::vector<int> rank = network_simplex(5, edges, 100);
  CHECK(feasible(rank, edges));
  CHECK(rank[4] == 2);
  CHECK(total_length(rank, edges) == 4);
}

TEST_CASE("Gansner et al. figure 2-3: optimum total length") {
  // a->b->c->d->h, a->e->g->h, a->f->g: optimum length 10 (the paper's 2-2b).
  enum { a, b, c, d, e, f, g, h };
  const std::vector<RankEdge> edges = {{a, b, 1, 1}, {b, c, 1, 1}, {c, d, 1, 1}, {d, h, 1, 1}, {a, e, 1, 1},
                                       {e, g, 1, 1}, {a, f, 1, 1}, {f, g, 1, 1}, {g, h, 1, 1}};
  const std::vector<int> rank = network_simplex(8, edges, 100);
  CHECK(feasible(rank, edges));
  CHECK(total_length(rank, edges) == 10);
}

TEST_CASE("heavier edges are kept shorter") {
  // 0 -> 2 (minlen 2) and 1 -> 2 with weight 5, 0 -> 1 weight 1: 1 sits right above 2.
  const std::vector<RankEdge> edges = {{0, 2, 2, 1}, {1, 2, 1, 5}, {0, 1, 0, 1}};
  const std::vector<int> rank = network_simplex(3, edges, 100);
  CHECK(feasible(rank, edges));
  CHECK(rank[2] - rank[1] == 1);
}

TEST_CASE("disconnected nodes are ranked without error") {
  const std::vector<RankEdge> edges = {{0, 1, 1, 1}};
  const std::vector<int> rank = network_simplex(4, edges, 100);
  CHECK(feasible(rank, edges));
  CHECK(*std::min_element(rank.begin(), rank.end()) == 0);
}

TEST_CASE("a 200,000-node chain does not overflow the stack") {
  std::vector<RankEdge> edges;
  for (uint32_t v = 0; v + 1 < 200000; ++v) edges.push_back({v, v + 1, 1, 1});
  const std::vector<int> rank = network_simplex(200000, edges, 10);
  CHECK(rank.back() == 199999);
}
