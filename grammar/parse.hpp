// Entry point of the grammar stage: text in, typed model + diagnostics out.
// Pre: any bytes (invalid UTF-8, NULs, huge input). Post: never throws; every
// diagnostic's span lies inside source.text().
#pragma once
#include "model/diagram.hpp"
#include "model/source.hpp"

namespace merrow {

// Detects the diagram type after front matter, comments and directives, then
// parses a flowchart or a mindmap. Other types give supported=false and no error.
ParseResult parse_diagram(const Source& source);

}  // namespace merrow
