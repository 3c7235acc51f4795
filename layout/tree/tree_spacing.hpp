// Spacing of the mindmap tree, in px, and the tidy-tree input it implies.
// Gaps were chosen by eye against mermaid's drawings of the corpus mindmaps,
// then tightened to mermaid's area (issue 13: total area 1.42x -> 1.25x
// mermaid-ref's on the real-docs mindmaps, still without overlaps or crossings):
// siblings sit close (one family), cousins further apart (branches read as
// groups), columns far enough apart for mermaid's 11px root edges to curve.
#pragma once
#include <array>
#include <cstddef>
#include <vector>

#include "layout/tree/mindmap_phases.hpp"
#include "layout/tree/tidy_tree.hpp"

namespace merrow {

inline constexpr double kSiblingGap = 6;
inline constexpr double kCousinGap = 12;
inline constexpr double kMinColumnGap = 32;
inline constexpr double kMaxColumnGap = 90;
// The column gap grows with the vertical spread of the edges it carries, so
// steep fans (a root with many branches) stay readable.
inline constexpr double kColumnGapPerSpread = 0.12;
// A far-lane leaf's edge runs between two near-lane leaves: this much air
// between the line and each of them.
inline constexpr double kLaneClearance = 6;
// Leaf groups this big may be staggered (smaller ones gain too little), in
// rounds of these least sizes, until the drawing is kLaneAspect wide to tall
// (mermaid's real-docs mindmaps: 1.1-2.3, most near 2).
inline constexpr size_t kLaneMinLeaves = 2;
// Groups with more levels than this below them on their side stay plain
// (their block chain would cost more than it saves).
inline constexpr uint32_t kLaneMaxLevelsBelow = 8;
// Between a group's near lane and its far lane.
inline constexpr double kLaneGap = 24;
inline constexpr size_t kLaneThresholds[] = {12, 8, 6, 5, 4, 3, 2};
inline constexpr double kLaneAspect = 2.0;
// Maps with at most this many groups get a finer, group by group pass.
inline constexpr size_t kLaneRefineGroups = 64;

// Heights of the boxes as tidy-tree sizes over tree.children (root excluded).
// A laned parent's leaves stand in the forest as one block as tall as the
// staggered group (it keeps both lanes and the far-lane edges clear of
// cousins), under which a chain of blocks as tall reaches the deepest level
// of the parent's side: the far lane sticks out of its column, so no deeper
// node may share its rows. Virtual nodes are numbered from measured.size().
// Pre: tree.depth and tree.side set.
TidyForest breadth_forest(const TreeShape& tree, const std::vector<MeasuredNode>& measured);

// y of each of `kids` relative to the group's centre, staggered in two lanes
// (near, far, near, ...), and the group's extent. Every far-lane leaf's edge
// passes kLaneClearance from the near-lane leaves around it; leaves of one
// lane keep kSiblingGap apart.
struct LaneOffsets {
  std::vector<double> offset;
  double extent = 0;
};
LaneOffsets lane_offsets(const std::vector<uint32_t>& kids, const std::vector<MeasuredNode>& measured);

// After tidy_stack over breadth_forest: each laned leaf's breadth from its block's.
void place_lane_leaves(const TreeShape& tree, const std::vector<MeasuredNode>& measured,
                       std::vector<double>& breadth);

// The deepest depth on each side (index by Side), root 0.
std::array<uint32_t, 3> side_depths(const TreeShape& tree);

}  // namespace merrow
