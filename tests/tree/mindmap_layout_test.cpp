// layout_mindmap on hand-built mindmaps: the invariants the issue asks for
// (no overlaps, no crossings, no edge through a node, sibling order, both
// sides used and balanced) and byte-identical output on repeated runs.
#include <catch2/catch.hpp>

#include "layout/layout.hpp"
#include "layout_checks.hpp"
#include "mindmap_builder.hpp"

namespace merrow::test {

namespace {

const FixedWidthMeasurer kMeasurer(0.55);

const NodeBox& node(const LayoutResult& r, uint32_t index) { return r.nodes.at(index); }

Mindmap seed_like_map() {
  MindmapBuilder b;
  const auto root = static_cast<int32_t>(b.add(-1, "OS2-fællesskabet", MindmapShape::circle));
  const auto g = static_cast<int32_t>(b.add(root, "Generalforsamling"));
  b.add(g, "Bestyrelsen");
  const auto s = static_cast<int32_t>(b.add(root, "Sekretariatet"));
  for (const char* t : {"Fagudvalg", "Andre interessenter", "Leverandører"}) b.add(s, t);
  const auto p = static_cast<int32_t>(b.add(root, "Produkter og Projekter"));
  for (const char* t : {"Styregrupper", "Koordinationsgrupper", "Faggrupper", "Anvendere"}) b.add(p, t);
  const auto m = static_cast<int32_t>(b.add(root, "Medlemmer"));
  b.add(m, "Kommuner");
  b.add(m, "Regioner");
  return b.map();
}

}  // namespace

TEST_CASE("a lone root is laid out inside the drawing") {
  MindmapBuilder b;
  b.add(-1, "only");
  const LayoutResult r = layout_mindmap(b.map(), kMeasurer);
  REQUIRE(r.nodes.size() == 1);
  CHECK(r.edges.empty());
  CHECK(node(r, 0).box.left() >= 0);
  CHECK(node(r, 0).box.right() <= r.width);
  CHECK(node(r, 0).box.bottom() <= r.height);
}

TEST_CASE("an empty mindmap gives an empty layout") {
  const LayoutResult r = layout_mindmap(Mindmap{}, kMeasurer);
  CHECK(r.nodes.empty());
  CHECK(r.width == 0);
}

TEST_CASE("the seed mindmap has no overlaps, crossings or edges through nodes") {
  const LayoutResult r = layout_mindmap(seed_like_map(), kMeasurer);
  const LayoutProblems problems = check_layout(r);
  INFO(problems.describe());
  CHECK(problems.empty());
  CHECK(r.edges.size() == r.nodes.size() - 1);
}

TEST_CASE("first-level branches use both sides, clockwise in source order") {
  const Mindmap map = seed_like_map();
  const LayoutResult r = layout_mindmap(map, kMeasurer);
  const double root_x = node(r, 0).box.cx;
  std::vector<uint32_t> right, left;
  for (uint32_t c : map.nodes[0].children) (node(r, c).box.cx > root_x ? right : left).push_back(c);
  REQUIRE_FALSE(right.empty());
  REQUIRE_FALSE(left.empty());
  // Clockwise: the right side takes the first branches, top to bottom; the
  // left side the rest, bottom to top.
  CHECK(right.front() == map.nodes[0].children.front());
  for (size_t i = 1; i < right.size(); ++i) {
    CHECK(right[i] > right[i - 1]);
    CHECK(node(r, right[i]).box.cy > node(r, right[i - 1]).box.cy);
  }
  for (size_t i = 1; i < left.size(); ++i) {
    CHECK(left[i] > left[i - 1]);
    CHECK(node(r, left[i]).box.cy < node(r, left[i - 1]).box.cy);
  }
}

TEST_CASE("children keep source order top to bottom and sit beyond their parent") {
  const Mindmap map = seed_like_map();
  const LayoutResult r = layout_mindmap(map, kMeasurer);
  const double root_x = node(r, 0).box.cx;
  for (uint32_t v = 1; v < map.nodes.size(); ++v) {
    const auto& kids = map.nodes[v].children;
    const bool right = node(r, v).box.cx > root_x;
    for (size_t i = 0; i < kids.size(); ++i) {
      if (i > 0) CHECK(node(r, kids[i]).box.top() > node(r, kids[i - 1]).box.bottom());
      if (right) CHECK(node(r, kids[i]).box.left() > node(r, v).box.right());
      else CHECK(node(r, kids[i]).box.right() < node(r, v).box.left());
    }
  }
}

TEST_CASE("the two sides are balanced by subtree height") {
  MindmapBuilder b;
  const auto root = static_cast<int32_t>(b.add(-1, "root"));
  for (int i = 0; i < 6; ++i) {
    const auto branch = static_cast<int32_t>(b.add(root, "branch " + std::to_string(i)));
    for (int k = 0; k < 4; ++k) b.add(branch, "leaf " + std::to_string(k));
  }
  const LayoutResult r = layout_mindmap(b.map(), kMeasurer);
  const double root_x = node(r, 0).box.cx;
  int right = 0, left = 0;
  for (uint32_t c : b.map().nodes[0].children) (node(r, c).box.cx > root_x ? right : left)++;
  CHECK(right == 3);
  CHECK(left == 3);
}

TEST_CASE("random mindmaps of every shape never overlap or cross") {
  for (uint32_t seed = 1; seed <= 120; ++seed) {
    const uint32_t count = 2 + (seed * 37) % 160;
    const LayoutResult r = layout_mindmap(random_mindmap(count, seed), kMeasurer);
    const LayoutProblems problems = check_layout(r);
    INFO("seed " << seed << " nodes " << count << "\n" << problems.describe());
    REQUIRE(problems.empty());
  }
}

// Leaves staggered in two lanes (a tall map's leaf groups, tree_spacing.hpp) share
// rows with the other lane by design: there, siblings of one lane (two apart)
// must not interleave, and check_layout keeps the far lane's edges off the
// near lane's boxes.
TEST_CASE("sibling subtrees never interleave on any level") {
  for (uint32_t seed = 1; seed <= 40; ++seed) {
    const Mindmap map = random_mindmap(120, seed);
    const LayoutResult r = layout_mindmap(map, kMeasurer);
    // For every node: per depth below it, the y range its subtree covers.
    struct Range { double top, bottom; };
    std::vector<std::vector<Range>> ranges(map.nodes.size());
    for (size_t v = map.nodes.size(); v-- > 1;) {  // children come after parents
      const Box& b = node(r, static_cast<uint32_t>(v)).box;
      auto& mine = ranges[v];
      mine.insert(mine.begin(), Range{b.top(), b.bottom()});
      auto& up = ranges[static_cast<size_t>(map.nodes[v].parent)];
      if (up.size() < mine.size() + 1) up.resize(mine.size() + 1, Range{1e18, -1e18});
      for (size_t k = 0; k < mine.size(); ++k) {
        up[k + 1].top = std::min(up[k + 1].top, mine[k].top);
        up[k + 1].bottom = std::max(up[k + 1].bottom, mine[k].bottom);
      }
    }
    for (size_t v = 1; v < map.nodes.size(); ++v) {
      const auto& kids = map.nodes[v].children;
      for (size_t i = 1; i < kids.size(); ++i) {
        const Box& a = node(r, kids[i - 1]).box;
        const Box& z = node(r, kids[i]).box;
        const bool other_lanes = a.right() < z.left() || z.right() < a.left();
        if (other_lanes) {
          REQUIRE(map.nodes[kids[i - 1]].children.empty());
          REQUIRE(map.nodes[kids[i]].children.empty());
          if (i >= 2) CHECK(node(r, kids[i - 2]).box.bottom() < z.top());
          continue;
        }
        const auto& above = ranges[kids[i - 1]];
        const auto& below = ranges[kids[i]];
        for (size_t k = 0; k < std::min(above.size(), below.size()); ++k) {
          INFO("seed " << seed << " node " << v << " children " << i - 1 << "," << i << " level " << k);
          CHECK(above[k].bottom < below[k].top);
        }
      }
    }
  }
}

TEST_CASE("edges start on the parent's box and end on the child's box") {
  const Mindmap map = random_mindmap(80, 7);
  const LayoutResult r = layout_mindmap(map, kMeasurer);
  for (const EdgeRoute& e : r.edges) {
    const Box& from = node(r, static_cast<uint32_t>(std::stoul(e.from))).box;
    const Box& to = node(r, static_cast<uint32_t>(std::stoul(e.to))).box;
    const Point a = e.points.front(), z = e.points.back();
    CHECK((std::abs(a.x - from.left()) < 1e-6 || std::abs(a.x - from.right()) < 1e-6));
    CHECK(a.y > from.top());
    CHECK(a.y < from.bottom());
    CHECK((std::abs(z.x - to.left()) < 1e-6 || std::abs(z.x - to.right()) < 1e-6));
    CHECK(std::abs(z.y - to.cy) < 1e-6);
    CHECK_FALSE(e.path.empty());
  }
}

TEST_CASE("deep and wide mindmaps lay out without recursion limits") {
  MindmapBuilder chain;
  chain.add(-1, "root");
  for (int i = 1; i < 20000; ++i) chain.add(i - 1, "n");
  const LayoutResult deep = layout_mindmap(chain.map(), kMeasurer);
  CHECK(deep.nodes.size() == 20000);
  MindmapBuilder star;
  star.add(-1, "root");
  for (int i = 1; i < 3000; ++i) star.add(0, "leaf " + std::to_string(i));
  const LayoutResult wide = layout_mindmap(star.map(), kMeasurer);
  CHECK(check_layout(wide).overlaps.empty());
}

TEST_CASE("layout is byte-identical on repeated runs") {
  const Mindmap map = random_mindmap(300, 11);
  const std::string first = layout_json_line("x", layout_mindmap(map, kMeasurer));
  for (int run = 0; run < 3; ++run) CHECK(layout_json_line("x", layout_mindmap(map, kMeasurer)) == first);
}

}  // namespace merrow::test
