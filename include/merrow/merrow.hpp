// merrow's public library API: Mermaid flowcharts and mindmaps, parsed, laid
// out and rendered to memory without a browser. Only standard types cross
// this boundary; everything else is internal.
//
//   std::string svg = merrow::render_svg("flowchart LR\n  A --> B\n");
//
// Thread-safety: every function may be called from several threads.
// Post: never throws; failures come back as RenderResult::error.
#pragma once
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace merrow {

enum class OutputFormat : unsigned char { svg, png, pdf };

struct RenderOptions {
  std::string theme;          // default, neutral, dark, forest, base ("" = the diagram's own)
  std::string config_json;    // a mermaid config object, as mmdc's --configFile holds
  double scale = 1;           // PNG device pixel ratio
  std::optional<double> width, height;  // fit the drawing into this size (px)
  std::string background;     // a CSS colour or "transparent" ("" = white, as mmdc)
  std::string svg_id;         // SVG: the root id and the prefix of every id inside (mmdc's --svgId);
                              // "" = derived from the drawing, so inlined SVGs never share ids
};

struct RenderResult {
  std::string data;   // the image bytes
  std::string error;  // why nothing was rendered ("" when ok)
  std::string type;   // the detected diagram type ("flowchart", "mindmap", ...)
  bool ok() const { return error.empty(); }
};

struct ParseReport {
  bool ok = false;                  // a flowchart or mindmap mermaid would render
  std::string type;                 // "flowchart", "mindmap", or the other detected type
  std::vector<std::string> errors;  // "line:column: message", in source order
};

// Parses the first diagram of `text` (no layout, no fonts).
ParseReport parse(std::string_view text);

// mermaid-ref's layout schema ({"width", "height", "nodes", "edges", ...}),
// text measured with the fonts render draws with; "" when nothing to lay out.
std::string layout_json(std::string_view text, const RenderOptions& options = {});

// Parses, lays out and draws the first diagram of `text` (Mermaid source).
RenderResult render(std::string_view text, OutputFormat format, const RenderOptions& options = {});

// Shorthands: the image bytes, or "" on any error.
std::string render_svg(std::string_view text, const RenderOptions& options = {});
std::string render_png(std::string_view text, const RenderOptions& options = {});
std::string render_pdf(std::string_view text, const RenderOptions& options = {});

}  // namespace merrow
