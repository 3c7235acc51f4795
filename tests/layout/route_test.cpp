// Mirrors layout/layered/route.cpp and route_obstacles.cpp: the index answers
// as a scan of every node would, and routes of wide ranks (fans, bundles of
// parallel edges) still keep their curves out of the nodes they pass.
#include <catch2/catch.hpp>

#include <cmath>

#include "layered_fixtures.hpp"
#include "layout/layered/phases.hpp"
#include "layout/layered/route_obstacles.hpp"
#include "layout/result.hpp"

using namespace merrow;
using namespace merrow::layered;
using namespace merrow::layered::test;

namespace {

// n sources of mixed sizes, all into node n (fan_in) or out of it.
Input fan(uint32_t n, bool fan_in) {
  Input input;
  for (uint32_t v = 0; v < n; ++v) input.nodes.push_back({40.0 + 13 * (v % 5), 20.0 + 12 * (v % 3), npos});
  input.nodes.push_back({60, 30, npos});
  for (uint32_t v = 0; v < n; ++v) input.edges.push_back(fan_in ? InputEdge{v, n, 1, 1, std::nullopt} : InputEdge{n, v, 1, 1, std::nullopt});
  return input;
}

bool inside(const Box& box, Point p, double inset) {
  return p.x > box.left() + inset && p.x < box.right() - inset && p.y > box.top() + inset && p.y < box.bottom() - inset;
}

// Edges whose drawn (basis) curve enters a node other than its ends by more
// than a pixel, as tests/layout_corpus counts them.
int edges_through_nodes(const Input& input, const Output& out) {
  int through = 0;
  for (size_t e = 0; e < input.edges.size(); ++e) {
    const std::vector<Point> samples = sample_path(curve_path(out.edges[e], Curve::basis), 2);
    for (uint32_t v = 0; v < out.nodes.size(); ++v) {
      if (v == input.edges[e].from || v == input.edges[e].to) continue;
      bool hit = false;
      for (const Point& p : samples) hit = hit || inside(out.nodes[v], p, 1);
      through += hit;
    }
  }
  return through;
}

// A small deterministic generator (no std:: distribution: those differ between libraries).
struct Lcg {
  uint64_t state = 12345;
  double next(double lo, double hi) {
    state = state * 6364136223846793005ULL + 1442695040888963407ULL;
    return lo + (hi - lo) * static_cast<double>(state >> 11) / static_cast<double>(1ULL << 53);
  }
};

// The TB-frame box of a real node, as routing sees it.
Box work_box(const WorkNode& node) {
  const Box box = node_box(node);
  return {box.cx, node.y, box.width, node.height};
}

bool liang_barsky_cuts(const Box& box, Point a, Point b) {
  double t0 = 0, t1 = 1;
  const double dx = b.x - a.x, dy = b.y - a.y;
  const double p[4] = {-dx, dx, -dy, dy};
  const double q[4] = {a.x - box.left(), box.right() - a.x, a.y - box.top(), box.bottom() - a.y};
  for (int i = 0; i < 4; ++i) {
    if (p[i] == 0) {
      if (q[i] <= 0) return false;
    } else if (p[i] < 0) {
      t0 = std::max(t0, q[i] / p[i]);
    } else {
      t1 = std::min(t1, q[i] / p[i]);
    }
  }
  return t0 < t1;
}

}  // namespace

TEST_CASE("route: a wide fan-in's curves enter no node but their ends") {
  for (const Direction direction : {Direction::TB, Direction::LR}) {
    Options options;
    options.direction = direction;
    const Input input = fan(150, true);
    const Output out = layout(input, options);
    CHECK(edges_through_nodes(input, out) == 0);
    for (size_t e = 0; e < input.edges.size(); ++e) {
      CHECK(out.edges[e].front().x == Approx(out.nodes[input.edges[e].from].cx));
      CHECK(out.edges[e].back().x == Approx(out.nodes[input.edges[e].to].cx));
    }
  }
}

TEST_CASE("route: a wide fan-out's curves enter no node but their ends") {
  const Input input = fan(150, false);
  CHECK(edges_through_nodes(input, layout(input, Options{})) == 0);
}

TEST_CASE("route: a bundle of parallel edges beside other nodes enters none of them") {
  // Hundreds of A->B and B->A (a fuzz finding's shape), with C and D in the
  // ranks the bundle spans, so the curves must be tested against them.
  Input input = chain_input(4, {{0, 2}, {3, 1}});
  for (uint32_t i = 0; i < 300; ++i) input.edges.push_back({i % 2 ? 1u : 0u, i % 2 ? 0u : 1u, 1, 1, std::nullopt});
  const Output out = layout(input, Options{});
  CHECK(edges_through_nodes(input, out) == 0);
}

