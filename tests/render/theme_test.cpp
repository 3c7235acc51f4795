#include <catch2/catch.hpp>

#include "render/color/css_color.hpp"
#include "render/theme/theme.hpp"

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
