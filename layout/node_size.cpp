// Examples for "Hello" (36.47 x 24 px) with padding 15, from mermaid 11.17:
// rect 96.47 x 54, rounded 66.47 x 54, stadium 61.2 x 39, subroutine
// 67.47 x 39, cylinder 51.47 x 60.87, circle 51.47, double circle 66.47,
// odd 61.22 x 39, diamond 90.47, hexagon 70.97 x 39, lean/trapezoid
// 90.47 x 39, inverted trapezoid 120.47 x 54, card 63.47 x 39, document
// 66.47 x 67.5, triangle 75.47, text 51.47 x 39, small circle 14, fork 70 x 10.
#include "layout/node_size.hpp"

#include <algorithm>

namespace merrow {

bool shape_shows_label(Shape shape) {
  switch (shape) {
    case Shape::small_circle: case Shape::framed_circle: case Shape::filled_circle: case Shape::crossed_circle:
    case Shape::fork: case Shape::hourglass: case Shape::bolt: case Shape::anchor: case Shape::choice: return false;
    default: return true;
  }
}

Point node_size(Shape shape, double tw, double th, double p) {
  switch (shape) {
    case Shape::rect: return {tw + 4 * p, th + 2 * p};  // labelPaddingX = 2 * padding
    case Shape::rounded: return {tw + 2 * p, th + 2 * p};
    case Shape::stadium: {
      const double h = th + p;
      return {tw + h / 4 + p, h};
    }
    case Shape::subroutine: return {tw + p + 16, th + p};  // 8 px frame each side
    case Shape::cylinder: {
      const double w = tw + p;
      const double ry = w / 2 / (2.5 + w / 50);  // the ellipse cap's radius
      return {w, th + p + 3 * ry};
    }
    case Shape::lined_cylinder: {  // linedCylinder.ts pads by the whole padding
      const double w = tw + 2 * p;
      const double ry = w / 2 / (2.5 + w / 50);
      return {w, th + 2 * p + 3 * ry};
    }
    case Shape::h_cylinder: {  // tiltedCylinder.ts: the caps' rx on both ends
      const double h = th + p / 2;
      const double rx = h / 2 / (2.5 + h / 50);
      return {tw + p / 2 + 3 * rx, h};
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
    case Shape::document: return {tw + 2 * p, (th + 2 * p) * 1.25};
    case Shape::lined_document:
    case Shape::tagged_document: return {(tw + 2 * p) * 1.1, (th + 2 * p) * 1.25};
    case Shape::documents: {  // three waves 10 px apart, each h/8 deep
      const double h = th + 3 * p;
      return {tw + 2 * p + 20, h * 1.1875 + 20};
    }
    case Shape::processes:
    case Shape::window_pane: return {tw + 2 * p + 10, th + 2 * p + 10};
    case Shape::lined_rect: return {tw + 2 * p + 16, th + 2 * p};
    case Shape::delay:
    case Shape::notched_pentagon: return {tw + 2 * p, th + 2 * p};
    case Shape::curved_trapezoid: return {std::max(20.0, (tw + 2 * p) * 1.25), th + 2 * p};
    case Shape::divided_rect: return {tw + p, (th + p) * 1.2};
    case Shape::sloped_rect: return {tw + 2 * p, (th + 2 * p) * 1.5};
    case Shape::flag: return {tw + 2 * p, (th + p) * 1.5};
    case Shape::tagged_rect: return {tw + 2 * p + 0.2 * (th + 2 * p), th + 2 * p};
    case Shape::bow_rect: {
      const double h = th + p;
      return {tw + 2 * p + h / 2 / (2.5 + h / 50), h};
    }
    case Shape::brace_left:
    case Shape::brace_right:
    case Shape::braces: {  // curlyBrace*.ts: arcs of radius max(5, h / 10) outside the box
      const double w = tw + p, h = th + p, r = std::max(5.0, h * 0.1);
      return {w + (shape == Shape::braces ? 2.5 : 2) * r, h + 2 * r};
    }
    case Shape::triangle:
    case Shape::flipped_triangle: {
      const double s = tw + th + p;
      return {s, s};
    }
    case Shape::small_circle:
    case Shape::filled_circle: return {14, 14};
    case Shape::framed_circle: return {14, 14};
    case Shape::fork: return {70, 10};
    case Shape::choice: return {28, 28};  // choice.ts: 28 x 28 whatever the label (it drops it)
    case Shape::note: return {tw + 2 * p, th + 2 * p};  // note.ts
    case Shape::anchor: return {2, 2};  // anchor.ts: a circle of radius 1
    case Shape::hourglass: return {30, 30};
    case Shape::crossed_circle: return {60, 60};  // crossedCircle.ts: radius 30, no label
    case Shape::bolt: return {35, 70};           // lightningBolt.ts: 35 x 70, no label
    case Shape::text: return {tw + p, th + p};
    case Shape::datastore: return {tw + 4 * p, th + 2 * p};  // datastore.ts: drawRect, labelPaddingX 2p
    default: return {tw + 2 * p, th + p};
  }
}

}  // namespace merrow
