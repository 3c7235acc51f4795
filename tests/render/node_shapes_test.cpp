#include <catch2/catch.hpp>

#include <cmath>

#include "render/scene/edge_markers.hpp"
#include "render/scene/node_shapes.hpp"

using namespace merrow;

namespace {
// Every end and control point; Béziers stay inside their control polygon,
// so this bounds the drawn outline.
void check_inside(const Path& path, const Box& box) {
  for (const auto& cmd : path) {
    int n = cmd.kind == PathCommand::Kind::cubic ? 3 : cmd.kind == PathCommand::Kind::close ? 0 : 1;
    for (int i = 0; i < n; ++i) {
      CHECK(std::isfinite(cmd.p[i].x));
      CHECK(std::isfinite(cmd.p[i].y));
      CHECK(cmd.p[i].x >= box.left() - 0.01);
      CHECK(cmd.p[i].x <= box.right() + 0.01);
      // Wavy edges (document, flag) reach a little past the box with their
      // control points, as mermaid's own waves do.
      CHECK(cmd.p[i].y >= box.top() - box.height / 4);
      CHECK(cmd.p[i].y <= box.bottom() + box.height / 4);
    }
  }
}
}  // namespace

TEST_CASE("every shape fits its layout box") {
  const Box box{100, 50, 120, 60};
  for (int s = 0; s <= static_cast<int>(Shape::anchor); ++s) {
    const Shape shape = static_cast<Shape>(s);
    INFO("shape " << s);
    for (const ShapePart& part : node_shape(shape, box)) check_inside(part.path, box);
    for (const ShapePart& part : node_shape(shape, Box{0, 0, 0, 0})) check_inside(part.path, Box{0, 0, 0, 0});
  }
}

TEST_CASE("shapes without an outline draw nothing, others close their outline") {
  CHECK(node_shape(Shape::text, {0, 0, 50, 20}).empty());
  CHECK(node_shape(Shape::anchor, {0, 0, 50, 20}).empty());
  auto rect = node_shape(Shape::rect, {0, 0, 50, 20});
  REQUIRE(rect.size() == 1);
  CHECK(rect[0].path.back().kind == PathCommand::Kind::close);
  CHECK(node_shape(Shape::subroutine, {0, 0, 50, 20}).size() == 2);  // outline + frame lines
}

TEST_CASE("arrowheads: the tip touches the outline, the line stops 4 px short") {
  auto parts = edge_marker(Head::arrow, {10, 100}, {0, 1});
  REQUIRE(parts.size() == 1);
  double max_y = -1e9, min_y = 1e9;
  for (const auto& cmd : parts[0].path)
    if (cmd.kind != PathCommand::Kind::close) {
      max_y = std::max(max_y, cmd.p[0].y);
      min_y = std::min(min_y, cmd.p[0].y);
    }
  CHECK(max_y == Approx(100));  // tip on the outline
  CHECK(min_y == Approx(92));   // 8 px long (viewBox 10 at 8 px)
  CHECK(marker_line_inset(Head::arrow) == 4);
  CHECK(marker_line_inset(Head::circle) == 0);
  CHECK(edge_marker(Head::none, {0, 0}, {1, 0}).empty());
}
