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
  std::vector<double> breadth(forest.size.size(), 0);
  tidy_stack(forest, tree.right, breadth);
  tidy_stack(forest, tree.left, breadth);
  place_lane_leaves(tree, measured, breadth);
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

// Parents (not the root) whose children are all leaves, at least
// kLaneMinLeaves of them, not too far above the deepest level: the groups
// that may be staggered.
std::vector<uint32_t> leaf_groups(const Mindmap& map) {
  std::vector<uint32_t> depth(map.nodes.size(), 0);
  uint32_t deepest = 0;
  for (size_t v = 1; v < map.nodes.size(); ++v) {
    depth[v] = depth[static_cast<size_t>(map.nodes[v].parent)] + 1;
    deepest = std::max(deepest, depth[v]);
  }
  std::vector<uint32_t> groups;
  for (uint32_t v = 1; v < map.nodes.size(); ++v) {
    const auto& kids = map.nodes[v].children;
    if (kids.size() < kLaneMinLeaves || deepest - depth[v] - 1 > kLaneMaxLevelsBelow) continue;
    if (std::all_of(kids.begin(), kids.end(), [&](uint32_t c) { return map.nodes[c].children.empty(); })) {
      groups.push_back(v);
    }
  }
  return groups;
}

struct Placement {
  TreeShape tree;
  std::vector<Point> centre;
  Columns right, left;
  double width = 0, height = 0;  // of the node boxes' union
};

Placement place(const Mindmap& map, const std::vector<MeasuredNode>& measured,
                const std::vector<uint32_t>& laned) {
  Placement p;
  p.tree = assign_sides(map, measured, laned);
  p.centre.resize(map.nodes.size());
  stack_sides(p.tree, measured, p.centre);
  place_columns(p.tree, measured, p.centre, p.right, p.left);
  double x0 = std::numeric_limits<double>::max(), y0 = x0;
  double x1 = std::numeric_limits<double>::lowest(), y1 = x1;
  for (size_t v = 0; v < measured.size(); ++v) {
    x0 = std::min(x0, p.centre[v].x - measured[v].width / 2), x1 = std::max(x1, p.centre[v].x + measured[v].width / 2);
    y0 = std::min(y0, p.centre[v].y - measured[v].height / 2), y1 = std::max(y1, p.centre[v].y + measured[v].height / 2);
  }
  p.width = x1 - x0, p.height = y1 - y0;
  return p;
}

// choose_lanes: a tidy tree is as tall as its leaves stacked, so a map with
// big leaf groups grows tall and narrow where mermaid's force layout packs a
// wide ellipse. Staggering a group's leaves in two lanes nearly halves its
// height for one more column. Only as many groups as needed are staggered,
// biggest first, until the drawing is at least kLaneAspect times as wide as
// tall (plain lists read better, so maps that are already wide keep them);
// of the rounds tried, the smallest drawing wins.
Placement place_with_lanes(const Mindmap& map, const std::vector<MeasuredNode>& measured) {
  const std::vector<uint32_t> groups = leaf_groups(map);
  Placement best = place(map, measured, {});
  std::vector<uint32_t> best_laned;
  auto wide_enough = [&] { return best.width >= kLaneAspect * best.height; };
  auto try_lanes = [&](std::vector<uint32_t> laned) {
    Placement next = place(map, measured, laned);
    if (next.width * next.height >= best.width * best.height) return;
    best = std::move(next);
    best_laned = std::move(laned);
  };
  for (size_t least : kLaneThresholds) {
    if (wide_enough()) return best;
    std::vector<uint32_t> laned;
    for (uint32_t g : groups) {
      if (map.nodes[g].children.size() >= least) laned.push_back(g);
    }
    if (!laned.empty()) try_lanes(std::move(laned));
  }
  // Still too tall: one pass group by group, biggest first, turning each
  // group's lanes on or off where that shrinks the drawing (a far lane that
  // sticks out of the widest column costs more than it saves). Bounded: a
  // placement per group, for maps with few groups.
  if (wide_enough() || groups.size() > kLaneRefineGroups) return best;
  std::vector<uint32_t> order = groups;
  std::stable_sort(order.begin(), order.end(), [&](uint32_t a, uint32_t b) {
    return map.nodes[a].children.size() > map.nodes[b].children.size();
  });
  for (uint32_t g : order) {
    std::vector<uint32_t> laned = best_laned;
    const auto at = std::lower_bound(laned.begin(), laned.end(), g);
    if (at != laned.end() && *at == g) {
      laned.erase(at);
    } else {
      laned.insert(at, g);
    }
    try_lanes(std::move(laned));
  }
  return best;
}

}  // namespace

LayoutResult layout_mindmap(const Mindmap& map, const TextMeasurer& measurer) {
  LayoutResult result;
  if (map.nodes.empty()) return result;
  std::vector<MeasuredNode> measured = measure_nodes(map, measurer);
  Placement placed = place_with_lanes(map, measured);
  std::vector<Point>& centre = placed.centre;
  result.edges = route_edges(map, placed.tree, measured, centre, placed.right, placed.left);

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
