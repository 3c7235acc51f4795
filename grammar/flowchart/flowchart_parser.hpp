// The flowchart grammar's entry point, called by parse_diagram() once the
// preamble (front matter, directives, leading comments) has been read.
// Pre: `body_begin` is the byte offset of the `graph`/`flowchart` keyword;
// chart.config already holds front matter + directive config.
// Post: chart holds every statement that parsed; each syntax error is one
// diagnostic (statement-level recovery: parsing resumes at the next statement);
// never throws. Returns false when the chart crossed one of `limits`: reading
// stopped at that statement, the last diagnostic is the M190 naming it, and
// the partial chart must not be used.
#pragma once
#include <vector>

#include "model/diagnostic.hpp"
#include "model/flowchart.hpp"
#include "model/limits.hpp"
#include "model/source.hpp"

namespace merrow {

bool parse_flowchart(const Source& source, uint32_t body_begin, Flowchart& chart,
                     std::vector<Diagnostic>& diagnostics, const Limits& limits = Limits{});

}  // namespace merrow
