// The configuration that reaches a diagram: front matter `config:` merged with
// `%%{init: ...}%%` directives (later wins), then with the CLI's --config and
// --theme. Typed fields for what merrow acts on; `raw` keeps the merged JSON
// for lint rules (unknown keys) and pass-through.
#pragma once
#include <map>
#include <optional>
#include <string>

#include <nlohmann/json.hpp>

namespace merrow {

struct FlowchartConfig {
  double node_spacing = 50;
  double rank_spacing = 50;
  double diagram_padding = 8;
  double padding = 15;           // label padding inside a node
  double wrapping_width = 200;   // markdown labels wrap at this width
  std::string curve = "basis";   // basis, linear, step, stepBefore, stepAfter, monotoneX, ...
  // flowchart.htmlLabels: in mermaid 11.17 only edge labels read it, and
  // only when the top-level htmlLabels is unset (mermaid-ref).
  std::optional<bool> html_labels;
};

struct MindmapConfig {
  double padding = 10;
  double max_node_width = 200;
};

struct Config {
  std::string theme = "default";  // default, neutral, dark, forest, base
  // themeVariables as written (primaryColor -> "#fff4dd"); values kept as text.
  std::map<std::string, std::string> theme_variables;
  // themeVariables of the site configuration (`merrow render --config`, as
  // mmdc's configFile): mermaid takes them as given, while the diagram's own
  // (theme_variables: directives, front matter) pass its sanitizer first.
  std::map<std::string, std::string> site_theme_variables;
  std::string font_family = "\"trebuchet ms\", verdana, arial, sans-serif";
  double font_size = 16;
  std::string look = "classic";  // classic, handDrawn
  std::string layout = "dagre";  // dagre, elk (merrow lays out both with its own engine)
  std::optional<std::string> title;  // front matter title
  std::optional<bool> html_labels;   // top-level htmlLabels: every label
  FlowchartConfig flowchart;
  MindmapConfig mindmap;
  nlohmann::json raw = nlohmann::json::object();
};

// Whether mermaid draws node labels and subgraph titles / edge labels as
// html (<foreignObject>) or as SVG <text> (layout/text/svg_text_block.hpp).
inline bool html_node_labels(const Config& config) { return config.html_labels.value_or(true); }
inline bool html_edge_labels(const Config& config) {
  return config.html_labels.value_or(config.flowchart.html_labels.value_or(true));
}

// Applies a mermaid config object ({"theme": ..., "themeVariables": {...},
// "flowchart": {...}, ...}) on top of `config` (typed fields and raw).
void apply_config_json(Config& config, const nlohmann::json& object);

}  // namespace merrow
