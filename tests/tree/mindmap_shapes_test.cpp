// Shape sizes against mermaid 11.17.2's own SVG for labels of known size
// (16px Liberation Sans, 24px line height), read from mermaid-ref renders.
#include <catch2/catch.hpp>

#include "layout/tree/mindmap_shapes.hpp"

namespace merrow::test {

namespace {

MindmapShapeGeometry sized(MindmapShape shape, double label_width) {
  return mindmap_shape_geometry(shape, label_width, 24, 10);
}

}  // namespace

TEST_CASE("mindmap shapes take mermaid's padding around the label") {
  // "plain default": label 86.296875 wide -> path from -63.1484375, 34 high.
  CHECK(sized(MindmapShape::plain, 86.296875).body_width == Approx(126.296875));
  CHECK(sized(MindmapShape::plain, 86.296875).body_height == Approx(34));
  CHECK(sized(MindmapShape::square, 88.96875).body_width == Approx(128.96875));
  CHECK(sized(MindmapShape::square, 88.96875).body_height == Approx(44));
  CHECK(sized(MindmapShape::rounded, 98.765625).body_width == Approx(128.765625));
  CHECK(sized(MindmapShape::rounded, 98.765625).body_height == Approx(54));
  CHECK(sized(MindmapShape::circle, 97.828125).body_width == Approx(2 * 58.9140625));
  CHECK(sized(MindmapShape::bang, 75.640625).body_width == Approx(125.640625));
  CHECK(sized(MindmapShape::bang, 75.640625).body_height == Approx(64));
  CHECK(sized(MindmapShape::cloud, 78.296875).body_width == Approx(88.296875));
  CHECK(sized(MindmapShape::cloud, 78.296875).body_height == Approx(34));
  CHECK(sized(MindmapShape::hexagon, 101.4375).body_width == Approx(143.4375));
  CHECK(sized(MindmapShape::hexagon, 101.4375).body_height == Approx(44));
}

TEST_CASE("every outline is closed and inside its extent, which covers the body") {
  for (int s = 0; s <= static_cast<int>(MindmapShape::hexagon); ++s) {
    const MindmapShapeGeometry g = sized(static_cast<MindmapShape>(s), 120);
    INFO("shape " << s);
    REQUIRE_FALSE(g.outline.empty());
    CHECK(g.outline.front().kind == PathCommand::Kind::move);
    CHECK(g.outline.back().kind == PathCommand::Kind::close);
    CHECK(g.extent.width >= g.body_width - 1e-6);
    CHECK(g.extent.height >= g.body_height - 1e-6);
    const Box again = path_extent(g.outline);
    CHECK(again.width == Approx(g.extent.width));
  }
  // Bumps and puffs reach outside the body: the layout must reserve them.
  CHECK(sized(MindmapShape::bang, 120).extent.height > sized(MindmapShape::bang, 120).body_height + 5);
  CHECK(sized(MindmapShape::cloud, 120).extent.height > sized(MindmapShape::cloud, 120).body_height + 20);
}

}  // namespace merrow::test
