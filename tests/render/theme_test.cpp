#include <catch2/catch.hpp>

#include <algorithm>

#include "render/color/css_color.hpp"
#include "render/color/khroma.hpp"
#include "render/mindmap/mindmap_palette.hpp"
#include "render/theme/theme.hpp"
#include "render/theme/theme_derive.hpp"
#include "render/theme/theme_tables.hpp"

using namespace merrow;

namespace {
std::string var(const std::string& theme, const char* key) {
  Config c;
  c.theme = theme;
  return std::string(theme_variables(c).get(key));
}
}  // namespace

TEST_CASE("theme tables hold mermaid 11's resolved values") {
  CHECK(var("default", "mainBkg") == "#ECECFF");
  CHECK(var("default", "nodeBorder") == "#9370DB");
  CHECK(var("default", "clusterBkg") == "#ffffde");
  CHECK(var("default", "clusterBorder") == "#aaaa33");
  CHECK(var("default", "lineColor") == "#333333");
  CHECK(var("forest", "mainBkg") == "#cde498");
  CHECK(var("neutral", "lineColor") == "#666");
  CHECK(var("dark", "mainBkg") == "#1f2020");
  CHECK(var("base", "mainBkg") == "#fff4dd");
  CHECK(var("nosuchtheme", "mainBkg") == "#ECECFF");
}

TEST_CASE("flowchart colours of the default theme") {
  Config c;
  auto fc = flowchart_colors(theme_variables(c), c);
  CHECK(to_css(fc.node_fill) == "#ececff");
  CHECK(to_css(fc.node_stroke) == "#9370db");
  CHECK(to_css(fc.edge) == "#333333");
  CHECK(to_css(fc.edge_label_background) == "rgba(232, 232, 232, 0.9)");  // 0.5 div under 0.8 span
  CHECK(to_css(fc.node_text) == "#333333");
  CHECK(fc.font_size == 16);
}

TEST_CASE("themeVariables override and re-derive (base theme)") {
  Config c;
  c.theme = "base";
  c.theme_variables["primaryColor"] = "#ff0000";
  c.theme_variables["lineColor"] = "#00ff00";
  auto v = theme_variables(c);
  CHECK(to_css(v.color("mainBkg")) == "#ff0000");
  CHECK(to_css(v.color("lineColor")) == "#00ff00");
  // mkBorder(#ff0000) = hsl(0, 60%, 40%)
  CHECK(to_css(v.color("nodeBorder")) == "#a32929");
}

TEST_CASE("mindmap section palette wraps modulo 12") {
  Config c;
  auto v = theme_variables(c);
  auto s0 = mindmap_section_colors(v, 0);
  auto s12 = mindmap_section_colors(v, 12);
  CHECK(s0.fill == s12.fill);
  CHECK(to_css(s0.label) == "#ffffff");
  CHECK(s0.fill == *parse_css_color("hsl(240, 100%, 76.2745098039%)"));
}

// ---- themeVariables overrides, every theme (mermaid 11.17's derivations) ----
// Expected values: the CSS mermaid-ref (mmdc 11.17) wrote into its SVG for
// these very directives (flowchart `.node rect`, `.cluster rect`,
// `.flowchart-link`, `.edgeLabel`, `.cluster text`, `.label text`; mindmap
// `.section-root`, `.section--1`, `.section-0` rules), as 8-bit colours.

