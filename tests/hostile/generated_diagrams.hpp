// Diagram texts built by program: the hostile-input tests and the benchmarks
// (bench/stages_bench.cpp) share them so both speak of the same inputs.
// Deterministic: no clocks, no std::random_device.
#pragma once
#include <cstdint>
#include <string>

namespace merrow::generated {

// `depth` subgraphs, each inside the previous one, with one node at the bottom.
inline std::string nested_subgraphs(size_t depth) {
  std::string text = "flowchart TD\n";
  text.reserve(depth * 20);
  for (size_t i = 0; i < depth; ++i) text += "subgraph s" + std::to_string(i) + "\n";
  text += "a\n";
  for (size_t i = 0; i < depth; ++i) text += "end\n";
  return text;
}

// n0 --> n1 --> ... one edge per line.
inline std::string chain(size_t nodes) {
  std::string text = "flowchart TD\n";
  text.reserve(nodes * 20);
  for (size_t i = 1; i < nodes; ++i)
    // Appended piecewise: GCC 12 misreports `"n" + std::to_string(...)` under -Wrestrict.
    text.append("n").append(std::to_string(i - 1)).append(" --> n").append(std::to_string(i)).append("\n");
  return text;
}

// `sources` distinct nodes with an edge each into `hub`.
inline std::string fan_in(size_t sources) {
  std::string text = "flowchart LR\n";
  text.reserve(sources * 16);
  for (size_t i = 0; i < sources; ++i) text.append("n").append(std::to_string(i)).append(" --> hub\n");
  return text;
}

// A flowchart shaped like real ones: labelled nodes of a few shapes, edges
// going mostly forward a short distance (so ranks stay narrow), some labelled
// or dotted edges, one subgraph per 50 nodes. About 1.5 edges per node.
// (The chain/fan_in generators above keep mermaid's 500-edge default on purpose.)
inline std::string realistic_flowchart(size_t nodes) {
  // Past 500 edges mermaid refuses it (M122) unless the site's config raises
  // maxEdges (a diagram's init directive cannot); merrow render draws it anyway.
  std::string text = "flowchart TD\n";
  text.reserve(nodes * 60);
  uint64_t state = 0x9E3779B97F4A7C15ull;  // a fixed seed: same text every run
  const auto next = [&state](uint64_t bound) {
    state = state * 6364136223846793005ull + 1442695040888963407ull;
    return (state >> 33) % bound;
  };
  static const char* const shapes[][2] = {{"[", "]"}, {"(", ")"}, {"{", "}"}, {"([", "])"}};
  const auto id = [](size_t i) {  // not "n" + ...: g++ 12 warns falsely (-Wrestrict)
    std::string s = "n";
    return s += std::to_string(i);
  };
  for (size_t i = 0; i < nodes; ++i) {
    if (i % 50 == 0 && i + 50 <= nodes) text += "subgraph group" + std::to_string(i / 50) + "\n";
    const auto& shape = shapes[next(4)];
    text += id(i) + shape[0] + "\"Step " + std::to_string(i) + "\"" + shape[1] + "\n";
    if (i % 50 == 49) text += "end\n";  // closes the group opened 49 nodes ago
  }
  for (size_t i = 0; i + 1 < nodes; ++i) {
    text += id(i) + (next(10) == 0 ? " -.-> " : " --> ") + id(i + 1 + next(4) % (nodes - i - 1)) + "\n";
    if (next(2) == 0 && i + 2 < nodes)
      text += id(i) + " -->|yes| " + id(i + 2 + next(8) % (nodes - i - 2)) + "\n";
  }
  return text;
}

// A realistic_flowchart of about `lines` lines (within 2%): per node it has one
// node line, ~1.5 edge lines and 0.04 subgraph lines.
inline std::string flowchart_of_lines(size_t lines) { return realistic_flowchart(lines * 10 / 25); }

}  // namespace merrow::generated
