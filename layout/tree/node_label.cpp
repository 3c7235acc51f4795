#include "layout/tree/node_label.hpp"

#include <algorithm>
#include <string_view>

#include "model/label.hpp"

namespace merrow {

FontSpec mindmap_font(const Config& config) {
  FontSpec font;
  font.family = config.font_family;
  font.size = config.font_size;
  return font;
}

std::string mindmap_icon_text(const std::string& icon) {
  // The last class names the glyph: "fa fa-book" -> "fa-book" -> "book".
  std::string_view name = icon;
  if (size_t space = name.find_last_of(' '); space != std::string_view::npos) name = name.substr(space + 1);
  if (name.starts_with("fa-")) name.remove_prefix(3);
  return std::string(name);
}

TextBlock mindmap_label_block(const MindmapNode& node, const Config& config,
                              const TextMeasurer& measurer) {
  // mermaid hands every mindmap label to its markdown renderer, quoted or not.
  Label label = node.label;
  label.format = LabelFormat::markdown;
  RichText text = decode_label(label);
  text.wraps = true;
  const size_t written_lines = text.lines.size();
  if (!node.icon.empty()) {
    TextRun icon{mindmap_icon_text(node.icon)};
    icon.italic = true;
    text.lines.insert(text.lines.begin(), TextLine{{icon}});
  }
  const double max_width = config.mindmap.max_node_width;
  TextBlock block = layout_text(text, mindmap_font(config), measurer, max_width);
  const size_t icon_lines = node.icon.empty() ? 0 : 1;
  if (block.lines.size() > written_lines + icon_lines) block.width = std::max(block.width, max_width);
  return block;
}

}  // namespace merrow
