// Charts of the generated set routing and ordering were measured on
// (random flowcharts with clusters, as in issue 13's measurements), built
// without the parser (this area links only merrow_layout), and what the
// tests count on their drawings.
#pragma once
#include <algorithm>
#include <cmath>
#include <string>
#include <tuple>
#include <vector>

#include "layout/layout.hpp"

namespace merrow::test {

// A generated chart: nodes n0..n<count-1> labelled "Node k", clusters of
// listed members titled "Group k", edges a -> b with an optional label.
struct Generated {
  Direction direction;
  uint32_t count;
  std::vector<std::vector<uint32_t>> clusters;
  std::vector<std::tuple<uint32_t, uint32_t, const char*>> edges;
};

inline LayoutResult lay_out(const Generated& g) {
  Flowchart chart;
  chart.direction = g.direction;
  for (uint32_t v = 0; v < g.count; ++v) {
    Node n;
    n.id = "n" + std::to_string(v);
    n.label.text = "Node " + std::to_string(v);
    chart.nodes.push_back(n);
  }
  for (size_t c = 0; c < g.clusters.size(); ++c) {
    Subgraph s;
    s.id = "S" + std::to_string(c);
    s.title.text = "Group " + std::to_string(c);
    for (uint32_t v : g.clusters[c]) s.nodes.push_back(v), chart.nodes[v].parent = static_cast<SubgraphIndex>(c);
    chart.subgraphs.push_back(s);
  }
  for (const auto& [from, to, label] : g.edges) {
    Edge e;
    e.from = {EdgeEnd::Kind::node, from};
    e.to = {EdgeEnd::Kind::node, to};
    if (*label) e.label.text = label, e.has_label = true;
    chart.edges.push_back(e);
  }
  return layout_flowchart(chart, FixedWidthMeasurer(0.55));
}

inline bool inside(const Box& b, Point p) {
  return p.x > b.left() + 1 && p.x < b.right() - 1 && p.y > b.top() + 1 && p.y < b.bottom() - 1;
}

inline int edges_through_nodes(const LayoutResult& r) {
  int through = 0;
  for (const EdgeRoute& e : r.edges) {
    for (const NodeBox& n : r.nodes) {
      if (n.id == e.from || n.id == e.to) continue;
      bool hit = false;
      for (const Point& p : sample_path(e.path, 2)) hit = hit || inside(n.box, p);
      through += hit;
    }
  }
  return through;
}

// Pairs of edges whose drawn curves properly cross, as mermaid-ref's
// layout-metrics counts them: not within 2 px of an end, nor inside a node
// both edges end at.
inline int crossings(const LayoutResult& r) {
  auto box_of = [&](const std::string& id) -> const Box* {
    for (const NodeBox& n : r.nodes) if (n.id == id) return &n.box;
    return nullptr;
  };
  std::vector<std::vector<Point>> lines;
  std::vector<Box> hulls;  // each line's bounding box: most pairs never meet
  for (const EdgeRoute& e : r.edges) {
    lines.push_back(sample_path(e.path, 5));  // as merrow layout prints them
    double l = INFINITY, t = INFINITY, rt = -INFINITY, b = -INFINITY;
    for (const Point& p : lines.back()) l = std::min(l, p.x), rt = std::max(rt, p.x), t = std::min(t, p.y), b = std::max(b, p.y);
    hulls.push_back({(l + rt) / 2, (t + b) / 2, rt - l, b - t});
  }
  auto near = [](const Box& h, Point a, Point b) {
    return std::max(a.x, b.x) >= h.left() && std::min(a.x, b.x) <= h.right() && std::max(a.y, b.y) >= h.top() &&
           std::min(a.y, b.y) <= h.bottom();
  };
  auto cross = [](Point a, Point b, Point c, Point d, Point& at) {
    const double rx = b.x - a.x, ry = b.y - a.y, sx = d.x - c.x, sy = d.y - c.y;
    const double den = rx * sy - ry * sx;
    if (std::abs(den) < 1e-9) return false;
    const double t = ((c.x - a.x) * sy - (c.y - a.y) * sx) / den, u = ((c.x - a.x) * ry - (c.y - a.y) * rx) / den;
    at = {a.x + t * rx, a.y + t * ry};
    return t >= 0 && t <= 1 && u >= 0 && u <= 1;
  };
  int count = 0;
  for (size_t i = 0; i < lines.size(); ++i) {
    for (size_t j = i + 1; j < lines.size(); ++j) {
      const EdgeRoute &ei = r.edges[i], &ej = r.edges[j];
      if (lines[i].size() < 2 || lines[j].size() < 2) continue;
      const Box &hi = hulls[i], &hj = hulls[j];
      if (hi.right() < hj.left() || hj.right() < hi.left() || hi.bottom() < hj.top() || hj.bottom() < hi.top()) continue;
      const Point ends[4] = {lines[i].front(), lines[i].back(), lines[j].front(), lines[j].back()};
      std::vector<const Box*> shared;
      for (const std::string& a : {ei.from, ei.to}) {
        if (a == ej.from || a == ej.to) shared.push_back(box_of(a));
      }
      bool found = false;
      for (size_t a = 1; a < lines[i].size() && !found; ++a) {
        if (!near(hj, lines[i][a - 1], lines[i][a])) continue;
        for (size_t b = 1; b < lines[j].size() && !found; ++b) {
          Point at{};
          if (!cross(lines[i][a - 1], lines[i][a], lines[j][b - 1], lines[j][b], at)) continue;
          bool excused = false;
          for (const Point& end : ends) excused = excused || std::hypot(at.x - end.x, at.y - end.y) <= 2;
          for (const Box* box : shared) {
            excused = excused || (box && at.x > box->left() - 2 && at.x < box->right() + 2 && at.y > box->top() - 2 &&
                                  at.y < box->bottom() + 2);
          }
          found = !excused;
        }
      }
      count += found;
    }
  }
  return count;
}

}  // namespace merrow::test
