// assign_sides: depths, and which side of the root each first-level branch
// grows on. Mind maps are read clockwise from the top right (XMind,
// MindManager): the first branches in source order go down the right side,
// the rest come back up the left side. The split point balances the two
// sides' heights (each branch's tidy extent), so a map with one huge branch
// still uses both sides when it has more than one branch.
#include <algorithm>
#include <cmath>

#include "layout/tree/mindmap_phases.hpp"
#include "layout/tree/tidy_tree.hpp"
#include "layout/tree/tree_spacing.hpp"

namespace merrow {

TreeShape assign_sides(const Mindmap& map, const std::vector<MeasuredNode>& measured) {
  const size_t n = map.nodes.size();
  TreeShape tree;
  tree.depth.assign(n, 0);
  tree.side.assign(n, Side::root);
  tree.children.resize(n);
  for (size_t v = 0; v < n; ++v) tree.children[v] = map.nodes[v].children;
  const std::vector<uint32_t> branches = std::move(tree.children[0]);
  tree.children[0].clear();

  const std::vector<double> extents = tidy_subtree_extents(breadth_forest(tree, measured), branches);
  double total = 0;
  for (double e : extents) total += e;
  // Smallest k whose right side is at least as tall as the left minus the
  // difference cannot be improved by moving one more branch over.
  size_t right_count = 0;
  double best = INFINITY, prefix = 0;
  for (size_t k = 1; k <= branches.size(); ++k) {
    prefix += extents[k - 1];
    const double imbalance = std::abs(prefix - (total - prefix));
    if (imbalance < best - 1e-9) best = imbalance, right_count = k;
  }
  for (size_t i = 0; i < branches.size(); ++i) {
    (i < right_count ? tree.right : tree.left).push_back(branches[i]);
  }
  std::reverse(tree.left.begin(), tree.left.end());

  // Depth and side, parents first (explicit stack, any depth).
  std::vector<uint32_t> pending;
  for (uint32_t b : tree.right) tree.side[b] = Side::right, tree.depth[b] = 1, pending.push_back(b);
  for (uint32_t b : tree.left) tree.side[b] = Side::left, tree.depth[b] = 1, pending.push_back(b);
  while (!pending.empty()) {
    const uint32_t v = pending.back();
    pending.pop_back();
    for (uint32_t c : tree.children[v]) {
      tree.depth[c] = tree.depth[v] + 1;
      tree.side[c] = tree.side[v];
      pending.push_back(c);
    }
  }
  return tree;
}

}  // namespace merrow
