// Entry point of the grammar stage: text in, typed model + diagnostics out.
// Pre: any bytes (invalid UTF-8, NULs, huge input). Post: never throws; every
// diagnostic's span lies inside source.text().
#pragma once
#include "model/diagram.hpp"
#include "model/limits.hpp"
#include "model/source.hpp"

namespace merrow {

// Detects the diagram type after front matter, comments and directives, then
// parses a flowchart or a mindmap. Other types give supported=false and no error.
// Within `limits`: a text over max_input_bytes is not parsed at all, and the
// grammar stops at the statement whose node, edge, nesting level or label
// crosses a limit: diagram = monostate, with an M190 diagnostic at that
// statement, so that no later stage (lint rules, layout, render) spends time
// or memory on a model that is incomplete.
ParseResult parse_diagram(const Source& source, const Limits& limits = Limits{});

}  // namespace merrow
