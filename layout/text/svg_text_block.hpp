// Labels as mermaid 11.17 draws them with `htmlLabels: false`: SVG <text>
// (createText -> createFormattedText), not an html <div>. Measured with
// mermaid-ref: lines are 1.1 em apart (tspans with dy 1.1em), and the text's
// box is Chromium's getBBox of them, the font's ascent and descent each
// rounded to whole px plus 1.1 em per further line (16 px: 17, 34.6, 52.2);
// a line takes words while its width stays within the wrap width
// (splitLineToFitWidth), and a word longer than that is cut by characters.
// `padding` surrounds the text on every side (an edge label's background
// rect: 2 px).
#pragma once
#include "layout/text/text_block.hpp"

namespace merrow {

TextBlock layout_svg_text(const RichText& text, const FontSpec& font, const TextMeasurer& measurer,
                          double wrap_width, double padding);

}  // namespace merrow
