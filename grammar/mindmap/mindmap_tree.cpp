// See mindmap_tree.hpp.
#include "grammar/mindmap/mindmap_tree.hpp"

namespace merrow::grammar::mindmap {

bool TreeBuilder::add(MindmapNode node, int32_t level) {
  limits_.size(LimitKind::label_bytes, node.label.text.size(), node.span);
  if (map_.nodes.empty()) {
    base_level_ = level;
    node.parent = -1;
    node.depth = 0;
    map_.nodes.push_back(std::move(node));
    open_.push_back({0, 0});
    return true;
  }
  const int32_t relative = level - base_level_;
  // Nodes at this level or deeper can no longer be anyone's parent: the most
  // recent node with a smaller level is now on top.
  while (!open_.empty() && open_.back().level >= relative) open_.pop_back();
  if (open_.empty()) return false;
  const uint32_t parent = open_.back().index;
  const auto index = static_cast<uint32_t>(map_.nodes.size());
  node.parent = static_cast<int32_t>(parent);
  node.depth = map_.nodes[parent].depth + 1;
  limits_.count(LimitKind::nodes, map_.nodes.size() + 1, node.span);
  limits_.count(LimitKind::nesting, node.depth, node.span);
  map_.nodes.push_back(std::move(node));
  map_.nodes[parent].children.push_back(index);
  open_.push_back({relative, index});
  return true;
}

}  // namespace merrow::grammar::mindmap
