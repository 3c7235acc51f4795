// One small diagram per cause of a drawing larger than mermaid's (issue 13's
// area bar, see area_ratio_test.cpp). The expected sizes are mermaid 11.17's,
// read with `mermaid-ref layout` from the same text.
#include <catch2/catch.hpp>

#include <string>

#include "grammar/parse.hpp"
#include "layout/layout.hpp"
#include "render/text/font_measurer.hpp"

using namespace merrow;

namespace {

LayoutResult lay_out(const std::string& text) {
  const ParseResult parsed = parse_diagram(Source("test.mmd", text));
  const auto* chart = std::get_if<Flowchart>(&parsed.diagram);
  REQUIRE(chart != nullptr);
  static const FontMeasurer measurer;
  return layout_flowchart(*chart, measurer);
}

const NodeBox& node(const LayoutResult& result, const std::string& id) {
  for (const NodeBox& n : result.nodes) {
    if (n.id == id) return n;
  }
  FAIL("no node " << id);
  return result.nodes.front();
}

}  // namespace

TEST_CASE("area: shape choice is mermaid's 28 px diamond without its label, note pads by the padding") {
  // cypress oldshapes: a choice drawn as a label-sized diamond was 278 px.
  const LayoutResult result = lay_out(
      "flowchart TB\n"
      "  a --> b@{ shape: choice, label: 'A label choice drops' }\n"
      "  c@{ shape: note, label: 'A note' } --> d[A note]\n");
  const NodeBox& b = node(result, "b");
  CHECK(b.box.width == Approx(28));
  CHECK(b.box.height == Approx(28));
  CHECK(b.text.lines.empty());
  // mermaid: note 75.375 x 54 (text + 2 x 15), the rect beside it 105.375 x 54.
  CHECK(node(result, "c").box.width == Approx(75.375).margin(1));
  CHECK(node(result, "c").box.height == Approx(54));
  CHECK(node(result, "d").box.width == Approx(105.375).margin(1));
}
