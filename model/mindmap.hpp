// The typed model of a mindmap: a tree, node 0 the root, children in source order.
#pragma once
#include <cstdint>
#include <string>
#include <vector>

#include "model/config.hpp"
#include "model/label.hpp"
#include "model/source.hpp"

namespace merrow {

enum class MindmapShape : uint8_t {
  plain,    // text alone: mermaid's default rounded bar with an underline
  square,   // [text]
  rounded,  // (text)
  circle,   // ((text))
  bang,     // ))text((
  cloud,    // )text(
  hexagon,  // {{text}}
};

struct MindmapNode {
  std::string id;  // the word before the shape, or the text for plain nodes
  Label label;
  MindmapShape shape = MindmapShape::plain;
  std::string icon;  // ::icon(fa fa-book)
  std::vector<std::string> classes;  // :::a b
  int32_t parent = -1;  // -1 for the root
  std::vector<uint32_t> children;
  uint32_t depth = 0;   // 0 for the root
  uint32_t indent = 0;  // as written, in columns
  Span span;
};

struct Mindmap {
  std::vector<MindmapNode> nodes;  // nodes[0] is the root; parents before children
  Config config;
};

}  // namespace merrow
