#include "layout/tree/node_label.hpp"

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
  return layout_text(decode_label(label), mindmap_font(config), measurer, config.mindmap.max_node_width);
}

}  // namespace merrow
