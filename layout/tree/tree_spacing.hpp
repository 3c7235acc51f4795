// Spacing of the mindmap tree, in px, and the tidy-tree input it implies.
// Gaps were chosen by eye against mermaid's drawings of the corpus mindmaps,
// then tightened to mermaid's area (issue 13: total area 1.42x -> 1.25x
// mermaid-ref's on the real-docs mindmaps, still without overlaps or crossings):
// siblings sit close (one family), cousins further apart (branches read as
// groups), columns far enough apart for mermaid's 11px root edges to curve.
#pragma once
#include "layout/tree/mindmap_phases.hpp"
#include "layout/tree/tidy_tree.hpp"

namespace merrow {

inline constexpr double kSiblingGap = 8;
inline constexpr double kCousinGap = 16;
inline constexpr double kMinColumnGap = 32;
inline constexpr double kMaxColumnGap = 90;
// The column gap grows with the vertical spread of the edges it carries, so
// steep fans (a root with many branches) stay readable.
inline constexpr double kColumnGapPerSpread = 0.12;

// Heights of the boxes as tidy-tree sizes over tree.children (root excluded).
TidyForest breadth_forest(const TreeShape& tree, const std::vector<MeasuredNode>& measured);

}  // namespace merrow
