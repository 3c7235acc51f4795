// Which diagram is this? mermaid's detectType() removes front matter,
// directives and `%%` comment lines, then asks each registered detector in
// order; the detectors are anchored, case-sensitive *prefix* tests:
// /^\s*graph/ accepts "graphTD" (the flowchart parser then rejects it) and
// "GRAPH TD" matches nothing ("No diagram type detected"). A text that still
// starts with `---` is mermaid's "Diagrams beginning with --- are not valid"
// (a front matter that never closed).
// Pre: `begin` is the offset after the front matter. Post: `keyword` is the
// offset of the diagram keyword when one was found.
#pragma once
#include <string>
#include <vector>

#include "grammar/preamble/directives.hpp"

namespace merrow::grammar {

enum class DetectedKind : uint8_t {
  flowchart,        // graph, flowchart, flowchart-elk
  mindmap,
  other,            // a mermaid diagram merrow does not check (sequenceDiagram, ...)
  error_diagram,    // the text "error": mermaid draws its error picture, no parse error
  dashes,           // starts with `---`: a front matter that never closed
  none,             // nothing mermaid knows, or no text at all
};

struct Detection {
  DetectedKind kind = DetectedKind::none;
  std::string type;       // "flowchart", "mindmap", or the keyword as written ("sequenceDiagram")
  uint32_t keyword = 0;   // offset of the keyword (or of the first unknown text)
  bool empty = false;     // kind none because only whitespace/comments/directives remain
};

Detection detect_diagram(std::string_view text, uint32_t begin);

}  // namespace merrow::grammar
