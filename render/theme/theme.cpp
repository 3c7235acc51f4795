// Theme variables: baked mermaid tables + themeVariables overrides + the
// derivations mermaid re-runs after an override (see theme.hpp).
#include "render/theme/theme.hpp"

#include <algorithm>
#include <cstdlib>
#include <string>

#include "render/color/css_color.hpp"
#include "render/theme/theme_derive.hpp"
#include "render/theme/theme_tables.hpp"

namespace merrow {
namespace {

// JS truthiness of themeVariables.darkMode (a JSON string "false" is truthy).
bool dark_mode(const Config& config, const std::map<std::string, std::string>& overrides) {
  const auto it = overrides.find("darkMode");
  if (it == overrides.end()) return false;
  const auto raw = config.raw.find("themeVariables");
  if (raw != config.raw.end() && raw->is_object()) {
    const auto value = raw->find("darkMode");
    if (value != raw->end() && value->is_string()) return !it->second.empty();
  }
  return !(it->second.empty() || it->second == "false" || it->second == "0");
}

// mermaid's sanitizeDirective() on themeVariables from `%%{init}%%` and front
// matter: a key survives only if mermaid's default config knows it (keys of
// every config section and of the default theme's variables), and a value
// with a character outside [0-9A-Za-z "#%(),.;] becomes "". Of the variables
// the derivations read, these five are unknown to the default config, so
// mermaid drops them (`nodeTextColor` too: labels keep textColor).
// mmdc's --configFile skips it: Config::site_theme_variables are applied as
// given, and the diagram's own sanitised values override them.
std::map<std::string, std::string> sanitized(const std::map<std::string, std::string>& overrides) {
  static constexpr std::string_view dropped[] = {"branchLabelColor", "contrast", "mainContrastColor",
                                                 "nodeTextColor", "text"};
  std::map<std::string, std::string> out;
  for (const auto& [key, value] : overrides) {
    if (std::find(std::begin(dropped), std::end(dropped), key) != std::end(dropped)) continue;
    const bool clean = std::all_of(value.begin(), value.end(), [](char c) {
      return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
             std::string_view(" \"#%(),.;").find(c) != std::string_view::npos;
    });
    out.emplace(key, clean ? value : std::string());
  }
  return out;
}

}  // namespace

std::string_view ThemeVariables::get(std::string_view key) const {
  auto it = values.find(key);
  return it == values.end() ? std::string_view() : std::string_view(it->second);
}

Color ThemeVariables::color(std::string_view key, Color fallback) const {
  auto c = parse_css_color(get(key));
  return c ? *c : fallback;
}

ThemeVariables theme_variables(const Config& config) {
  ThemeVariables v;
  v.theme = builtin_theme_table(config.theme).empty() ? "default" : config.theme;
  for (const auto& e : builtin_theme_table(v.theme)) v.values[std::string(e.name)] = std::string(e.value);
  // Without overrides the baked table is already mermaid's result.
  if (config.theme_variables.empty() && config.site_theme_variables.empty()) return v;
  std::map<std::string, std::string> overrides = config.site_theme_variables;
  for (auto& [k, value] : sanitized(config.theme_variables)) overrides.insert_or_assign(k, std::move(value));
  for (auto& [k, value] : derive_theme_variables(v.theme, overrides, dark_mode(config, overrides)))
    v.values.insert_or_assign(k, std::move(value));
  return v;
}

FlowchartColors flowchart_colors(const ThemeVariables& v, const Config& config) {
  FlowchartColors c;
  c.background = {1, 1, 1, 1};
  c.node_fill = v.color("mainBkg");
  c.node_stroke = v.color("nodeBorder");
  // mermaid's flowchart CSS: `.label { color: nodeTextColor || textColor }`.
  c.node_text = v.get("nodeTextColor").empty() ? v.color("textColor") : v.color("nodeTextColor");
  c.cluster_fill = v.color("clusterBkg");
  c.cluster_stroke = v.color("clusterBorder");
  c.cluster_text = v.color("titleColor");
  c.edge = v.color("lineColor");
  c.arrowhead = v.color("lineColor");  // `.marker { fill: lineColor }`
  // The label's div (`.labelBkg`: edgeLabelBackground faded to alpha 0.5)
  // under its span (`.edgeLabel`: edgeLabelBackground): two layers.
  c.edge_label_background = v.color("edgeLabelBackground", {0.91, 0.91, 0.91, 0.8});
  c.edge_label_background.a = 1 - 0.5 * (1 - c.edge_label_background.a);
  c.edge_label_text = c.node_text;
  // fontFamily/fontSize: themeVariables win over the top-level config keys,
  // which the grammar already merged into config.font_family/font_size.
  c.font_family = v.get("fontFamily").empty() || !config.theme_variables.count("fontFamily")
                      ? config.font_family
                      : std::string(v.get("fontFamily"));
  c.font_size = config.font_size;
  if (config.theme_variables.count("fontSize")) {
    double px = std::atof(std::string(v.get("fontSize")).c_str());
    if (px > 0) c.font_size = px;
  }
  return c;
}

SectionColors mindmap_section_colors(const ThemeVariables& v, int index) {
  int i = ((index % 12) + 12) % 12;
  std::string n = std::to_string(i);
  return {v.color("cScale" + n), v.color("cScaleLabel" + n), v.color("cScaleInv" + n)};
}

}  // namespace merrow
