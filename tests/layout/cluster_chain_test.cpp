// Chains of clusters (issue 13): edges that link clusters one after another
// line the clusters up as mermaid does (dagre's nesting graph gives each
// cluster its own ranks), instead of a staircase of side-by-side clusters.
#include <catch2/catch.hpp>

#include <cmath>

#include "layered_fixtures.hpp"

using namespace merrow;
using namespace merrow::layered;

namespace {

// Three clusters of two nodes each, a->b inside each, b of one -> a of the next.
Input cluster_chain() {
  Input input;
  for (uint32_t c = 0; c < 3; ++c) {
    input.clusters.push_back({npos, 40, 24});
    input.nodes.push_back({120, 54, c});
    input.nodes.push_back({150, 54, c});
    input.edges.push_back({2 * c, 2 * c + 1, 1, 1, std::nullopt});
    if (c > 0) input.edges.push_back({2 * c - 1, 2 * c, 1, 1, std::nullopt});
  }
  return input;
}

}  // namespace

TEST_CASE("a chain of clusters is one row in LR") {
  Options options;
  options.direction = Direction::LR;
  const Output out = layout(cluster_chain(), options);
  for (const Box& node : out.nodes) CHECK(node.cy == Approx(out.nodes[0].cy));
  for (size_t c = 1; c < out.clusters.size(); ++c) {
    CHECK(out.clusters[c].box.cy == Approx(out.clusters[0].box.cy));
    CHECK(out.clusters[c - 1].box.right() < out.clusters[c].box.left());
  }
  // mermaid draws this 1198 x 140 (with its 8 px padding): one row of cluster height.
  CHECK(out.height == Approx(out.clusters[0].box.height));
  // Edges between clusters run straight: enter the next cluster's node from the left.
  for (const auto& edge : out.edges) {
    for (const Point& p : edge) CHECK(p.y == Approx(out.nodes[0].cy));
  }
}

TEST_CASE("a chain of clusters is one centred column in TB") {
  const Output out = layout(cluster_chain(), Options{});
  for (const Box& node : out.nodes) CHECK(node.cx == Approx(out.nodes[0].cx));
  for (size_t c = 1; c < out.clusters.size(); ++c) {
    CHECK(out.clusters[c].box.cx == Approx(out.clusters[0].box.cx));
    CHECK(out.clusters[c - 1].box.bottom() < out.clusters[c].box.top());
  }
}

TEST_CASE("the title's strip stays free of the cluster's members") {
  for (Direction d : {Direction::TB, Direction::LR, Direction::BT, Direction::RL}) {
    Options options;
    options.direction = d;
    const Output out = layout(cluster_chain(), options);
    for (uint32_t v = 0; v < out.nodes.size(); ++v) {
      INFO("direction " << static_cast<int>(d) << " node " << v);
      CHECK_FALSE(test::overlaps(out.clusters[v / 2].title, out.nodes[v]));
      CHECK(test::contains(out.clusters[v / 2].box, out.nodes[v]));
    }
  }
}

namespace {

bool segment_meets(Point a, Point b, const Box& box) {
  // Samples every px: simple, and enough for a test.
  const double length = std::hypot(b.x - a.x, b.y - a.y);
  for (double t = 0; t <= length; t += 1) {
    const Point p{a.x + (b.x - a.x) * t / std::max(length, 1e-9), a.y + (b.y - a.y) * t / std::max(length, 1e-9)};
    if (p.x > box.left() && p.x < box.right() && p.y > box.top() && p.y < box.bottom()) return true;
  }
  return false;
}

}  // namespace

TEST_CASE("edges and edge labels keep clear of cluster titles") {
  // Two outside nodes feeding a cluster's only member, which sits under the
  // title; a second cluster below fed from the first (issue 13, point 4).
  for (Direction d : {Direction::TB, Direction::BT}) {
    Input input;
    input.clusters.push_back({npos, 120, 24});
    input.clusters.push_back({npos, 80, 24});
    input.nodes = {{80, 40, npos}, {80, 40, npos}, {110, 40, 0}, {110, 40, 0}, {100, 50, 1}};
    input.edges = {{0, 2, 1, 1, Point{90, 24}}, {1, 3, 1, 1, std::nullopt}, {2, 3, 1, 1, std::nullopt},
                   {3, 4, 1, 1, Point{80, 24}}, {2, 4, 1, 1, Point{50, 24}}};
    Options options;
    options.direction = d;
    const Output out = layout(input, options);
    for (const OutputCluster& cluster : out.clusters) {
      INFO("direction " << static_cast<int>(d));
      CHECK(test::contains(cluster.box, cluster.title));
      for (const auto& edge : out.edges) {
        for (size_t i = 1; i < edge.size(); ++i) CHECK_FALSE(segment_meets(edge[i - 1], edge[i], cluster.title));
      }
      for (const auto& label : out.edge_labels) if (label) CHECK_FALSE(test::overlaps(*label, cluster.title));
    }
  }
}
