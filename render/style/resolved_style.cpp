// CSS declarations -> typed style values; the class/style cascade.
#include "render/style/resolved_style.hpp"

#include <algorithm>
#include <cctype>
#include <charconv>
#include <cmath>
#include <cstdlib>

#include "render/color/css_color.hpp"

namespace merrow {
namespace {

std::string lower_trimmed(std::string_view text) {
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

// "2px", "2", "1.5em" (em relative to 16px), "120%" of `percent_base`.
std::optional<double> parse_length(std::string_view text, double percent_base = 16) {
  double value = 0;
  auto [ptr, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (ec != std::errc() || !std::isfinite(value) || value < 0) return std::nullopt;
  std::string_view unit(ptr, text.data() + text.size() - ptr);
  if (unit.empty() || unit == "px") return value;
  if (unit == "pt") return value * 4 / 3;
  if (unit == "em" || unit == "rem") return value * 16;
  if (unit == "%") return value * percent_base / 100;
  return std::nullopt;
}

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
  } else if (property == "opacity" || property == "fill-opacity") {
    double v = 0;
    auto [ptr, ec] = std::from_chars(value.data(), value.data() + value.size(), v);
    if (ec == std::errc() && std::isfinite(v)) {
      if (ptr != value.data() + value.size() && *ptr == '%') v /= 100;
      s.opacity = std::clamp(v, 0.0, 1.0);
    }
  } else if (property == "font-size") {
    if (auto v = parse_length(value)) s.font_size = v;
  } else if (property == "font-weight") {
    if (value == "bold" || value == "bolder") s.bold = true;
    else if (value == "normal" || value == "lighter") s.bold = false;
    else if (int w = std::atoi(value.c_str()); w > 0) s.bold = w >= 600;
  } else if (property == "font-style") {
    s.italic = value == "italic" || value == "oblique";
  } else if (property == "font-family") {
    if (!value.empty()) s.font_family = std::string(decl.value);
  }
  // Anything else (rx, padding, text-align...) is not drawn by merrow.
}

void apply_class(ResolvedStyle& s, const Flowchart& chart, std::string_view name) {
  for (const auto& def : chart.class_defs)
    if (def.name == name) apply_declarations(s, def.decls);
}

}  // namespace

void apply_declarations(ResolvedStyle& style, const std::vector<StyleDecl>& decls) {
  for (const auto& d : decls) apply(style, d);
}

ResolvedStyle node_style(const Flowchart& chart, const Node& node) {
  ResolvedStyle s;
  apply_class(s, chart, "default");
  for (const auto& c : node.classes) apply_class(s, chart, c);
  apply_declarations(s, node.style);
  return s;
}

ResolvedStyle subgraph_style(const Flowchart& chart, const Subgraph& subgraph) {
  ResolvedStyle s;
  for (const auto& c : subgraph.classes) apply_class(s, chart, c);
  apply_declarations(s, subgraph.style);
  return s;
}

namespace {

// The linkStyle declarations of an edge in mermaid's order: defaults, then
// the index-specific ones. Falls back on Edge::style when the chart keeps no
// LinkStyle statements (a model built by hand).
std::vector<StyleDecl> link_declarations(const Flowchart& chart, EdgeIndex index) {
  std::vector<StyleDecl> out;
  if (chart.link_styles.empty()) {
    if (index < chart.edges.size()) out = chart.edges[index].style;
    return out;
  }
  for (bool defaults : {true, false})
    for (const LinkStyle& ls : chart.link_styles) {
      if (ls.is_default != defaults) continue;
      if (!defaults && std::find(ls.indices.begin(), ls.indices.end(), index) == ls.indices.end()) continue;
      out.insert(out.end(), ls.decls.begin(), ls.decls.end());
    }
  return out;
}

}  // namespace

ResolvedStyle edge_style(const Flowchart& chart, EdgeIndex index) {
  ResolvedStyle s;
  if (index >= chart.edges.size()) return s;
  for (const auto& c : chart.edges[index].classes) apply_class(s, chart, c);
  apply_declarations(s, link_declarations(chart, index));
  return s;
}

std::optional<Color> edge_marker_color(const Flowchart& chart, EdgeIndex index) {
  for (const StyleDecl& d : link_declarations(chart, index)) {
    if (lower_trimmed(d.property) != "stroke") continue;
    if (auto c = parse_css_color(lower_trimmed(d.value))) return c;
  }
  return std::nullopt;
}

}  // namespace merrow
