// Hand-built mindmaps for the tree-layout tests (no parser involved).
#pragma once
#include <cstdint>
#include <string>

#include "model/mindmap.hpp"

namespace merrow::test {

class MindmapBuilder {
 public:
  // The first call makes the root (parent ignored).
  uint32_t add(int32_t parent, std::string text, MindmapShape shape = MindmapShape::plain) {
    MindmapNode node;
    node.id = text;
    node.label.text = std::move(text);
    node.shape = shape;
    const auto index = static_cast<uint32_t>(map_.nodes.size());
    node.parent = index == 0 ? -1 : parent;
    if (index > 0) {
      node.depth = map_.nodes[static_cast<size_t>(parent)].depth + 1;
      map_.nodes[static_cast<size_t>(parent)].children.push_back(index);
    }
    node.indent = 2 * (node.depth + 1);
    map_.nodes.push_back(std::move(node));
    return index;
  }
  const Mindmap& map() const { return map_; }
  Mindmap& map() { return map_; }

 private:
  Mindmap map_;
};

// A pseudo-random mindmap (fixed LCG, so every run builds the same map):
// `count` nodes, labels of 1-60 characters, every shape, uneven fan-out.
Mindmap random_mindmap(uint32_t count, uint32_t seed);

}  // namespace merrow::test
