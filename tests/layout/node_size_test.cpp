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

TEST_CASE("mermaid 11's newer shapes around Hello (36.47 x 24) and a wrapped label (200 x 72)") {
  // mermaid-ref layout of `n@{ shape: X, label: "Hello" }` and of a label wrapped to 200 x 72.
  struct Case {
    Shape shape;
    double w, h, long_w, long_h;
  };
  const Case cases[] = {
      {Shape::processes, 76.47, 64, 240, 112},      {Shape::documents, 86.47, 101.93, 250, 158.93},
      {Shape::lined_cylinder, 66.47, 80.04, 230, 150.58}, {Shape::h_cylinder, 59.06, 31.5, 236.65, 79.5},
      {Shape::lined_document, 73.12, 67.5, 253, 127.49}, {Shape::window_pane, 76.47, 64, 240, 112},
      {Shape::curved_trapezoid, 83.07, 54, 287.47, 102}, {Shape::divided_rect, 51.47, 46.8, 215, 104.4},
      {Shape::sloped_rect, 66.47, 81, 230, 153},    {Shape::flag, 66.47, 58.48, 230, 130.46},
      {Shape::tagged_rect, 77.27, 54, 250.4, 102},  {Shape::braces, 63.97, 49, 236.75, 104.4},
      {Shape::brace_right, 61.47, 49, 232.4, 104.4}, {Shape::lined_rect, 82.47, 54, 246, 102},
      {Shape::crossed_circle, 60.06, 60, 60.06, 60}, {Shape::bolt, 35, 70, 35, 70},
      {Shape::datastore, 96.47, 54, 260, 102},
  };
  for (const Case& c : cases) {
    INFO("shape " << shape_name(c.shape));
    const Point s = node_size(c.shape, 36.47, 24, 15), l = node_size(c.shape, 200, 72, 15);
    CHECK(s.x == Approx(c.w).margin(0.1));
    CHECK(s.y == Approx(c.h).margin(0.1));
    CHECK(l.x == Approx(c.long_w).margin(0.1));
    CHECK(l.y == Approx(c.long_h).margin(0.1));
  }
  CHECK_FALSE(shape_shows_label(Shape::framed_circle));
  CHECK_FALSE(shape_shows_label(Shape::anchor));
  CHECK(shape_shows_label(Shape::processes));
}
