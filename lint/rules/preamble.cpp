// What comes before the diagram body: the type keyword, YAML front matter and
// `%%{init}%%` directives. mermaid rejects an unknown type and broken front
// matter outright, and silently ignores an init directive that is not JSON.
#include <yaml-cpp/yaml.h>

#include <algorithm>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "lint/rules/families.hpp"
#include "lint/text_scan.hpp"

namespace merrow::lint {
namespace {

// Diagram type keywords mermaid 11 detects (the first word of a diagram).
const std::vector<std::string_view> kDiagramTypes = {
    "graph", "flowchart", "flowchart-elk", "mindmap", "sequenceDiagram", "classDiagram", "classDiagram-v2",
    "stateDiagram", "stateDiagram-v2", "erDiagram", "journey", "gantt", "pie", "quadrantChart",
    "requirementDiagram", "requirement", "gitGraph", "C4Context", "C4Container", "C4Component", "C4Dynamic",
    "C4Deployment", "timeline", "sankey-beta", "sankey", "xychart-beta", "xychart", "block-beta", "block",
    "packet-beta", "packet", "architecture-beta", "architecture", "kanban", "radar-beta", "treemap-beta",
    "treemap", "zenuml", "info", "venn-beta", "ishikawa-beta", "ishikawa", "wardley-beta"};

bool is_type_byte(char c) { return is_id_byte(c) || c == '-'; }

// The first word of the body, past front matter, blank lines, comments and
// directives (which may span lines).
Span first_word(std::string_view text) {
  size_t at = front_matter_end(text);
  while (at < text.size()) {
    const char c = text[at];
    if (c == ' ' || c == '\t' || c == '\r' || c == '\n') {
      ++at;
    } else if (text.substr(at, 3) == "%%{") {
      const size_t close = text.find("}%%", at);
      at = close == std::string_view::npos ? text.size() : close + 3;
    } else if (text.substr(at, 2) == "%%") {
      const size_t eol = text.find('\n', at);
      at = eol == std::string_view::npos ? text.size() : eol;
    } else {
      break;
    }
  }
  size_t end = at;
  while (end < text.size() && is_type_byte(text[end])) ++end;
  if (end == at && at < text.size()) ++end;  // a stray symbol: point at it
  return {static_cast<uint32_t>(at), static_cast<uint32_t>(end)};
}

bool known_type(std::string_view word) {
  return std::find(kDiagramTypes.begin(), kDiagramTypes.end(), word) != kDiagramTypes.end();
}

void check_type(const ParseResult& parse, Reporter& reporter) {
  // The grammar reports an empty text and an unknown type itself; this is
  // the fallback for a parser that does not.
  if (parse.supported || !parse.diagnostics.empty()) return;
  const Span word = first_word(reporter.text());
  const std::string_view type = reporter.text().substr(word.begin, word.end - word.begin);
  if (type.empty()) {
    reporter.report("M003", word, "there is no diagram here", "empty");
    return;
  }
  if (known_type(type)) {
    reporter.report("M004", word, backticked(type) + " diagrams are not checked by merrow; skipped",
                    "not checked");
    return;
  }
  std::string message = backticked(type) + " is not a diagram type mermaid knows";
  const std::string suggestion = closest(type, kDiagramTypes);
  auto& diagnostic = reporter.report("M201", word, message, "unknown diagram type");
  if (!suggestion.empty()) {
    diagnostic.message += "; did you mean `" + suggestion + "`?";
    diagnostic.fix = Fix{"replace with `" + suggestion + "`", {{word, suggestion}}, false};
  }
}

void check_front_matter(const ParseResult& parse, Reporter& reporter) {
  const std::string_view text = reporter.text();
  const uint32_t end = front_matter_end(text);
  if (end == 0) return;
  const bool parser_saw_it = std::any_of(parse.diagnostics.begin(), parse.diagnostics.end(),
                                         [&](const Diagnostic& d) { return d.span.begin < end; });
  if (parser_saw_it) return;
  const size_t yaml_begin = text.find('\n', text.find("---")) + 1;
  const size_t yaml_end = text.rfind("---", end);
  const std::string yaml(text.substr(yaml_begin, yaml_end > yaml_begin ? yaml_end - yaml_begin : 0));
  try {
    (void)YAML::Load(yaml);
  } catch (const YAML::Exception& e) {
    // Point at the line yaml-cpp names, inside the front matter.
    const uint32_t first_local_line = reporter.source().position(static_cast<uint32_t>(yaml_begin)).line -
                                      reporter.source().first_line();
    const uint32_t line = std::min(first_local_line + static_cast<uint32_t>(std::max(e.mark.line, 0)),
                                   reporter.source().line_count() - 1);
    const uint32_t at = reporter.source().line_start(line);
    const auto length = static_cast<uint32_t>(reporter.source().line_at(at).size());
    reporter.report("M203", {at, at + length}, "the YAML front matter does not parse: " + e.msg, "here");
  }
}

void check_directives(Reporter& reporter) {
  const std::string_view text = reporter.text();
  for (size_t at = text.find("%%{"); at != std::string_view::npos; at = text.find("%%{", at + 3)) {
    const size_t close = text.find("}%%", at + 3);
    const size_t stop = close == std::string_view::npos ? text.size() : close;
    const std::string_view inside = trim(text.substr(at + 3, stop - at - 3));
    size_t word_end = 0;
    while (word_end < inside.size() && is_id_byte(inside[word_end])) ++word_end;
    const std::string_view type = inside.substr(0, word_end);
    if (type != "init" && type != "initialize") continue;
    const Span span{static_cast<uint32_t>(at), static_cast<uint32_t>(close == std::string_view::npos
                                                                          ? stop
                                                                          : close + 3)};
    if (close == std::string_view::npos) {
      reporter.report("M204", span, "the init directive is never closed with `}%%`", "unclosed");
      return;
    }
    std::string_view args = trim(inside.substr(word_end));
    if (args.starts_with(':')) args = trim(args.substr(1));
    // mermaid turns every ' into " before JSON.parse, so single quotes are fine.
    std::string json(args);
    std::replace(json.begin(), json.end(), '\'', '"');
    const auto parsed = nlohmann::json::parse(json, nullptr, false);
    if (parsed.is_discarded() || !parsed.is_object()) {
      // mermaid's detectDirective() gives up at the first directive that does
      // not parse and returns none (grammar/preamble/directives.cpp): one
      // report, whatever follows it.
      reporter.report("M204", span,
                      "the init directive is not valid JSON (keys must be quoted), so mermaid ignores it, "
                      "and with it every init directive of the diagram",
                      "ignored by mermaid");
      return;
    }
  }
}

}  // namespace

void check_preamble(const ParseResult& parse, Reporter& reporter) {
  check_type(parse, reporter);
  check_front_matter(parse, reporter);
  check_directives(reporter);
}

}  // namespace merrow::lint
