#include "render/scene/text_items.hpp"

#include "model/label.hpp"
#include "render/text/icon_font.hpp"

namespace merrow {
namespace {

std::string utf8(char32_t cp) {
  std::string out;
  append_utf8(out, static_cast<uint32_t>(cp));
  return out;
}

// An icon run (`fa:fa-car`) as its glyph, centred in the box layout gave it.
// Layout gives an icon it cannot draw no width (the text stands alone), so
// a zero-width run, or one whose icon is unknown, draws nothing.
void add_icon(std::vector<SceneItem>& out, const PlacedRun& run, Point box_left, const TextItem& like) {
  if (run.width <= 0) return;
  const auto glyph = find_icon(run.run.text);
  if (!glyph) return;
  TextItem item = like;
  item.text = utf8(glyph->code_point);
  item.font_file = glyph->font_file;
  item.font.bold = item.font.italic = false;  // `.fa { font: normal normal normal ... }`
  item.origin = {box_left.x + run.width / 2, box_left.y};
  item.centred = true;
  out.push_back(std::move(item));
}

}  // namespace

void add_text_block(std::vector<SceneItem>& out, const TextBlock& block, Point centre,
                    Color color, const ResolvedStyle& style, double opacity) {
  const double left = centre.x - block.width / 2;
  const double top = centre.y - block.height / 2;
  for (const PlacedLine& line : block.lines) {
    const double line_left = left + (block.width - line.width) / 2;
    for (const PlacedRun& run : line.runs) {
      if (run.run.text.empty()) continue;
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
      if (run.run.icon)
        add_icon(out, run, item.origin, item);
      else
        out.push_back(std::move(item));
    }
  }
}

}  // namespace merrow
