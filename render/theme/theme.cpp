// Theme variables: baked mermaid tables + themeVariables overrides + the
// derivations mermaid re-runs after an override (see theme.hpp).
#include "render/theme/theme.hpp"

#include <cstdlib>
#include <string>

#include "render/color/css_color.hpp"
#include "render/color/hsl.hpp"
#include "render/theme/theme_tables.hpp"

namespace merrow {
namespace {

std::string hsl_text(const Color& c) { return to_css(c); }

// theme-base.js updateColors(), the part flowcharts and mindmaps read.
// `set` only assigns a variable the user did not override.
void derive_base(ThemeVariables& v, const std::map<std::string, std::string>& user) {
  auto has = [&](const char* k) { return user.count(k) != 0; };
  auto set = [&](const std::string& k, const Color& c) {
    if (!user.count(k)) v.values[k] = hsl_text(c);
  };
  auto copy = [&](const std::string& k, const char* from) {
    if (!user.count(k)) v.values[k] = std::string(v.get(from));
  };
  const bool dark = v.get("darkMode") == "true";
  auto border = [&](const Color& c) { return dark ? adjust(c, 0, -40, 10) : adjust(c, 0, -40, -10); };
  Color primary = v.color("primaryColor");
  if (has("primaryColor")) {
    set("secondaryColor", adjust(primary, -120));
    set("tertiaryColor", adjust(primary, 180, 0, 5));
  }
  Color secondary = v.color("secondaryColor"), tertiary = v.color("tertiaryColor");
  if (has("primaryColor") || has("secondaryColor") || has("tertiaryColor")) {
    set("primaryBorderColor", border(primary));
    set("secondaryBorderColor", border(secondary));
    set("tertiaryBorderColor", border(tertiary));
    set("secondaryTextColor", invert(secondary));
    set("tertiaryTextColor", invert(tertiary));
  }
  if (has("background")) {
    set("lineColor", invert(v.color("background")));
    set("arrowheadColor", invert(v.color("background")));
  }
  copy("textColor", "primaryTextColor");
  copy("nodeBkg", "primaryColor");
  copy("mainBkg", "primaryColor");
  copy("nodeBorder", "primaryBorderColor");
  copy("clusterBkg", "tertiaryColor");
  copy("clusterBorder", "tertiaryBorderColor");
  copy("defaultLinkColor", "lineColor");
  copy("titleColor", "tertiaryTextColor");
  copy("nodeTextColor", "primaryTextColor");
  if (!user.count("edgeLabelBackground"))
    v.values["edgeLabelBackground"] = dark ? hsl_text(darken(v.color("secondaryColor"), 30))
                                           : std::string(v.get("secondaryColor"));
  // cScale: primary, secondary, tertiary, then hue steps, all darkened.
  static const double hue[12] = {0, 0, 0, 30, 60, 90, 120, 150, 210, 270, 300, 330};
  for (int i = 0; i < 12; ++i) {
    std::string k = "cScale" + std::to_string(i);
    Color base = i == 0 ? primary : i == 1 ? secondary : i == 2 ? tertiary
                                  : adjust(primary, hue[i], 0, i == 8 ? 150 : 0);
    if (!user.count(k)) v.values[k] = hsl_text(darken(base, dark ? 75 : 25));
    set("cScaleInv" + std::to_string(i), invert(v.color(k)));
  }
}

// The unconditional assignments in the updateColors() of default, dark,
// forest and neutral that a flowchart reads: target <- source.
void derive_fixed(ThemeVariables& v, const std::map<std::string, std::string>& user) {
  static const char* const links[][2] = {
      {"nodeBorder", "border1"},   {"clusterBkg", "secondBkg"},
      {"clusterBorder", "border2"}, {"defaultLinkColor", "lineColor"},
  };
  for (auto& [target, source] : links)
    if (user.count(source) && !user.count(target)) v.values[target] = user.at(source);
  if (v.theme == "default") {
    if (user.count("labelBackground") && !user.count("edgeLabelBackground"))
      v.values["edgeLabelBackground"] = user.at("labelBackground");
    if (user.count("textColor") && !user.count("titleColor"))
      v.values["titleColor"] = user.at("textColor");
  }
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
  const auto& user = config.theme_variables;
  for (const auto& [k, value] : user) v.values[k] = value;
  if (v.theme == "base")
    derive_base(v, user);
  else
    derive_fixed(v, user);
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
