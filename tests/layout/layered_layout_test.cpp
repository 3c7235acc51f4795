// The whole engine: components, directions, self-loops, clusters, labels.
#include <catch2/catch.hpp>

#include "layered_fixtures.hpp"

using namespace merrow;
using namespace merrow::layered;
using namespace merrow::layered::test;

namespace {

void check_no_overlaps(const Output& out) {
  for (size_t a = 0; a < out.nodes.size(); ++a)
    for (size_t b = a + 1; b < out.nodes.size(); ++b) CHECK_FALSE(overlaps(out.nodes[a], out.nodes[b]));
}

}  // namespace

TEST_CASE("directions: TB goes down, BT up, LR right, RL left") {
  Input input = chain_input(2, {{0, 1}});
  input.nodes[0].width = 80;  // wide, so a wrong size swap would show
  auto centre = [](const Box& b) { return Point{b.cx, b.cy}; };
  Options options;
  options.direction = Direction::TB;
  Output out = layout(input, options);
  CHECK(centre(out.nodes[1]).y > centre(out.nodes[0]).y);
  CHECK(out.nodes[0].width == 80);
  options.direction = Direction::BT;
  out = layout(input, options);
  CHECK(centre(out.nodes[1]).y < centre(out.nodes[0]).y);
  options.direction = Direction::LR;
  out = layout(input, options);
  CHECK(centre(out.nodes[1]).x > centre(out.nodes[0]).x);
  CHECK(out.nodes[0].width == 80);
  CHECK(out.nodes[0].height == 20);
  CHECK(out.nodes[1].left() - out.nodes[0].right() == Approx(50));  // rank_sep
  options.direction = Direction::RL;
  out = layout(input, options);
  CHECK(centre(out.nodes[1]).x < centre(out.nodes[0]).x);
}

TEST_CASE("two nodes on one edge are rank_sep apart (dagre's geometry)") {
  const Output out = layout(chain_input(2, {{0, 1}}), Options{});
  CHECK(out.nodes[1].top() - out.nodes[0].bottom() == Approx(50));
  CHECK(out.height == Approx(20 + 50 + 20));
}

TEST_CASE("edges run in their true direction, cycles included") {
  const Output out = layout(chain_input(3, {{0, 1}, {1, 2}, {2, 0}}), Options{});
  for (size_t e = 0; e < 3; ++e) {
    const uint32_t from = static_cast<uint32_t>(e), to = static_cast<uint32_t>((e + 1) % 3);
    REQUIRE(out.edges[e].size() >= 2);
    CHECK(out.edges[e].front().x == Approx(out.nodes[from].cx));
    CHECK(out.edges[e].front().y == Approx(out.nodes[from].cy));
    CHECK(out.edges[e].back().x == Approx(out.nodes[to].cx));
    CHECK(out.edges[e].back().y == Approx(out.nodes[to].cy));
  }
  check_no_overlaps(out);
}

TEST_CASE("self-loops leave and re-enter their node on the right, beside its neighbours") {
  Input input = chain_input(3, {{0, 0}, {0, 1}, {0, 2}});
  input.edges[0].label = Point{20, 10};
  const Output out = layout(input, Options{});
  const std::vector<Point>& loop = out.edges[0];
  REQUIRE(loop.size() == 4);
  CHECK(loop[1].x > out.nodes[0].right());
  REQUIRE(out.edge_labels[0]);
  CHECK(out.edge_labels[0]->left() > out.nodes[0].right());
  for (size_t v = 1; v < 3; ++v) CHECK_FALSE(overlaps(*out.edge_labels[0], out.nodes[v]));
  check_no_overlaps(out);
}

TEST_CASE("multi-edges get separate routes") {
  const Output out = layout(chain_input(2, {{0, 1}, {0, 1}, {1, 0}}), Options{});
  CHECK(out.edges[0][1].x != Approx(out.edges[1][1].x));
}

TEST_CASE("edge labels overlap neither nodes nor each other") {
  Input input = chain_input(4, {{0, 1}, {0, 2}, {0, 3}, {1, 3}});
  for (InputEdge& e : input.edges) e.label = Point{60, 24};
  const Output out = layout(input, Options{});
  std::vector<Box> boxes = out.nodes;
  for (const auto& label : out.edge_labels) boxes.push_back(*label);
  for (size_t a = 0; a < boxes.size(); ++a)
    for (size_t b = a + 1; b < boxes.size(); ++b) CHECK_FALSE(overlaps(boxes[a], boxes[b]));
}

TEST_CASE("components are packed side by side without overlap") {
  const Output out = layout(chain_input(5, {{0, 1}, {2, 3}}), Options{});
  check_no_overlaps(out);
  CHECK(out.nodes[2].left() > out.nodes[0].right());
  CHECK(out.nodes[0].top() == Approx(0));
  CHECK(out.nodes[2].top() == Approx(0));
}

TEST_CASE("clusters enclose exactly their members and their title") {
  Input input = chain_input(6, {{0, 1}, {1, 2}, {0, 3}, {3, 4}, {2, 5}, {4, 5}, {0, 5}});
  input.clusters = {{npos, 120, 24}, {0, 50, 24}, {npos, 30, 24}};
  input.nodes[1].cluster = 0;
  input.nodes[2].cluster = 1;
  input.nodes[3].cluster = 2;
  for (Direction direction : {Direction::TB, Direction::LR, Direction::BT, Direction::RL}) {
    Options options;
    options.direction = direction;
    const Output out = layout(input, options);
    check_no_overlaps(out);
    auto member = [&](uint32_t v, uint32_t c) {
      for (uint32_t k = input.nodes[v].cluster; k != npos; k = input.clusters[k].parent) if (k == c) return true;
      return false;
    };
    for (uint32_t c = 0; c < input.clusters.size(); ++c) {
      const Box& box = out.clusters[c].box;
      CHECK(contains(box, out.clusters[c].title));
      for (uint32_t v = 0; v < input.nodes.size(); ++v) {
        if (member(v, c)) CHECK(contains(box, out.nodes[v]));
        else CHECK_FALSE(overlaps(box, out.nodes[v]));
      }
    }
    CHECK(contains(out.clusters[0].box, out.clusters[1].box));
    CHECK_FALSE(overlaps(out.clusters[0].box, out.clusters[2].box));
  }
}

TEST_CASE("an empty cluster still gets a box") {
  Input input = chain_input(1, {});
  input.clusters = {{npos, 80, 24}};
  const Output out = layout(input, Options{});
  CHECK(out.clusters[0].box.width >= 80);
  CHECK(out.clusters[0].box.height >= 24);
}

TEST_CASE("100,000 nested clusters do not overflow the stack") {
  Input input = chain_input(2, {{0, 1}});
  const uint32_t depth = 100000;
  for (uint32_t c = 0; c < depth; ++c) input.clusters.push_back({c == 0 ? npos : c - 1, 10, 10});
  input.nodes[0].cluster = depth - 1;
  const Output out = layout(input, Options{});
  CHECK(contains(out.clusters[0].box, out.nodes[0]));
}
