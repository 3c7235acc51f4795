// Parse, then lay out whatever parsed: geometry must be finite and there is
// one box per node. Diagrams over the default limits are skipped, as the CLI
// will skip them (libFuzzer inputs rarely get there).
#include "fuzz_checks.hpp"
#include "grammar/parse.hpp"
#include "layout/layout.hpp"
#include "model/limits.hpp"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace merrow;
  const Source source = fuzz::source_from(data, size);
  const ParseResult parsed = parse_diagram(source);
  if (!check_limits(source, parsed, Limits{}).empty()) return 0;
  const FixedWidthMeasurer measurer;
  if (const auto* chart = std::get_if<Flowchart>(&parsed.diagram)) {
    const LayoutResult result = layout_flowchart(*chart, measurer);
    fuzz::require(contracts::layout_violation(result));
    fuzz::require(result.nodes.size() == chart->nodes.size(), "one box per flowchart node");
  } else if (const auto* map = std::get_if<Mindmap>(&parsed.diagram)) {
    const LayoutResult result = layout_mindmap(*map, measurer);
    fuzz::require(contracts::layout_violation(result));
    fuzz::require(result.nodes.size() == map->nodes.size(), "one box per mindmap node");
  }
  return 0;
}
