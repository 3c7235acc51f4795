// Node outlines. Proportions follow mermaid 11's shapes/*.ts: e.g. the
// subroutine's frame lines 8 px in from the sides, the double circle's 5 px
// gap, the cylinder's ry = rx / (2.5 + w / 50), the document's wave of h/8.
#include "render/scene/node_shapes.hpp"

#include <algorithm>
#include <cmath>
#include <numbers>

#include "render/scene/path_builder.hpp"

namespace merrow {
namespace {

constexpr double pi = std::numbers::pi;
using Paint = ShapePart::Paint;

ShapePart outline(PathBuilder b) { return {b.build(), Paint::fill_and_stroke}; }
ShapePart lines(PathBuilder b) { return {b.build(), Paint::stroke}; }

// A decoration inset of `want` px, never past the middle of a small box.
double inset(double want, double size) { return std::max(0.0, std::min(want, size / 2)); }

double cylinder_ry(double w) { return (w / 2) / (2.5 + w / 50); }

// A rectangle whose bottom edge is a wave of amplitude `a` (mermaid's
// document: the wave dips below the box's bottom on the left half).
PathBuilder wavy_bottom_rect(const Box& b, double a) {
  const double y = b.bottom() - a;
  PathBuilder p;
  p.move({b.left(), b.top()}).line({b.right(), b.top()}).line({b.right(), y});
  const double w = b.width;
  p.cubic({b.right() - w / 4, y - 2 * a}, {b.right() - w / 4, y}, {b.cx, y});
  p.cubic({b.left() + w / 4, y}, {b.left() + w / 4, y + 2 * a}, {b.left(), y});
  return p.close(), p;
}

PathBuilder cylinder_outline(const Box& b) {
  const double rx = b.width / 2, ry = std::min(cylinder_ry(b.width), b.height / 4);
  PathBuilder p;
  p.arc({b.cx, b.top() + ry}, rx, ry, pi, 2 * pi);
  p.arc({b.cx, b.bottom() - ry}, rx, ry, 0, pi);
  return p.close(), p;
}

PathBuilder h_cylinder_outline(const Box& b) {
  const double ry = b.height / 2, rx = std::min(ry / (2.5 + b.height / 50), b.width / 4);
  PathBuilder p;
  p.arc({b.left() + rx, b.cy}, rx, ry, 0.5 * pi, 1.5 * pi);
  p.arc({b.right() - rx, b.cy}, rx, ry, -0.5 * pi, 0.5 * pi);
  return p.close(), p;
}

std::vector<ShapePart> stacked(const Box& b, bool documents) {
  const double o = std::min({5.0, b.width / 4, b.height / 4});  // mermaid: 5 px per layer
  std::vector<ShapePart> parts;
  // multiRect.ts / multiWaveEdgedRectangle.ts: the copies behind stand up
  // and to the right, the front one holds the label at the bottom left.
  for (int i = 2; i >= 0; --i) {
    Box layer{0, 0, b.width - 2 * o, b.height - 2 * o};
    layer.cx = b.left() + layer.width / 2 + i * o;
    layer.cy = b.top() + layer.height / 2 + (2 - i) * o;
    parts.push_back(outline(documents ? wavy_bottom_rect(layer, layer.height / 8) : PathBuilder().rect(layer)));
  }
  return parts;
}

}  // namespace

std::vector<ShapePart> node_shape(Shape shape, const Box& b) {
  const double L = b.left(), R = b.right(), T = b.top(), B = b.bottom(), w = b.width, h = b.height;
  const Point c{b.cx, b.cy};
  PathBuilder p;
  switch (shape) {
    case Shape::rect:
    case Shape::note: return {outline(p.rect(b))};
    case Shape::rounded: return {outline(p.rect(b, 5))};
    case Shape::stadium: return {outline(p.rect(b, h / 2))};
    case Shape::subroutine: {
      const double f = inset(8, w);
      return {outline(p.rect(b)),
              lines(PathBuilder().move({L + f, T}).line({L + f, B}).move({R - f, T}).line({R - f, B}))};
    }
    case Shape::cylinder: {
      const double ry = std::min(cylinder_ry(w), h / 4);
      return {outline(cylinder_outline(b)),
              lines(PathBuilder().arc({b.cx, T + ry}, w / 2, ry, 0, pi))};
    }
    case Shape::lined_cylinder: {
      const double ry = std::min(cylinder_ry(w), h / 4);
      return {outline(cylinder_outline(b)),
              lines(PathBuilder().arc({b.cx, T + ry}, w / 2, ry, 0, pi)),
              lines(PathBuilder().arc({b.cx, T + ry + h * 0.1}, w / 2, ry, 0, pi))};
    }
    case Shape::h_cylinder: {
      const double ry = h / 2, rx = std::min(ry / (2.5 + h / 50), w / 4);
      return {outline(h_cylinder_outline(b)),
              lines(PathBuilder().arc({R - rx, b.cy}, rx, ry, 0.5 * pi, 1.5 * pi))};
    }
    case Shape::circle: return {outline(p.ellipse(c, std::min(w, h) / 2, std::min(w, h) / 2))};
    case Shape::double_circle: {
      const double r = std::min(w, h) / 2, inner = std::max(0.0, r - 5);
      return {outline(PathBuilder().ellipse(c, r, r)), outline(PathBuilder().ellipse(c, inner, inner))};
    }
    case Shape::small_circle: return {outline(p.ellipse(c, w / 2, h / 2))};
    case Shape::filled_circle: return {{p.ellipse(c, w / 2, h / 2).build(), Paint::solid}};
    case Shape::framed_circle:
      return {outline(PathBuilder().ellipse(c, w / 2, h / 2)),
              {PathBuilder().ellipse(c, std::max(0.0, w / 2 - 5), std::max(0.0, h / 2 - 5)).build(), Paint::solid}};
    case Shape::crossed_circle: {
      const double r = std::min(w, h) / 2, d = r / std::sqrt(2.0);
      return {outline(p.ellipse(c, r, r)),
              lines(PathBuilder().move({c.x - d, c.y - d}).line({c.x + d, c.y + d}).move({c.x + d, c.y - d}).line({c.x - d, c.y + d}))};
    }
    // rectLeftInvArrow.ts: the notch is h/4 deep (mermaid 10 drew h/2).
    case Shape::odd: return {outline(p.polygon({{L, T}, {R, T}, {R, B}, {L, B}, {L + h / 4, b.cy}}))};
    case Shape::diamond:
    case Shape::choice: return {outline(p.polygon({{b.cx, T}, {R, b.cy}, {b.cx, B}, {L, b.cy}}))};
    case Shape::hexagon: {
      const double m = std::min(h / 4, w / 2);
      return {outline(p.polygon({{L + m, T}, {R - m, T}, {R, b.cy}, {R - m, B}, {L + m, B}, {L, b.cy}}))};
    }
    case Shape::lean_right: {
      const double d = std::min(h / 2, w / 2);
      return {outline(p.polygon({{L + d, T}, {R, T}, {R - d, B}, {L, B}}))};
    }
    case Shape::lean_left: {
      const double d = std::min(h / 2, w / 2);
      return {outline(p.polygon({{L, T}, {R - d, T}, {R, B}, {L + d, B}}))};
    }
    case Shape::trapezoid: {
      const double d = std::min(h / 2, w / 2);
      return {outline(p.polygon({{L + d, T}, {R - d, T}, {R, B}, {L, B}}))};
    }
    case Shape::inv_trapezoid: {
      const double d = std::min(h / 2, w / 2);
      return {outline(p.polygon({{L, T}, {R, T}, {R - d, B}, {L + d, B}}))};
    }
    case Shape::text:
    case Shape::anchor:
    case Shape::icon: return {};
    case Shape::image: return {lines(p.rect(b))};
    case Shape::notch_rect: {
      const double n = std::min({12.0, w / 2, h / 2});
      return {outline(p.polygon({{L + n, T}, {R, T}, {R, B}, {L, B}, {L, T + n}}))};
    }
    case Shape::lined_rect:
      return {outline(p.rect(b)), lines(PathBuilder().move({L + inset(8, w), T}).line({L + inset(8, w), B}))};
    case Shape::divided_rect: {
      const double y = T + h * 0.2;
      return {outline(p.rect(b)), lines(PathBuilder().move({L, y}).line({R, y}))};
    }
    case Shape::window_pane:
      return {outline(p.rect(b)),
              lines(PathBuilder().move({L + inset(5, w), T}).line({L + inset(5, w), B}).move({L, T + inset(5, h)}).line({R, T + inset(5, h)}))};
    case Shape::fork: return {{p.rect(b).build(), Paint::solid}};
    case Shape::datastore:  // datastore.ts: stroke-dasharray "w h" leaves only the top and bottom edges
      return {{p.rect(b).build(), Paint::fill}, lines(PathBuilder().move({L, T}).line({R, T}).move({L, B}).line({R, B}))};
    case Shape::hourglass: return {outline(p.polygon({{L, T}, {R, T}, {L, B}, {R, B}}))};
    case Shape::triangle: return {outline(p.polygon({{L, B}, {b.cx, T}, {R, B}}))};
    case Shape::flipped_triangle: return {outline(p.polygon({{L, T}, {R, T}, {b.cx, B}}))};
    case Shape::notched_pentagon: {
      const double d = std::min(h / 4, w / 4);
      return {outline(p.polygon({{L + d, T}, {R - d, T}, {R, T + d}, {R, B}, {L, B}, {L, T + d}}))};
    }
    case Shape::sloped_rect: return {outline(p.polygon({{L, T + h / 4}, {R, T}, {R, B}, {L, B}}))};
    case Shape::document: return {outline(wavy_bottom_rect(b, h / 8))};
    case Shape::lined_document:
      return {outline(wavy_bottom_rect(b, h / 8)),
              lines(PathBuilder().move({L + inset(8, w), T}).line({L + inset(8, w), B - h / 8}))};
    case Shape::tagged_document: {
      const double t = std::min(w, h) * 0.2;
      return {outline(wavy_bottom_rect(b, h / 8)),
              lines(PathBuilder().move({R - t, B - h / 8}).line({R, B - h / 8 - t}))};
    }
    case Shape::documents: return stacked(b, true);
    case Shape::processes: return stacked(b, false);
    case Shape::tagged_rect: {
      const double t = std::min(w, h) * 0.2;
      return {outline(p.rect(b)), {PathBuilder().polygon({{R - t, B}, {R, B}, {R, B - t}}).build(), Paint::solid}};
    }
    case Shape::delay: {
      const double r = std::min(h / 2, w / 2);
      p.move({L, T}).line({R - r, T});
      p.arc({R - r, b.cy}, r, h / 2, -0.5 * pi, 0.5 * pi);
      p.line({L, B});
      return {outline(p.close())};
    }
    case Shape::curved_trapezoid: {
      const double r = std::min(h / 2, w / 4);
      p.move({L + r / 2, T}).line({R - r, T});
      p.arc({R - r, b.cy}, r, h / 2, -0.5 * pi, 0.5 * pi);
      p.line({L + r / 2, B}).line({L, b.cy});
      return {outline(p.close())};
    }
    case Shape::bow_rect: {
      const double r = std::min(h / 2, w / 4), k = r / 2;
      p.move({L, T}).line({R, T});
      p.arc({R, b.cy}, k, h / 2, -0.5 * pi, -1.5 * pi);  // concave right side
      p.line({L, B});
      p.arc({L, b.cy}, k, h / 2, 0.5 * pi, -0.5 * pi);
      return {outline(p.close())};
    }
    case Shape::flag: {
      const double a = h / 8;
      p.move({L, T + a});
      p.cubic({L + w / 4, T - a}, {L + w / 4, T + 3 * a}, {b.cx, T + a});
      p.cubic({R - w / 4, T - a}, {R - w / 4, T + 3 * a}, {R, T + a});
      p.line({R, B - a});
      p.cubic({R - w / 4, B + a}, {R - w / 4, B - 3 * a}, {b.cx, B - a});
      p.cubic({L + w / 4, B + a}, {L + w / 4, B - 3 * a}, {L, B - a});
      return {outline(p.close())};
    }
    case Shape::bolt:
      return {outline(p.polygon({{L + w * 0.6, T}, {L + w * 0.15, b.cy + h * 0.05}, {b.cx, b.cy + h * 0.05},
                                 {L + w * 0.4, B}, {R - w * 0.15, b.cy - h * 0.05}, {b.cx, b.cy - h * 0.05}}))};
    case Shape::brace_left:
    case Shape::brace_right:
    case Shape::braces: {
      auto brace = [&](PathBuilder& q, double x, double dir) {
        const double r = std::min(10.0, h / 4);
        q.move({x + dir * r, T});
        q.cubic({x, T}, {x, T}, {x, T + r}).line({x, b.cy - r});
        q.cubic({x, b.cy}, {x, b.cy}, {x - dir * r, b.cy});
        q.cubic({x, b.cy}, {x, b.cy}, {x, b.cy + r}).line({x, B - r});
        q.cubic({x, B}, {x, B}, {x + dir * r, B});
      };
      PathBuilder q;
      if (shape != Shape::brace_right) brace(q, L + std::min(10.0, h / 4), 1);
      if (shape != Shape::brace_left) brace(q, R - std::min(10.0, h / 4), -1);
      return {lines(q)};
    }
  }
  return {outline(p.rect(b))};
}

Point label_centre(Shape shape, const Box& b, double text_height, double padding) {
  switch (shape) {
    case Shape::cylinder:
    case Shape::lined_cylinder: return {b.cx, b.cy + padding / 1.5};  // cylinder.ts: + padding / 1.5
    case Shape::document:
    case Shape::lined_document:
    case Shape::tagged_document: return {b.cx, b.cy - b.height / 18};  // half the wave (h/8 of h*9/8)
    case Shape::odd: return {b.cx + b.height / 8, b.cy};  // rectLeftInvArrow.ts: translate(-notch / 2)
    case Shape::processes:  // on the front copy (see stacked())
    case Shape::documents: {
      const double o = std::min({5.0, b.width / 4, b.height / 4});
      return {b.cx - o, b.cy + o};
    }
    case Shape::triangle: return {b.cx, b.bottom() - text_height / 2 - padding / 4};
    case Shape::flipped_triangle: return {b.cx, b.top() + text_height / 2 + padding / 4};
    default: return {b.cx, b.cy};
  }
}

}  // namespace merrow
