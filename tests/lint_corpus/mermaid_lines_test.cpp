// MermaidLines against mermaid itself: the expected lines are what
// `mermaid-ref parse` (mermaid 11.17.2) reported for these texts.
#include <catch2/catch.hpp>

#include "mermaid_lines.hpp"

using merrow::corpus::MermaidLines;

TEST_CASE("mermaid's line numbers skip comment lines, blank lines before them and directives") {
  // mermaid: "Parse error on line 3" (the `end-->C` line, line 8 of the text).
  const std::string text = "%% c\n\n%% d\n%%{init: {\"theme\": \"forest\"}}%%\ngraph TD\n  A-->B\n  %% inner\n  end-->C\n";
  const MermaidLines lines(text);
  CHECK(lines.original_line(3) == 8u);
  CHECK(lines.original_line(1) == 5u);
  CHECK(lines.is_end_of_input(5));  // 3 lines and a final "\n", then mermaid's own "\n"
  CHECK_FALSE(lines.is_end_of_input(4));
}

TEST_CASE("mermaid's line numbers skip the front matter and the blank lines after it") {
  // mermaid: "Parse error on line 2" (the `A[[x]` line, line 6 of the text).
  const MermaidLines lines("---\ntitle: x\n---\n\nflowchart LR\n  A[[x]\n");
  CHECK(lines.original_line(2) == 6u);
}

TEST_CASE("mermaid's line numbers: CRLF counts as one line break") {
  // mermaid: "Parse error on line 3" (the `C-->;` line, line 4 of the text).
  const MermaidLines lines("graph TD\r\n  A-->B\r\n  %% c\r\n  C-->;\r\n");
  CHECK(lines.original_line(3) == 4u);
}

TEST_CASE("mermaid's line numbers: a text without comments maps one to one") {
  const MermaidLines lines("graph TD\nA-->B\nB-- >C");
  CHECK(lines.original_line(2) == 2u);
  CHECK(lines.original_line(3) == 3u);
  CHECK(lines.is_end_of_input(4));  // mermaid's "line 4" for this text is its end
}
