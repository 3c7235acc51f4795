// See prepared_text.hpp.
#include "grammar/flowchart/prepared_text.hpp"

#include <algorithm>
#include <cctype>

#include "grammar/preamble/directives.hpp"

namespace merrow::flowchart_grammar {
namespace {

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\f' || c == '\v'; }

// Appends `span` to the sorted, disjoint `spans`, joined with the last one
// when they touch: a block of comment lines is one cut, not one per line.
void add_cut(std::vector<Span>& spans, Span span) {
  if (!spans.empty() && span.begin <= spans.back().end)
    spans.back().end = std::max(spans.back().end, span.end);
  else
    spans.push_back(span);
}

// cleanupComments: /^\s*%%(?!{)[^\n]+\n?/gm, on the text after the directives
// are gone (their spans are skipped here). A bare `%%` line is no comment for
// mermaid (it lexes as a node named "%%"); merrow drops it too (deviations.txt).
// One pass, directives and comment lines merged in order as they are found.
std::vector<Span> removed_spans(std::string_view text, uint32_t begin) {
  std::vector<Span> removed;
  auto directive = grammar::next_directive(text, begin);  // the first one not yet in `removed`
  uint32_t directive_end = 0;                             // the end of the last one added
  for (uint32_t line = begin; line < text.size();) {
    uint32_t eol = line;
    while (eol < text.size() && text[eol] != '\n') ++eol;
    for (; directive && directive->span.begin < eol; directive = grammar::next_directive(text, directive_end)) {
      add_cut(removed, directive->span);
      directive_end = directive->span.end;
    }
    // Directives are sorted and disjoint: if one overlaps this line, the last one added does.
    const bool in_directive = directive_end > line;
    uint32_t p = line;
    while (p < eol && is_space(text[p])) ++p;
    if (!in_directive && p + 1 < eol && text[p] == '%' && text[p + 1] == '%' &&
        (p + 2 >= eol || text[p + 2] != '{'))
      add_cut(removed, Span{line, std::min<uint32_t>(eol + 1, static_cast<uint32_t>(text.size()))});
    line = eol + 1;
  }
  for (; directive; directive = grammar::next_directive(text, directive->span.end)) add_cut(removed, directive->span);
  return removed;
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
    : clean_(source.text(), body_begin, removed_spans(source.text(), body_begin)) {
  std::string& text = clean_.text_to_rewrite();
  single_quote_tag_attributes(text);
  drop_style_semicolons(text, "style");
  drop_style_semicolons(text, "classDef");
  mark_entities(text);
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
  remap_spans(text, diagnostics, first_diagnostic);
}

void remap_spans(const PreparedText& text, std::vector<Diagnostic>& diagnostics, std::size_t first_diagnostic) {
  for (std::size_t i = first_diagnostic; i < diagnostics.size(); ++i) {
    diagnostics[i].span = text.original(diagnostics[i].span);
    for (auto& note : diagnostics[i].notes)
      if (note.span) note.span = text.original(*note.span);
  }
}

}  // namespace merrow::flowchart_grammar
