// Network simplex for ranking (Gansner, Koutsofios, North, Vo 1993, §2.3).
#pragma once
#include <cstdint>
#include <vector>

namespace merrow::layered {

struct RankEdge {
  uint32_t tail = 0, head = 0;  // rank(head) - rank(tail) >= minlen
  int minlen = 1;
  double weight = 1;
};

// Ranks minimising sum(weight * (rank(head) - rank(tail))) subject to the
// minlen constraints. Pre: the edges form a DAG (parallel edges allowed).
// Post: minimum rank 0; feasible even when `max_iterations` stops the pivots early.
std::vector<int> network_simplex(uint32_t node_count, const std::vector<RankEdge>& edges,
                                 int max_iterations);

}  // namespace merrow::layered
