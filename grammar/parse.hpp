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
// Within `limits`: a text over max_input_bytes is not parsed at all, and a
// model over any other limit is dropped (diagram = monostate) with an M190
// diagnostic per limit, so that no later stage spends time or memory on it.
ParseResult parse_diagram(const Source& source, const Limits& limits = Limits{});

}  // namespace merrow
