// layout_mindmap: a tidy two-sided tree around the root (see mindmap_phases.hpp
// for the phases). Chosen over a radial layout after looking at the corpus:
// real mindmaps (realworld.jsonl, the OS2 seed page) have 3-15 first-level
// branches, mostly shallow, with labels of 10-40 characters. Horizontal text
// in rows reads like an outline on both sides of the root, while a radial
// layout must leave room for wide labels on every ring and wastes the space
// between them. mermaid's force layout (cose-bilkent) overlaps nodes on such
// maps; this one cannot.
// Pre: map.nodes[0] is the root, parents before children (the model's contract).
// Post: node ids are mermaid's ("0", "1", ... in source order); no two boxes
// overlap; the drawing starts at (0,0) with config.mindmap.padding around it.
#include <algorithm>
#include <limits>

#include "layout/layout.hpp"
#include "layout/tree/mindmap_phases.hpp"
#include "layout/tree/tidy_tree.hpp"
#include "layout/tree/tree_spacing.hpp"

namespace merrow {

namespace {

void stack_sides(const TreeShape& tree, const std::vector<MeasuredNode>& measured,
                 std::vector<Point>& centre) {
  const TidyForest forest = breadth_forest(tree, measured);
  std::vector<double> breadth(measured.size(), 0);
  tidy_stack(forest, tree.right, breadth);
  tidy_stack(forest, tree.left, breadth);
  for (size_t v = 0; v < centre.size(); ++v) centre[v].y = breadth[v];
}

// Moves everything so the drawing's top-left corner is at (padding, padding).
void move_to_origin(LayoutResult& result, double padding) {
  double x0 = std::numeric_limits<double>::max(), y0 = x0;
  double x1 = std::numeric_limits<double>::lowest(), y1 = x1;
  for (const NodeBox& n : result.nodes) {
    x0 = std::min(x0, n.box.left()), y0 = std::min(y0, n.box.top());
    x1 = std::max(x1, n.box.right()), y1 = std::max(y1, n.box.bottom());
  }
  const double dx = padding - x0, dy = padding - y0;
  for (NodeBox& n : result.nodes) n.box.cx += dx, n.box.cy += dy;
  for (EdgeRoute& e : result.edges) {
    for (Point& p : e.points) p.x += dx, p.y += dy;
    for (PathCommand& c : e.path) {
      for (Point& p : c.p) p.x += dx, p.y += dy;
    }
  }
  result.width = x1 - x0 + 2 * padding;
  result.height = y1 - y0 + 2 * padding;
}

}  // namespace

LayoutResult layout_mindmap(const Mindmap& map, const TextMeasurer& measurer) {
  LayoutResult result;
  if (map.nodes.empty()) return result;
  std::vector<MeasuredNode> measured = measure_nodes(map, measurer);
  const TreeShape tree = assign_sides(map, measured);
  std::vector<Point> centre(map.nodes.size());
  stack_sides(tree, measured, centre);
  Columns right, left;
  place_columns(tree, measured, centre, right, left);
  result.edges = route_edges(map, tree, measured, centre, right, left);

  result.nodes.reserve(map.nodes.size());
  for (size_t v = 0; v < map.nodes.size(); ++v) {
    NodeBox box;
    box.id = std::to_string(v);
    box.index = static_cast<uint32_t>(v);
    box.box = {centre[v].x, centre[v].y, measured[v].width, measured[v].height};
    box.text = std::move(measured[v].text);  // last use of the measured block
    result.nodes.push_back(std::move(box));
  }
  move_to_origin(result, map.config.mindmap.padding);
  return result;
}

}  // namespace merrow
