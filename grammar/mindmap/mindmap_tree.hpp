// Builds the mindmap tree from (level, node) pairs the way mermaid's
// MindmapDB.addNode() does: the first node is the root and fixes the base
// level; every later node's level is taken relative to it, and its parent is
// the most recent node with a smaller level. A node whose level is not above
// the root's finds no parent: mermaid's "There can be only one root".
// mermaid scans all nodes backwards for the parent; an explicit monotonic
// stack gives the same answer in O(1) amortised and never recurses, so a
// 100,000-deep mindmap is fine.
// It counts nodes and depth against the Limits: the node that crosses one
// throws grammar::LimitReached.
// Pre: nodes are added in source order. Post: map.nodes[0] is the root,
// parents precede children, depth = parent depth + 1.
#pragma once
#include <cstdint>
#include <vector>

#include "grammar/common/limit_guard.hpp"
#include "model/mindmap.hpp"

namespace merrow::grammar::mindmap {

class TreeBuilder {
 public:
  TreeBuilder(Mindmap& map, const Limits& limits) : map_(map), limits_(limits) {}

  // Adds `node` at `level` (indentation in characters); false if no parent
  // can be found (the node is then not added).
  bool add(MindmapNode node, int32_t level);
  bool empty() const { return map_.nodes.empty(); }
  MindmapNode& last() { return map_.nodes.back(); }
  const MindmapNode& root() const { return map_.nodes.front(); }

 private:
  struct Open {
    int32_t level;   // relative to the root's
    uint32_t index;  // into map_.nodes
  };
  Mindmap& map_;
  LimitGuard limits_;
  int32_t base_level_ = 0;
  std::vector<Open> open_;  // levels strictly increasing from bottom to top
};

}  // namespace merrow::grammar::mindmap