namespace {

Config themed(const char* theme, std::map<std::string, std::string> overrides) {
  Config c;
  c.theme = theme;
  c.theme_variables = std::move(overrides);
  return c;
}

struct Expected {
  const char *node_fill, *node_stroke, *cluster_fill, *cluster_stroke, *edge, *edge_label, *cluster_text,
      *node_text;
  const char *root_fill, *root_text, *entry0_fill, *entry0_inv, *section0_fill, *section0_label, *section0_inv;
};

void check_theme(const Config& c, const Expected& e) {
  const ThemeVariables v = theme_variables(c);
  const FlowchartColors fc = flowchart_colors(v, c);
  CHECK(to_css(fc.node_fill) == e.node_fill);
  CHECK(to_css(fc.node_stroke) == e.node_stroke);
  CHECK(to_css(fc.cluster_fill) == e.cluster_fill);
  CHECK(to_css(fc.cluster_stroke) == e.cluster_stroke);
  CHECK(to_css(fc.edge) == e.edge);
  CHECK(to_css(fc.arrowhead) == e.edge);
  CHECK(to_css(fc.edge_label_background) == e.edge_label);
  CHECK(to_css(fc.cluster_text) == e.cluster_text);
  CHECK(to_css(fc.node_text) == e.node_text);
  const MindmapNodeColors root = mindmap_node_colors(v, -1);
  CHECK(to_css(root.fill) == e.root_fill);
  CHECK(to_css(root.label) == e.root_text);
  const SectionColors entry0 = mindmap_section_colors(v, 0);
  CHECK(to_css(entry0.fill) == e.entry0_fill);
  CHECK(to_css(entry0.inv) == e.entry0_inv);
  const MindmapNodeColors section0 = mindmap_node_colors(v, 0);
  CHECK(to_css(section0.fill) == e.section0_fill);
  CHECK(to_css(section0.label) == e.section0_label);
  CHECK(to_css(section0.underline) == e.section0_inv);
}

}  // namespace

TEST_CASE("overrides re-derive the default theme as mermaid does") {
  // theme-default.js runs updateColors() in its constructor and again after
  // the overrides: cScale is already set (and darkened twice), so
  // primaryColor moves neither nodes (mainBkg) nor the mindmap palette.
  check_theme(themed("default", {{"primaryColor", "#ff0000"}, {"mainBkg", "#ffdddd"}, {"border1", "#aa0000"},
                                 {"labelBackground", "#ccddee"}, {"textColor", "#202080"}, {"cScale1", "#ff0000"}}),
              {"#ffdddd", "#aa0000", "#ffffde", "#aaaa33", "#333333", "#ccddee", "#202080", "#202080",  //
               "#0000ec", "#ffffff", "#8686ff", "#ffffb9", "#ff0000", "#000000", "#ababff"});
}

TEST_CASE("overrides re-derive the dark theme as mermaid does") {
  // clusterBkg = lighten(mainBkg, 16), edge label = lighten(labelBackground, 25);
  // mainContrastColor is not a key mermaid's directive sanitizer knows: dropped.
  check_theme(themed("dark", {{"primaryColor", "#ff0000"}, {"mainBkg", "#2a3344"}, {"labelBackground", "#303030"},
                              {"mainContrastColor", "#ddccbb"}}),
              {"#2a3344", "#cccccc", "#495976", "rgba(255, 255, 255, 0.25)", "#d3d3d3", "#707070", "#f9fffe",
               "#cccccc",  //
               "#797d7d", "#2c2c2c", "#ff0000", "#00ffff", "#0b0000", "#d3d3d3", "#f4ffff"});
}

TEST_CASE("overrides re-derive the forest theme as mermaid does") {
  check_theme(themed("forest", {{"primaryColor", "#ff0000"}, {"border2", "#0000aa"}, {"secondBkg", "#eeffee"}}),
              {"#cde498", "#13540c", "#eeffee", "#0000aa", "#000000", "#e8e8e8", "#333333", "#000000",  //
               "#800000", "#ffffff", "#cc0000", "#00cccc", "#acff7f", "#000000", "#d27fff"});
}

TEST_CASE("overrides re-derive the neutral theme as mermaid does") {
  // contrast and text are dropped by mermaid's sanitizer; cScale1 feeds
  // cScaleLabel0/2, its inverse and git0 = darken(cScale1, 25).
  check_theme(themed("neutral", {{"contrast", "#336699"}, {"text", "#884422"}, {"cScale1", "#ff8800"},
                                 {"border1", "#aa0000"}}),
              {"#eeeeee", "#aa0000", "#fcfcfc", "#707070", "#666666", "#ffffff", "#333333", "#000000",  //
               "#804400", "#333333", "#555555", "#aaaaaa", "#ff8800", "#333333", "#0077ff"});
  const auto v = theme_variables(themed("neutral", {{"cScale1", "#ff8800"}}));
  CHECK(to_css(v.color("cScaleLabel0")) == "#ff8800");
}

TEST_CASE("overrides re-derive the base theme as mermaid does") {
  check_theme(themed("base", {{"primaryColor", "#ff0000"}}),
              {"#ff0000", "#a32929", "#1affff", "#2eb8b8", "#0b0b0b", "#0000ff", "#e60000", "#333333",  //
               "#800000", "#333333", "#800000", "#80ffff", "#000080", "#333333", "#ffff80"});
}

