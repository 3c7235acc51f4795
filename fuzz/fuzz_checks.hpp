// What every fuzzer asserts beyond "no crash": the stage contracts that are
// cheap to check (spans inside the text, finite geometry). A violation aborts,
// so libFuzzer saves the input like any other crash.
#pragma once
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <variant>
#include <vector>

#include "model/diagram.hpp"
#include "model/source.hpp"

namespace merrow::fuzz {

inline Source source_from(const uint8_t* data, size_t size) {
  return Source("fuzz.mmd", std::string(reinterpret_cast<const char*>(data), size));
}

inline void require(bool holds, const char* contract) {
  if (holds) return;
  std::fprintf(stderr, "contract violated: %s\n", contract);
  std::abort();
}

inline void require_inside(Span span, const Source& source, const char* what) {
  require(span.begin <= span.end && span.end <= source.text().size(), what);
}

inline void require_diagnostics_inside(const std::vector<Diagnostic>& diagnostics,
                                       const Source& source) {
  for (const auto& d : diagnostics) {
    require(!d.code.empty() && !d.message.empty(), "a diagnostic has a code and a message");
    require_inside(d.span, source, "diagnostic span inside the text");
    for (const auto& note : d.notes)
      if (note.span) require_inside(*note.span, source, "note span inside the text");
    if (d.fix)
      for (const auto& edit : d.fix->edits) require_inside(edit.span, source, "fix span inside the text");
    // The caret display of every emitter asks for these.
    (void)source.position(d.span.begin);
    (void)source.line_at(d.span.begin);
  }
}

// "Every span in the model is a byte range into Source::text()" (model/source.hpp).
inline void require_model_inside(const ParseResult& parsed, const Source& source) {
  if (const auto* chart = std::get_if<Flowchart>(&parsed.diagram)) {
    for (const auto& node : chart->nodes) require_inside(node.span, source, "node span");
    for (const auto& edge : chart->edges) {
      require_inside(edge.span, source, "edge span");
      const auto ends_valid = [&](const EdgeEnd& end) {
        return end.kind == EdgeEnd::Kind::node ? end.index < chart->nodes.size()
                                               : end.index < chart->subgraphs.size();
      };
      require(ends_valid(edge.from) && ends_valid(edge.to), "edge ends index the model");
    }
    for (const auto& sub : chart->subgraphs) {
      require_inside(sub.span, source, "subgraph span");
      for (auto member : sub.nodes) require(member < chart->nodes.size(), "subgraph member index");
    }
  } else if (const auto* map = std::get_if<Mindmap>(&parsed.diagram)) {
    for (const auto& node : map->nodes) {
      require_inside(node.span, source, "mindmap node span");
      require(node.parent < static_cast<int64_t>(map->nodes.size()), "mindmap parent index");
    }
  }
}

inline bool finite(double v) { return std::isfinite(v); }

}  // namespace merrow::fuzz
