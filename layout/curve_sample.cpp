// Sampling a drawn path at (about) even arc-length steps, for the layout JSON
// (mermaid-ref samples mermaid's paths with getPointAtLength every 5 px).
// Cubics are flattened finely first; the first and the last point are always kept.
#include <cmath>

#include "layout/result.hpp"

namespace merrow {

namespace {

Point cubic_at(Point a, Point b, Point c, Point d, double t) {
  const double u = 1 - t;
  return {u * u * u * a.x + 3 * u * u * t * b.x + 3 * u * t * t * c.x + t * t * t * d.x,
          u * u * u * a.y + 3 * u * u * t * b.y + 3 * u * t * t * c.y + t * t * t * d.y};
}

// `piece`: the px of control polygon per flattened piece (1 for the JSON's 5 px
// step; coarser when a huge chart's budget stretches the step).
std::vector<Point> flatten(const Path& path, double piece) {
  std::vector<Point> points;
  Point current, start;
  for (const PathCommand& command : path) {
    switch (command.kind) {
      case PathCommand::Kind::move:
        current = start = command.p[0];
        points.push_back(current);
        break;
      case PathCommand::Kind::line:
        current = command.p[0];
        points.push_back(current);
        break;
      case PathCommand::Kind::cubic: {
        const double span = std::hypot(command.p[0].x - current.x, command.p[0].y - current.y) +
                            std::hypot(command.p[1].x - command.p[0].x, command.p[1].y - command.p[0].y) +
                            std::hypot(command.p[2].x - command.p[1].x, command.p[2].y - command.p[1].y);
        const int pieces = std::max(4, static_cast<int>(std::ceil(span / piece)));
        for (int i = 1; i <= pieces; ++i) {
          points.push_back(cubic_at(current, command.p[0], command.p[1], command.p[2], double(i) / pieces));
        }
        current = command.p[2];
        break;
      }
      case PathCommand::Kind::close:
        current = start;
        points.push_back(current);
        break;
    }
  }
  return points;
}

}  // namespace

std::vector<Point> sample_path(const Path& path, double step) {
  const std::vector<Point> points = flatten(path, std::max(1.0, step / 5));
  if (points.empty() || step <= 0) return points;
  std::vector<Point> samples{points.front()};
  double carried = 0;  // arc length since the last sample
  for (size_t i = 1; i < points.size(); ++i) {
    const Point a = points[i - 1], b = points[i];
    const double length = std::hypot(b.x - a.x, b.y - a.y);
    double along = step - carried;
    while (along <= length) {
      const double t = along / length;
      samples.push_back({a.x + (b.x - a.x) * t, a.y + (b.y - a.y) * t});
      along += step;
    }
    carried = length - (along - step);
  }
  const Point last = points.back();
  if (std::hypot(samples.back().x - last.x, samples.back().y - last.y) > 1e-9) samples.push_back(last);
  return samples;
}

double path_length(const Path& path) {
  double length = 0;
  Point current, start;
  for (const PathCommand& command : path) {
    const size_t used = command.kind == PathCommand::Kind::cubic ? 3 : command.kind == PathCommand::Kind::close ? 0 : 1;
    if (command.kind == PathCommand::Kind::move) {
      current = start = command.p[0];
      continue;
    }
    if (used == 0) {
      length += std::hypot(start.x - current.x, start.y - current.y), current = start;
      continue;
    }
    for (size_t i = 0; i < used; ++i) {
      length += std::hypot(command.p[i].x - current.x, command.p[i].y - current.y), current = command.p[i];
    }
  }
  return length;
}

}  // namespace merrow
