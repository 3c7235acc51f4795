// layout_mindmap() on a generated 2,000-node mindmap shaped like written ones
// (12 first-level branches, fan-out 2-6, depth up to 6, labels of one to six
// words, every shape). Target: <= 20 ms. Measured with the fixed-width
// measurer (the layout alone) and with the HarfBuzz FontMeasurer that
// `merrow render` uses (layout + text shaping).
#include <benchmark/benchmark.h>

#include <string>

#include "layout/layout.hpp"
#include "render/text/font_measurer.hpp"

namespace {

using namespace merrow;

Mindmap generated_mindmap(uint32_t count) {
  Mindmap map;
  uint32_t seed = 2024;
  auto next = [&seed](uint32_t bound) { return seed = seed * 1664525u + 1013904223u, (seed >> 8) % bound; };
  const char* words[] = {"plan", "budget", "review", "design", "people", "tools", "research", "launch"};
  auto add = [&](int32_t parent) {
    MindmapNode node;
    const auto index = static_cast<uint32_t>(map.nodes.size());
    for (uint32_t w = 0, n = 1 + next(6); w < n; ++w) node.label.text += std::string(w ? " " : "") + words[next(8)];
    node.id = "n" + std::to_string(index);
    node.shape = static_cast<MindmapShape>(next(7));
    node.parent = parent;
    if (parent >= 0) {
      node.depth = map.nodes[static_cast<size_t>(parent)].depth + 1;
      map.nodes[static_cast<size_t>(parent)].children.push_back(index);
    }
    node.indent = 2 * node.depth;
    map.nodes.push_back(node);
  };
  add(-1);
  for (int b = 0; b < 12; ++b) add(0);
  // Grow breadth-first-ish: a random recent node that is not too deep gets children.
  while (map.nodes.size() < count) {
    const auto parent = static_cast<int32_t>(1 + next(static_cast<uint32_t>(map.nodes.size() - 1)));
    if (map.nodes[static_cast<size_t>(parent)].depth >= 6) continue;
    for (uint32_t k = 0, n = 2 + next(5); k < n && map.nodes.size() < count; ++k) add(parent);
  }
  return map;
}

void BM_MindmapLayoutFixedWidth(benchmark::State& state) {
  const Mindmap map = generated_mindmap(static_cast<uint32_t>(state.range(0)));
  const FixedWidthMeasurer measurer(0.55);
  for (auto _ : state) benchmark::DoNotOptimize(layout_mindmap(map, measurer));
}
BENCHMARK(BM_MindmapLayoutFixedWidth)->Arg(100)->Arg(2000)->Arg(20000)->Unit(benchmark::kMillisecond);

void BM_MindmapLayoutFonts(benchmark::State& state) {
  const Mindmap map = generated_mindmap(static_cast<uint32_t>(state.range(0)));
  const FontMeasurer measurer;
  layout_mindmap(map, measurer);  // load the fonts outside the timed loop
  for (auto _ : state) benchmark::DoNotOptimize(layout_mindmap(map, measurer));
}
BENCHMARK(BM_MindmapLayoutFonts)->Arg(2000)->Unit(benchmark::kMillisecond);

}  // namespace
