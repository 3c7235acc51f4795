// build_mindmap_scene: mermaid's section colours, edges painted under the
// nodes, one group per node and per edge, and the same scene on every run.
#include <catch2/catch.hpp>

#include "layout/layout.hpp"
#include "mindmap_builder.hpp"
#include "render/mindmap/mindmap_palette.hpp"
#include "render/mindmap/mindmap_scene.hpp"

namespace merrow::test {

namespace {

const FixedWidthMeasurer kMeasurer(0.55);

const PathItem& first_path(const SceneItem& item) {
  return std::get<PathItem>(std::get<GroupItem>(item).items.front());
}

Mindmap twelve_branches() {
  MindmapBuilder b;
  b.add(-1, "root", MindmapShape::circle);
  for (int i = 0; i < 12; ++i) {
    const auto branch = static_cast<int32_t>(b.add(0, "branch " + std::to_string(i)));
    b.add(branch, "leaf");
  }
  return b.map();
}

}  // namespace

TEST_CASE("sections: branch k and its subtree take section k mod 11, the root -1") {
  const std::vector<int> sections = mindmap_sections(twelve_branches());
  CHECK(sections[0] == -1);
  CHECK(sections[1] == 0);   // branch 0
  CHECK(sections[2] == 0);   // its leaf
  CHECK(sections[21] == 10); // branch 10
  CHECK(sections[23] == 0);  // branch 11 wraps to section 0, as mermaid's MAX_SECTIONS - 1
}

TEST_CASE("edge widths follow mermaid's edge-depth classes") {
  CHECK(mindmap_edge_width(1) == 11);
  CHECK(mindmap_edge_width(2) == 8);
  CHECK(mindmap_edge_width(3) == 5);
  CHECK(mindmap_edge_width(4) == 2);
  CHECK(mindmap_edge_width(5) == 3);  // negative width is invalid CSS: `.edge` gives 3
}

TEST_CASE("the scene paints edges first, then nodes in mermaid's default colours") {
  const Mindmap map = twelve_branches();
  const LayoutResult layout = layout_mindmap(map, kMeasurer);
  const ThemeVariables vars = theme_variables(map.config);
  const Scene scene = build_mindmap_scene(map, layout, vars);
  REQUIRE(scene.items.size() == layout.edges.size() + layout.nodes.size());
  CHECK(scene.width == layout.width);
  for (size_t i = 0; i < layout.edges.size(); ++i) {
    CHECK(std::get<GroupItem>(scene.items[i]).id.starts_with("mindmap-edge-"));
  }
  const size_t first_node = layout.edges.size();
  CHECK(first_path(scene.items[first_node]).fill == vars.color("git0"));
  CHECK(first_path(scene.items[first_node + 1]).fill == mindmap_section_colors(vars, 1).fill);
  // The edge into branch 0 has branch 0's colour.
  CHECK(first_path(scene.items[0]).fill == mindmap_section_colors(vars, 1).fill);
}

TEST_CASE("the scene is the same on every run") {
  const Mindmap map = random_mindmap(200, 3);
  const LayoutResult layout = layout_mindmap(map, kMeasurer);
  const ThemeVariables vars = theme_variables(map.config);
  const Scene a = build_mindmap_scene(map, layout, vars);
  const Scene b = build_mindmap_scene(map, layout, vars);
  REQUIRE(a.items.size() == b.items.size());
  for (size_t i = 0; i < a.items.size(); ++i) {
    const auto& pa = first_path(a.items[i]).path;
    const auto& pb = first_path(b.items[i]).path;
    REQUIRE(pa.size() == pb.size());
    for (size_t k = 0; k < pa.size(); ++k) CHECK(pa[k].p[0].x == pb[k].p[0].x);
  }
}

}  // namespace merrow::test
