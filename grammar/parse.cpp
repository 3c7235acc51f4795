// parse_diagram: mermaid's preprocessing, in mermaid's order, then the grammar
// of the detected type.
//   1. encoding: invalid UTF-8 or a NUL byte stops here (M001/M002);
//   2. a UTF-8 BOM is skipped (JavaScript's `\s` covers U+FEFF, so mermaid's
//      detectors skip it too);
//   3. YAML front matter (title, config); a YAML error fails the diagram (M203);
//   4. `%%{init: ...}%%` directives anywhere, merged after the front matter;
//      a directive that is not JSON is ignored by mermaid: a warning (M204);
//   5. detection of the type from the first keyword; nothing known is an error
//      (M201, mermaid's "No diagram type detected"), an empty text too (M003);
//   6. parse_flowchart / parse_mindmap from the keyword on, counting the
//      model against the Limits as it grows: the statement that crosses one
//      ends the parse with M190 and no model (a million-node chain stops at
//      node 200,001, not after building a million).
// Pre/post: see parse.hpp (never throws; spans inside the text).
#include "grammar/parse.hpp"

#include <exception>
#include <variant>

#include "grammar/common/make_diagnostic.hpp"
#include "grammar/flowchart/flowchart_parser.hpp"
#include "grammar/mindmap/mindmap_parser.hpp"
#include "grammar/preamble/detect.hpp"
#include "grammar/preamble/directives.hpp"
#include "grammar/preamble/encoding_check.hpp"
#include "grammar/preamble/front_matter.hpp"

namespace merrow {
namespace {

using grammar::DetectedKind;
using grammar::make_diagnostic;

uint32_t after_bom(std::string_view text) { return text.starts_with("\xEF\xBB\xBF") ? 3 : 0; }

Config read_config(const grammar::FrontMatter& front_matter, const grammar::DirectiveConfig& directives) {
  Config config;
  apply_config_json(config, front_matter.config);
  for (const auto& object : directives.configs) apply_config_json(config, object);
  if (front_matter.title) config.title = front_matter.title;
  return config;
}

Diagnostic detection_error(const grammar::Detection& detection, std::string_view text) {
  const uint32_t at = detection.keyword;
  if (detection.kind == DetectedKind::dashes) {
    return make_diagnostic("M203", "invalid-front-matter", Severity::error,
                           "the front matter opened with `---` never closes: mermaid fails with "
                           "\"Diagrams beginning with --- are not valid\"",
                           {at, at + 3},
                           "close it with an unindented `---` line (as indented as the opening one) "
                           "followed by a line break");
  }
  if (detection.empty) {
    return make_diagnostic("M003", "empty-diagram", Severity::error,
                           "no diagram: the text holds only whitespace, comments or directives "
                           "(mermaid: \"No diagram type detected\")",
                           {at, at}, "expected a diagram keyword such as `flowchart` or `mindmap`");
  }
  uint32_t end = at;
  while (end < text.size() && text[end] != '\n' && text[end] != ' ' && text[end] != '\t') ++end;
  return make_diagnostic("M201", "unknown-diagram-type", Severity::error,
                         "no diagram type detected: `" + std::string(text.substr(at, end - at)) +
                             "` is not a mermaid diagram keyword (keywords are case-sensitive)",
                         {at, end}, "expected `flowchart`, `graph` or `mindmap`");
}

// Runs one diagram grammar (parse_flowchart or parse_mindmap) from its keyword.
// A grammar stopped by a limit leaves a partial model: it is not handed on.
template <typename Model, typename Grammar>
void parse_model(ParseResult& result, const Source& source, uint32_t keyword, Config config, const Limits& limits,
                 Grammar grammar) {
  Model model;
  model.config = std::move(config);
  result.supported = true;
  if (grammar(source, keyword, model, result.diagnostics, limits)) result.diagram = std::move(model);
}

ParseResult parse_checked(const Source& source, const Limits& limits) {
  ParseResult result;
  const std::string_view text = source.text();
  const uint32_t begin = after_bom(text);

  const auto front_matter = grammar::read_front_matter(source, begin);
  if (front_matter.error) {
    result.diagnostics.push_back(*front_matter.error);
    return result;
  }
  const uint32_t body = front_matter.found ? front_matter.end : begin;
  auto init = grammar::read_init_directives(text, body);
  result.diagnostics = std::move(init.warnings);

  const auto detection = grammar::detect_diagram(text, body);
  result.type = detection.type;
  switch (detection.kind) {
    case DetectedKind::flowchart:
      parse_model<Flowchart>(result, source, detection.keyword, read_config(front_matter, init), limits,
                             parse_flowchart);
      break;
    case DetectedKind::mindmap:
      parse_model<Mindmap>(result, source, detection.keyword, read_config(front_matter, init), limits,
                           parse_mindmap);
      break;
    case DetectedKind::other:
    case DetectedKind::error_diagram:
      break;  // mermaid knows it, merrow does not check it: no diagnostic here
    case DetectedKind::dashes:
    case DetectedKind::none:
      result.diagnostics.push_back(detection_error(detection, text));
      break;
  }
  return result;
}

}  // namespace

namespace {

ParseResult parse_within(const Source& source, const Limits& limits) {
  if (auto bad = grammar::check_encoding(source.text())) {
    ParseResult result;
    result.diagnostics.push_back(std::move(*bad));
    return result;
  }
  try {
    return parse_checked(source, limits);
  } catch (const std::exception& e) {
    // The contract is "never throws": an internal failure (bad_alloc on a
    // hostile input) becomes a diagnostic rather than a crash.
    ParseResult result;
    result.diagnostics.push_back(make_diagnostic("M199", "internal-error", Severity::error,
                                                 std::string("merrow could not parse this text: ") + e.what(),
                                                 {0, 0}));
    return result;
  }
}

}  // namespace

ParseResult parse_diagram(const Source& source, const Limits& limits) {
  if (auto too_big = check_input_size(source, limits)) {
    ParseResult result;
    result.diagnostics.push_back(std::move(*too_big));
    return result;
  }
  ParseResult result = parse_within(source, limits);
  // No model: nothing to count, or a grammar stopped at a limit and said so.
  if (std::holds_alternative<std::monostate>(result.diagram)) return result;
  // The grammars count as they go; this is the same count on the finished
  // model, so no limit can pass unreported.
  auto exceeded = check_limits(source, result, limits);
  if (!exceeded.empty()) {
    result.diagram = std::monostate{};
    for (auto& diagnostic : exceeded) result.diagnostics.push_back(std::move(diagnostic));
  }
  return result;
}

}  // namespace merrow
