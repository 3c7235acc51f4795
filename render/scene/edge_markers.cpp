#include "render/scene/edge_markers.hpp"

#include "render/scene/path_builder.hpp"

namespace merrow {
namespace {

// Marker coordinates: u along the edge (negative: back from the end),
// v across it.
Point at(Point end, Point dir, double u, double v) {
  return {end.x + dir.x * u - dir.y * v, end.y + dir.y * u + dir.x * v};
}

}  // namespace

std::vector<ShapePart> edge_marker(Head head, Point end, Point dir) {
  PathBuilder p;
  switch (head) {
    case Head::none: return {};
    case Head::arrow:
      // viewBox 10 x 10 at 8 x 8 px: tip (10,5) at the outline, base 8 px back.
      p.polygon({at(end, dir, 0, 0), at(end, dir, -8, 4), at(end, dir, -8, -4)});
      return {{p.build(), ShapePart::Paint::solid}};
    case Head::circle: {
      // viewBox 10 x 10 at 11 x 11 px, refX 11: centre 6.6 px back, r 5.5 px.
      Point c = at(end, dir, -6.6, 0);
      p.ellipse(c, 5.5, 5.5);
      return {{p.build(), ShapePart::Paint::solid}};
    }
    case Head::cross:
      // viewBox 11 x 11 at 11 x 11 px, refX 12, refY 5.2: arms 4.5 px.
      p.move(at(end, dir, -11, 4.2)).line(at(end, dir, -2, -4.8));
      p.move(at(end, dir, -2, 4.2)).line(at(end, dir, -11, -4.8));
      return {{p.build(), ShapePart::Paint::stroke}};
  }
  return {};
}

double marker_line_inset(Head head) { return head == Head::arrow ? 4 : 0; }

}  // namespace merrow
