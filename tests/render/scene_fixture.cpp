#include "scene_fixture.hpp"

namespace merrow::test {
namespace {

TextBlock text(const TextMeasurer& m, const std::string& s, bool bold = false) {
  RichText rich;
  rich.lines.push_back(TextLine{{TextRun{s, bold, false, false}}});
  return layout_text(rich, FontSpec{}, m, 0);
}

}  // namespace

Fixture small_flowchart(const TextMeasurer& m) {
  Fixture f;
  Flowchart& c = f.chart;
  auto node = [&](const char* id, Shape shape) {
    Node n;
    n.id = id;
    n.label.text = id;
    n.shape = shape;
    c.node_by_id[id] = static_cast<NodeIndex>(c.nodes.size());
    c.nodes.push_back(n);
  };
  node("Start", Shape::rect);
  node("Middle", Shape::rounded);
  node("Choice", Shape::diamond);
  c.nodes[1].classes = {"warm"};
  c.nodes[0].link = "https://example.com/?a=1&b=2";
  c.nodes[2].link = "javascript:alert(1)";  // must never become a link
  c.nodes[2].style = {{"stroke", "#f00", {}}, {"stroke-width", "2px", {}}};
  c.class_defs.push_back({"warm", {{"fill", "#fdb", {}}}, {}});
  c.acc_title = "A small chart";
  c.acc_descr = "Three nodes & two edges";
  Edge e1;
  e1.from = {EdgeEnd::Kind::node, 0};
  e1.to = {EdgeEnd::Kind::node, 1};
  e1.head_start = Head::circle;
  e1.label.text = "yes";
  e1.has_label = true;
  Edge e2;
  e2.from = {EdgeEnd::Kind::node, 1};
  e2.to = {EdgeEnd::Kind::node, 2};
  e2.stroke = Stroke::dotted;
  e2.head_end = Head::cross;
  Edge e3 = e2;
  e3.stroke = Stroke::thick;
  e3.head_end = Head::arrow;
  c.edges = {e1, e2, e3};
  Subgraph s;
  s.id = "box";
  s.title.text = "Group";
  s.nodes = {2};
  c.subgraphs.push_back(s);

  LayoutResult& l = f.layout;
  l.width = 240;
  l.height = 330;
  l.nodes.push_back({"Start", 0, {120, 35, 100, 54}, text(m, "Start")});
  l.nodes.push_back({"Middle", 1, {120, 139, 110, 54}, text(m, "Middle", true)});
  l.nodes.push_back({"Choice", 2, {120, 260, 90, 90}, text(m, "Choice")});
  l.clusters.push_back({"box", 0, {120, 250, 200, 140}, {120, 192, 60, 24}, text(m, "Group")});
  EdgeRoute r1;
  r1.index = 0;
  r1.points = {{120, 62}, {120, 87}, {120, 112}};
  r1.curve = Curve::linear;
  r1.label = Box{120, 87, 30, 24};
  r1.text = text(m, "yes");
  EdgeRoute r2;
  r2.index = 1;
  r2.points = {{110, 166}, {100, 190}, {110, 215}};
  r2.curve = Curve::linear;
  EdgeRoute r3;
  r3.index = 2;
  r3.points = {{130, 166}, {140, 190}, {130, 215}};
  r3.curve = Curve::linear;
  l.edges = {r1, r2, r3};
  return f;
}

}  // namespace merrow::test
