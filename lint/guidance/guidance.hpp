// Guidance for the syntax errors people really make: the parser says where
// reading stopped; these explainers look at the line as written and, when
// they recognise the mistake, replace the message with what went wrong and
// attach the fix (`A[Call init()]` -> `A["Call init()"]`, `classdef` ->
// `classDef`, `->` -> `-->`, `// note` -> `%% note`).
// Each explainer runs only on error diagnostics, so clean diagrams pay nothing.
// Pre: diagnostics' spans lie inside source.text().
// Post: an explained diagnostic keeps its span's line (a note may point
// elsewhere); a fix marked safe never changes the text mermaid draws.
#pragma once
#include <algorithm>
#include <string>
#include <string_view>
#include <vector>

#include "model/diagnostic.hpp"
#include "model/source.hpp"

namespace merrow::lint {

void add_guidance(const Source& source, std::vector<Diagnostic>& diagnostics);

namespace guidance {

// What an explainer sees: the diagnostic and the line it stands on.
struct Site {
  const Source& source;
  Diagnostic& diagnostic;
  uint32_t at;            // diagnostic.span.begin, clamped into the text
  uint32_t line_begin;    // offset of the line holding `at`
  std::string_view line;  // that line, without its line break

  std::string_view text() const { return source.text(); }
  // Within the line: `at` may sit on the line break ("\r" of a CRLF line,
  // which `line` leaves out), so substr(column()) is always safe.
  uint32_t column() const {
    const uint32_t c = at >= line_begin ? at - line_begin : 0;
    return std::min(c, static_cast<uint32_t>(line.size()));
  }
};

// Each returns true when it recognised the mistake and rewrote the diagnostic.
bool explain_unquoted_label(Site& site);          // labels.cpp: `(`, `[`, `"` in `[...]`, `(...)`, `|...|`
bool explain_mindmap_unquoted_text(Site& site);   // labels.cpp: `id1[Build (CMake)]`
bool explain_keyword_typo(Site& site);            // words.cpp: `classdef`, `Subgraph`, `clickk`
bool explain_header_typo(Site& site);             // words.cpp: `flowchar`, `mindmaps`, `graph td`
bool explain_foreign_habit(Site& site);           // words.cpp: `//` comments, `->`, `→`, `class A, B`
bool explain_keyword_as_id(Site& site);           // words.cpp: `A --> style`
bool explain_subgraph_end_title(Site& site);      // words.cpp: `subgraph Front end`

// Shared by the explainers.
Fix replace(uint32_t begin, uint32_t end, std::string replacement, std::string message, bool safe);
void rename(Diagnostic& diagnostic, std::string_view code, std::string_view name);

}  // namespace guidance
}  // namespace merrow::lint
