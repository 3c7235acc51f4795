// Icons in mindmaps, as mermaid 11.17.2 draws them (mermaid-ref, 16 px
// "trebuchet ms"):
// - `::icon(fa fa-book)` draws nothing and takes no room: mermaid passes
//   node.icon to its mindmap shapes and none reads it. "Plain" with the icon
//   is 75.58 x 34, (Rounded) 94.95 x 54, [Square] 91.59 x 44, as without.
// - `fa:fa-car` in a label is a 1.25 em icon box, as in flowcharts:
//   "Car fa:fa-car label" is 88.48 px of text, "Car label" 64.03.
// The parts that need the installed Font Awesome skip when it is absent.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "grammar/parse.hpp"
#include "layout/layout.hpp"
#include "render/mindmap/mindmap_scene.hpp"
#include "render/text/font_measurer.hpp"
#include "render/text/icon_font.hpp"
#include "render/theme/theme.hpp"

using namespace merrow;

namespace {

const FontMeasurer& fonts() {
  static FontMeasurer m;
  return m;
}

struct Drawn {
  Mindmap map;
  LayoutResult layout;
  Scene scene;
};

Drawn draw(const std::string& text) {
  const ParseResult parsed = parse_diagram(Source("icons.mmd", text));
  REQUIRE(parsed.ok());
  Drawn d{std::get<Mindmap>(parsed.diagram), {}, {}};
  d.layout = layout_mindmap(d.map, fonts());
  d.scene = build_mindmap_scene(d.map, d.layout, theme_variables(d.map.config));
  return d;
}

// The text items of node `index`'s group, in drawing order.
std::vector<TextItem> node_texts(const Drawn& d, size_t index) {
  const std::string id = "mindmap-node-" + std::to_string(index);
  std::vector<TextItem> texts;
  for (const SceneItem& item : d.scene.items) {
    const auto* group = std::get_if<GroupItem>(&item);
    if (!group || group->id != id) continue;
    for (const SceneItem& inner : group->items)
      if (const auto* text = std::get_if<TextItem>(&inner)) texts.push_back(*text);
  }
  return texts;
}

const NodeBox& node(const Drawn& d, size_t index) {
  for (const NodeBox& box : d.layout.nodes)
    if (box.index == index) return box;
  FAIL("no node " << index);
  return d.layout.nodes.front();
}

}  // namespace

TEST_CASE("::icon() takes no room and draws nothing on the root and on every shape") {
  const std::string nodes[] = {"Plain", "R(Rounded)", "S[Square]", "C((Circle))",
                               "Cl)Cloud(", "B))Bang((", "H{{Hexagon}}"};
  std::string with = "mindmap\n  root((Root))\n    ::icon(fa fa-book)\n";
  std::string without = "mindmap\n  root((Root))\n";
  for (const std::string& n : nodes) {
    with += "    " + n + "\n      ::icon(fa fa-book)\n";
    without += "    " + n + "\n";
  }
  const Drawn a = draw(with), b = draw(without);
  REQUIRE(a.map.nodes[3].icon == "fa fa-book");
  REQUIRE(a.layout.nodes.size() == b.layout.nodes.size());
  for (size_t v = 0; v < a.layout.nodes.size(); ++v) {
    INFO("node " << v);
    CHECK(node(a, v).box.width == node(b, v).box.width);
    CHECK(node(a, v).box.height == node(b, v).box.height);
    const std::vector<TextItem> texts = node_texts(a, v);
    REQUIRE(texts.size() == 1);  // the label alone: no icon glyph, no "book"
    CHECK(texts[0].text == a.map.nodes[v].label.text);
    CHECK(texts[0].font_file.empty());
  }
  // mermaid-ref's sizes of the same nodes, icon or not.
  CHECK(node(a, 1).box.height == Approx(34));
  CHECK(node(a, 2).box.width == Approx(94.95).margin(0.05));
  CHECK(node(a, 2).box.height == Approx(54));
  CHECK(node(a, 3).box.width == Approx(91.59).margin(0.05));
  CHECK(node(a, 3).box.height == Approx(44));
}

TEST_CASE("fa:fa-car in a mindmap label is a 1.25 em box with the glyph centred in it") {
  if (icon_catalog().font_file.empty()) {
    WARN("fonts-font-awesome is not installed: skipped");
    return;
  }
  const Drawn d = draw("mindmap\n  Root\n    Car label\n    Car fa:fa-car label\n");
  const NodeBox& plain = node(d, 1);
  const NodeBox& icon = node(d, 2);
  const double space = fonts().width(" ", FontSpec{});
  CHECK(icon.text.width == Approx(plain.text.width + 20 + space).margin(0.5));
  CHECK(icon.text.width == Approx(88.48).margin(0.5));  // mermaid-ref
  CHECK(icon.box.width == Approx(icon.text.width + 40));  // a plain node: 4 half-paddings a side
  CHECK(icon.box.height == plain.box.height);

  const std::vector<TextItem> texts = node_texts(d, 2);
  REQUIRE(texts.size() == 3);  // "Car ", the glyph, " label"
  const TextItem& glyph = texts[1];
  CHECK(glyph.text == "\xEF\x86\xB9");  // U+F1B9 in UTF-8
  CHECK(glyph.font_file == icon_catalog().font_file);
  CHECK(glyph.centred);
  CHECK(glyph.color.r == texts[0].color.r);  // the section's label colour
  CHECK(glyph.origin.y == texts[0].origin.y);  // on the text's baseline
  // Centred in the 20 px box that follows "Car ".
  const PlacedRun& run = icon.text.lines[0].runs[1];
  REQUIRE(run.run.icon);
  CHECK(glyph.origin.x == Approx(texts[0].origin.x + run.x + run.width / 2));
  CHECK(texts[2].origin.x == Approx(glyph.origin.x + run.width / 2));
  for (const TextItem& t : texts) CHECK(t.text.find("fa:") == std::string::npos);
}

TEST_CASE("an unknown fa: icon in a mindmap label takes no room and draws nothing") {
  const Drawn d = draw("mindmap\n  Root\n    x\n    fa:fa-nosuchicon x\n");
  const double space = fonts().width(" ", FontSpec{});
  CHECK(node(d, 2).text.width == Approx(node(d, 1).text.width + space));
  for (const TextItem& t : node_texts(d, 2)) {
    CHECK(t.font_file.empty());
    CHECK(t.text.find("nosuchicon") == std::string::npos);
  }
}
