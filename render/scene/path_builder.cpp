#include "render/scene/path_builder.hpp"

#include <algorithm>
#include <cmath>
#include <numbers>

namespace merrow {

PathBuilder& PathBuilder::move(Point p) {
  path_.push_back({PathCommand::Kind::move, {p, {}, {}}});
  current_ = p;
  return *this;
}

PathBuilder& PathBuilder::line(Point p) {
  path_.push_back({PathCommand::Kind::line, {p, {}, {}}});
  current_ = p;
  return *this;
}

PathBuilder& PathBuilder::cubic(Point c1, Point c2, Point end) {
  path_.push_back({PathCommand::Kind::cubic, {c1, c2, end}});
  current_ = end;
  return *this;
}

PathBuilder& PathBuilder::arc(Point c, double rx, double ry, double a0, double a1) {
  Point start{c.x + rx * std::cos(a0), c.y + ry * std::sin(a0)};
  if (path_.empty() || path_.back().kind == PathCommand::Kind::close) move(start);
  else line(start);
  // Split into pieces of at most 90 degrees; each is one cubic with the
  // standard 4/3 tan(θ/4) handle length.
  const double total = a1 - a0;
  const int pieces = std::max(1, static_cast<int>(std::ceil(std::abs(total) / (std::numbers::pi / 2) - 1e-9)));
  const double step = total / pieces;
  const double k = 4.0 / 3.0 * std::tan(step / 4);
  double a = a0;
  for (int i = 0; i < pieces; ++i) {
    double b = a + step;
    Point p0{c.x + rx * std::cos(a), c.y + ry * std::sin(a)};
    Point p1{c.x + rx * std::cos(b), c.y + ry * std::sin(b)};
    Point h0{p0.x - k * rx * std::sin(a), p0.y + k * ry * std::cos(a)};
    Point h1{p1.x + k * rx * std::sin(b), p1.y - k * ry * std::cos(b)};
    cubic(h0, h1, p1);
    a = b;
  }
  return *this;
}

PathBuilder& PathBuilder::close() {
  path_.push_back({PathCommand::Kind::close, {}});
  return *this;
}

PathBuilder& PathBuilder::polygon(const std::vector<Point>& points) {
  for (size_t i = 0; i < points.size(); ++i) i == 0 ? move(points[i]) : line(points[i]);
  if (!points.empty()) close();
  return *this;
}

PathBuilder& PathBuilder::rect(const Box& b, double radius) {
  double r = std::clamp(radius, 0.0, std::min(b.width, b.height) / 2);
  if (r <= 0) return polygon({{b.left(), b.top()}, {b.right(), b.top()}, {b.right(), b.bottom()}, {b.left(), b.bottom()}});
  const double pi = std::numbers::pi;
  move({b.left() + r, b.top()});
  line({b.right() - r, b.top()});
  arc({b.right() - r, b.top() + r}, r, r, -pi / 2, 0);
  line({b.right(), b.bottom() - r});
  arc({b.right() - r, b.bottom() - r}, r, r, 0, pi / 2);
  line({b.left() + r, b.bottom()});
  arc({b.left() + r, b.bottom() - r}, r, r, pi / 2, pi);
  line({b.left(), b.top() + r});
  arc({b.left() + r, b.top() + r}, r, r, pi, 1.5 * pi);
  return close();
}

PathBuilder& PathBuilder::ellipse(Point c, double rx, double ry) {
  if (!path_.empty() && path_.back().kind != PathCommand::Kind::close) close();
  arc(c, rx, ry, 0, 2 * std::numbers::pi);  // starts with a move after a close
  return close();
}

}  // namespace merrow
