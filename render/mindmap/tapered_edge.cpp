#include "render/mindmap/tapered_edge.hpp"

#include <cmath>

namespace merrow {

namespace {

constexpr int kCubicSamples = 24;

std::vector<Point> flatten(const Path& path) {
  std::vector<Point> points;
  for (const PathCommand& c : path) {
    if (c.kind == PathCommand::Kind::move || c.kind == PathCommand::Kind::line) {
      points.push_back(c.p[0]);
    } else if (c.kind == PathCommand::Kind::cubic && !points.empty()) {
      const Point a = points.back();
      for (int i = 1; i <= kCubicSamples; ++i) {
        const double t = static_cast<double>(i) / kCubicSamples, u = 1 - t;
        points.push_back({u * u * u * a.x + 3 * u * u * t * c.p[0].x + 3 * u * t * t * c.p[1].x + t * t * t * c.p[2].x,
                          u * u * u * a.y + 3 * u * u * t * c.p[0].y + 3 * u * t * t * c.p[1].y + t * t * t * c.p[2].y});
      }
    }
  }
  // Drop repeated points: they have no direction to offset along.
  std::vector<Point> distinct;
  for (const Point& p : points) {
    if (distinct.empty() || std::hypot(p.x - distinct.back().x, p.y - distinct.back().y) > 1e-6) distinct.push_back(p);
  }
  return distinct;
}

Point unit(double x, double y) {
  const double len = std::hypot(x, y);
  return len > 0 ? Point{x / len, y / len} : Point{0, 0};
}

}  // namespace

Path tapered_band(const Path& centreline, double start_width, double end_width) {
  const std::vector<Point> pts = flatten(centreline);
  if (pts.size() < 2) return {};
  std::vector<double> along(pts.size(), 0);
  for (size_t i = 1; i < pts.size(); ++i) {
    along[i] = along[i - 1] + std::hypot(pts[i].x - pts[i - 1].x, pts[i].y - pts[i - 1].y);
  }
  const double total = along.back();
  std::vector<Point> left, right;
  for (size_t i = 0; i < pts.size(); ++i) {
    // Tangent from the neighbours (one-sided at the ends).
    const Point& prev = pts[i == 0 ? 0 : i - 1];
    const Point& next = pts[i + 1 == pts.size() ? i : i + 1];
    const Point t = unit(next.x - prev.x, next.y - prev.y);
    const double half = (start_width + (end_width - start_width) * along[i] / total) / 2;
    left.push_back({pts[i].x - t.y * half, pts[i].y + t.x * half});
    right.push_back({pts[i].x + t.y * half, pts[i].y - t.x * half});
  }
  Path band;
  band.push_back({PathCommand::Kind::move, {left.front(), {}, {}}});
  for (size_t i = 1; i < left.size(); ++i) band.push_back({PathCommand::Kind::line, {left[i], {}, {}}});
  for (size_t i = right.size(); i-- > 0;) band.push_back({PathCommand::Kind::line, {right[i], {}, {}}});
  band.push_back({PathCommand::Kind::close, {}});
  return band;
}

}  // namespace merrow
