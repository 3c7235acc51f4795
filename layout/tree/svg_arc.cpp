#include "layout/tree/svg_arc.hpp"

#include <algorithm>
#include <cmath>
#include <numbers>

namespace merrow {

Point path_end(const Path& path) {
  if (path.empty()) return {};
  const PathCommand& last = path.back();
  if (last.kind == PathCommand::Kind::cubic) return last.p[2];
  if (last.kind == PathCommand::Kind::close) {
    // A close returns to the last move.
    for (auto it = path.rbegin(); it != path.rend(); ++it) {
      if (it->kind == PathCommand::Kind::move) return it->p[0];
    }
    return {};
  }
  return last.p[0];
}

namespace {

double vector_angle(double ux, double uy, double vx, double vy) {
  return std::atan2(ux * vy - uy * vx, ux * vx + uy * vy);
}

}  // namespace

// Endpoint to centre parameterisation, SVG 1.1 implementation notes F.6.5/F.6.6.
void append_svg_arc(Path& path, Point from, const SvgArc& arc, Point to) {
  double rx = std::abs(arc.rx), ry = std::abs(arc.ry);
  if ((from.x == to.x && from.y == to.y)) return;
  if (rx == 0 || ry == 0) {
    path.push_back({PathCommand::Kind::line, {to, {}, {}}});
    return;
  }
  const double phi = arc.rotation_deg * std::numbers::pi / 180;
  const double cos_phi = std::cos(phi), sin_phi = std::sin(phi);
  const double dx2 = (from.x - to.x) / 2, dy2 = (from.y - to.y) / 2;
  const double x1p = cos_phi * dx2 + sin_phi * dy2;
  const double y1p = -sin_phi * dx2 + cos_phi * dy2;
  // Radii too small to reach: scale them up (F.6.6).
  const double lambda = (x1p * x1p) / (rx * rx) + (y1p * y1p) / (ry * ry);
  if (lambda > 1) {
    const double s = std::sqrt(lambda);
    rx *= s;
    ry *= s;
  }
  const double num = rx * rx * ry * ry - rx * rx * y1p * y1p - ry * ry * x1p * x1p;
  const double den = rx * rx * y1p * y1p + ry * ry * x1p * x1p;
  double coef = den > 0 ? std::sqrt(std::max(0.0, num / den)) : 0;
  if (arc.large_arc == arc.sweep) coef = -coef;
  const double cxp = coef * rx * y1p / ry;
  const double cyp = -coef * ry * x1p / rx;
  const double cx = cos_phi * cxp - sin_phi * cyp + (from.x + to.x) / 2;
  const double cy = sin_phi * cxp + cos_phi * cyp + (from.y + to.y) / 2;
  const double ux = (x1p - cxp) / rx, uy = (y1p - cyp) / ry;
  const double vx = (-x1p - cxp) / rx, vy = (-y1p - cyp) / ry;
  const double theta1 = vector_angle(1, 0, ux, uy);
  double delta = vector_angle(ux, uy, vx, vy);
  if (!arc.sweep && delta > 0) delta -= 2 * std::numbers::pi;
  if (arc.sweep && delta < 0) delta += 2 * std::numbers::pi;

  const int segments = std::max(1, static_cast<int>(std::ceil(std::abs(delta) / (std::numbers::pi / 2) - 1e-9)));
  const double step = delta / segments;
  const double k = 4.0 / 3.0 * std::tan(step / 4);
  auto on_ellipse = [&](double t) {
    return Point{cx + rx * std::cos(t) * cos_phi - ry * std::sin(t) * sin_phi,
                 cy + rx * std::cos(t) * sin_phi + ry * std::sin(t) * cos_phi};
  };
  auto derivative = [&](double t) {
    return Point{-rx * std::sin(t) * cos_phi - ry * std::cos(t) * sin_phi,
                 -rx * std::sin(t) * sin_phi + ry * std::cos(t) * cos_phi};
  };
  double t = theta1;
  for (int i = 0; i < segments; ++i) {
    const double t2 = t + step;
    const Point a = on_ellipse(t), b = i + 1 == segments ? to : on_ellipse(t2);
    const Point da = derivative(t), db = derivative(t2);
    path.push_back({PathCommand::Kind::cubic,
                    {{a.x + k * da.x, a.y + k * da.y}, {b.x - k * db.x, b.y - k * db.y}, b}});
    t = t2;
  }
}

}  // namespace merrow
