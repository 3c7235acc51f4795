// See detect.hpp.
#include "grammar/preamble/detect.hpp"

#include <algorithm>
#include <array>
#include <cctype>

#include "grammar/common/js_text.hpp"

namespace merrow::grammar {
namespace {

// Prefixes of the diagram types mermaid 11 registers besides flowchart and
// mindmap. Only their presence matters: merrow reports them as unsupported.
constexpr std::array kOtherTypes = {
    "C4Context", "C4Container", "C4Component", "C4Dynamic", "C4Deployment", "kanban",
    "classDiagram", "erDiagram", "gantt", "info", "pie", "requirement", "sequenceDiagram",
    "gitGraph", "stateDiagram", "journey", "timeline", "quadrantChart", "sankey", "packet",
    "xychart", "block", "zenuml", "architecture", "radar", "treemap", "venn", "ishikawa",
    "railroad", "wardley-beta", "eventmodeling", "usecase",
};

// Skips what detectType() strips before it looks: whitespace, directives and
// `%%` comments that end with a line break (anyCommentRegex needs the `\n`).
uint32_t skip_to_keyword(std::string_view text, uint32_t pos) {
  auto directive = next_directive(text, pos);  // the directives from `begin` on, one at a time
  while (true) {
    pos = skip_js_space(text, pos);
    while (directive && directive->span.begin < pos) directive = next_directive(text, directive->span.end);
    if (directive && directive->span.begin == pos) {
      pos = directive->span.end;
      continue;
    }
    if (starts_with_at(text, pos, "%%")) {
      const uint32_t end = line_end(text, pos);
      if (end < text.size()) {
        pos = end + 1;
        continue;
      }
    }
    return pos;
  }
}

std::string first_word(std::string_view text, uint32_t pos) {
  uint32_t end = pos;
  while (end < text.size() && js_space_length(text, end) == 0) ++end;
  return std::string(text.substr(pos, end - pos));
}

bool is_only_error(std::string_view rest) {
  const auto first = rest.find_first_not_of(" \t\r\n");
  if (first == std::string_view::npos) return false;
  const auto last = rest.find_last_not_of(" \t\r\n");
  const auto word = rest.substr(first, last - first + 1);
  if (word.size() != 5) return false;
  return std::equal(word.begin(), word.end(), "error", [](char a, char b) {
    return std::tolower(static_cast<unsigned char>(a)) == b;
  });
}

}  // namespace

Detection detect_diagram(std::string_view text, uint32_t begin) {
  Detection d;
  const uint32_t pos = skip_to_keyword(text, begin);
  d.keyword = pos;
  if (pos >= text.size()) {
    d.empty = true;
    return d;
  }
  if (is_only_error(text.substr(pos))) {
    d.kind = DetectedKind::error_diagram;
    d.type = "error";
  } else if (starts_with_at(text, pos, "---")) {
    d.kind = DetectedKind::dashes;
  } else if (starts_with_at(text, pos, "flowchart") || starts_with_at(text, pos, "graph")) {
    d.kind = DetectedKind::flowchart;
    d.type = "flowchart";
  } else if (starts_with_at(text, pos, "mindmap")) {
    d.kind = DetectedKind::mindmap;
    d.type = "mindmap";
  } else {
    for (const char* prefix : kOtherTypes) {
      if (starts_with_at(text, pos, prefix)) {
        d.kind = DetectedKind::other;
        d.type = first_word(text, pos);
        break;
      }
    }
  }
  return d;
}

}  // namespace merrow::grammar
