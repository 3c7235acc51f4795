// Chains of clusters (issue 13): edges that link clusters one after another
// line the clusters up as mermaid does (dagre's nesting graph gives each
// cluster its own ranks), instead of a staircase of side-by-side clusters.
#include <catch2/catch.hpp>

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
