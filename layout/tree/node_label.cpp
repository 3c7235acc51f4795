#include "layout/tree/node_label.hpp"

#include <algorithm>

#include "model/label.hpp"

namespace merrow {

FontSpec mindmap_font(const Config& config) {
  FontSpec font;
  font.family = config.font_family;
  font.size = config.font_size;
  return font;
}

TextBlock mindmap_label_block(const MindmapNode& node, const Config& config,
                              const TextMeasurer& measurer) {
  // mermaid hands every mindmap label to its markdown renderer, quoted or not.
  Label label = node.label;
  label.format = LabelFormat::markdown;
  RichText text = decode_label(label);
  text.wraps = true;
  const size_t written_lines = text.lines.size();
  const double max_width = config.mindmap.max_node_width;
  TextBlock block = layout_text(text, mindmap_font(config), measurer, max_width);
  if (block.lines.size() > written_lines) block.width = std::max(block.width, max_width);
  return block;
}

}  // namespace merrow
