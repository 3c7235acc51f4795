// Diagnostics: codes from the error table, positions, recovery, hostile input.
#include <catch2/catch.hpp>

#include <tao/pegtl/contrib/analyze.hpp>

#include "flowchart_test_util.hpp"
#include "grammar/flowchart/statements.hpp"

using merrow::test::parse_text;

TEST_CASE("flowchart errors: the grammar has no rule that loops without consuming") {
  namespace g = merrow::flowchart_grammar;
  CHECK(tao::pegtl::analyze<g::line>(1) == 0);
  CHECK(tao::pegtl::analyze<g::header>(1) == 0);
}

TEST_CASE("flowchart errors: an unclosed bracket is reported where reading stops, its opener in a note") {
  const std::string text = "graph TD\n    A[Generalforsamling --> B\n";
  auto p = parse_text(text);
  REQUIRE(p.diagnostics.size() == 1);
  const auto& d = p.diagnostics[0];
  CHECK(d.code == "M101");
  CHECK(d.name == "unclosed-bracket");
  CHECK(d.message == "node label opened with '[' is never closed");
  CHECK(d.label == "expected ']' before end of input");
  CHECK(d.span.begin == text.size());  // mermaid's parser names the end too
  REQUIRE(d.notes.size() == 1);
  CHECK(d.notes[0].message == "'[' opened here");
  REQUIRE(d.notes[0].span);
  CHECK(d.notes[0].span->begin == text.find('['));
}

TEST_CASE("flowchart errors: one diagnostic per broken statement (recovery)") {
  auto p = parse_text("graph TD\nA-->;\nB-->C\nD-->E]\nE((x)\nF-->G\n");
  CHECK(p.codes() == "M105,M111,M101");
  CHECK(p.chart.edges.size() == 2);  // B-->C and F-->G survive
}

TEST_CASE("flowchart errors: what an unclosed label swallowed is not parsed again") {
  // mermaid reads lines 3-4 as the label's text and fails at `(` on line 5;
  // re-reading them would report D-->; first, before the real mistake.
  auto p = parse_text("graph TD\nA[oops\nB-->C\nD-->;\nE((x)\nF-->G\n");
  CHECK(p.codes() == "M101");
  CHECK(p.chart.edges.size() == 1);  // F-->G
}

TEST_CASE("flowchart errors: keyword as node id") {
  auto p = parse_text("graph TD\nA --> end\n");
  REQUIRE(p.diagnostics.size() == 1);
  CHECK(p.diagnostics[0].code == "M112");
  CHECK(p.diagnostics[0].span.begin == 15);
}

TEST_CASE("flowchart errors: unclosed string and pipe") {
  CHECK(parse_text("graph TD\nA[\"open]\n").codes() == "M102");
  CHECK(parse_text("graph TD\nA-->|x B\n").codes().starts_with("M10"));
}

TEST_CASE("flowchart errors: hostile input never crashes") {
  const std::string nul("graph TD\nA\0B-->C\n", 17);
  parse_text(nul);
  parse_text("graph TD\nA[\xff\xfe]-->\xc3\n");
  std::string long_line = "graph TD\n";
  for (int i = 0; i < 200000; ++i) {
    long_line += 'a';
    long_line += std::to_string(i);
    long_line += "-->";
  }
  long_line += "z\n";
  // One statement of 200,001 nodes: merrow's node limit (200,000) stops it
  // while its vertices are counted, before its edges reach maxEdges (M122).
  CHECK(parse_text(long_line).codes() == "M190");
  std::string huge_label = "graph TD\nA[";
  huge_label.append(10'000'000, 'x');
  huge_label.append("]\n");
  CHECK(parse_text(huge_label).codes() == "M190");  // read whole, then refused by --max-label-bytes
  // LINK_ID looks across the whole space-free run: it must not rescan it per token.
  std::string no_spaces = "graph TD\n";
  no_spaces.append(2'000'000, 'a');
  no_spaces.append("@b\n");
  CHECK(parse_text(no_spaces).codes() == "M111");
  SUCCEED();
}

TEST_CASE("flowchart errors: a subgraph without `end` is missed at the end, the subgraph in a note") {
  const std::string text = "graph TD\nsubgraph one\nA-->B\n";
  auto p = parse_text(text);
  REQUIRE(p.codes() == "M110");
  CHECK(p.diagnostics[0].span.begin == text.size());
  REQUIRE(p.diagnostics[0].notes.size() == 1);
  REQUIRE(p.diagnostics[0].notes[0].span);
  CHECK(p.diagnostics[0].notes[0].span->begin == text.find("one"));
}

TEST_CASE("flowchart errors: an unclosed quote inside @{ } runs to the end of the input") {
  const std::string text = "flowchart TB\nD@{ shape: rounded, label: \"D\nE-->F\n";
  auto p = parse_text(text);
  REQUIRE(p.codes() == "M114");
  CHECK(p.diagnostics[0].span.begin == text.size());
  // Closed across lines, it is one (multi-line) label, as in mermaid.
  CHECK(parse_text("flowchart TB\nD@{ label: \"a\nb\" }\n").codes().empty());
}

TEST_CASE("flowchart errors: text may follow a string in a link label, as in mermaid") {
  // mermaid 11 accepts these (edgeText: edgeText edgeTextToken | STR | MD_STR).
  auto p = parse_text("flowchart LR\nA -- \"yes\" no --> B\nC == \"x\" y ==> D\nE -. \"p\" q .-> F\n");
  CHECK(p.codes().empty());
  REQUIRE(p.chart.edges.size() == 3);
  CHECK(p.chart.edges[0].label.text == "yes no");
  // ... but not precede it (mermaid: "Expecting 'LINK', ... got 'STR'").
  CHECK(parse_text("flowchart LR\nA -- no \"yes\" --> B\n").codes() == "M106");
}

TEST_CASE("flowchart errors: an accDescr block left open runs to the end, as in mermaid") {
  CHECK(parse_text("flowchart LR\naccDescr {\nA-->B\n").codes().empty());
}