TEST_CASE("route obstacles: segment and rank queries answer as a scan of every node") {
  const Input input = fan(40, true);
  const Graph graph = run_until(input, Options{}, Phase::position);
  const RouteObstacles obstacles(graph);
  const WorkNode& target = graph.nodes[40];
  CHECK(obstacles.has_other(0, target.rank, 0, 40));
  CHECK_FALSE(obstacles.has_other(target.rank, target.rank, 40, 40));
  double width = 0;
  for (const WorkNode& node : graph.nodes) width = std::max(width, node.x + node.width);
  Lcg random;
  int cuts = 0;
  for (int trial = 0; trial < 2000; ++trial) {
    const Point a{random.next(-20, width + 20), random.next(-20, 60)};
    const Point b{random.next(-20, width + 20), random.next(-20, 60)};
    const uint32_t except = static_cast<uint32_t>(trial % 40);
    bool expected = false;
    for (uint32_t v : graph.layers[0]) {
      if (v != except && !graph.nodes[v].is_dummy()) expected = expected || liang_barsky_cuts(work_box(graph.nodes[v]), a, b);
    }
    CHECK(obstacles.segment_cuts(0, except, a, b) == expected);
    cuts += expected;
  }
  CHECK(cuts > 100);  // the trials exercise both answers
}

TEST_CASE("route obstacles: a curve's cut is the lowest-ordered node it enters, at its first point there") {
  const Input input = fan(40, true);
  const Graph graph = run_until(input, Options{}, Phase::position);
  const RouteObstacles obstacles(graph);
  const std::vector<uint32_t>& rank = graph.layers[0];
  const WorkNode& leftmost = graph.nodes[rank.front()];
  const WorkNode& rightmost = graph.nodes[rank.back()];
  const size_t n = rank.size();
  // Level lines through the three rightmost nodes, either way: the leftmost
  // of the three is the cut, entered on its right side going west.
  const WorkNode& third = graph.nodes[rank[n - 3]];
  const Point east{rightmost.x + rightmost.width, rightmost.y}, west{third.x - third.width, third.y};
  Point where;
  CHECK(obstacles.first_cut(curve_path({west, east}, Curve::linear), 0, 0, npos, npos, where) == rank[n - 3]);
  CHECK(where.x < third.x);
  CHECK(obstacles.first_cut(curve_path({east, west}, Curve::linear), 0, 0, npos, npos, where) == rank[n - 3]);
  CHECK(where.x > third.x);
  CHECK(inside(work_box(third), where, 1));
  // An end is never a cut.
  CHECK(obstacles.first_cut(curve_path({east, west}, Curve::linear), 0, 0, rank[n - 3], npos, where) == rank[n - 2]);
  // Through the whole rank from the west, the first node is also the lowest.
  const Point far_west{leftmost.x - leftmost.width, leftmost.y};
  CHECK(obstacles.first_cut(curve_path({far_west, east}, Curve::linear), 0, 0, npos, npos, where) == rank.front());
  CHECK(inside(work_box(leftmost), where, 1));
  // Between the bands nothing is cut, however long the curve.
  double band_bottom = 0;
  for (uint32_t v : rank) band_bottom = std::max(band_bottom, graph.nodes[v].y + graph.nodes[v].height / 2);
  const double below = (band_bottom + graph.nodes[40].y - graph.nodes[40].height / 2) / 2;
  CHECK(obstacles.first_cut(curve_path({{far_west.x, below}, {east.x, below}}, Curve::linear), 0, 2, npos, npos, where) == npos);

  // Random basis curves: a reported cut lies in its node; a clear curve has
  // no point more than 1.5 px inside any node (the search works to a pixel).
  double width = 0;
  for (const WorkNode& node : graph.nodes) width = std::max(width, node.x + node.width);
  Lcg random;
  int found = 0, missed = 0;
  for (int trial = 0; trial < 300; ++trial) {
    std::vector<Point> points;
    for (int i = 0; i < 4; ++i) points.push_back({random.next(0, width), random.next(-10, 60)});
    const Path path = curve_path(points, Curve::basis);
    const uint32_t cut = obstacles.first_cut(path, 0, graph.nodes[40].rank, npos, npos, where);
    if (cut != npos) {
      ++found;
      CHECK(inside(work_box(graph.nodes[cut]), where, 1));
    } else {
      for (const Point& p : sample_path(path, 0.25)) {
        for (uint32_t v : rank) missed += inside(work_box(graph.nodes[v]), p, 1.5);
      }
    }
  }
  CHECK(missed == 0);
  CHECK(found > 50);
  CHECK(found < 300);
}
