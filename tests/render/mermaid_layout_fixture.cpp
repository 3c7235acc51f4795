#include "mermaid_layout_fixture.hpp"

#include <cmath>
#include <fstream>

#include <nlohmann/json.hpp>

namespace merrow::test {
namespace {

TextBlock block(const std::vector<std::string>& lines, const TextMeasurer& m) {
  RichText rich;
  for (const auto& l : lines) rich.lines.push_back(TextLine{{TextRun{l, false, false, false}}});
  return layout_text(rich, FontSpec{}, m, 0);
}

void extend(std::vector<Point>& pts, bool at_start, double by) {
  if (pts.size() < 2) return;
  Point a = at_start ? pts[1] : pts[pts.size() - 2];
  Point& b = at_start ? pts.front() : pts.back();
  double dx = b.x - a.x, dy = b.y - a.y, len = std::hypot(dx, dy);
  if (len > 0) b = {b.x + dx / len * by, b.y + dy / len * by};
}

}  // namespace

MermaidLayoutFixture fixture_from_mermaid_layout(const std::string& json_path, const TextMeasurer& m,
                                                 const std::map<std::string, std::vector<std::string>>& lines,
                                                 Head heads, const std::map<std::string, Shape>& shapes) {
  MermaidLayoutFixture f;
  std::ifstream in(json_path);
  const nlohmann::json j = nlohmann::json::parse(in);
  f.layout.width = j["width"].get<double>();
  f.layout.height = j["height"].get<double>();
  for (const auto& n : j["nodes"]) {
    Node node;
    node.id = n["id"].get<std::string>();
    std::vector<std::string> text = lines.count(node.id) ? lines.at(node.id)
                                                         : std::vector<std::string>{n["label"].get<std::string>()};
    node.label.text = text.front();
    if (shapes.count(node.id)) node.shape = shapes.at(node.id);
    auto index = static_cast<NodeIndex>(f.chart.nodes.size());
    f.chart.node_by_id[node.id] = index;
    f.chart.nodes.push_back(node);
    f.layout.nodes.push_back({node.id, index,
                              {n["x"].get<double>(), n["y"].get<double>(), n["width"].get<double>(),
                               n["height"].get<double>()},
                              block(text, m)});
  }
  for (const auto& c : j["clusters"]) {
    Subgraph s;
    s.id = c["id"].get<std::string>();
    auto index = static_cast<SubgraphIndex>(f.chart.subgraphs.size());
    f.chart.subgraphs.push_back(s);
    Box box{c["x"].get<double>(), c["y"].get<double>(), c["width"].get<double>(), c["height"].get<double>()};
    TextBlock title = block({c["label"].get<std::string>()}, m);
    f.layout.clusters.push_back({s.id, index, box, {box.cx, box.top() + title.height / 2, title.width, title.height}, title});
  }
  for (const auto& e : j["edges"]) {
    Edge edge;
    edge.from = {EdgeEnd::Kind::node, f.chart.node_by_id[e["from"].get<std::string>()]};
    edge.to = {EdgeEnd::Kind::node, f.chart.node_by_id[e["to"].get<std::string>()]};
    edge.head_start = heads;
    edge.head_end = heads;
    EdgeRoute route;
    route.index = static_cast<uint32_t>(f.chart.edges.size());
    for (const auto& p : e["points"]) route.points.push_back({p[0].get<double>(), p[1].get<double>()});
    if (heads == Head::arrow) {
      extend(route.points, true, 4);
      extend(route.points, false, 4);
    }
    route.curve = Curve::linear;
    f.chart.edges.push_back(edge);
    f.layout.edges.push_back(route);
  }
  return f;
}

}  // namespace merrow::test
