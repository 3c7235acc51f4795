// Configuration mermaid silently ignores: an unknown theme falls back to the
// default one, an unknown key does nothing. Both are usually typos.
#include <string>
#include <vector>

#include "lint/rules/families.hpp"
#include "lint/text_scan.hpp"

namespace merrow::lint {
namespace {

const std::vector<std::string_view> kThemes = {"default", "base", "dark", "forest", "neutral", "null",
                                               "neo", "neo-dark", "redux", "redux-dark", "redux-color",
                                               "redux-dark-color", "mc"};

// mermaid 11's MermaidConfig keys (config.type.ts), diagram sections included.
const std::vector<std::string_view> kTopLevelKeys = {
    "theme", "themeVariables", "themeCSS", "look", "handDrawnSeed", "layout", "maxTextSize", "maxEdges",
    "elk", "darkMode", "htmlLabels", "fontFamily", "altFontFamily", "logLevel", "securityLevel",
    "startOnLoad", "arrowMarkerAbsolute", "secure", "legacyMathML", "forceLegacyMathML", "deterministicIds",
    "deterministicIDSeed", "flowchart", "sequence", "gantt", "journey", "timeline", "class", "state", "er",
    "pie", "quadrantChart", "xyChart", "requirement", "architecture", "mindmap", "kanban", "gitGraph", "c4",
    "sankey", "packet", "block", "radar", "treemap", "venn", "ishikawa", "wardley", "wrap", "fontSize",
    "markdownAutoWrap", "suppressErrorRendering", "dompurifyConfig", "icons", "useMaxWidth", "zenuml",
    "eventmodeling", "userJourney", "classDiagram", "stateDiagram", "requirementDiagram", "titleTopMargin"};

const std::vector<std::string_view> kFlowchartKeys = {
    "titleTopMargin", "subGraphTitleMargin", "arrowMarkerAbsolute", "diagramPadding", "htmlLabels",
    "nodeSpacing", "rankSpacing", "curve", "padding", "defaultRenderer", "wrappingWidth", "inheritDir",
    "useMaxWidth", "useWidth", "nodeSpacing", "diagramMarginX", "diagramMarginY"};

const std::vector<std::string_view> kMindmapKeys = {"padding", "maxNodeWidth", "layoutAlgorithm", "useMaxWidth",
                                                    "useWidth"};

bool known(const std::vector<std::string_view>& keys, std::string_view key) {
  for (const auto candidate : keys) {
    if (candidate == key) return true;
  }
  return false;
}

// Where the key (or value) is written: its first whole-word occurrence; the
// diagram's first byte when it cannot be found.
Span locate(std::string_view text, std::string_view needle) {
  for (const uint32_t at : find_word(text, needle, {0, static_cast<uint32_t>(text.size())})) {
    return {at, at + static_cast<uint32_t>(needle.size())};
  }
  return {0, 0};
}

void check_keys(const nlohmann::json& object, const std::vector<std::string_view>& keys, std::string_view section,
                Reporter& reporter) {
  if (!object.is_object()) return;
  for (const auto& item : object.items()) {
    if (known(keys, item.key())) continue;
    std::string message = "mermaid has no " + std::string(section) + "configuration key `" + item.key() + "`";
    const std::string suggestion = closest(item.key(), keys);
    if (!suggestion.empty()) message += "; did you mean `" + suggestion + "`?";
    reporter.report("M218", locate(reporter.text(), item.key()), message, "unknown key");
  }
}

}  // namespace

void check_config(const Config& config, Reporter& reporter) {
  const nlohmann::json& raw = config.raw;
  if (!raw.is_object()) return;
  if (const auto theme = raw.find("theme"); theme != raw.end() && theme->is_string()) {
    const auto name = theme->get<std::string>();
    if (!known(kThemes, name)) {
      std::string message = "mermaid has no theme `" + name + "` and falls back to `default`";
      const std::string suggestion = closest(name, kThemes);
      if (!suggestion.empty()) message += "; did you mean `" + suggestion + "`?";
      reporter.report("M217", locate(reporter.text(), name), message, "unknown theme");
    }
  }
  check_keys(raw, kTopLevelKeys, "", reporter);
  if (const auto flowchart = raw.find("flowchart"); flowchart != raw.end()) {
    check_keys(*flowchart, kFlowchartKeys, "flowchart ", reporter);
  }
  if (const auto mindmap = raw.find("mindmap"); mindmap != raw.end()) {
    check_keys(*mindmap, kMindmapKeys, "mindmap ", reporter);
  }
}

}  // namespace merrow::lint
