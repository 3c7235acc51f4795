#include "cli/limit_flags.hpp"

#include <CLI/CLI.hpp>
#include <iostream>

namespace merrow::cli {

void add_limit_flags(CLI::App& command, Limits& limits) {
  const std::string group = "Limits (a diagram over one gets M190 limit-exceeded)";
  command.add_option("--max-input-bytes", limits.max_input_bytes, "Largest diagram text, in bytes")
      ->capture_default_str()->group(group);
  command.add_option("--max-nodes", limits.max_nodes, "Most nodes in one diagram")
      ->capture_default_str()->group(group);
  command.add_option("--max-edges", limits.max_edges, "Most edges in one diagram")
      ->capture_default_str()->group(group);
  command.add_option("--max-label-bytes", limits.max_label_bytes, "Longest label, in bytes")
      ->capture_default_str()->group(group);
  command.add_option("--max-nesting", limits.max_nesting, "Deepest subgraph or mindmap nesting")
      ->capture_default_str()->group(group);
  command.add_option("--max-output-pixels", limits.max_output_pixels, "Largest image, width x height x scale^2")
      ->capture_default_str()->group(group);
}

void warn_past_mermaid_limits(ParseResult& parsed, const nlohmann::json& site_config, const std::string& where) {
  if (auto warning = accept_past_mermaid_edge_limit(parsed, site_max_edges(site_config)))
    std::cerr << "merrow: " << where << ": warning: " << warning->message << " [" << warning->code << "]\n";
}

}  // namespace merrow::cli