TEST_CASE("derived variables are mermaid's strings") {
  auto v = theme_variables(themed("base", {{"primaryColor", "#ff0000"}}));
  CHECK(v.get("nodeBorder") == "hsl(0, 60%, 40%)");
  CHECK(v.get("edgeLabelBackground") == "hsl(-120, 100%, 50%)");
  CHECK(v.get("titleColor") == "rgb(229.5, 0, 0)");
  v = theme_variables(themed("dark", {{"mainBkg", "#2a3344"}}));
  CHECK(v.get("clusterBkg") == "hsl(219.2307692308, 23.6363636364%, 37.568627451%)");
}

TEST_CASE("sanitized values are blanked, unknown keys dropped") {
  auto v = theme_variables(themed("base", {{"primaryColor", "#ff0000;}{x"}, {"nodeTextColor", "#123456"}}));
  CHECK(v.get("primaryColor").empty());  // '{' is outside mermaid's allowed value characters
  CHECK(v.get("nodeTextColor") == "#333");  // the override is dropped, the derived value stays
}

TEST_CASE("with no overrides every derivation reproduces the baked table") {
  for (const char* theme : {"default", "dark", "forest", "neutral", "base"}) {
    INFO(theme);
    const auto derived = derive_theme_variables(theme, {}, false);
    CHECK(derived.size() > 40);
    for (const auto& [key, value] : derived) {
      INFO(key);
      const auto baked = std::find_if(builtin_theme_table(theme).begin(), builtin_theme_table(theme).end(),
                                      [&](const ThemeEntry& e) { return e.name == key; });
      REQUIRE(baked != builtin_theme_table(theme).end());
      CHECK(baked->value == value);
    }
  }
}

TEST_CASE("khroma's printing of derived colours") {
  CHECK(khroma::adjust("#ECECFF", {.h = -160}) == "hsl(80, 100%, 96.2745098039%)");
  CHECK(khroma::lighten("#1f2020", 16) == "hsl(180, 1.5873015873%, 28.3529411765%)");
  CHECK(khroma::invert("hsl(240, 100%, 76.2745098039%)") == "rgb(121.0000000001, 121.0000000001, 0)");
  CHECK(khroma::rgba(255, 255, 255, 0.25) == "rgba(255, 255, 255, 0.25)");
  CHECK(khroma::lighten("white", 10) == "#ffffff");  // clamped: nothing changes, the keyword's hex
  CHECK(khroma::mk_border("#ff0000", false) == "hsl(0, 60%, 40%)");
  CHECK(khroma::invert("#ff0000") == "#00ffff");
  CHECK(khroma::darken("rgba(232,232,232, 0.8)", 10) == "hsla(0, 0%, 80.9803921569%, 0.8)");
  CHECK(khroma::adjust("hsl(-120, 100%, 50%)", {.h = 180}) == "hsl(60, 100%, 50%)");
  CHECK(khroma::invert("rgb(10.5, 20, 30)") == "rgb(244.5, 235, 225)");
  CHECK(khroma::darken("lightgrey", 30) == "hsl(0, 0%, 52.7450980392%)");
  CHECK(khroma::adjust("#ff0000", {.h = 210, .l = 150}) == "hsl(210, 100%, 100%)");
  CHECK(khroma::darken("calculated", 10) == "calculated");  // not a colour: unchanged
}

TEST_CASE("site themeVariables (render --config, mmdc's configFile) skip the directive sanitizer") {
  // mermaid-ref: `mmdc -c` with nodeTextColor #ff0000 colours the labels red;
  // the same key in an init directive is dropped.
  Config c;
  c.theme = "base";
  c.site_theme_variables = {{"nodeTextColor", "#ff0000"}, {"primaryColor", "#00ff00"}};
  auto v = theme_variables(c);
  CHECK(v.get("nodeTextColor") == "#ff0000");
  CHECK(v.get("primaryColor") == "#00ff00");
  c.theme_variables = {{"primaryColor", "#0000ff"}, {"nodeTextColor", "#123456"}};
  v = theme_variables(c);
  CHECK(v.get("primaryColor") == "#0000ff");  // the diagram's own value wins
  CHECK(v.get("nodeTextColor") == "#ff0000");  // its dropped key does not remove the site's
}
