// place_columns: x of every node. On each side, depth d is a column as wide
// as its widest box; boxes touch their column's edge nearest the root, so
// every edge leaves its parent horizontally and crosses an empty gap between
// two columns. That gap holds nothing but edges, which is what makes the
// layout free of edge-node and edge-edge crossings (see edge_routes.cpp).
#include <algorithm>
#include <cmath>

#include "layout/tree/mindmap_phases.hpp"
#include "layout/tree/tree_spacing.hpp"

namespace merrow {

namespace {

void fill_columns(const TreeShape& tree, const std::vector<MeasuredNode>& measured,
                  const std::vector<Point>& centre, Side side, Columns& columns) {
  const size_t n = measured.size();
  uint32_t max_depth = 0;
  for (size_t v = 1; v < n; ++v) {
    if (tree.side[v] == side) max_depth = std::max(max_depth, tree.depth[v]);
  }
  columns.width.assign(max_depth + 1, 0);
  columns.start.assign(max_depth + 1, 0);
  std::vector<double> spread(max_depth + 1, 0);  // spread[d]: edges from depth d
  columns.width[0] = measured[0].width / 2;       // the root's half, from its centre
  for (uint32_t b : side == Side::right ? tree.right : tree.left) {
    spread[0] = std::max(spread[0], std::abs(centre[b].y - centre[0].y));
  }
  for (size_t v = 1; v < n; ++v) {
    if (tree.side[v] != side) continue;
    const uint32_t d = tree.depth[v];
    if (tree.lane[v] != 2) columns.width[d] = std::max(columns.width[d], measured[v].width);
    for (uint32_t c : tree.children[v]) {
      spread[d] = std::max(spread[d], std::abs(centre[c].y - centre[v].y));
    }
  }
  for (uint32_t d = 1; d <= max_depth; ++d) {
    const double gap = std::clamp(kColumnGapPerSpread * spread[d - 1], kMinColumnGap, kMaxColumnGap);
    columns.start[d] = columns.start[d - 1] + columns.width[d - 1] + gap;
  }
}

}  // namespace

void place_columns(const TreeShape& tree, const std::vector<MeasuredNode>& measured,
                   std::vector<Point>& centre, Columns& right, Columns& left) {
  fill_columns(tree, measured, centre, Side::right, right);
  fill_columns(tree, measured, centre, Side::left, left);
  centre[0].x = 0;
  for (size_t v = 1; v < measured.size(); ++v) {
    const bool on_right = tree.side[v] == Side::right;
    const double near_edge = (on_right ? right : left).start[tree.depth[v]];
    const double x = near_edge + measured[v].width / 2;
    centre[v].x = on_right ? x : -x;
  }
  for (size_t v = 1; v < measured.size(); ++v) {
    const auto& kids = tree.children[v];
    if (kids.empty() || tree.lane[kids.front()] == 0) continue;
    double near_lane = 0;
    for (uint32_t c : kids) {
      if (tree.lane[c] == 1) near_lane = std::max(near_lane, measured[c].width);
    }
    const double shift = (tree.side[v] == Side::right ? 1 : -1) * (near_lane + kLaneGap);
    for (uint32_t c : kids) {
      if (tree.lane[c] == 2) centre[c].x += shift;
    }
  }
}

}  // namespace merrow
