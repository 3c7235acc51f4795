// The mindmap grammar: shapes, ids, quoted and markdown text, icons, classes,
// the tree by relative indentation, and each error of the error table with
// its position. Expected verdicts are mermaid 11's (see the corpus ids).
#include <catch2/catch.hpp>

#include <fstream>

#include <nlohmann/json.hpp>
#include <tao/pegtl/contrib/analyze.hpp>

#include "grammar/mindmap/mindmap_lexemes.hpp"
#include "grammar/mindmap/mindmap_parser.hpp"
#include "grammar/parse.hpp"

using namespace merrow;

namespace {

struct Parsed {
  Mindmap map;
  std::vector<Diagnostic> diagnostics;
  std::string text;
  bool ok() const {
    for (const auto& d : diagnostics)
      if (d.severity == Severity::error) return false;
    return true;
  }
  std::string code() const { return diagnostics.empty() ? "" : diagnostics[0].code; }
  Position where() const { return Source("t", text).position(diagnostics.at(0).span.begin); }
};

Parsed parse(std::string text) {
  Parsed p;
  p.text = std::move(text);
  const Source source("t.mmd", p.text);
  parse_mindmap(source, 0, p.map, p.diagnostics);
  return p;
}

}  // namespace

TEST_CASE("mindmap: no lexeme can match empty input (PEGTL analyze)") {
  CHECK(tao::pegtl::analyze<grammar::mindmap::lexeme::any_lexeme>() == 0);
}

TEST_CASE("mindmap: every shape") {
  const auto p = parse(
      "mindmap\n"
      "  root\n"
      "    a[square]\n"
      "    b(rounded)\n"
      "    c((circle))\n"
      "    d))bang((\n"
      "    e)cloud(\n"
      "    f{{hexagon}}\n"
      "    (no id)\n");
  REQUIRE(p.ok());
  REQUIRE(p.map.nodes.size() == 8);
  const auto& n = p.map.nodes;
  CHECK(n[0].shape == MindmapShape::plain);
  CHECK(n[1].shape == MindmapShape::square);
  CHECK(n[1].id == "a");
  CHECK(n[1].label.text == "square");
  CHECK(n[2].shape == MindmapShape::rounded);
  CHECK(n[3].shape == MindmapShape::circle);
  CHECK(n[4].shape == MindmapShape::bang);
  CHECK(n[5].shape == MindmapShape::cloud);
  CHECK(n[6].shape == MindmapShape::hexagon);
  CHECK(n[7].shape == MindmapShape::rounded);
  CHECK(n[7].id == "no id");
  for (size_t i = 1; i < n.size(); ++i) CHECK(n[i].parent == 0);
  CHECK(n[0].children.size() == 7);
}

TEST_CASE("mindmap: node spans cover id and shape") {
  const auto p = parse("mindmap\n  root\n    theId(child text)\n");
  REQUIRE(p.ok());
  const auto& child = p.map.nodes.at(1);
  CHECK(p.text.substr(child.span.begin, child.span.end - child.span.begin) == "theId(child text)");
  CHECK(child.indent == 4);
  CHECK(child.depth == 1);
}

TEST_CASE("mindmap: quoted and markdown text") {
  const auto p = parse("mindmap\n  id1[\"a (quoted) [text]\"]\n    id2[\"`**bold** and\nsecond line`\"]\n");
  REQUIRE(p.ok());
  CHECK(p.map.nodes[0].label.text == "a (quoted) [text]");
  CHECK(p.map.nodes[0].label.format == LabelFormat::plain);
  CHECK(p.map.nodes[1].label.text == "**bold** and\nsecond line");
  CHECK(p.map.nodes[1].label.format == LabelFormat::markdown);
}

TEST_CASE("mindmap: icons and classes decorate the node above them") {
  const auto p = parse("mindmap\n  root[The root]\n  ::icon(fa fa-book)\n  :::urgent large\n    child\n");
  REQUIRE(p.ok());
  CHECK(p.map.nodes[0].icon == "fa fa-book");
  CHECK(p.map.nodes[0].classes == std::vector<std::string>{"urgent", "large"});
  CHECK(p.map.nodes[1].parent == 0);
}

TEST_CASE("mindmap: the tree follows relative indentation; blank lines and comments are fine") {
  const auto p = parse(
      "mindmap\n"
      "    root\n"
      "      a\n"
      "\n"
      "        a1\n"
      "      %% a comment\n"
      "      b\n"
      "          b1\n"
      "        b2\n");
  REQUIRE(p.ok());
  const auto& n = p.map.nodes;
  REQUIRE(n.size() == 6);
  CHECK(n[1].parent == 0);
  CHECK(n[2].parent == 1);
  CHECK(n[3].parent == 0);  // b
  CHECK(n[4].parent == 3);  // b1
  CHECK(n[5].parent == 3);  // b2: less indented than b1 but deeper than b
  CHECK(n[4].depth == 2);
}

TEST_CASE("mindmap: a tab counts as one character of indentation") {
  const auto p = parse("mindmap\nroot\n\tchild\n\t\tgrandchild\n");
  REQUIRE(p.ok());
  CHECK(p.map.nodes[2].parent == 1);
}

