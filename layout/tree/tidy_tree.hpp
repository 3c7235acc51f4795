// A tidy tree along one axis (Reingold–Tilford with per-level contours).
// The mindmap puts depth on the x axis (one column per depth) and stacks
// subtrees along y; this file only computes the y ("breadth") coordinate.
//
// Each subtree keeps its contour: for every level below it, the top and bottom
// of its nodes on that level. Siblings are placed top to bottom in order; each
// moves down just enough that, on every level both share, it clears the
// contour of the siblings above it. A parent sits midway between its first and
// last child. Contours are stored deepest level first with a lazy offset, so
// adding a parent level is a push_back, shifting a contour is O(1), and
// merging two costs O(shorter one): linear overall (the sum of the shorter
// heights is at most n). Traversals use explicit stacks, never recursion over
// the user's depth.
//
// Pre: children[] describes a forest (no node reachable twice); size[v] >= 0.
// Post: in the returned breadth[], for every two nodes on the same level of the
// laid-out roots' subtrees, their intervals [b - size/2, b + size/2] are at
// least sibling_gap apart (subtree_gap below the first level), children keep
// their order, and the roots are stacked in order and centred on 0.
#pragma once
#include <cstdint>
#include <vector>

namespace merrow {

struct TidyForest {
  std::vector<std::vector<uint32_t>> children;  // per node, in stacking order
  std::vector<double> size;                     // per node, along the stacking axis
  double sibling_gap = 12;                      // between siblings
  double subtree_gap = 20;                      // between cousins further down
};

// Writes breadth[v] for every node in the subtrees of `roots` (others untouched).
// Pre: breadth.size() == forest.size.size().
void tidy_stack(const TidyForest& forest, const std::vector<uint32_t>& roots,
                std::vector<double>& breadth);

// The extent along the stacking axis of each root's subtree laid out alone.
std::vector<double> tidy_subtree_extents(const TidyForest& forest,
                                         const std::vector<uint32_t>& roots);

}  // namespace merrow
