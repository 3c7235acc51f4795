// Helpers for the flowchart grammar tests: parse a text that starts with its
// header and return the chart plus diagnostics.
#pragma once
#include <string>
#include <vector>

#include "grammar/flowchart/flowchart_parser.hpp"

namespace merrow::test {

struct Parsed {
  Flowchart chart;
  std::vector<Diagnostic> diagnostics;
  bool ok() const { return diagnostics.empty(); }
  const Node& node(const std::string& id) const { return chart.nodes.at(chart.node_by_id.at(id)); }
  std::string codes() const {
    std::string out;
    for (const auto& d : diagnostics) out += (out.empty() ? "" : ",") + d.code;
    return out;
  }
};

inline Parsed parse_text(const std::string& text) {
  Parsed p;
  Source source("test.mmd", text);
  parse_flowchart(source, 0, p.chart, p.diagnostics);
  return p;
}

}  // namespace merrow::test
