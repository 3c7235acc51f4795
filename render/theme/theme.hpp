// Themes: mermaid's resolved theme variables for a diagram's config, and the
// colours a flowchart and a mindmap are drawn with.
//
// theme_variables(config) starts from the built-in theme's baked table
// (mermaid 11.17.2, exact). With `themeVariables` overrides it re-runs the
// theme's derivation as mermaid's Theme.calculate() does (theme_derive.hpp:
// every theme's own constructor + updateColors(), quirks included), so the
// derived variables (borders, cluster and label colours, cScale, git0, ...)
// follow the overrides exactly as in mermaid. Overrides always win.
#pragma once
#include <map>
#include <string>
#include <string_view>

#include "model/config.hpp"
#include "render/color/color.hpp"

namespace merrow {

class ThemeVariables {
 public:
  std::string theme = "default";
  std::map<std::string, std::string, std::less<>> values;

  // The raw value ("" when absent).
  std::string_view get(std::string_view key) const;
  // The value parsed as a CSS colour; `fallback` when absent or not a colour.
  Color color(std::string_view key, Color fallback = {0, 0, 0, 1}) const;
};

// Pre: any config (unknown theme names fall back to "default", as mermaid does).
ThemeVariables theme_variables(const Config& config);

struct FlowchartColors {
  Color background;      // page background (mmdc's default is white)
  Color node_fill, node_stroke, node_text;
  Color cluster_fill, cluster_stroke, cluster_text;
  Color edge, arrowhead, edge_label_background, edge_label_text;
  std::string font_family;
  double font_size = 16;  // px
};

FlowchartColors flowchart_colors(const ThemeVariables& vars, const Config& config);

// The mindmap palette entry i (0..11, wrapped modulo THEME_COLOR_LIMIT = 12):
// cScale<i>, cScaleLabel<i>, cScaleInv<i>. Mermaid's mindmap CSS gives
// `.section-<s>` the entry i = s + 1 (the root is section -1 -> entry 0).
struct SectionColors {
  Color fill;   // cScale<i>
  Color label;  // cScaleLabel<i>
  Color inv;    // cScaleInv<i> (edges between sections)
};
SectionColors mindmap_section_colors(const ThemeVariables& vars, int index);

}  // namespace merrow
