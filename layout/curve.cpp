// Polyline smoothing as d3-shape's curves (mermaid draws edges with d3), one
// state machine per curve, transcribed from d3's point()/lineEnd() so the
// drawn paths match mermaid's: basis (B-spline), linear, step (t = 0.5,
// before 0, after 1), monotoneX/Y (Fritsch–Carlson as d3), cardinal (tension
// 0), natural (natural cubic spline), bumpX/Y. catmullRom is drawn with the
// uniform Catmull-Rom (cardinal, tension 0) instead of d3's centripetal alpha 0.5.
#include <cmath>
#include <map>

#include "layout/result.hpp"

namespace merrow {

namespace {

struct PathBuilder {
  Path path;
  void move(Point p) { path.push_back({PathCommand::Kind::move, {p, {}, {}}}); }
  void line(Point p) { path.push_back({PathCommand::Kind::line, {p, {}, {}}}); }
  void cubic(Point a, Point b, Point c) { path.push_back({PathCommand::Kind::cubic, {a, b, c}}); }
};

Path linear(const std::vector<Point>& pts) {
  PathBuilder out;
  for (size_t i = 0; i < pts.size(); ++i) i == 0 ? out.move(pts[i]) : out.line(pts[i]);
  return out.path;
}

Path basis(const std::vector<Point>& pts) {
  PathBuilder out;
  const size_t n = pts.size();
  if (n < 3) return linear(pts);
  out.move(pts[0]);
  out.line({(5 * pts[0].x + pts[1].x) / 6, (5 * pts[0].y + pts[1].y) / 6});
  // Each step emits the B-spline segment between p0, p1 and the next point p.
  auto segment = [&](Point p0, Point p1, Point p) {
    out.cubic({(2 * p0.x + p1.x) / 3, (2 * p0.y + p1.y) / 3}, {(p0.x + 2 * p1.x) / 3, (p0.y + 2 * p1.y) / 3},
              {(p0.x + 4 * p1.x + p.x) / 6, (p0.y + 4 * p1.y + p.y) / 6});
  };
  for (size_t i = 2; i < n; ++i) segment(pts[i - 2], pts[i - 1], pts[i]);
  segment(pts[n - 2], pts[n - 1], pts[n - 1]);  // lineEnd repeats the last point
  out.line(pts[n - 1]);
  return out.path;
}

Path step(const std::vector<Point>& pts, double t) {
  PathBuilder out;
  for (size_t i = 0; i < pts.size(); ++i) {
    if (i == 0) { out.move(pts[0]); continue; }
    const Point a = pts[i - 1], b = pts[i];
    if (t <= 0) {
      out.line({a.x, b.y});
    } else if (t >= 1) {
      out.line({b.x, a.y});
    } else {
      const double x = a.x * (1 - t) + b.x * t;
      out.line({x, a.y});
      out.line({x, b.y});
    }
    out.line(b);
  }
  return out.path;
}

double sign(double v) { return v < 0 ? -1 : 1; }

// d3's monotone slopes (Steffen 1990 as d3 implements it).
Path monotone(std::vector<Point> pts, bool along_y) {
  if (along_y) for (Point& p : pts) std::swap(p.x, p.y);
  std::vector<Point> unique;
  for (const Point& p : pts) {
    if (unique.empty() || p.x != unique.back().x || p.y != unique.back().y) unique.push_back(p);
  }
  PathBuilder out;
  const size_t n = unique.size();
  auto slope3 = [&](Point p0, Point p1, Point p2) {
    const double h0 = p1.x - p0.x, h1 = p2.x - p1.x;
    const double s0 = (p1.y - p0.y) / (h0 != 0 ? h0 : (h1 < 0 ? -0.0 : 0.0));
    const double s1 = (p2.y - p1.y) / (h1 != 0 ? h1 : (h0 < 0 ? -0.0 : 0.0));
    const double p = (s0 * h1 + s1 * h0) / (h0 + h1);
    const double v = (sign(s0) + sign(s1)) * std::min({std::abs(s0), std::abs(s1), 0.5 * std::abs(p)});
    return std::isfinite(v) ? v : 0.0;
  };
  auto slope2 = [](Point p0, Point p1, double t) {
    const double h = p1.x - p0.x;
    return h != 0 ? (3 * (p1.y - p0.y) / h - t) / 2 : t;
  };
  auto hermite = [&](Point p0, Point p1, double t0, double t1) {
    const double dx = (p1.x - p0.x) / 3;
    out.cubic({p0.x + dx, p0.y + dx * t0}, {p1.x - dx, p1.y - dx * t1}, p1);
  };
  if (n > 0) out.move(unique[0]);
  if (n == 2) out.line(unique[1]);
  if (n > 2) {
    double t0 = slope3(unique[0], unique[1], unique[2]);
    hermite(unique[0], unique[1], slope2(unique[0], unique[1], t0), t0);
    for (size_t i = 3; i < n; ++i) {
      const double t1 = slope3(unique[i - 2], unique[i - 1], unique[i]);
      hermite(unique[i - 2], unique[i - 1], t0, t1);
      t0 = t1;
    }
    hermite(unique[n - 2], unique[n - 1], t0, slope2(unique[n - 2], unique[n - 1], t0));
  }
  if (along_y) {
    for (PathCommand& c : out.path) for (Point& p : c.p) std::swap(p.x, p.y);
  }
  return out.path;
}

Path cardinal(const std::vector<Point>& pts) {
  const size_t n = pts.size();
  if (n < 3) return linear(pts);
  PathBuilder out;
  const double k = 1.0 / 6;  // (1 - tension) / 6, tension 0
  out.move(pts[0]);
  for (size_t i = 1; i < n; ++i) {
    const Point p0 = pts[i == 1 ? 0 : i - 2], p1 = pts[i - 1], p2 = pts[i], p3 = pts[i + 1 < n ? i + 1 : n - 1];
    // d3 reflects the ends: the first tangent is p1 - p0, the last p2 - p1.
    const Point a = i == 1 ? p1 : Point{p1.x + k * (p2.x - p0.x), p1.y + k * (p2.y - p0.y)};
    const Point b = i + 1 == n ? p2 : Point{p2.x + k * (p1.x - p3.x), p2.y + k * (p1.y - p3.y)};
    out.cubic(a, b, p2);
  }
  return out.path;
}

std::vector<double> natural_controls(const std::vector<double>& x, std::vector<double>& second) {
  const size_t n = x.size() - 1;
  std::vector<double> a(n), b(n), r(n);
  a[0] = 0, b[0] = 2, r[0] = x[0] + 2 * x[1];
  for (size_t i = 1; i + 1 < n; ++i) a[i] = 1, b[i] = 4, r[i] = 4 * x[i] + 2 * x[i + 1];
  a[n - 1] = 2, b[n - 1] = 7, r[n - 1] = 8 * x[n - 1] + x[n];
  for (size_t i = 1; i < n; ++i) {
    const double m = a[i] / b[i - 1];
    b[i] -= m, r[i] -= m * r[i - 1];
  }
  a[n - 1] = r[n - 1] / b[n - 1];
  for (size_t i = n - 1; i-- > 0;) a[i] = (r[i] - a[i + 1]) / b[i];
  b[n - 1] = (x[n] + a[n - 1]) / 2;
  for (size_t i = 0; i + 1 < n; ++i) b[i] = 2 * x[i + 1] - a[i + 1];
  second = b;
  return a;
}

Path natural(const std::vector<Point>& pts) {
  if (pts.size() < 3) return linear(pts);
  std::vector<double> xs, ys, bx, by;
  for (const Point& p : pts) xs.push_back(p.x), ys.push_back(p.y);
  const std::vector<double> ax = natural_controls(xs, bx), ay = natural_controls(ys, by);
  PathBuilder out;
  out.move(pts[0]);
  for (size_t i = 0; i + 1 < pts.size(); ++i) out.cubic({ax[i], ay[i]}, {bx[i], by[i]}, pts[i + 1]);
  return out.path;
}

Path bump(const std::vector<Point>& pts, bool along_x) {
  PathBuilder out;
  for (size_t i = 0; i < pts.size(); ++i) {
    if (i == 0) { out.move(pts[0]); continue; }
    const Point a = pts[i - 1], b = pts[i];
    if (along_x) {
      const double mx = (a.x + b.x) / 2;
      out.cubic({mx, a.y}, {mx, b.y}, b);
    } else {
      const double my = (a.y + b.y) / 2;
      out.cubic({a.x, my}, {b.x, my}, b);
    }
  }
  return out.path;
}

}  // namespace

Curve curve_from_name(const std::string& name) {
  static const std::map<std::string, Curve> names = {
      {"basis", Curve::basis},          {"linear", Curve::linear},
      {"cardinal", Curve::cardinal},    {"catmullRom", Curve::catmull_rom},
      {"monotoneX", Curve::monotone_x}, {"monotoneY", Curve::monotone_y},
      {"natural", Curve::natural},      {"step", Curve::step},
      {"stepBefore", Curve::step_before}, {"stepAfter", Curve::step_after},
      {"bumpX", Curve::bump_x},         {"bumpY", Curve::bump_y},
  };
  const auto it = names.find(name);
  return it == names.end() ? Curve::basis : it->second;
}

Path curve_path(const std::vector<Point>& points, Curve curve) {
  switch (curve) {
    case Curve::basis: return basis(points);
    case Curve::linear: return linear(points);
    case Curve::cardinal:
    case Curve::catmull_rom: return cardinal(points);
    case Curve::monotone_x: return monotone(points, false);
    case Curve::monotone_y: return monotone(points, true);
    case Curve::natural: return natural(points);
    case Curve::step: return step(points, 0.5);
    case Curve::step_before: return step(points, 0);
    case Curve::step_after: return step(points, 1);
    case Curve::bump_x: return bump(points, true);
    case Curve::bump_y: return bump(points, false);
  }
  return basis(points);
}

}  // namespace merrow
