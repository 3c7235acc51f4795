// The phases of layout_mindmap(), in order (layout/tree/mindmap_layout.cpp):
//   measure_nodes   label blocks and shape sizes           (node_sizes.cpp)
//   choose_lanes    which leaf groups are staggered in two lanes, only as
//                   many as the drawing's aspect needs      (mindmap_layout.cpp)
//   assign_sides    depth of each node, first-level branches split between
//                   the right and the left of the root      (branch_sides.cpp)
//   stack           y by the tidy tree on each side         (tidy_tree.cpp)
//   place_columns   x: one column per depth and side        (columns.cpp)
//   route_edges     parent side -> child side curves        (edge_routes.cpp)
// Coordinates are relative to the root's box centre until the entry point
// moves the drawing to the origin.
#pragma once
#include <cstdint>
#include <vector>

#include "layout/result.hpp"
#include "layout/tree/mindmap_shapes.hpp"
#include "model/mindmap.hpp"

namespace merrow {

enum class Side : uint8_t { root, right, left };

struct MeasuredNode {
  TextBlock text;
  MindmapShapeGeometry shape;
  double width = 0, height = 0;  // the outline's extent: the layout box
};

std::vector<MeasuredNode> measure_nodes(const Mindmap& map, const TextMeasurer& measurer);

struct TreeShape {
  std::vector<uint32_t> depth;              // root 0
  std::vector<Side> side;                   // every descendant inherits its branch's side
  std::vector<uint32_t> right, left;        // first-level branches, top to bottom
  std::vector<std::vector<uint32_t>> children;  // model order, root's entry emptied
  // Per node: 0 in no lane, 1 near lane, 2 far lane (tree_spacing.hpp).
  // A laned parent's leaves alternate near, far, near, ... in order.
  std::vector<uint8_t> lane;
};

// Pre: map.nodes non-empty, node 0 the root, children indices valid.
// Post: right then reversed(left) is the root's children in source order
// (clockwise reading, as mind maps are read); right is never shorter in
// total subtree extent by more than the last branch moved.
// laned_parents: parents whose leaf children go in two lanes (choose_lanes).
TreeShape assign_sides(const Mindmap& map, const std::vector<MeasuredNode>& measured,
                       const std::vector<uint32_t>& laned_parents);

struct Columns {
  std::vector<double> start;  // per depth: distance from the root centre to the column's near edge
  std::vector<double> width;  // per depth: widest box
};

// Pre: centre[v].y set for every node. Post: centre[v].x set; boxes of one
// side and depth share a column, columns never overlap, and the gap after a
// column widens with the vertical spread of the edges crossing it. A far-lane
// leaf is the exception: it stands kLaneGap beyond its group's near lane,
// wherever that ends (its rows are its own, see breadth_forest).
void place_columns(const TreeShape& tree, const std::vector<MeasuredNode>& measured,
                   std::vector<Point>& centre, Columns& right, Columns& left);

std::vector<EdgeRoute> route_edges(const Mindmap& map, const TreeShape& tree,
                                   const std::vector<MeasuredNode>& measured,
                                   const std::vector<Point>& centre, const Columns& right,
                                   const Columns& left);

}  // namespace merrow
