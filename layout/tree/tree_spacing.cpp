#include "layout/tree/tree_spacing.hpp"

namespace merrow {

TidyForest breadth_forest(const TreeShape& tree, const std::vector<MeasuredNode>& measured) {
  TidyForest forest;
  forest.children = tree.children;
  forest.size.reserve(measured.size());
  for (const MeasuredNode& m : measured) forest.size.push_back(m.height);
  forest.sibling_gap = kSiblingGap;
  forest.subtree_gap = kCousinGap;
  return forest;
}

}  // namespace merrow
