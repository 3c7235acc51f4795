// Edges leaving (or entering) one side of a node get distinct points there
// (issue 13, point 5), as dagre's get from their distinct first dummies:
// edges that drop through their rank band to clear its neighbours used to
// share one exit when they all headed far to one side. Diagrams from the
// generated set the routing was measured on (gen-4, gen-32).
#include <catch2/catch.hpp>

#include <cmath>
#include <string>
#include <vector>

#include "generated_charts.hpp"

using namespace merrow;
using namespace merrow::test;

namespace {

// The closest two of a node's edge ends (tails when `tails`, else heads).
double closest_ends(const LayoutResult& r, const std::string& node, bool tails) {
  std::vector<Point> ends;
  for (const EdgeRoute& e : r.edges) {
    if ((tails ? e.from : e.to) != node || e.from == e.to) continue;
    const std::vector<Point> samples = sample_path(e.path, 5);
    ends.push_back(tails ? samples.front() : samples.back());
  }
  double best = INFINITY;
  for (size_t i = 0; i < ends.size(); ++i) {
    for (size_t j = i + 1; j < ends.size(); ++j) best = std::min(best, std::hypot(ends[i].x - ends[j].x, ends[i].y - ends[j].y));
  }
  return best;
}

// gen-4: Node 4 sits right of the children its edges run to, so they drop
// through its band and head far left.
const Generated fan_left_tb{Direction::TB, 16, {{5, 6, 8, 9, 14}},
    {{0, 1, ""}, {0, 2, "e02"}, {0, 4, "e04"}, {0, 5, ""}, {1, 7, ""}, {1, 11, "e111"}, {2, 3, ""}, {2, 12, ""},
     {4, 6, "e46"}, {4, 11, ""}, {4, 14, ""}, {4, 15, ""}, {5, 8, ""}, {6, 10, "e610"}, {8, 9, "e89"}, {8, 13, ""}}};

// gen-32 (LR): Node 4 fans out to six nodes across three clusters.
const Generated fan_lr{Direction::LR, 21, {{1, 2, 4, 5, 7, 10, 13, 18, 20}, {6, 8, 9, 16}, {11, 12, 15, 17, 19}},
    {{0, 1, ""}, {1, 2, ""}, {1, 7, "e17"}, {1, 8, "e18"}, {1, 15, ""}, {2, 3, ""}, {2, 6, ""}, {2, 8, "e28"},
     {3, 4, ""}, {3, 6, ""}, {3, 10, ""}, {4, 5, ""}, {4, 11, ""}, {4, 12, ""}, {4, 13, ""}, {4, 14, ""},
     {4, 16, "e416"}, {5, 9, ""}, {6, 18, ""}, {7, 17, ""}, {11, 15, ""}, {12, 13, ""}, {12, 16, "e1216"},
     {13, 19, ""}, {17, 18, ""}, {18, 20, ""}}};

}  // namespace

TEST_CASE("edges dropping through a node's band leave it from distinct points") {
  // Before the exits were spread: 0 px (three tails on one point) in both.
  for (const Generated* g : {&fan_left_tb, &fan_lr}) {
    const LayoutResult r = lay_out(*g);
    CHECK(closest_ends(r, "n4", true) >= 4);  // the routing test's "piled" distance
    CHECK(edges_through_nodes(r) == 0);
  }
}
