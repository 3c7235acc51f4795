// Parse, then lay out whatever parsed: geometry must be finite and the result
// must describe the model it came from. Diagrams over the default limits are
// skipped the way the CLI will skip them (libFuzzer inputs rarely get there).
#include "fuzz_checks.hpp"
#include "grammar/parse.hpp"
#include "layout/layout.hpp"
#include "model/limits.hpp"

namespace {

using namespace merrow;

void require_finite(const Box& box, const char* what) {
  fuzz::require(fuzz::finite(box.cx) && fuzz::finite(box.cy) && fuzz::finite(box.width) &&
                    fuzz::finite(box.height) && box.width >= 0 && box.height >= 0,
                what);
}

void require_sane(const LayoutResult& result) {
  fuzz::require(fuzz::finite(result.width) && fuzz::finite(result.height) && result.width >= 0 &&
                    result.height >= 0,
                "layout size finite and non-negative");
  for (const auto& node : result.nodes) require_finite(node.box, "node box finite");
  for (const auto& cluster : result.clusters) require_finite(cluster.box, "cluster box finite");
  for (const auto& edge : result.edges)
    for (const auto& point : edge.points)
      fuzz::require(fuzz::finite(point.x) && fuzz::finite(point.y), "edge points finite");
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const Source source = fuzz::source_from(data, size);
  const ParseResult parsed = parse_diagram(source);
  if (!check_limits(source, parsed, Limits{}).empty()) return 0;
  const FixedWidthMeasurer measurer;
  if (const auto* chart = std::get_if<Flowchart>(&parsed.diagram)) {
    const LayoutResult result = layout_flowchart(*chart, measurer);
    require_sane(result);
    fuzz::require(result.nodes.size() == chart->nodes.size(), "one box per flowchart node");
  } else if (const auto* map = std::get_if<Mindmap>(&parsed.diagram)) {
    const LayoutResult result = layout_mindmap(*map, measurer);
    require_sane(result);
    fuzz::require(result.nodes.size() == map->nodes.size(), "one box per mindmap node");
  }
  return 0;
}
