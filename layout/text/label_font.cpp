// Font properties through the flowchart cascade (model/style_cascade.hpp).
#include "layout/text/label_font.hpp"

#include <cstdlib>

namespace merrow {
namespace {

template <class Walk>
LabelFontStyle font_style(Walk&& walk) {
  LabelFontStyle style;
  walk([&](const StyleDecl& d) {
    apply_font_declaration(style, css_lower_trimmed(d.property), css_lower_trimmed(d.value), d.value);
  });
  return style;
}

}  // namespace

bool apply_font_declaration(LabelFontStyle& style, std::string_view property, std::string_view value,
                            std::string_view raw_value) {
  if (property == "font-size") {
    if (auto v = parse_css_length(value)) style.size = v;
  } else if (property == "font-weight") {
    if (value == "bold" || value == "bolder") style.bold = true;
    else if (value == "normal" || value == "lighter") style.bold = false;
    else if (int w = std::atoi(std::string(value).c_str()); w > 0) style.bold = w >= 600;
  } else if (property == "font-style") {
    style.italic = value == "italic" || value == "oblique";
  } else if (property == "font-family") {
    if (!value.empty()) style.family = std::string(raw_value);
  } else {
    return false;
  }
  return true;
}

LabelFontStyle node_label_style(const Flowchart& chart, const Node& node) {
  return font_style([&](auto&& apply) { for_each_node_declaration(chart, node, apply); });
}

LabelFontStyle subgraph_label_style(const Flowchart& chart, const Subgraph& subgraph) {
  return font_style([&](auto&& apply) { for_each_subgraph_declaration(chart, subgraph, apply); });
}

LabelFontStyle edge_label_style(const Flowchart& chart, EdgeIndex index) {
  return font_style([&](auto&& apply) { for_each_edge_declaration(chart, index, apply); });
}

FontSpec with_label_style(FontSpec base, const LabelFontStyle& style) {
  if (style.size && *style.size > 0) base.size = *style.size;
  if (style.bold) base.bold = *style.bold;
  if (style.italic) base.italic = *style.italic;
  if (style.family) base.family = *style.family;
  return base;
}

}  // namespace merrow
