#include "layout_checks.hpp"

#include <algorithm>
#include <cmath>
#include <nlohmann/json.hpp>
#include <set>

namespace merrow::test {

namespace {

struct Rect {
  double x0, y0, x1, y1;
};

Rect shrunk(const Box& b, double by) {
  return {b.left() + by, b.top() + by, b.right() - by, b.bottom() - by};
}

bool rects_meet(const Rect& a, const Rect& b) {
  return a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;
}

bool segment_intersection(Point p1, Point p2, Point q1, Point q2, Point& at) {
  const double rx = p2.x - p1.x, ry = p2.y - p1.y, sx = q2.x - q1.x, sy = q2.y - q1.y;
  const double den = rx * sy - ry * sx;
  if (std::abs(den) < 1e-9) return false;
  const double qpx = q1.x - p1.x, qpy = q1.y - p1.y;
  const double t = (qpx * sy - qpy * sx) / den, u = (qpx * ry - qpy * rx) / den;
  if (t < -1e-9 || t > 1 + 1e-9 || u < -1e-9 || u > 1 + 1e-9) return false;
  at = {p1.x + t * rx, p1.y + t * ry};
  return true;
}

// Liang–Barsky: does segment ab have a piece of positive length inside r?
bool segment_enters(Point a, Point b, const Rect& r) {
  if (r.x1 <= r.x0 || r.y1 <= r.y0) return false;
  const double dx = b.x - a.x, dy = b.y - a.y;
  double t0 = 0, t1 = 1;
  const double ps[4] = {-dx, dx, -dy, dy};
  const double qs[4] = {a.x - r.x0, r.x1 - a.x, a.y - r.y0, r.y1 - a.y};
  for (int i = 0; i < 4; ++i) {
    if (std::abs(ps[i]) < 1e-9) {
      if (qs[i] <= 0) return false;
      continue;
    }
    const double ratio = qs[i] / ps[i];
    if (ps[i] < 0) t0 = std::max(t0, ratio);
    else t1 = std::min(t1, ratio);
    if (t0 >= t1) return false;
  }
  return (t1 - t0) * std::hypot(dx, dy) > 1e-6;
}

double distance(Point a, Point b) { return std::hypot(a.x - b.x, a.y - b.y); }

bool near_box(Point p, const Box& b, double margin) {
  return p.x >= b.left() - margin && p.x <= b.right() + margin && p.y >= b.top() - margin &&
         p.y <= b.bottom() + margin;
}

Rect bounds(const std::vector<Point>& points) {
  Rect r{points.front().x, points.front().y, points.front().x, points.front().y};
  for (const Point& p : points) {
    r.x0 = std::min(r.x0, p.x), r.y0 = std::min(r.y0, p.y);
    r.x1 = std::max(r.x1, p.x), r.y1 = std::max(r.y1, p.y);
  }
  return r;
}

bool rects_touch(const Rect& a, const Rect& b) {
  return a.x0 <= b.x1 && b.x0 <= a.x1 && a.y0 <= b.y1 && b.y0 <= a.y1;
}

bool edges_cross(const EdgeRoute& e, const EdgeRoute& f, const std::vector<const Box*>& shared) {
  if (!rects_touch(bounds(e.points), bounds(f.points))) return false;
  const Point ends[4] = {e.points.front(), e.points.back(), f.points.front(), f.points.back()};
  for (size_t i = 0; i + 1 < e.points.size(); ++i) {
    for (size_t j = 0; j + 1 < f.points.size(); ++j) {
      Point at;
      if (!segment_intersection(e.points[i], e.points[i + 1], f.points[j], f.points[j + 1], at)) continue;
      bool ignored = false;
      for (const Point& q : ends) ignored = ignored || distance(at, q) <= 2;
      for (const Box* b : shared) ignored = ignored || near_box(at, *b, 2);
      if (!ignored) return true;
    }
  }
  return false;
}

}  // namespace

std::string LayoutProblems::describe() const {
  std::string out;
  for (const auto& s : overlaps) out += "overlap " + s + "\n";
  for (const auto& s : crossings) out += "crossing " + s + "\n";
  for (const auto& s : through_node) out += "through " + s + "\n";
  return out;
}

LayoutProblems check_layout(const LayoutResult& layout) {
  LayoutProblems problems;
  const auto& nodes = layout.nodes;
  auto box_of = [&](const std::string& id) -> const Box* {
    for (const NodeBox& n : nodes) {
      if (n.id == id) return &n.box;
    }
    return nullptr;
  };
  for (size_t i = 0; i < nodes.size(); ++i) {
    for (size_t j = i + 1; j < nodes.size(); ++j) {
      if (rects_meet(shrunk(nodes[i].box, 1), shrunk(nodes[j].box, 1))) {
        problems.overlaps.push_back(nodes[i].id + " / " + nodes[j].id);
      }
    }
  }
  const auto& edges = layout.edges;
  for (size_t i = 0; i < edges.size(); ++i) {
    for (size_t j = i + 1; j < edges.size(); ++j) {
      std::set<std::string> shared_ids;
      for (const std::string& a : {edges[i].from, edges[i].to}) {
        if (a == edges[j].from || a == edges[j].to) shared_ids.insert(a);
      }
      std::vector<const Box*> shared;
      for (const std::string& id : shared_ids) {
        if (const Box* b = box_of(id)) shared.push_back(b);
      }
      if (edges_cross(edges[i], edges[j], shared)) {
        problems.crossings.push_back(edges[i].from + "->" + edges[i].to + " x " + edges[j].from +
                                     "->" + edges[j].to);
      }
    }
  }
  for (const EdgeRoute& e : edges) {
    for (const NodeBox& n : nodes) {
      if (n.id == e.from || n.id == e.to) continue;
      const Rect r = shrunk(n.box, 1);
      for (size_t k = 0; k + 1 < e.points.size(); ++k) {
        if (segment_enters(e.points[k], e.points[k + 1], r)) {
          problems.through_node.push_back(e.from + "->" + e.to + " through " + n.id);
          break;
        }
      }
    }
  }
  return problems;
}

std::string layout_json_line(const std::string& id, const LayoutResult& layout) {
  nlohmann::ordered_json j;
  j["id"] = id;
  j["width"] = layout.width;
  j["height"] = layout.height;
  j["nodes"] = nlohmann::json::array();
  for (const NodeBox& n : layout.nodes) {
    j["nodes"].push_back({{"id", n.id}, {"x", n.box.cx}, {"y", n.box.cy}, {"width", n.box.width},
                          {"height", n.box.height}});
  }
  j["edges"] = nlohmann::json::array();
  for (const EdgeRoute& e : layout.edges) {
    nlohmann::json points = nlohmann::json::array();
    for (const Point& p : e.points) points.push_back({p.x, p.y});
    j["edges"].push_back({{"from", e.from}, {"to", e.to}, {"points", points}});
  }
  j["clusters"] = nlohmann::json::array();
  return j.dump();
}

}  // namespace merrow::test
