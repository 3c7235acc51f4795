// check_limits on hand-built models: each limit reports M190 with the flag
// that raises it, and stays silent at exactly the limit.
#include <catch2/catch.hpp>

#include <cmath>

#include "model/limits.hpp"

using namespace merrow;

namespace {

Flowchart chain_of(size_t nodes) {
  Flowchart chart;
  for (size_t i = 0; i < nodes; ++i) {
    Node node;
    node.id.assign("n").append(std::to_string(i));  // not "n" + ...: GCC 12 -Wrestrict false positive
    node.span = {static_cast<uint32_t>(i), static_cast<uint32_t>(i + 1)};
    chart.nodes.push_back(node);
    if (i > 0) {
      Edge edge;
      edge.from.index = static_cast<uint32_t>(i - 1);
      edge.to.index = static_cast<uint32_t>(i);
      chart.edges.push_back(edge);
    }
  }
  return chart;
}

ParseResult parsed(Diagram diagram) {
  ParseResult result;
  result.diagram = std::move(diagram);
  result.supported = true;
  return result;
}

bool mentions(const Diagnostic& d, const std::string& flag) {
  for (const auto& note : d.notes)
    if (note.message.find(flag) != std::string::npos) return true;
  return false;
}

}  // namespace

TEST_CASE("check_limits is silent within the limits") {
  Source source("x.mmd", std::string(100, 'x'));
  Limits limits;
  limits.max_nodes = 10;
  limits.max_edges = 9;
  CHECK(check_limits(source, parsed(chain_of(10)), limits).empty());
}

TEST_CASE("check_limits names the node limit and its flag") {
  Source source("x.mmd", std::string(100, 'x'));
  Limits limits;
  limits.max_nodes = 5;
  const auto diagnostics = check_limits(source, parsed(chain_of(8)), limits);
  REQUIRE(diagnostics.size() == 1);
  CHECK(diagnostics[0].code == "M190");
  CHECK(diagnostics[0].name == "limit-exceeded");
  CHECK(diagnostics[0].severity == Severity::error);
  CHECK(diagnostics[0].message.find("8 nodes") != std::string::npos);
  CHECK(diagnostics[0].span.begin == 5);  // the first node past the limit
  CHECK(mentions(diagnostics[0], "--max-nodes"));
}

TEST_CASE("check_limits reports edges, long labels and deep nesting separately") {
  Source source("x.mmd", std::string(100, 'x'));
  Flowchart chart = chain_of(4);
  chart.nodes[2].label.text = std::string(33, 'a');
  for (uint32_t i = 0; i < 3; ++i) {
    Subgraph sub;
    sub.id = "s" + std::to_string(i);
    if (i > 0) sub.parent = i - 1;
    sub.span = {50 + i, 51 + i};
    chart.subgraphs.push_back(sub);
  }
  Limits limits;
  limits.max_edges = 2;
  limits.max_label_bytes = 32;
  limits.max_nesting = 2;
  const auto diagnostics = check_limits(source, parsed(chart), limits);
  REQUIRE(diagnostics.size() == 3);
  CHECK(mentions(diagnostics[0], "--max-edges"));
  CHECK(mentions(diagnostics[1], "--max-label-bytes"));
  CHECK(diagnostics[1].span.begin == 2);  // the node with the long label
  CHECK(mentions(diagnostics[2], "--max-nesting"));
  CHECK(diagnostics[2].span.begin == 52);  // the innermost subgraph
}

TEST_CASE("check_limits measures mindmap depth") {
  Source source("x.mmd", "mindmap\n  a\n");
  Mindmap map;
  for (uint32_t depth = 0; depth <= 4; ++depth) {  // the root is depth 0
    MindmapNode node;
    node.depth = depth;
    map.nodes.push_back(node);
  }
  Limits limits;
  limits.max_nesting = 3;
  const auto diagnostics = check_limits(source, parsed(map), limits);
  REQUIRE(diagnostics.size() == 1);
  CHECK(mentions(diagnostics[0], "--max-nesting"));
}

TEST_CASE("check_input_size stops oversized text before parsing") {
  Limits limits;
  limits.max_input_bytes = 8;
  CHECK_FALSE(check_input_size(Source("x.mmd", "graph TD"), limits));
  const auto too_big = check_input_size(Source("x.mmd", "graph TD\n"), limits);
  REQUIRE(too_big);
  CHECK(too_big->message.find("9 bytes") != std::string::npos);
  CHECK(mentions(*too_big, "--max-input-bytes"));
  // Unsupported or unparsable diagrams still get the size check.
  CHECK(check_limits(Source("x.mmd", "graph TD\n"), ParseResult{}, limits).size() == 1);
}

TEST_CASE("check_limits keeps spans inside the text") {
  Source source("x.mmd", "ab");
  Limits limits;
  limits.max_nodes = 1;
  const auto diagnostics = check_limits(source, parsed(chain_of(3)), limits);
  REQUIRE(diagnostics.size() == 1);
  CHECK(diagnostics[0].span.begin <= 2);
  CHECK(diagnostics[0].span.end <= 2);
}

TEST_CASE("check_output_pixels bounds the raster size, broken sizes included") {
  Limits limits;
  limits.max_output_pixels = 100 * 100;
  CHECK_FALSE(check_output_pixels(50, 50, 2, limits));
  CHECK(check_output_pixels(50, 51, 2, limits));
  CHECK(check_output_pixels(std::nan(""), 10, 1, limits));
  CHECK(check_output_pixels(1e300, 1e300, 1, limits));
  const auto too_big = check_output_pixels(1000, 1000, 1, limits);
  REQUIRE(too_big);
  CHECK(mentions(*too_big, "--max-output-pixels"));
}
