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

// Without clusters: Node 0 (gen-25) and Node 1 (gen-39) send edges to bends
// far to one side, which left their centres at nearly one angle.
// gen-25
const Generated gen_25{Direction::TB, 20, {},
    {{0, 1, "e01"}, {0, 2, ""}, {0, 4, ""}, {0, 7, ""}, {0, 9, ""}, {0, 12, ""}, {1, 3, ""}, {1, 9, ""}, {3, 5, ""}, {3, 7, ""}, {3, 10, ""}, {4, 6, ""}, {4, 8, ""}, {4, 11, ""}, {4, 14, "e414"}, {6, 16, ""}, {7, 13, ""}, {7, 15, "e715"}, {7, 18, ""}, {8, 19, ""}, {9, 17, "e917"}, {10, 19, ""}, {11, 14, ""}, {11, 16, ""}, {11, 18, ""}, {14, 16, ""}}};

// gen-39
const Generated gen_39{Direction::TB, 20, {},
    {{0, 1, ""}, {0, 6, ""}, {0, 9, ""}, {1, 2, ""}, {1, 3, ""}, {1, 4, ""}, {1, 5, ""}, {1, 7, ""}, {1, 8, ""}, {1, 18, ""}, {2, 17, ""}, {3, 15, ""}, {4, 10, ""}, {4, 13, ""}, {5, 7, ""}, {6, 11, ""}, {7, 11, ""}, {7, 14, ""}, {7, 16, ""}, {7, 17, ""}, {8, 10, "e810"}, {9, 19, ""}, {10, 12, ""}, {10, 15, ""}, {13, 18, "e1318"}, {14, 17, ""}, {15, 16, ""}}};

}  // namespace

TEST_CASE("edges dropping through a node's band leave it from distinct points") {
  // Before the exits were spread: 0 px (three tails on one point) in both.
  for (const Generated* g : {&fan_left_tb, &fan_lr}) {
    const LayoutResult r = lay_out(*g);
    CHECK(closest_ends(r, "n4", true) >= 4);  // the routing test's "piled" distance
    CHECK(edges_through_nodes(r) == 0);
  }
}

TEST_CASE("edges leaving a node's side towards far bends meet its outline at distinct points") {
  // Before the ends were spread along the outline: gen-25 n0 and gen-39 n1
  // had tails under 4 px apart (3 pairs in all).
  for (const Generated* g : {&gen_25, &gen_39}) {
    const LayoutResult r = lay_out(*g);
    for (const NodeBox& node : r.nodes) {
      INFO("node " << node.id);
      CHECK(closest_ends(r, node.id, true) >= 4);
      CHECK(closest_ends(r, node.id, false) >= 4);
    }
    CHECK(edges_through_nodes(r) == 0);
  }
}
