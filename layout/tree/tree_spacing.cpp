#include "layout/tree/tree_spacing.hpp"

#include <algorithm>

namespace merrow {

namespace {

bool laned_parent(const TreeShape& tree, uint32_t v) {
  return !tree.children[v].empty() && tree.lane[tree.children[v].front()] != 0;
}

}  // namespace

TidyForest breadth_forest(const TreeShape& tree, const std::vector<MeasuredNode>& measured) {
  TidyForest forest;
  forest.children = tree.children;
  forest.size.reserve(measured.size());
  for (const MeasuredNode& m : measured) forest.size.push_back(m.height);
  const std::array<uint32_t, 3> deepest = side_depths(tree);
  for (uint32_t v = 0; v < tree.children.size(); ++v) {
    if (!laned_parent(tree, v)) continue;
    const double extent = lane_offsets(tree.children[v], measured).extent;
    const uint32_t below = deepest[static_cast<size_t>(tree.side[v])] - tree.depth[v] - 1;
    // The block (index kept by place_lane_leaves) and its chain, one per level below.
    auto block = static_cast<uint32_t>(forest.size.size());
    forest.children[v] = {block};
    for (uint32_t level = 0; level <= below; ++level, ++block) {
      forest.children.push_back(level < below ? std::vector<uint32_t>{block + 1} : std::vector<uint32_t>{});
      forest.size.push_back(extent);
    }
  }
  forest.sibling_gap = kSiblingGap;
  forest.subtree_gap = kCousinGap;
  return forest;
}

LaneOffsets lane_offsets(const std::vector<uint32_t>& kids, const std::vector<MeasuredNode>& measured) {
  LaneOffsets lanes;
  lanes.offset.assign(kids.size(), 0);
  auto h = [&](size_t i) { return measured[kids[i]].height; };
  for (size_t i = 1; i < kids.size(); ++i) {
    // Far leaf i: its edge clears near leaf i-1 above it; near leaf i: far
    // leaf i-1's edge clears it. Same lane two back: the sibling gap.
    double y = lanes.offset[i - 1] + (i % 2 == 1 ? h(i - 1) : h(i)) / 2 + kLaneClearance;
    if (i >= 2) y = std::max(y, lanes.offset[i - 2] + (h(i) + h(i - 2)) / 2 + kSiblingGap);
    lanes.offset[i] = y;
  }
  double top = 0, bottom = 0;
  for (size_t i = 0; i < kids.size(); ++i) {
    top = std::min(top, lanes.offset[i] - h(i) / 2);
    bottom = std::max(bottom, lanes.offset[i] + h(i) / 2);
  }
  const double centre = (top + bottom) / 2;
  for (double& y : lanes.offset) y -= centre;
  lanes.extent = bottom - top;
  return lanes;
}

void place_lane_leaves(const TreeShape& tree, const std::vector<MeasuredNode>& measured,
                       std::vector<double>& breadth) {
  const std::array<uint32_t, 3> deepest = side_depths(tree);
  auto block = static_cast<uint32_t>(measured.size());
  for (uint32_t v = 0; v < tree.children.size(); ++v) {
    if (!laned_parent(tree, v)) continue;
    const LaneOffsets lanes = lane_offsets(tree.children[v], measured);
    for (size_t i = 0; i < lanes.offset.size(); ++i) {
      breadth[tree.children[v][i]] = breadth[block] + lanes.offset[i];
    }
    block += deepest[static_cast<size_t>(tree.side[v])] - tree.depth[v];
  }
}

std::array<uint32_t, 3> side_depths(const TreeShape& tree) {
  std::array<uint32_t, 3> deepest{0, 0, 0};
  for (size_t v = 0; v < tree.depth.size(); ++v) {
    auto& d = deepest[static_cast<size_t>(tree.side[v])];
    d = std::max(d, tree.depth[v]);
  }
  return deepest;
}

}  // namespace merrow
