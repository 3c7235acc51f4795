#include <catch2/catch.hpp>

#include "grammar/parse.hpp"
#include "render/color/css_color.hpp"
#include "render/style/resolved_style.hpp"

using namespace merrow;

namespace {
std::vector<StyleDecl> decls(std::initializer_list<std::pair<const char*, const char*>> list) {
  std::vector<StyleDecl> out;
  for (auto& [p, v] : list) out.push_back({p, v, {}});
  return out;
}
}  // namespace

TEST_CASE("cascade: classDef default, classes in order, then style") {
  Flowchart chart;
  chart.class_defs.push_back({"default", decls({{"fill", "#111"}, {"stroke", "#222"}}), {}});
  chart.class_defs.push_back({"a", decls({{"fill", "#aaa"}, {"stroke-width", "4px"}}), {}});
  chart.class_defs.push_back({"b", decls({{"fill", "#bbb"}}), {}});
  Node n;
  n.classes = {"b", "a"};
  n.style = decls({{"stroke", "red"}});
  auto s = node_style(chart, n);
  CHECK(to_css(*s.fill) == "#aaaaaa");  // a comes after b
  CHECK(to_css(*s.stroke) == "#ff0000");
  CHECK(*s.stroke_width == 4);
}

TEST_CASE("declarations: dashes, fonts, opacity, unknown ignored") {
  ResolvedStyle s;
  apply_declarations(s, decls({{"stroke-dasharray", "5 5"},
                               {"font-weight", "bold"},
                               {"font-style", "italic"},
                               {"font-size", "20px"},
                               {"opacity", "0.5"},
                               {"color", "hsl(0,100%,50%)"},
                               {"rx", "10"},
                               {"fill", "not-a-colour"},
                               {"stroke-width", "-3"}}));
  CHECK(*s.dash == std::vector<double>{5, 5});
  CHECK(*s.bold);
  CHECK(*s.italic);
  CHECK(*s.font_size == 20);
  CHECK(*s.opacity == 0.5);
  CHECK(to_css(*s.color) == "#ff0000");
  CHECK(!s.fill);
  CHECK(!s.stroke_width);
  ResolvedStyle odd;
  apply_declarations(odd, decls({{"stroke-dasharray", "3"}}));
  CHECK(*odd.dash == std::vector<double>{3, 3});
}

TEST_CASE("linkStyle: defaults first, then by index, markers take the first stroke") {
  const ParseResult parsed = parse_diagram(Source(
      "t.mmd", "flowchart LR\nA-->B\nC-->D\nlinkStyle 0 stroke:#c00,stroke-width:2px\nlinkStyle default stroke:#888\n"));
  const auto* parsed_chart = std::get_if<Flowchart>(&parsed.diagram);
  REQUIRE(parsed_chart != nullptr);
  const Flowchart& chart = *parsed_chart;
  auto s0 = edge_style(chart, 0);
  CHECK(to_css(*s0.stroke) == "#cc0000");  // index beats default whatever the order
  CHECK(*s0.stroke_width == 2);
  CHECK(to_css(*edge_style(chart, 1).stroke) == "#888888");
  CHECK(to_css(*edge_marker_color(chart, 0)) == "#888888");  // mermaid's pointEnd__888
  CHECK(!edge_marker_color(Flowchart{}, 0));
}
