// assign_sides: depths, and which side of the root each first-level branch
// grows on. Mind maps are read clockwise (XMind, MindManager): down the right
// side, then back up the left side, in source order. Where that reading
// starts is free: the branches are a ring, and the two sides are two arcs of
// it chosen so their heights (each branch's tidy extent, not their count)
// are as even as possible. The first branch starts the right side unless
// another start evens the sides by more than kRotationGain of the total, so a
// map with one huge branch still uses both sides evenly.
#include <algorithm>
#include <cmath>

#include "layout/tree/mindmap_phases.hpp"
#include "layout/tree/tidy_tree.hpp"
#include "layout/tree/tree_spacing.hpp"

namespace merrow {

namespace {

constexpr double kRotationGain = 0.05;

struct Split {
  size_t start = 0, count = 0;  // right side: `count` branches from `start`, cyclically
  double taller = INFINITY;     // the taller side's summed extent
};

// The best right-side run starting at `start`: prefix sums over the ring
// doubled, binary search for the run nearest half the total.
Split best_split_from(const std::vector<double>& ring_prefix, size_t n, size_t start) {
  const double total = ring_prefix[n];
  const double base = ring_prefix[start];
  Split best;
  best.start = start;
  const auto first = ring_prefix.begin() + static_cast<std::ptrdiff_t>(start + 1);
  const auto last = ring_prefix.begin() + static_cast<std::ptrdiff_t>(start + n + 1);
  const auto half = std::lower_bound(first, last, base + total / 2);
  for (auto it : {half - 1, half}) {
    if (it < first || it >= last) continue;
    const double right = *it - base;
    const double taller = std::max(right, total - right);
    if (taller < best.taller - 1e-9) best.taller = taller, best.count = static_cast<size_t>(it - first) + 1;
  }
  return best;
}

}  // namespace

TreeShape assign_sides(const Mindmap& map, const std::vector<MeasuredNode>& measured,
                       const std::vector<uint32_t>& laned_parents) {
  const size_t n = map.nodes.size();
  TreeShape tree;
  tree.depth.assign(n, 0);
  tree.side.assign(n, Side::root);
  tree.lane.assign(n, 0);
  tree.children.resize(n);
  for (size_t v = 0; v < n; ++v) tree.children[v] = map.nodes[v].children;
  for (uint32_t p : laned_parents) {
    const auto& kids = tree.children[p];
    for (size_t i = 0; i < kids.size(); ++i) tree.lane[kids[i]] = i % 2 == 0 ? 1 : 2;
  }
  const std::vector<uint32_t> branches = std::move(tree.children[0]);
  tree.children[0].clear();
  // Depths in index order (parents come first). Until the split is known
  // every branch counts as the right side's, so the lane blocks behind the
  // extents reach the map's deepest level.
  for (size_t v = 1; v < n; ++v) {
    tree.depth[v] = tree.depth[static_cast<size_t>(map.nodes[v].parent)] + 1;
    tree.side[v] = Side::right;
  }

  const std::vector<double> extents = tidy_subtree_extents(breadth_forest(tree, measured), branches);
  const size_t b = branches.size();
  std::vector<double> ring_prefix(2 * b + 1, 0);
  for (size_t i = 0; i < 2 * b; ++i) ring_prefix[i + 1] = ring_prefix[i] + extents[i % b];
  Split split = b == 0 ? Split{} : best_split_from(ring_prefix, b, 0);
  const double keep = split.taller - kRotationGain * ring_prefix[b];
  for (size_t start = 1; start < b; ++start) {
    const Split s = best_split_from(ring_prefix, b, start);
    if (s.taller < keep && s.taller < split.taller - 1e-9) split = s;
  }
  for (size_t i = 0; i < b; ++i) {
    const uint32_t branch = branches[(split.start + i) % b];
    (i < split.count ? tree.right : tree.left).push_back(branch);
  }
  std::reverse(tree.left.begin(), tree.left.end());

  // Every descendant on its branch's side, parents first.
  for (uint32_t l : tree.left) tree.side[l] = Side::left;
  for (size_t v = 1; v < n; ++v) {
    const auto p = static_cast<size_t>(map.nodes[v].parent);
    if (p != 0) tree.side[v] = tree.side[p];
  }
  return tree;
}

}  // namespace merrow
