// The --max-* flags every command that parses shares; M190 diagnostics name them.
#pragma once
#include <string>

#include <nlohmann/json.hpp>

#include "model/diagram.hpp"
#include "model/limits.hpp"

namespace CLI {
class App;
}

namespace merrow::cli {

void add_limit_flags(CLI::App& command, Limits& limits);

// render and layout draw past mermaid's maxEdges (merrow is fast enough): the
// M122 error becomes a warning on stderr (`where`: file:line), or nothing when
// `site_config`'s maxEdges (the --config file, as mmdc's) admits the edges.
// lint keeps reporting M122 as the error mermaid gives.
void warn_past_mermaid_limits(ParseResult& parsed, const nlohmann::json& site_config, const std::string& where);

}  // namespace merrow::cli
