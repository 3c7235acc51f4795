// Text layout: the one place where label text becomes lines of placed runs.
// Line height is 1.5 x font size: mermaid's html labels sit in a <div> with
// `line-height: 1.5` (a 16px one-line label is 24px tall in mermaid 11's
// geometry). Markdown strings wrap greedily at word boundaries.
#include <algorithm>

#include "layout/text/text_block.hpp"

namespace merrow {

namespace {

FontSpec run_font(const FontSpec& base, const TextRun& run) {
  FontSpec font = base;
  font.bold = font.bold || run.bold;
  font.italic = font.italic || run.italic;
  return font;
}

double run_width(const TextRun& run, const FontSpec& font, const TextMeasurer& measurer) {
  return run.icon ? measurer.icon_width(run.text, font) : measurer.width(run.text, font);
}

// Splits a run into word pieces, each keeping its trailing space.
std::vector<TextRun> words(const TextRun& run) {
  std::vector<TextRun> pieces;
  if (run.icon) return {run};
  size_t start = 0;
  while (start < run.text.size()) {
    size_t end = run.text.find(' ', start);
    end = end == std::string::npos ? run.text.size() : end + 1;
    TextRun piece = run;
    piece.text = run.text.substr(start, end - start);
    pieces.push_back(std::move(piece));
    start = end;
  }
  return pieces;
}

void add_run(PlacedLine& line, const TextRun& run, const FontSpec& font, double width) {
  // Adjacent pieces of one style merge back into one run.
  if (!line.runs.empty()) {
    PlacedRun& last = line.runs.back();
    if (last.run.bold == run.bold && last.run.italic == run.italic && !last.run.icon && !run.icon) {
      last.run.text += run.text;
      last.width += width;
      line.width += width;
      return;
    }
  }
  line.runs.push_back({run, font, line.width, width});
  line.width += width;
}

void trim_trailing_space(PlacedLine& line, const TextMeasurer& measurer) {
  if (line.runs.empty()) return;
  PlacedRun& last = line.runs.back();
  if (last.run.icon || last.run.text.empty() || last.run.text.back() != ' ') return;
  last.run.text.pop_back();
  const double width = measurer.width(last.run.text, last.font);
  line.width -= last.width - width;
  last.width = width;
}

std::vector<PlacedLine> wrap_line(const TextLine& source, const FontSpec& base, const TextMeasurer& measurer,
                                  double wrap_width) {
  std::vector<PlacedLine> lines(1);
  for (const TextRun& run : source.runs) {
    const FontSpec font = run_font(base, run);
    for (const TextRun& piece : words(run)) {
      const double width = run_width(piece, font, measurer);
      if (wrap_width > 0 && !lines.back().runs.empty() && lines.back().width + width > wrap_width) {
        trim_trailing_space(lines.back(), measurer);
        lines.emplace_back();
      }
      add_run(lines.back(), piece, font, width);
    }
  }
  trim_trailing_space(lines.back(), measurer);
  return lines;
}

}  // namespace

TextBlock layout_text(const RichText& text, const FontSpec& font, const TextMeasurer& measurer,
                      double wrap_width) {
  TextBlock block;
  block.line_height = 1.5 * font.size;
  const FontMetrics metrics = measurer.metrics(font);
  const double wrap = text.wraps ? wrap_width : 0;
  for (const TextLine& source : text.lines) {
    for (PlacedLine& line : wrap_line(source, font, measurer, wrap)) {
      line.baseline = block.height + (block.line_height - metrics.ascent - metrics.descent) / 2 + metrics.ascent;
      block.height += block.line_height;
      block.width = std::max(block.width, line.width);
      block.lines.push_back(std::move(line));
    }
  }
  return block;
}

}  // namespace merrow
