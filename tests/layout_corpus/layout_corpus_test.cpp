// Lays out every flowchart mermaid accepts in ../shared/corpus and checks the
// drawing's hard properties: no node overlaps, no non-member inside a
// cluster box, no label overlaps, byte-identical JSON on a second run, and
// no edge through a node that is not one of its ends. Skips when the corpus
// is absent.
#include <catch2/catch.hpp>

#include <cmath>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>

#include "grammar/parse.hpp"
#include "layout/layout.hpp"
#include "layout/layout_json.hpp"

using namespace merrow;

namespace {

bool overlap(const Box& a, const Box& b, double slack) {
  return a.left() < b.right() - slack && b.left() < a.right() - slack && a.top() < b.bottom() - slack &&
         b.top() < a.bottom() - slack;
}

bool inside(const Box& b, Point p, double slack) {
  return p.x > b.left() + slack && p.x < b.right() - slack && p.y > b.top() + slack && p.y < b.bottom() - slack;
}

bool holds(const Flowchart& chart, SubgraphIndex s, NodeIndex v) {
  for (auto c = chart.nodes[v].parent; c; c = chart.subgraphs[*c].parent) if (*c == s) return true;
  return false;
}

bool holds_subgraph(const Flowchart& chart, SubgraphIndex outer, SubgraphIndex inner) {
  for (std::optional<SubgraphIndex> c = inner; c; c = chart.subgraphs[*c].parent) if (*c == outer) return true;
  return false;
}

bool is_end(const Flowchart& chart, const EdgeEnd& end, NodeIndex v) {
  return end.kind == EdgeEnd::Kind::node ? end.index == v : holds(chart, end.index, v);
}

struct Faults {
  int node_overlaps = 0, through_node = 0, non_members = 0, label_overlaps = 0, unstable = 0;
  std::vector<std::string> examples;
  void note(const std::string& id, const std::string& what) {
    if (examples.size() < 30) examples.push_back(id + ": " + what);
  }
};

void check_chart(const std::string& id, const Flowchart& chart, const LayoutResult& r, Faults& f) {
  const double slack = 0.5;
  for (size_t a = 0; a < r.nodes.size(); ++a)
    for (size_t b = a + 1; b < r.nodes.size(); ++b)
      if (overlap(r.nodes[a].box, r.nodes[b].box, slack)) ++f.node_overlaps, f.note(id, "overlap " + r.nodes[a].id + " " + r.nodes[b].id);
  for (const EdgeRoute& e : r.edges) {
    const Edge& edge = chart.edges[e.index];
    const std::vector<Point> samples = sample_path(e.path, 5);
    for (const NodeBox& n : r.nodes) {
      if (is_end(chart, edge.from, n.index) || is_end(chart, edge.to, n.index)) continue;
      for (const Point& p : samples) {
        if (inside(n.box, p, 1)) { ++f.through_node, f.note(id, e.from + "->" + e.to + " through " + n.id); break; }
      }
    }
  }
  for (const ClusterBox& c : r.clusters) {
    for (const NodeBox& n : r.nodes) {
      if (!holds(chart, c.index, n.index) && overlap(c.box, n.box, slack)) ++f.non_members, f.note(id, n.id + " in " + c.id);
    }
    for (const ClusterBox& d : r.clusters) {
      if (c.index < d.index && !holds_subgraph(chart, c.index, d.index) && !holds_subgraph(chart, d.index, c.index) &&
          overlap(c.box, d.box, slack)) {
        ++f.non_members, f.note(id, d.id + " overlaps " + c.id);
      }
    }
  }
  std::vector<Box> labels;
  for (const EdgeRoute& e : r.edges) if (e.label) labels.push_back(*e.label);
  for (size_t a = 0; a < labels.size(); ++a) {
    for (size_t b = a + 1; b < labels.size(); ++b) if (overlap(labels[a], labels[b], slack)) ++f.label_overlaps, f.note(id, "labels overlap");
    for (const NodeBox& n : r.nodes) if (overlap(labels[a], n.box, slack)) ++f.label_overlaps, f.note(id, "label on " + n.id);
  }
}

}  // namespace

TEST_CASE("every mermaid-valid corpus flowchart lays out cleanly") {
  const std::filesystem::path path = std::filesystem::path(MERROW_SHARED_DIR) / "corpus/mermaid-corpus.jsonl";
  if (!std::filesystem::exists(path)) {
    WARN("corpus absent: " << path);
    return;
  }
  std::ifstream in(path);
  const FixedWidthMeasurer measurer(0.5);
  Faults faults;
  int laid_out = 0;
  for (std::string line; std::getline(in, line);) {
    const auto entry = nlohmann::json::parse(line);
    if (entry.value("kind", "") != "flowchart" || !entry["mermaid"].value("valid", false)) continue;
    const std::string id = entry["id"];
    const ParseResult parsed = parse_diagram(Source(id, entry["text"].get<std::string>()));
    const auto* chart = std::get_if<Flowchart>(&parsed.diagram);
    if (chart == nullptr) continue;
    const LayoutResult result = layout_flowchart(*chart, measurer);
    check_chart(id, *chart, result, faults);
    if (layout_json(result) != layout_json(layout_flowchart(*chart, measurer))) ++faults.unstable, faults.note(id, "unstable");
    ++laid_out;
  }
  std::string examples;
  for (const std::string& example : faults.examples) examples += "\n  " + example;
  INFO("laid out " << laid_out << "; first faults:" << examples);
  CHECK(laid_out > 1000);
  CHECK(faults.node_overlaps == 0);
  // Routing pins bends where the basis curve would cut a corner through a
  // node (mermaid's own drawings of the corpus have 25 such edges).
  CHECK(faults.through_node == 0);
  CHECK(faults.non_members == 0);
  CHECK(faults.label_overlaps == 0);
  CHECK(faults.unstable == 0);
}
