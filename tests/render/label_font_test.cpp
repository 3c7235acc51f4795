// layout/text/label_font: the font properties of a label through mermaid's
// cascade, so layout can measure in the font render draws with.
#include <catch2/catch.hpp>

#include "grammar/parse.hpp"
#include "layout/text/label_font.hpp"
#include "layout/text/text_block.hpp"
#include "render/style/resolved_style.hpp"

using namespace merrow;

namespace {

Flowchart chart_of(const std::string& text) {
  ParseResult parsed = parse_diagram(Source("font.mmd", text));
  return std::get<Flowchart>(std::move(parsed.diagram));
}

const Node& node(const Flowchart& chart, const std::string& id) {
  for (const Node& n : chart.nodes)
    if (n.id == id) return n;
  FAIL("no node " << id);
  return chart.nodes.front();
}

}  // namespace

TEST_CASE("label font: classDef default, then classes in order, then style") {
  const Flowchart chart = chart_of(
      "flowchart LR\n  A --> B --> C --> D\n"
      "  classDef default font-size:20px\n  classDef big font-size:24px,font-weight:bold\n"
      "  classDef slant font-style:italic,font-family:Courier New\n"
      "  class B big\n  class C big\n  class C slant\n  style C font-size:2em\n  style D font-weight:normal\n");
  CHECK(node_label_style(chart, node(chart, "A")).size == 20);
  CHECK(node_label_style(chart, node(chart, "B")).size == 24);
  CHECK(node_label_style(chart, node(chart, "B")).bold == true);
  const LabelFontStyle c = node_label_style(chart, node(chart, "C"));
  CHECK(c.size == 32);  // 2em of 16 px
  CHECK(c.italic == true);
  CHECK(c.family == "Courier New");
  CHECK(node_label_style(chart, node(chart, "D")).bold == false);

  const FontSpec base;
  const FontSpec font = with_label_style(base, c);
  CHECK(font.size == 32);
  CHECK(font.italic);
  CHECK(font.bold);
  CHECK(font.family == "Courier New");
  CHECK(with_label_style(base, {}).size == base.size);
}

TEST_CASE("label font: edges take classes, then every linkStyle default, then their index") {
  const Flowchart chart = chart_of(
      "flowchart LR\n  A -->|one| B -->|two| C\n  linkStyle 1 font-size:30px\n  linkStyle default font-size:10px\n");
  CHECK(edge_label_style(chart, 0).size == 10);
  CHECK(edge_label_style(chart, 1).size == 30);  // the index wins over a later default
  CHECK(edge_label_style(chart, 7).size == std::nullopt);
}

TEST_CASE("label font: a styled label measures larger, as render draws it") {
  const Flowchart chart = chart_of("flowchart LR\n  A[Hello] --> B[Hello]\n  style B font-size:32px\n");
  const FixedWidthMeasurer measurer;
  const FontSpec base;
  const RichText text = decode_label(node(chart, "A").label);
  const TextBlock plain = layout_text(text, with_label_style(base, node_label_style(chart, node(chart, "A"))), measurer, 0);
  const TextBlock styled = layout_text(text, with_label_style(base, node_label_style(chart, node(chart, "B"))), measurer, 0);
  CHECK(styled.width == Approx(plain.width * 2));
  CHECK(styled.height == Approx(plain.height * 2));
  // render's cascade reads the same size.
  CHECK(node_style(chart, node(chart, "B")).font_size == 32);
}

TEST_CASE("label font: unknown or malformed font declarations change nothing") {
  LabelFontStyle style;
  CHECK_FALSE(apply_font_declaration(style, "fill", "#f00", "#f00"));
  CHECK(apply_font_declaration(style, "font-size", "huge", "huge"));
  CHECK(style.size == std::nullopt);
  CHECK(apply_font_declaration(style, "font-size", "12pt", "12pt"));
  CHECK(style.size == 16);
  CHECK(parse_css_length("150%") == 24);
  CHECK(parse_css_length("-3px") == std::nullopt);
}
