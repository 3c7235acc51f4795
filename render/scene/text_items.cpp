#include "render/scene/text_items.hpp"

namespace merrow {

void add_text_block(std::vector<SceneItem>& out, const TextBlock& block, Point centre,
                    Color color, const ResolvedStyle& style, double opacity) {
  const double left = centre.x - block.width / 2;
  const double top = centre.y - block.height / 2;
  for (const PlacedLine& line : block.lines) {
    const double line_left = left + (block.width - line.width) / 2;
    for (const PlacedRun& run : line.runs) {
      // Icon runs (`fa:fa-car`): layout reserves an icon-sized box, and with
      // no icon font installed mermaid-cli shows an empty <i> there too.
      if (run.run.text.empty() || run.run.icon) continue;
      TextItem item;
      item.text = run.run.text;
      item.font = run.font;
      if (style.font_family) item.font.family = *style.font_family;
      if (style.font_size) item.font.size = *style.font_size;
      if (style.bold) item.font.bold = *style.bold || run.run.bold;
      if (style.italic) item.font.italic = *style.italic || run.run.italic;
      item.color = style.color ? *style.color : color;
      item.origin = {line_left + run.x, top + line.baseline};
      item.opacity = opacity * (style.opacity ? *style.opacity : 1);
      out.push_back(std::move(item));
    }
  }
}

}  // namespace merrow
