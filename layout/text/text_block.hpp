// A label broken into positioned lines: the single place where text is laid
// out, so that layout (sizes) and render (glyph positions) always agree.
#pragma once
#include <vector>

#include "layout/text/text_measurer.hpp"
#include "model/label.hpp"

namespace merrow {

struct PlacedRun {
  TextRun run;
  FontSpec font;  // the block's font with the run's bold/italic applied
  double x = 0;   // left edge, relative to the block's left edge
  double width = 0;
};

struct PlacedLine {
  std::vector<PlacedRun> runs;
  double width = 0;
  double baseline = 0;  // relative to the block's top edge
};

struct TextBlock {
  std::vector<PlacedLine> lines;
  double width = 0;
  double height = 0;
  double line_height = 0;
};

// Lines are centred by the caller. With wrap_width > 0 a label whose widest
// line reaches wrap_width wraps as mermaid's html labels do (text_block.cpp);
// wrap_width 0 keeps every line whole.
// One line of nothing but spaces: mermaid's createText (node and edge
// labels) collapses it to an empty div, no box at all (mermaid-ref: `A[" "]`
// is 60 x 30, a rect's bare padding); a subgraph title of " " (createLabel)
// still takes a line.
bool is_blank(const RichText& text);

TextBlock layout_text(const RichText& text, const FontSpec& font, const TextMeasurer& measurer,
                      double wrap_width);

}  // namespace merrow