TEST_CASE("mindmap: a second root is reported at its line, with why") {
  // spec-mindmap-66: "There can be only one root. No parent could be found for (\"fakeRoot\")"
  const auto p = parse("mindmap\nroot\nfakeRoot\n");
  REQUIRE(p.code() == "M202");
  CHECK(p.where().line == 3);
  CHECK(p.diagnostics[0].message.find("\"fakeRoot\"") != std::string::npos);
  REQUIRE(p.diagnostics[0].notes.size() == 1);
  CHECK(p.diagnostics[0].notes[0].span->begin == 8);
}

TEST_CASE("mindmap: a second root caused by mixing tabs and spaces says so") {
  const auto p = parse("mindmap\n    root\n\tchild\n");
  REQUIRE(p.code() == "M202");
  CHECK(p.where().line == 3);
  CHECK(p.diagnostics[0].message.find("tabs and spaces") != std::string::npos);
}

TEST_CASE("mindmap: levels are relative to the root's indentation") {
  // spec-mindmap-355~m1: the root indented 3, a node indented 1 has no parent.
  CHECK(parse("mindmap\n   root\n A\n").code() == "M202");
  CHECK(parse("mindmap\n   root\n    A\n").ok());
}

TEST_CASE("mindmap: an unclosed shape is reported where its text runs out, the opening in a note") {
  const auto p = parse("mindmap\n  root\n    child[text\n    other\n");
  REQUIRE(p.code() == "M153");
  CHECK(p.where().line == 5);  // the end of the text, the line mermaid names
  REQUIRE(p.diagnostics[0].notes.size() == 1);
  const Position opened = Source("t", p.text).position(p.diagnostics[0].notes[0].span->begin);
  CHECK(opened.line == 3);
  CHECK(opened.column == 10);
}

TEST_CASE("mindmap: empty shape, split text, lone brace") {
  CHECK(parse("mindmap\n  root[]\n").code() == "M154");
  CHECK(parse("mindmap\n  id[I am }a square]\n").code() == "M155");
  const auto brace = parse("mindmap\n  id{I am a hexagon}}\n");
  REQUIRE(brace.code() == "M150");
  CHECK(brace.where().column == 5);
}

TEST_CASE("mindmap: text after a node on the same line") {
  // cypress-mindmap-34~m0: `root[root]]`
  const auto p = parse("mindmap\nroot[root]]\n");
  REQUIRE(p.code() == "M156");
  CHECK(p.where().column == 11);
  CHECK(parse("mindmap\nroot[x] ::icon(y)\n").code() == "M156");
  // A `%%` comment after a node is fine (spec-mindmap-317).
  CHECK(parse("mindmap\nroot(Root)\n  a(a) %% comment\n").ok());
}

TEST_CASE("mindmap: a blank line right after the keyword is mermaid's error") {
  // "\n\n" lexes as SPACELINE, a statement that must be followed by a line break.
  const auto p = parse("mindmap\n\nroot\n");
  REQUIRE(p.code() == "M157");
  CHECK(p.where().line == 3);
  CHECK(parse("\n\nmindmap\nroot\n").ok());  // blank lines *before* it are fine
}

TEST_CASE("mindmap: header errors") {
  CHECK(parse("mindmaps\nroot\n").code() == "M151");
  CHECK(parse("mindmap").code() == "M152");
  CHECK(parse("mindmap\n::icon(x)\nroot\n").code() == "M158");
  // An icon that never closes: docs-mindmap-189~m0.
  CHECK(parse("mindmap\nroot\n  ::icon(mdi mdi-skull").code() == "M157");
}

TEST_CASE("mindmap: parse_diagram hands the config to the mindmap") {
  const auto r = parse_diagram(Source("t.mmd", "---\ntitle: T\n---\nmindmap\n  root((R))\n"));
  REQUIRE(r.ok());
  const auto& map = std::get<Mindmap>(r.diagram);
  CHECK(map.config.title == "T");
  CHECK(map.nodes.at(0).shape == MindmapShape::circle);
}

TEST_CASE("mindmap: 4,000 levels deep does not recurse") {
  // Depth costs indentation, so the text grows with depth squared: 4,000
  // levels are 8 MB. The tree is built with an explicit stack either way.
  std::string text = "mindmap\nroot\n";
  std::string indent;
  for (int i = 0; i < 4000; ++i) {
    indent += ' ';
    text += indent + "n\n";
  }
  const auto p = parse(text);
  REQUIRE(p.ok());
  CHECK(p.map.nodes.size() == 4001);
  CHECK(p.map.nodes.back().depth == 4000);
}

TEST_CASE("mindmap: every mindmap of the corpus gets mermaid's verdict") {
  int checked = 0;
  for (const char* name : {"mermaid-corpus.jsonl", "mutants.jsonl", "realworld.jsonl"}) {
    std::ifstream in(std::string(MERROW_SHARED_DIR) + "/corpus/" + name);
    REQUIRE(in);
    std::string line;
    while (std::getline(in, line)) {
      const auto item = nlohmann::json::parse(line);
      if (item["kind"] != "mindmap") continue;
      const auto r = parse_diagram(Source("corpus.mmd", item["text"].get<std::string>()));
      INFO(item["id"].get<std::string>() << ": " << (r.diagnostics.empty() ? "" : r.diagnostics[0].message));
      CHECK(r.ok() == item["mermaid"]["valid"].get<bool>());
      ++checked;
    }
  }
  CHECK(checked == 254);
}
