// CSS declarations -> typed style values; the class/style cascade.
#include "render/style/resolved_style.hpp"

#include <algorithm>
#include <cctype>
#include <charconv>
#include <cmath>
#include <cstdlib>

#include "layout/text/label_font.hpp"
#include "render/color/css_color.hpp"

namespace merrow {
namespace {

// Shared with layout (model/style_cascade.hpp), so both read a declaration
// the same way.
std::string lower_trimmed(std::string_view text) { return css_lower_trimmed(text); }
std::optional<double> parse_length(std::string_view text) { return parse_css_length(text); }

std::optional<std::vector<double>> parse_dash(std::string_view text) {
  if (text == "none" || text == "0") return std::vector<double>{};
  std::vector<double> out;
  std::string token;
  auto flush = [&]() -> bool {
    if (token.empty()) return true;
    auto v = parse_length(token);
    token.clear();
    if (!v) return false;
    out.push_back(*v);
    return true;
  };
  for (char c : text) {
    if (c == ',' || c == ' ') {
      if (!flush()) return std::nullopt;
    } else {
      token += c;
    }
  }
  if (!flush()) return std::nullopt;
  if (std::all_of(out.begin(), out.end(), [](double d) { return d == 0; })) return std::vector<double>{};
  if (out.size() % 2) out.insert(out.end(), out.begin(), out.end());  // SVG repeats odd lists
  return out;
}

void apply(ResolvedStyle& s, const StyleDecl& decl) {
  std::string property = lower_trimmed(decl.property);
  std::string value = lower_trimmed(decl.value);
  if (property == "fill") {
    if (value == "none") s.fill = Color{0, 0, 0, 0};
    else if (auto c = parse_css_color(value)) s.fill = c;
  } else if (property == "stroke") {
    if (value == "none") s.stroke = Color{0, 0, 0, 0};
    else if (auto c = parse_css_color(value)) s.stroke = c;
  } else if (property == "color") {
    if (auto c = parse_css_color(value)) s.color = c;
  } else if (property == "stroke-width") {
    if (auto v = parse_length(value)) s.stroke_width = v;
  } else if (property == "stroke-dasharray") {
    if (auto v = parse_dash(value)) s.dash = v;
  } else if (property == "opacity" || property == "fill-opacity" || property == "stroke-opacity") {
    double v = 0;
    auto [ptr, ec] = std::from_chars(value.data(), value.data() + value.size(), v);
    if (ec == std::errc() && std::isfinite(v)) {
      if (ptr != value.data() + value.size() && *ptr == '%') v /= 100;
      v = std::clamp(v, 0.0, 1.0);
      (property == "opacity" ? s.opacity : property == "fill-opacity" ? s.fill_opacity : s.stroke_opacity) = v;
    }
  } else if (property == "stroke-linecap") {
    if (value == "butt") s.cap = StrokeStyle::Cap::butt;
    else if (value == "round") s.cap = StrokeStyle::Cap::round;
    else if (value == "square") s.cap = StrokeStyle::Cap::square;
  } else if (property == "stroke-linejoin") {
    if (value == "miter" || value == "miter-clip" || value == "arcs") s.join = StrokeStyle::Join::miter;
    else if (value == "round") s.join = StrokeStyle::Join::round;
    else if (value == "bevel") s.join = StrokeStyle::Join::bevel;
  } else {
    LabelFontStyle font{s.font_size, s.bold, s.italic, s.font_family};
    if (apply_font_declaration(font, property, value, decl.value)) {
      s.font_size = font.size;
      s.bold = font.bold;
      s.italic = font.italic;
      s.font_family = font.family;
    }
  }
  // Anything else (rx, padding, text-align, filter...) is not drawn by merrow.
}

}  // namespace

void apply_declarations(ResolvedStyle& style, const std::vector<StyleDecl>& decls) {
  for (const auto& d : decls) apply(style, d);
}

ResolvedStyle node_style(const Flowchart& chart, const Node& node) {
  ResolvedStyle s;
  for_each_node_declaration(chart, node, [&](const StyleDecl& d) { apply(s, d); });
  return s;
}

ResolvedStyle subgraph_style(const Flowchart& chart, const Subgraph& subgraph) {
  ResolvedStyle s;
  for_each_subgraph_declaration(chart, subgraph, [&](const StyleDecl& d) { apply(s, d); });
  return s;
}

ResolvedStyle edge_style(const Flowchart& chart, EdgeIndex index) {
  ResolvedStyle s;
  for_each_edge_declaration(chart, index, [&](const StyleDecl& d) { apply(s, d); });
  return s;
}

Color with_opacity(Color color, const std::optional<double>& opacity) {
  if (opacity) color.a *= *opacity;
  return color;
}

std::optional<Color> edge_marker_color(const Flowchart& chart, EdgeIndex index) {
  for (const StyleDecl& d : link_declarations(chart, index)) {
    if (lower_trimmed(d.property) != "stroke") continue;
    if (auto c = parse_css_color(lower_trimmed(d.value))) return c;
  }
  return std::nullopt;
}

}  // namespace merrow
