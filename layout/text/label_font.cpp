// Font properties through the flowchart cascade (see label_font.hpp).
#include "layout/text/label_font.hpp"

#include <algorithm>
#include <cctype>
#include <charconv>
#include <cmath>
#include <cstdlib>

namespace merrow {
namespace {

void apply_all(LabelFontStyle& style, const std::vector<StyleDecl>& decls) {
  for (const StyleDecl& d : decls)
    apply_font_declaration(style, css_lower_trimmed(d.property), css_lower_trimmed(d.value), d.value);
}

void apply_class(LabelFontStyle& style, const Flowchart& chart, std::string_view name) {
  for (const auto& def : chart.class_defs)
    if (def.name == name) apply_all(style, def.decls);
}

}  // namespace

std::string css_lower_trimmed(std::string_view text) {
  while (!text.empty() && std::isspace(static_cast<unsigned char>(text.front()))) text.remove_prefix(1);
  while (!text.empty() && (std::isspace(static_cast<unsigned char>(text.back())) || text.back() == ';'))
    text.remove_suffix(1);
  std::string out(text);
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  if (out.ends_with("!important")) {
    out.resize(out.size() - 10);
    while (!out.empty() && std::isspace(static_cast<unsigned char>(out.back()))) out.pop_back();
  }
  return out;
}

std::optional<double> parse_css_length(std::string_view text, double percent_base) {
  double value = 0;
  auto [ptr, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (ec != std::errc() || !std::isfinite(value) || value < 0) return std::nullopt;
  std::string_view unit(ptr, static_cast<size_t>(text.data() + text.size() - ptr));
  if (unit.empty() || unit == "px") return value;
  if (unit == "pt") return value * 4 / 3;
  if (unit == "em" || unit == "rem") return value * 16;
  if (unit == "%") return value * percent_base / 100;
  return std::nullopt;
}

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

const std::vector<StyleDecl>& link_declarations(const Flowchart& chart, EdgeIndex index) {
  static const std::vector<StyleDecl> none;
  return index < chart.edges.size() ? chart.edges[index].style : none;
}

LabelFontStyle node_label_style(const Flowchart& chart, const Node& node) {
  LabelFontStyle style;
  apply_class(style, chart, "default");
  for (const auto& c : node.classes) apply_class(style, chart, c);
  apply_all(style, node.style);
  return style;
}

LabelFontStyle subgraph_label_style(const Flowchart& chart, const Subgraph& subgraph) {
  LabelFontStyle style;
  for (const auto& c : subgraph.classes) apply_class(style, chart, c);
  apply_all(style, subgraph.style);
  return style;
}

LabelFontStyle edge_label_style(const Flowchart& chart, EdgeIndex index) {
  LabelFontStyle style;
  if (index >= chart.edges.size()) return style;
  for (const auto& c : chart.edges[index].classes) apply_class(style, chart, c);
  apply_all(style, link_declarations(chart, index));
  return style;
}

FontSpec with_label_style(FontSpec base, const LabelFontStyle& style) {
  if (style.size && *style.size > 0) base.size = *style.size;
  if (style.bold) base.bold = *style.bold;
  if (style.italic) base.italic = *style.italic;
  if (style.family) base.family = *style.family;
  return base;
}

}  // namespace merrow
