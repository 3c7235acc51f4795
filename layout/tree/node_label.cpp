#include "layout/tree/node_label.hpp"

#include <algorithm>
#include <string_view>

namespace merrow {

namespace {

// Hard line breaks of a label: newlines and <br>, <br/>, <br /> (any case).
std::vector<std::string> hard_lines(std::string_view text) {
  std::vector<std::string> lines(1);
  for (size_t i = 0; i < text.size();) {
    if (text[i] == '\n') {
      lines.emplace_back();
      ++i;
      continue;
    }
    if (text[i] == '<' && i + 3 < text.size() && (text[i + 1] | 0x20) == 'b' &&
        (text[i + 2] | 0x20) == 'r') {
      size_t j = i + 3;
      while (j < text.size() && (text[j] == ' ' || text[j] == '/')) ++j;
      if (j < text.size() && text[j] == '>') {
        lines.emplace_back();
        i = j + 1;
        continue;
      }
    }
    lines.back() += text[i++];
  }
  return lines;
}

std::vector<std::string_view> words_of(std::string_view line) {
  std::vector<std::string_view> words;
  size_t i = 0;
  while (i < line.size()) {
    while (i < line.size() && line[i] == ' ') ++i;
    size_t j = i;
    while (j < line.size() && line[j] != ' ') ++j;
    if (j > i) words.push_back(line.substr(i, j - i));
    i = j;
  }
  return words;
}

// Greedy word wrap, the way a browser fills a max-width box.
std::vector<std::string> wrap(const std::string& line, const FontSpec& font,
                              const TextMeasurer& measurer, double width, bool& wrapped) {
  std::vector<std::string> out;
  std::string current;
  for (std::string_view word : words_of(line)) {
    std::string candidate = current.empty() ? std::string(word) : current + " " + std::string(word);
    if (!current.empty() && measurer.width(candidate, font) > width) {
      out.push_back(current);
      wrapped = true;
      current = std::string(word);
    } else {
      current = std::move(candidate);
    }
  }
  out.push_back(current);
  return out;
}

void add_line(TextBlock& block, std::string text, const FontSpec& font,
              const TextMeasurer& measurer) {
  const FontMetrics m = measurer.metrics(font);
  PlacedLine line;
  line.width = measurer.width(text, font);
  const double top = block.height;
  line.baseline = top + (block.line_height - (m.ascent + m.descent)) / 2 + m.ascent;
  if (!text.empty()) line.runs.push_back({TextRun{std::move(text)}, font, 0, line.width});
  block.width = std::max(block.width, line.width);
  block.height += block.line_height;
  block.lines.push_back(std::move(line));
}

}  // namespace

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
  const FontSpec font = mindmap_font(config);
  const double max_width = config.mindmap.max_node_width;
  TextBlock block;
  block.line_height = 1.5 * font.size;
  if (!node.icon.empty()) {
    FontSpec icon_font = font;
    icon_font.italic = true;
    add_line(block, mindmap_icon_text(node.icon), icon_font, measurer);
  }
  bool wrapped = false;
  for (const std::string& hard : hard_lines(node.label.text)) {
    for (std::string& line : wrap(hard, font, measurer, max_width, wrapped)) {
      add_line(block, std::move(line), font, measurer);
    }
  }
  if (wrapped) block.width = std::max(block.width, max_width);
  return block;
}

}  // namespace merrow
