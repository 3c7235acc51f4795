// layout_flowchart() on generated flowcharts of 100, 1,000 and 10,000 nodes:
// about 1.5 edges per node, mostly between nearby nodes (as written
// flowcharts are), 10% of nodes in nested subgraphs, some back edges
// (cycles), labels on 10% of edges. Targets: 5 ms, 50 ms, 1 s.
#include <benchmark/benchmark.h>

#include <string>

#include "layout/layout.hpp"

namespace {

using namespace merrow;

Flowchart generated_flowchart(uint32_t count) {
  Flowchart chart;
  uint32_t seed = 12345;
  auto next = [&seed] { return seed = seed * 1664525u + 1013904223u, seed >> 8; };
  for (uint32_t v = 0; v < count; ++v) {
    Node node;
    node.id = "n" + std::to_string(v);
    node.label.text = "node " + std::to_string(v);
    chart.nodes.push_back(node);
  }
  // Every 100 nodes, the first ten sit in a subgraph whose last five are in a nested one.
  for (uint32_t block = 0; block * 100 < count; ++block) {
    const uint32_t first = block * 100;
    if (first + 10 > count) break;
    Subgraph outer, inner;
    outer.id = "s" + std::to_string(block);
    outer.title.text = outer.id;
    inner.id = outer.id + "i";
    inner.title.text = inner.id;
    const auto outer_index = static_cast<SubgraphIndex>(chart.subgraphs.size());
    inner.parent = outer_index;
    outer.children.push_back(outer_index + 1);
    for (uint32_t v = first; v < first + 10; ++v) {
      const bool nested = v >= first + 5;
      (nested ? inner : outer).nodes.push_back(v);
      chart.nodes[v].parent = nested ? outer_index + 1 : outer_index;
    }
    chart.subgraphs.push_back(outer);
    chart.subgraphs.push_back(inner);
  }
  auto add_edge = [&](uint32_t from, uint32_t to) {
    Edge edge;
    edge.from = {EdgeEnd::Kind::node, from};
    edge.to = {EdgeEnd::Kind::node, to};
    if (next() % 10 == 0) {
      edge.has_label = true;
      edge.label.text = "label";
    }
    chart.edges.push_back(edge);
  };
  for (uint32_t v = 1; v < count; ++v) add_edge(v - 1 - next() % std::min<uint32_t>(v, 8), v);
  for (uint32_t i = 0; i < count / 2; ++i) {
    const uint32_t a = next() % count, b = std::min(count - 1, a + 1 + next() % 12);
    if (a == b) continue;
    next() % 10 == 0 ? add_edge(b, a) : add_edge(a, b);  // one in ten goes back: cycles
  }
  return chart;
}

void BM_layout_flowchart(benchmark::State& state) {
  const Flowchart chart = generated_flowchart(static_cast<uint32_t>(state.range(0)));
  const FixedWidthMeasurer measurer(0.55);
  for (auto _ : state) benchmark::DoNotOptimize(layout_flowchart(chart, measurer));
  state.SetComplexityN(state.range(0));
}

}  // namespace

BENCHMARK(BM_layout_flowchart)->Arg(100)->Arg(1000)->Arg(10000)->Unit(benchmark::kMillisecond)->Complexity();
