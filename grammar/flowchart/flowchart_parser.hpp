// The flowchart grammar's entry point, called by parse_diagram() once the
// preamble (front matter, directives, leading comments) has been read.
// Pre: `body_begin` is the byte offset of the `graph`/`flowchart` keyword;
// chart.config already holds front matter + directive config.
// Post: chart holds every statement that parsed; each syntax error is one
// diagnostic (statement-level recovery: parsing resumes at the next statement);
// never throws.
#pragma once
#include <vector>

#include "model/diagnostic.hpp"
#include "model/flowchart.hpp"
#include "model/source.hpp"

namespace merrow {

void parse_flowchart(const Source& source, uint32_t body_begin, Flowchart& chart,
                     std::vector<Diagnostic>& diagnostics);

}  // namespace merrow
