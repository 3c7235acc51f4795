// Geometric checks on a LayoutResult, with the same rules as mermaid-ref's
// layout-metrics.py, so the tests and the reported figures agree:
//  - overlap: two node boxes, each shrunk by 1px per side, share interior;
//  - crossing: two edge polylines properly intersect, ignoring points within
//    2px of any of their four ends or inside (2px margin) a shared end node;
//  - through node: an edge polyline enters a node box (shrunk by 1px) that
//    is not one of its two ends.
#pragma once
#include <string>
#include <vector>

#include "layout/result.hpp"

namespace merrow::test {

struct LayoutProblems {
  std::vector<std::string> overlaps, crossings, through_node;
  bool empty() const { return overlaps.empty() && crossings.empty() && through_node.empty(); }
  std::string describe() const;
};

LayoutProblems check_layout(const LayoutResult& layout);

// One line of mermaid-ref's layout schema, for `mermaid-ref metrics --json`.
std::string layout_json_line(const std::string& id, const LayoutResult& layout);

}  // namespace merrow::test
