// Examples for "Hello" (36.47 x 24 px) with padding 15, from mermaid 11.17:
// rect 96.47 x 54, rounded 66.47 x 54, stadium 61.2 x 39, subroutine
// 67.47 x 39, cylinder 51.47 x 60.87, circle 51.47, double circle 66.47,
// odd 61.22 x 39, diamond 90.47, hexagon 70.97 x 39, lean/trapezoid
// 90.47 x 39, inverted trapezoid 120.47 x 54, card 63.47 x 39, document
// 66.47 x 67.5, triangle 75.47, text 51.47 x 39, small circle 14, fork 70 x 10.
#include "layout/node_size.hpp"

#include <algorithm>

namespace merrow {

Point node_size(Shape shape, double tw, double th, double p) {
  switch (shape) {
    case Shape::rect: return {tw + 4 * p, th + 2 * p};  // labelPaddingX = 2 * padding
    case Shape::rounded: return {tw + 2 * p, th + 2 * p};
    case Shape::stadium: {
      const double h = th + p;
      return {tw + h / 4 + p, h};
    }
    case Shape::subroutine: return {tw + p + 16, th + p};  // 8 px frame each side
    case Shape::cylinder:
    case Shape::lined_cylinder: {
      const double w = tw + p;
      const double ry = w / 2 / (2.5 + w / 50);  // the ellipse cap's radius
      return {w, th + p + 3 * ry};
    }
    case Shape::circle: return {tw + p, tw + p};
    case Shape::double_circle: return {tw + 2 * p, tw + 2 * p};
    case Shape::odd: {
      const double h = th + p;
      return {tw + p + h / 4, h};
    }
    case Shape::diamond: {
      const double s = tw + th + 2 * p;
      return {s, s};
    }
    case Shape::hexagon: {
      const double h = th + p;
      return {tw + p + h / 2, h};
    }
    case Shape::lean_right:
    case Shape::lean_left:
    case Shape::trapezoid: {
      const double h = th + p;
      return {tw + p + h, h};
    }
    case Shape::inv_trapezoid: return {tw + 4 * p + th, th + 2 * p};
    case Shape::notch_rect: return {tw + p + 12, th + p};
    case Shape::document:
    case Shape::lined_document: return {tw + 2 * p, (th + 2 * p) * 1.25};
    case Shape::triangle:
    case Shape::flipped_triangle: {
      const double s = tw + th + p;
      return {s, s};
    }
    case Shape::small_circle:
    case Shape::filled_circle: return {14, 14};
    case Shape::framed_circle: return {14, 14};
    case Shape::fork: return {70, 10};
    case Shape::anchor: return {tw, th};
    case Shape::hourglass: return {30, 30};
    case Shape::crossed_circle: {
      const double d = std::max(30.0, tw + p);
      return {d, d};
    }
    case Shape::text: return {tw + p, th + p};
    default: return {tw + 2 * p, th + p};
  }
}

}  // namespace merrow
