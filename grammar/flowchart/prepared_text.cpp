// See prepared_text.hpp.
#include "grammar/flowchart/prepared_text.hpp"

#include <algorithm>
#include <cctype>

#include "grammar/preamble/directives.hpp"

namespace merrow::flowchart_grammar {
namespace {

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\f' || c == '\v'; }

// cleanupComments: /^\s*%%(?!{)[^\n]+\n?/gm, on the text after the directives
// are gone (their spans are skipped here). A bare `%%` line is no comment for
// mermaid (it lexes as a node named "%%"); merrow drops it too (deviations.txt).
std::vector<Span> removed_spans(std::string_view text, uint32_t begin) {
  std::vector<Span> removed;
  for (const auto& directive : grammar::find_directives(text, begin)) removed.push_back(directive.span);
  std::vector<Span> cuts;
  std::size_t next_directive = 0;
  for (uint32_t line = begin; line < text.size();) {
    uint32_t eol = line;
    while (eol < text.size() && text[eol] != '\n') ++eol;
    while (next_directive < removed.size() && removed[next_directive].end <= line) ++next_directive;
    const bool in_directive = next_directive < removed.size() && removed[next_directive].begin < eol;
    uint32_t p = line;
    while (p < eol && is_space(text[p])) ++p;
    if (!in_directive && p + 1 < eol && text[p] == '%' && text[p + 1] == '%' &&
        (p + 2 >= eol || text[p + 2] != '{'))
      cuts.push_back(Span{line, std::min<uint32_t>(eol + 1, static_cast<uint32_t>(text.size()))});
    line = eol + 1;
  }
  // Merge both sorted lists into one sorted, disjoint list.
  std::vector<Span> merged;
  std::size_t i = 0, j = 0;
  while (i < removed.size() || j < cuts.size()) {
    const Span next = (j >= cuts.size() || (i < removed.size() && removed[i].begin < cuts[j].begin)) ? removed[i++]
                                                                                                     : cuts[j++];
    if (!merged.empty() && next.begin < merged.back().end)
      merged.back().end = std::max(merged.back().end, next.end);
    else
      merged.push_back(next);
  }
  return merged;
}

// cleanupText: inside `<tag ...>`, `="value"` becomes `='value'`, so a quoted
// label may hold `<span style="color:red">` without ending the string.
void single_quote_tag_attributes(std::string& text) {
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (text[i] != '<') continue;
    std::size_t j = i + 1;
    while (j < text.size() && (std::isalnum(static_cast<unsigned char>(text[j])) || text[j] == '_')) ++j;
    if (j == i + 1) continue;
    const std::size_t close = text.find('>', j);
    if (close == std::string::npos) return;
    for (std::size_t k = j; k + 1 < close; ++k) {
      if (text[k] != '=' || text[k + 1] != '"') continue;
      const std::size_t end = text.find('"', k + 2);
      if (end == std::string::npos || end > close) break;
      text[k + 1] = '\'';
      text[end] = '\'';
      k = end;
    }
    i = close;
  }
}

bool is_word(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
}

// encodeEntities' first two rules, `/style.*:\S*#.*;/g` and the same for
// classDef: on a line holding `style ... :...#... ;` the LAST `;` is dropped
// (here: blanked), so `style A fill:#f9f;` keeps its colour.
void drop_style_semicolons(std::string& text, std::string_view keyword) {
  for (std::size_t line = 0; line < text.size();) {
    std::size_t eol = text.find('\n', line);
    if (eol == std::string::npos) eol = text.size();
    const std::size_t in_line = std::string_view(text).substr(line, eol - line).find(keyword);
    const std::size_t at = in_line == std::string_view::npos ? std::string::npos : line + in_line;
    if (at != std::string::npos) {
      std::size_t last_semi = std::string::npos;
      for (std::size_t i = eol; i > at + keyword.size(); --i)
        if (text[i - 1] == ';') {
          last_semi = i - 1;
          break;
        }
      // A ':' then a run of non-blanks reaching a '#' that lies before that ';'.
      bool found = false;
      for (std::size_t c = at + keyword.size(); !found && last_semi != std::string::npos && c < last_semi; ++c) {
        if (text[c] != ':') continue;
        for (std::size_t h = c + 1; h < last_semi && !is_space(text[h]); ++h)
          if (text[h] == '#') {
            found = true;
            break;
          }
      }
      if (found) text[last_semi] = ' ';
    }
    line = eol + 1;
  }
}

// encodeEntities' `/#\w+;/g`.
void mark_entities(std::string& text) {
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (text[i] != '#') continue;
    std::size_t j = i + 1;
    while (j < text.size() && is_word(text[j])) ++j;
    if (j > i + 1 && j < text.size() && text[j] == ';') {
      text[i] = kEntityHash;
      text[j] = kEntitySemicolon;
      i = j;
    }
  }
}

}  // namespace

PreparedText::PreparedText(const Source& source, uint32_t body_begin)
    : clean_(source.text(), body_begin, removed_spans(source.text(), body_begin)), text_(clean_.text()) {
  single_quote_tag_attributes(text_);
  drop_style_semicolons(text_, "style");
  drop_style_semicolons(text_, "classDef");
  mark_entities(text_);
}

void remap_spans(const PreparedText& text, Flowchart& chart, std::vector<Diagnostic>& diagnostics,
                 std::size_t first_diagnostic) {
  auto map = [&](Span& span) { span = text.original(span); };
  auto map_decls = [&](std::vector<StyleDecl>& decls) {
    for (auto& d : decls) map(d.span);
  };
  map(chart.header);
  for (auto& n : chart.nodes) {
    map(n.span);
    map_decls(n.style);
  }
  for (auto& e : chart.edges) {
    map(e.span);
    map_decls(e.style);
  }
  for (auto& s : chart.subgraphs) {
    map(s.span);
    map_decls(s.style);
  }
  for (auto& c : chart.class_defs) {
    map(c.span);
    map_decls(c.decls);
  }
  for (auto& c : chart.class_statements) map(c.span);
  for (auto& s : chart.style_statements) {
    map(s.span);
    map_decls(s.decls);
  }
  for (auto& l : chart.link_styles) {
    map(l.span);
    map_decls(l.decls);
  }
  for (auto& c : chart.clicks) map(c.span);
  for (auto& w : chart.label_writes) map(w.span);
  for (std::size_t i = first_diagnostic; i < diagnostics.size(); ++i) {
    map(diagnostics[i].span);
    for (auto& note : diagnostics[i].notes)
      if (note.span) map(*note.span);
  }
}

}  // namespace merrow::flowchart_grammar
