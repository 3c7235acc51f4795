// What the grammar hands to the rest of the pipeline.
#pragma once
#include <string>
#include <variant>
#include <vector>

#include "model/diagnostic.hpp"
#include "model/flowchart.hpp"
#include "model/mindmap.hpp"

namespace merrow {

// monostate: nothing usable (an empty text, an unknown diagram type, or a
// syntax error that left no model).
using Diagram = std::variant<std::monostate, Flowchart, Mindmap>;

struct ParseResult {
  Diagram diagram;
  std::string type;  // "flowchart", "mindmap", or the detected other type ("sequenceDiagram")
  bool supported = false;  // flowchart or mindmap
  std::vector<Diagnostic> diagnostics;  // syntax errors (and parser warnings), in source order
  bool ok() const;  // no error-severity diagnostic and a model is present
};

}  // namespace merrow
