#include "layout/shape_outline.hpp"

#include <algorithm>
#include <cmath>
#include <limits>
#include <numbers>

namespace merrow {

namespace {

std::vector<Point> ellipse(const Box& b, int segments) {
  std::vector<Point> points;
  for (int i = 0; i < segments; ++i) {
    const double a = 2 * std::numbers::pi * i / segments;
    points.push_back({b.cx + b.width / 2 * std::cos(a), b.cy + b.height / 2 * std::sin(a)});
  }
  return points;
}

// A stadium: half circles of radius h/2 at both ends.
std::vector<Point> stadium(const Box& b) {
  std::vector<Point> points;
  const double r = std::min(b.height, b.width) / 2;
  for (int side = 0; side < 2; ++side) {
    const double cx = side == 0 ? b.right() - r : b.left() + r;
    for (int i = 0; i <= 8; ++i) {
      const double a = -std::numbers::pi / 2 + std::numbers::pi * i / 8 + side * std::numbers::pi;
      points.push_back({cx + r * std::cos(a), b.cy + r * std::sin(a)});
    }
  }
  return points;
}

// Corner offsets in box units: each point is (fx * w/2 + dx, fy * h/2) with a
// slant `o` (half the height for parallelograms and trapezoids, mermaid's).
std::vector<Point> polygon(Shape shape, const Box& b) {
  const double l = b.left(), r = b.right(), t = b.top(), d = b.bottom(), cx = b.cx, cy = b.cy;
  const double o = std::min(b.height / 2, b.width / 4);
  switch (shape) {
    case Shape::diamond:
    case Shape::choice: return {{cx, t}, {r, cy}, {cx, d}, {l, cy}};
    case Shape::hexagon: {
      const double m = b.height / 4;
      return {{l + m, t}, {r - m, t}, {r, cy}, {r - m, d}, {l + m, d}, {l, cy}};
    }
    case Shape::lean_right: return {{l + o, t}, {r, t}, {r - o, d}, {l, d}};
    case Shape::lean_left: return {{l, t}, {r - o, t}, {r, d}, {l + o, d}};
    case Shape::trapezoid: return {{l + o, t}, {r - o, t}, {r, d}, {l, d}};
    case Shape::inv_trapezoid: return {{l, t}, {r, t}, {r - o, d}, {l + o, d}};
    case Shape::odd: return {{l, t}, {r, t}, {r, d}, {l, d}, {l + b.height / 4, cy}};
    case Shape::triangle: return {{cx, t}, {r, d}, {l, d}};
    case Shape::flipped_triangle: return {{l, t}, {r, t}, {cx, d}};
    default: return {{l, t}, {r, t}, {r, d}, {l, d}};
  }
}

bool is_round(Shape shape) {
  switch (shape) {
    case Shape::circle: case Shape::double_circle: case Shape::small_circle: case Shape::framed_circle:
    case Shape::filled_circle: case Shape::crossed_circle:
      return true;
    default:
      return false;
  }
}

}  // namespace

std::vector<Point> shape_outline(Shape shape, const Box& box) {
  if (is_round(shape)) return ellipse(box, 64);
  if (shape == Shape::stadium) return stadium(box);
  return polygon(shape, box);
}

Point outline_intersection(Shape shape, const Box& box, Point toward) {
  const Point c{box.cx, box.cy};
  const double dx = toward.x - c.x, dy = toward.y - c.y;
  if (dx == 0 && dy == 0) return c;
  if (is_round(shape)) {  // exact for ellipses
    const double a = box.width / 2, b = box.height / 2;
    const double k = 1 / std::sqrt(dx * dx / (a * a) + dy * dy / (b * b));
    return {c.x + dx * k, c.y + dy * k};
  }
  // The ray c + s*(dx,dy) against each polygon side; the nearest hit wins.
  const std::vector<Point> outline = shape_outline(shape, box);
  double best = std::numeric_limits<double>::infinity();
  for (size_t i = 0; i < outline.size(); ++i) {
    const Point p = outline[i], q = outline[(i + 1) % outline.size()];
    const double ex = q.x - p.x, ey = q.y - p.y;
    const double denom = dx * ey - dy * ex;
    if (std::abs(denom) < 1e-12) continue;
    const double s = ((p.x - c.x) * ey - (p.y - c.y) * ex) / denom;  // along the ray
    const double u = ((p.x - c.x) * dy - (p.y - c.y) * dx) / denom;  // along the side
    if (s > 0 && u >= -1e-9 && u <= 1 + 1e-9) best = std::min(best, s);
  }
  if (!std::isfinite(best)) return c;
  return {c.x + dx * best, c.y + dy * best};
}

Point box_intersection(const Box& box, Point inside, Point outside) {
  const double dx = outside.x - inside.x, dy = outside.y - inside.y;
  double t = 1;
  if (dx > 0) t = std::min(t, (box.right() - inside.x) / dx);
  if (dx < 0) t = std::min(t, (box.left() - inside.x) / dx);
  if (dy > 0) t = std::min(t, (box.bottom() - inside.y) / dy);
  if (dy < 0) t = std::min(t, (box.top() - inside.y) / dy);
  t = std::clamp(t, 0.0, 1.0);
  return {inside.x + dx * t, inside.y + dy * t};
}

}  // namespace merrow
