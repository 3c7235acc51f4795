// A diagram's text as lines, and proposed rewrites of single lines. The
// proposers (flowchart_layout.cpp, mindmap_layout.cpp) say how each line
// should read; format_diagram.cpp keeps the proposals that leave the meaning
// unchanged.
#pragma once
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "model/flowchart.hpp"
#include "model/mindmap.hpp"

namespace merrow::format {

struct TextLine {
  std::string_view text;  // without "\n" and a final "\r"
  uint32_t begin = 0;     // byte offset of the line in the diagram text
  bool cr = false;        // ended in "\r\n"
  bool eol = false;       // ended in a line break at all
};

std::vector<TextLine> split_lines(std::string_view text);

// Line `line` becomes `replacement` (no line breaks; zero lines deletes it).
struct Proposal {
  uint32_t line = 0;
  std::vector<std::string> replacement;
};

// Pre: `chart` was parsed from `text` without errors; spans index `text`.
std::vector<Proposal> propose_flowchart(std::string_view text, const std::vector<TextLine>& lines,
                                        const Flowchart& chart);
std::vector<Proposal> propose_mindmap(std::string_view text, const std::vector<TextLine>& lines, const Mindmap& map);

// Shared by the proposers.
// The statements of one flowchart line, split at `;` outside strings, brackets and `|...|`.
std::vector<std::string_view> split_statements(std::string_view line);
// A statement whose trailing spaces mean something to mermaid (a style's last
// value, a subgraph's title).
bool keeps_trailing_space(std::string_view statement);
// `s` starts with keyword `word` (not followed by an id character).
bool starts_with_word(std::string_view s, std::string_view word);
std::string_view trim(std::string_view s);
std::string_view trim_right(std::string_view s);
uint32_t line_of(const std::vector<TextLine>& lines, uint32_t offset);
// Deletions for blank runs (all but one), blank lines right after line
// `first_body` begins and after the last non-blank line; "" for blank lines
// holding whitespace. `skip[i]` lines are left alone.
void propose_blank_lines(const std::vector<TextLine>& lines, uint32_t first_body, const std::vector<bool>& skip,
                         std::vector<Proposal>& out);
// Lines of `%%{ ... }%%` directives from `first` on (they may span lines).
std::vector<bool> directive_lines(const std::vector<TextLine>& lines);

}  // namespace merrow::format
