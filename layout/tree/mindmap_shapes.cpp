#include "layout/tree/mindmap_shapes.hpp"

#include <algorithm>
#include <limits>

#include "layout/tree/svg_arc.hpp"

namespace merrow {

namespace {

// Relative path commands in SVG's vocabulary, so each outline below reads like
// the `d` attribute mermaid writes for it.
class OutlineBuilder {
 public:
  explicit OutlineBuilder(Point start) { path_.push_back({PathCommand::Kind::move, {start, {}, {}}}); }
  OutlineBuilder& line(double dx, double dy) {
    const Point at = path_end(path_);
    path_.push_back({PathCommand::Kind::line, {{at.x + dx, at.y + dy}, {}, {}}});
    return *this;
  }
  OutlineBuilder& arc(double rx, double ry, double rotation, bool large, bool sweep, double dx,
                      double dy) {
    const Point at = path_end(path_);
    append_svg_arc(path_, at, {rx, ry, rotation, large, sweep}, {at.x + dx, at.y + dy});
    return *this;
  }
  // A quadratic corner `q cx,cy dx,dy`, raised to a cubic.
  OutlineBuilder& quad(double cx, double cy, double dx, double dy) {
    const Point a = path_end(path_);
    const Point c{a.x + cx, a.y + cy}, b{a.x + dx, a.y + dy};
    path_.push_back({PathCommand::Kind::cubic,
                     {{a.x + 2.0 / 3 * (c.x - a.x), a.y + 2.0 / 3 * (c.y - a.y)},
                      {b.x + 2.0 / 3 * (c.x - b.x), b.y + 2.0 / 3 * (c.y - b.y)},
                      b}});
    return *this;
  }
  Path close() {
    path_.push_back({PathCommand::Kind::close, {}});
    return std::move(path_);
  }

