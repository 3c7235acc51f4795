// The font a flowchart label is drawn in: the diagram's font under the CSS
// font properties (font-size, font-weight, font-style, font-family) of the
// element's cascade, so that layout sizes a label in the font render draws
// it with (mermaid measures the styled label). The cascade is mermaid's:
//   nodes:     classDef default -> classes in order -> `style`
//   subgraphs: classes in order -> `style`
//   edges:     classes in order -> linkStyle default -> linkStyle <index>
// render/style/resolved_style.cpp reads the same declarations with the same
// parsing (it includes this header: layout -> render, never the reverse).
#pragma once
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "layout/text/text_measurer.hpp"
#include "model/flowchart.hpp"

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
// "2px", "2", "1.5em"/"1.5rem" (of 16 px), "12pt", "120%" of `percent_base`; nullopt otherwise.
std::optional<double> parse_css_length(std::string_view value, double percent_base = 16);
// A declaration's property or value, trimmed, lower-cased, without `;` and `!important`.
std::string css_lower_trimmed(std::string_view text);

// The linkStyle declarations of an edge in mermaid's order: every `default`
// first, then those naming the edge's index (the parser stores them so in
// Edge::style; reading them is O(1), which keeps big styled charts linear).
const std::vector<StyleDecl>& link_declarations(const Flowchart& chart, EdgeIndex index);

LabelFontStyle node_label_style(const Flowchart& chart, const Node& node);
LabelFontStyle subgraph_label_style(const Flowchart& chart, const Subgraph& subgraph);
LabelFontStyle edge_label_style(const Flowchart& chart, EdgeIndex index);

// `base` with the style's properties applied (bold/italic: the style's value).
FontSpec with_label_style(FontSpec base, const LabelFontStyle& style);

}  // namespace merrow
