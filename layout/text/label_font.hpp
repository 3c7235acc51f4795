// The font a flowchart label is drawn in: the diagram's font under the CSS
// font properties (font-size, font-weight, font-style, font-family) of the
// element's cascade (model/style_cascade.hpp, which render/style walks too),
// so that layout sizes a label in the font render draws it with (mermaid
// measures the styled label).
#pragma once
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "layout/text/text_measurer.hpp"
#include "model/style_cascade.hpp"

namespace merrow {

struct LabelFontStyle {
  std::optional<double> size;  // px
  std::optional<bool> bold;
  std::optional<bool> italic;
  std::optional<std::string> family;  // as written
};

// `property`/`value` lower-cased and trimmed, `raw_value` as written (the
// family keeps its case). Returns false for a property that is not a font one.
bool apply_font_declaration(LabelFontStyle& style, std::string_view property, std::string_view value,
                            std::string_view raw_value);

LabelFontStyle node_label_style(const Flowchart& chart, const Node& node);
LabelFontStyle subgraph_label_style(const Flowchart& chart, const Subgraph& subgraph);
LabelFontStyle edge_label_style(const Flowchart& chart, EdgeIndex index);

// `base` with the style's properties applied (bold/italic: the style's value).
FontSpec with_label_style(FontSpec base, const LabelFontStyle& style);

}  // namespace merrow