 private:
  Path path_;
};

// defaultMindmapNode: a bar with 5px quadratic corners.
Path plain_outline(double w, double h) {
  const double rd = 5;
  return OutlineBuilder({-w / 2, h / 2 - rd})
      .line(0, -h + 2 * rd).quad(0, -rd, rd, -rd)
      .line(w - 2 * rd, 0).quad(rd, 0, rd, rd)
      .line(0, h - 2 * rd).quad(0, rd, -rd, rd)
      .line(-w + 2 * rd, 0).quad(-rd, 0, -rd, -rd)
      .close();
}

Path rect_outline(double w, double h, double radius) {
  OutlineBuilder b({-w / 2 + radius, -h / 2});
  b.line(w - 2 * radius, 0);
  if (radius > 0) b.arc(radius, radius, 0, false, true, radius, radius);
  b.line(0, h - 2 * radius);
  if (radius > 0) b.arc(radius, radius, 0, false, true, -radius, radius);
  b.line(-w + 2 * radius, 0);
  if (radius > 0) b.arc(radius, radius, 0, false, true, -radius, -radius);
  b.line(0, -h + 2 * radius);
  if (radius > 0) b.arc(radius, radius, 0, false, true, radius, -radius);
  return b.close();
}

Path circle_outline(double r) {
  return OutlineBuilder({r, 0})
      .arc(r, r, 0, false, true, -r, r).arc(r, r, 0, false, true, -r, -r)
      .arc(r, r, 0, false, true, r, -r).arc(r, r, 0, false, true, r, r)
      .close();
}

// mermaid's bang: four bumps along top and bottom, three on each side.
Path bang_outline(double w, double h) {
  const double r = 0.15 * w;
  OutlineBuilder b({-w / 2, -h / 2});
  b.arc(r, r, 1, false, false, w / 4, -0.1 * h).arc(r, r, 1, false, false, w / 4, 0)
      .arc(r, r, 1, false, false, w / 4, 0).arc(r, r, 1, false, false, w / 4, 0.1 * h);
  b.arc(r, r, 1, false, false, r, 0.33 * h).arc(0.8 * r, 0.8 * r, 1, false, false, 0, 0.34 * h)
      .arc(r, r, 1, false, false, -r, 0.33 * h);
  b.arc(r, r, 1, false, false, -w / 4, 0.15 * h).arc(r, r, 1, false, false, -w / 4, 0)
      .arc(r, r, 1, false, false, -w / 4, 0).arc(r, r, 1, false, false, -w / 4, -0.15 * h);
  b.arc(r, r, 1, false, false, -0.1 * w, -0.33 * h)
      .arc(0.8 * r, 0.8 * r, 1, false, false, 0, -0.34 * h)
      .arc(r, r, 1, false, false, 0.1 * w, -0.33 * h);
  return b.close();
}

// mermaid's cloud: radii proportional to the width, so wide clouds puff up.
Path cloud_outline(double w, double h) {
  const double r1 = 0.15 * w, r2 = 0.25 * w, r3 = 0.35 * w, r4 = 0.2 * w;
  OutlineBuilder b({-w / 2, -h / 2});
  b.arc(r1, r1, 0, false, true, 0.25 * w, -0.1 * w).arc(r3, r3, 1, false, true, 0.4 * w, -0.1 * w)
      .arc(r2, r2, 1, false, true, 0.35 * w, 0.2 * w);
  b.arc(r1, r1, 1, false, true, 0.15 * w, 0.35 * h).arc(r4, r4, 1, false, true, -0.15 * w, 0.65 * h);
  b.arc(r2, r1, 1, false, true, -0.25 * w, 0.15 * w).arc(r3, r3, 1, false, true, -0.5 * w, 0)
      .arc(r1, r1, 1, false, true, -0.25 * w, -0.15 * w);
  b.arc(r1, r1, 1, false, true, -0.1 * w, -0.35 * h).arc(r4, r4, 1, false, true, 0.1 * w, -0.65 * h);
  return b.close();
}

Path hexagon_outline(double w, double h) {
  const double m = h / 4;
  return OutlineBuilder({-w / 2 + m, -h / 2})
      .line(w - 2 * m, 0).line(m, h / 2).line(-m, h / 2)
      .line(-w + 2 * m, 0).line(-m, -h / 2)
      .close();
}

}  // namespace

Box path_extent(const Path& path) {
  double x0 = std::numeric_limits<double>::max(), y0 = x0;
  double x1 = std::numeric_limits<double>::lowest(), y1 = x1;
  auto add = [&](Point p) {
    x0 = std::min(x0, p.x), y0 = std::min(y0, p.y);
    x1 = std::max(x1, p.x), y1 = std::max(y1, p.y);
  };
  Point at{};
  for (const PathCommand& c : path) {
    if (c.kind == PathCommand::Kind::cubic) {
      for (int i = 1; i <= 16; ++i) {
        const double t = i / 16.0, u = 1 - t;
        add({u * u * u * at.x + 3 * u * u * t * c.p[0].x + 3 * u * t * t * c.p[1].x + t * t * t * c.p[2].x,
             u * u * u * at.y + 3 * u * u * t * c.p[0].y + 3 * u * t * t * c.p[1].y + t * t * t * c.p[2].y});
      }
      at = c.p[2];
    } else if (c.kind != PathCommand::Kind::close) {
      at = c.p[0];
      add(at);
    }
  }
  if (x0 > x1) return {};
  return {(x0 + x1) / 2, (y0 + y1) / 2, x1 - x0, y1 - y0};
}

MindmapShapeGeometry mindmap_shape_geometry(MindmapShape shape, double label_width,
                                            double label_height, double padding) {
  MindmapShapeGeometry g;
  const double bw = label_width, bh = label_height, half = padding / 2;
  switch (shape) {
    case MindmapShape::plain:
      g.body_width = bw + 8 * half, g.body_height = bh + 2 * half;
      g.outline = plain_outline(g.body_width, g.body_height);
      g.underline = true;
      break;
    case MindmapShape::square:  // mindmapRenderer forces padding 10 on rect
      g.body_width = bw + 40, g.body_height = bh + 20;
      g.outline = rect_outline(g.body_width, g.body_height, 0);
      break;
    case MindmapShape::rounded:  // ... and 15 on rounded, drawn with rx 5
      g.body_width = bw + 30, g.body_height = bh + 30;
      g.outline = rect_outline(g.body_width, g.body_height, 5);
      break;
    case MindmapShape::circle: {  // ... and 10 on the circle: r = label/2 + 10
      const double d = std::max(bw, bh) + 20;
      g.body_width = g.body_height = d;
      g.outline = circle_outline(d / 2);
      break;
    }
    case MindmapShape::bang:
      g.body_width = bw + 10 * half, g.body_height = bh + 8 * half;
      g.outline = bang_outline(g.body_width, g.body_height);
      break;
    case MindmapShape::cloud:
      g.body_width = bw + 2 * half, g.body_height = bh + 2 * half;
      g.outline = cloud_outline(g.body_width, g.body_height);
      break;
    case MindmapShape::hexagon:  // addNode doubles the padding for hexagons
      g.body_height = bh + 2 * padding;
      g.body_width = bw + 2 * padding + g.body_height / 2;
      g.outline = hexagon_outline(g.body_width, g.body_height);
      break;
  }
  g.extent = path_extent(g.outline);
  return g;
}

}  // namespace merrow
