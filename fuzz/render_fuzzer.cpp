// The public API end to end (parse, layout with real fonts, scene, Cairo SVG)
// on arbitrary text: no crash, no exception, and the SVG is safe whatever the
// labels, links and styles held. Oversized diagrams are skipped as the CLI
// will skip them.
#include "fuzz_checks.hpp"
#include "grammar/parse.hpp"
#include "merrow/merrow.hpp"
#include "model/limits.hpp"
#include "tests/hostile/svg_safety.hpp"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace merrow;
  const Source source = fuzz::source_from(data, size);
  if (!check_limits(source, parse_diagram(source), Limits{}).empty()) return 0;
  const RenderResult svg = render(source.text(), OutputFormat::svg);
  if (svg.ok()) fuzz::require(svg_safety::first_unsafe(svg.data));
  return 0;
}
