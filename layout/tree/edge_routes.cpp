// route_edges: one curve per parent-child pair. It leaves the parent's side
// (facing away from the root) horizontally, runs straight to the end of the
// parent's column, then bends in an S (a cubic with horizontal tangents and
// both controls at mid-gap) to the child's near side.
// Why no crossings: all bends of one gap share the same x range and the same
// parametrisation, so y(t) is (1-s(t))·y_parent + s(t)·y_child for one blend
// s; the tidy tree keeps children in their parents' order, so two edges'
// y(t) stay ordered and never cross. The gap holds no node and the straight
// run stays inside the parent's own row, so no edge enters a box.
// A far-lane leaf's edge bends to its own height in the same gap as its
// near-lane siblings', then runs straight between two of them (they leave
// room, tree_spacing.hpp) and across the lane gap to the leaf.
// Siblings leave their parent a few px apart, in order (spread over at most
// half its height): were they to share the straight run, they would touch
// where they part, which a crossing count rightly reports.
// Post: points start on the parent's box and end on the child's box;
// path is the drawn curve, points a dense polyline along it.
#include <algorithm>
#include <cmath>
#include <string>

#include "layout/tree/mindmap_phases.hpp"

namespace merrow {

namespace {

constexpr int kBendSamples = 12;
constexpr double kMaxFanStep = 4;  // px between sibling edges where they leave the parent

// bend_end_x: where the S ends (the child's side unless the edge runs on
// straight through a near lane).
EdgeRoute route(Point from, double column_end_x, double bend_end_x, Point to) {
  EdgeRoute e;
  e.curve = Curve::basis;
  e.points.push_back(from);
  e.path.push_back({PathCommand::Kind::move, {from, {}, {}}});
  const Point bend_start{column_end_x, from.y};
  if (std::abs(column_end_x - from.x) > 0.5) {
    e.points.push_back(bend_start);
    e.path.push_back({PathCommand::Kind::line, {bend_start, {}, {}}});
  }
  const Point bend_end{bend_end_x, to.y};
  const double mid = (bend_start.x + bend_end.x) / 2;
  const Point c1{mid, bend_start.y}, c2{mid, to.y};
  e.path.push_back({PathCommand::Kind::cubic, {c1, c2, bend_end}});
  for (int i = 1; i <= kBendSamples; ++i) {
    const double t = static_cast<double>(i) / kBendSamples, u = 1 - t;
    e.points.push_back({u * u * u * bend_start.x + 3 * u * u * t * c1.x + 3 * u * t * t * c2.x + t * t * t * bend_end.x,
                        u * u * u * bend_start.y + 3 * u * u * t * c1.y + 3 * u * t * t * c2.y + t * t * t * bend_end.y});
  }
  e.points.back() = bend_end;
  if (std::abs(to.x - bend_end.x) > 0.5) {
    e.path.push_back({PathCommand::Kind::line, {to, {}, {}}});
    e.points.push_back(to);
  }
  return e;
}

}  // namespace

std::vector<EdgeRoute> route_edges(const Mindmap& map, const TreeShape& tree,
                                   const std::vector<MeasuredNode>& measured,
                                   const std::vector<Point>& centre, const Columns& right,
                                   const Columns& left) {
  std::vector<EdgeRoute> edges;
  edges.reserve(map.nodes.size());
  // Each child's rank among its parent's children on its side, top to bottom.
  std::vector<uint32_t> rank(map.nodes.size(), 0), fan(map.nodes.size(), 1);
  for (const std::vector<uint32_t>* group : {&tree.right, &tree.left}) {
    for (size_t i = 0; i < group->size(); ++i) rank[(*group)[i]] = static_cast<uint32_t>(i), fan[(*group)[i]] = static_cast<uint32_t>(group->size());
  }
  for (size_t v = 1; v < map.nodes.size(); ++v) {
    const auto& kids = tree.children[v];
    for (size_t i = 0; i < kids.size(); ++i) rank[kids[i]] = static_cast<uint32_t>(i), fan[kids[i]] = static_cast<uint32_t>(kids.size());
  }
  for (size_t c = 1; c < map.nodes.size(); ++c) {
    const int32_t p = map.nodes[c].parent;
    if (p < 0) continue;
    const bool on_right = tree.side[c] == Side::right;
    const double sign = on_right ? 1 : -1;
    const Columns& columns = on_right ? right : left;
    const uint32_t d = tree.depth[p];
    const double step = fan[c] > 1 ? std::min(kMaxFanStep, measured[p].height / 2 / (fan[c] - 1)) : 0;
    const double offset = (rank[c] - (fan[c] - 1) / 2.0) * step;
    const Point from{centre[p].x + sign * measured[p].width / 2, centre[p].y + offset};
    const Point to{centre[c].x - sign * measured[c].width / 2, centre[c].y};
    const double bend_end_x = tree.lane[c] == 2 ? sign * columns.start[tree.depth[c]] : to.x;
    EdgeRoute e = route(from, sign * (columns.start[d] + columns.width[d]), bend_end_x, to);
    e.index = static_cast<uint32_t>(c);
    e.from = std::to_string(p);
    e.to = std::to_string(c);
    edges.push_back(std::move(e));
  }
  return edges;
}

}  // namespace merrow
