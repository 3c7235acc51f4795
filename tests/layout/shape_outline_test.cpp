// Mirrors layout/shape_outline.cpp: edge ends land on each shape's outline.
#include <catch2/catch.hpp>

#include <cmath>

#include "layout/shape_outline.hpp"

using namespace merrow;

TEST_CASE("rectangle: straight down hits the bottom edge") {
  const Point p = outline_intersection(Shape::rect, {0, 0, 100, 40}, {0, 100});
  CHECK(p.x == Approx(0));
  CHECK(p.y == Approx(20));
}

TEST_CASE("diamond: a diagonal hits the slanted side") {
  // Outline |x|/50 + |y|/50 = 1 for a 100 x 100 diamond; the diagonal meets it at (25, 25).
  const Point p = outline_intersection(Shape::diamond, {0, 0, 100, 100}, {100, 100});
  CHECK(p.x == Approx(25));
  CHECK(p.y == Approx(25));
}

TEST_CASE("circle: the hit is on the circle") {
  const Point p = outline_intersection(Shape::circle, {10, 10, 60, 60}, {100, 50});
  CHECK(std::hypot(p.x - 10, p.y - 10) == Approx(30));
}

TEST_CASE("every shape's hit lies inside its box and on the ray") {
  const Box box{0, 0, 120, 60};
  for (int s = 0; s <= static_cast<int>(Shape::anchor); ++s) {
    for (const Point toward : {Point{0, 200}, Point{300, 10}, Point{-200, -200}, Point{10, -90}}) {
      const Point p = outline_intersection(static_cast<Shape>(s), box, toward);
      CHECK(std::abs(p.x) <= 60 + 1e-6);
      CHECK(std::abs(p.y) <= 30 + 1e-6);
      CHECK(p.x * toward.y - p.y * toward.x == Approx(0).margin(1e-6));  // collinear with the centre
      CHECK((std::abs(p.x) > 1e-9 || std::abs(p.y) > 1e-9));
    }
  }
}

TEST_CASE("hexagon: horizontal ray reaches the pointed side") {
  const Point p = outline_intersection(Shape::hexagon, {0, 0, 100, 40}, {500, 0});
  CHECK(p.x == Approx(50));
}

TEST_CASE("box_intersection cuts at the border") {
  const Point p = box_intersection({0, 0, 100, 100}, {0, 0}, {0, 200});
  CHECK(p.y == Approx(50));
}
