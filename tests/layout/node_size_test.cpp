// Mirrors layout/node_size.cpp: mermaid 11.17's sizes for "Hello" (36.469 x 24 px
// in Liberation Sans 16px) with padding 15, read from mermaid-ref's geometry.
#include <catch2/catch.hpp>

#include "layout/node_size.hpp"

using namespace merrow;

namespace {

void check(Shape shape, double width, double height) {
  const Point size = node_size(shape, 36.469, 24, 15);
  CHECK(size.x == Approx(width).margin(0.05));
  CHECK(size.y == Approx(height).margin(0.05));
}

}  // namespace

TEST_CASE("node sizes match mermaid 11") {
  check(Shape::rect, 96.469, 54);
  check(Shape::rounded, 66.469, 54);
  check(Shape::stadium, 61.219, 39);
  check(Shape::subroutine, 67.469, 39);
  check(Shape::cylinder, 51.469, 60.869);
  check(Shape::circle, 51.469, 51.469);
  check(Shape::double_circle, 66.469, 66.469);
  check(Shape::odd, 61.219, 39);
  check(Shape::diamond, 90.469, 90.469);
  check(Shape::hexagon, 70.969, 39);
  check(Shape::lean_right, 90.469, 39);
  check(Shape::lean_left, 90.469, 39);
  check(Shape::trapezoid, 90.469, 39);
  check(Shape::inv_trapezoid, 120.469, 54);
  check(Shape::notch_rect, 63.469, 39);
  check(Shape::triangle, 75.469, 75.469);
  check(Shape::text, 51.469, 39);
}

TEST_CASE("two-line labels (Hello<br>World wide: 78.844 x 48)") {
  const Point rect = node_size(Shape::rect, 78.844, 48, 15);
  CHECK(rect.x == Approx(138.844));
  CHECK(rect.y == Approx(78));
  const Point diamond = node_size(Shape::diamond, 78.844, 48, 15);
  CHECK(diamond.x == Approx(156.844));
  const Point circle = node_size(Shape::circle, 78.844, 48, 15);
  CHECK(circle.x == Approx(93.844));
  const Point inv = node_size(Shape::inv_trapezoid, 78.844, 48, 15);
  CHECK(inv.x == Approx(186.844));
  CHECK(inv.y == Approx(78));
}
