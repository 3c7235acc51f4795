// merrow fmt: the canonical layout on small examples, Markdown pages changed
// only inside their blocks, broken diagrams left alone, and the command line
// (in place, --check, --diff, stdin).
#include <catch2/catch.hpp>

#include "../lint_cli/cli_helpers.hpp"
#include "format/format.hpp"
#include "format/same_meaning.hpp"
#include "grammar/parse.hpp"

using namespace merrow;

namespace {
std::string fmt(const std::string& text, bool markdown = false) { return format::format_text("t", text, markdown).text; }
}  // namespace

TEST_CASE("fmt: one statement per line, links and & spaced, bodies indented") {
  CHECK(fmt("graph TD\nA-->B;B-->C;\n") == "graph TD\n    A --> B\n    B --> C\n");
  CHECK(fmt("flowchart LR\nA-->|yes|B\nC-- no -->D\nE  &  F-.->G\n") ==
        "flowchart LR\n    A -->|yes| B\n    C -- no --> D\n    E & F -.-> G\n");
  CHECK(fmt("graph   LR\n  subgraph one [One]\n  a==>b\n   subgraph two\nc~~~d\nend\n end\n") ==
        "graph LR\n    subgraph one [One]\n        a ==> b\n        subgraph two\n            c ~~~ d\n        end\n    end\n");
  CHECK(fmt("graph TD\nA e1@-->B\n") == "graph TD\n    A e1@--> B\n");
}

TEST_CASE("fmt: comments, blank lines and directives") {
  CHECK(fmt("graph TD\n\n\nA-->B   \n%% a comment\n\n\n\nB-->C\n\n\n") ==
        "graph TD\n    A --> B\n    %% a comment\n\n    B --> C\n");
  const std::string directive = "%%{init: {'theme':'forest'}}%%\ngraph TD\nA-->B\n";
  CHECK(fmt(directive) == "%%{init: {'theme':'forest'}}%%\ngraph TD\n    A --> B\n");
  const std::string front = "---\ntitle:   x\n---\ngraph TD\nA-->B\n";
  CHECK(fmt(front) == "---\ntitle:   x\n---\ngraph TD\n    A --> B\n");
}

TEST_CASE("fmt: what it cannot prove safe stays as written") {
  // A label spanning lines: re-indenting its second line would change the label.
  const std::string multi = "graph TD\n    A[\"one\n  two\"]-->B\n";
  CHECK(fmt(multi) == multi);
  // `A&B` is one node id in mermaid: not spaced.
  CHECK(fmt("graph TD\nA&B-->C\n") == "graph TD\n    A&B --> C\n");
  // `#quot;` entity codes hold a `;` that separates nothing.
  CHECK(fmt("graph TD\nA[a #quot;b#quot;]-->B\n") == "graph TD\n    A[a #quot;b#quot;] --> B\n");
}

TEST_CASE("fmt: mindmap levels") {
  // The root at 2 and every node shifted by as much: mermaid's level is the
  // indentation minus the root's, and the edges below a node are drawn by it
  // (class edge-depth-<level + 1>), so the relative indentation stays.
  // A node's trailing spaces stay (mermaid keeps them in its label).
  CHECK(fmt("mindmap\nroot((R))\n    A\n        B\n        ::icon(fa fa-book)\n    C   \n") ==
        "mindmap\n  root((R))\n      A\n          B\n          ::icon(fa fa-book)\n      C   \n");
  CHECK(fmt("mindmap\n      root\n        A\n          B\n") == "mindmap\n  root\n    A\n      B\n");
  // A parent's level is what the model comparison holds the formatter to.
  const auto a = parse_diagram(Source("t", "mindmap\n  root\n    A\n      B\n"));
  const auto b = parse_diagram(Source("t", "mindmap\n  root\n      A\n        B\n"));
  CHECK(format::meaning_difference(a, b) == "mindmap node 1: level (indentation)");
}

TEST_CASE("fmt: a subgraph title's trailing spaces are kept (with them mermaid names the subgraph subGraphN)") {
  CHECK(fmt("graph TD\nsubgraph myTitle   \nc-->d\nend\n") == "graph TD\n    subgraph myTitle   \n        c --> d\n    end\n");
}

TEST_CASE("fmt: a broken diagram is left as it is, with its error") {
  const std::string broken = "graph TD\nA-->B[oops\nC-->D\n";
  const auto outcome = format::format_text("t", broken, false);
  CHECK(outcome.text == broken);
  REQUIRE(outcome.problems.size() == 1);
  CHECK(outcome.problems[0].code.starts_with("M1"));
  // Other diagram types are not merrow's to format.
  const std::string sequence = "sequenceDiagram\n  A->>B:   hi\n";
  CHECK(fmt(sequence) == sequence);
}

TEST_CASE("fmt: Markdown changes only inside the blocks, CRLF and quotes kept") {
  const std::string page =
      "# Title  \n\nText   with  spaces\n\n```mermaid\ngraph TD\nA-->B\n```\n\n> quote\n> ```mermaid\n> graph LR\n> "
      "X-->Y\n> ```\n\n```mermaid\ngraph TD\nA-->B[x\n```\n   trailing   \n";
  const std::string expected =
      "# Title  \n\nText   with  spaces\n\n```mermaid\ngraph TD\n    A --> B\n```\n\n> quote\n> ```mermaid\n> graph LR\n> "
      "    X --> Y\n> ```\n\n```mermaid\ngraph TD\nA-->B[x\n```\n   trailing   \n";
  const auto outcome = format::format_text("page.md", page, true);
  CHECK(outcome.text == expected);
  CHECK(outcome.diagrams == 3);
  CHECK(outcome.changed == 2);
  REQUIRE(outcome.problems.size() == 1);
  CHECK(outcome.problems[0].position.line == 19);  // host line of the broken block
  CHECK(fmt("graph TD\r\nA-->B;C-->D\r\n") == "graph TD\r\n    A --> B\r\n    C --> D\r\n");
}

TEST_CASE("fmt: a line range formats only those lines") {
  format::Options options;
  options.lines = std::pair<uint32_t, uint32_t>{3, 3};
  CHECK(format::format_text("t", "graph TD\nA-->B\nC-->D\n", false, options).text == "graph TD\nA-->B\n    C --> D\n");
}

TEST_CASE("fmt command: in place, --check, --diff, stdin") {
  test::Scratch dir("fmt-command");
  dir.write("a.mmd", "graph TD\nA-->B\n");
  dir.write("ok.mmd", "graph TD\n    A --> B\n");
  dir.write("doc.md", "text\n\n```mermaid\ngraph TD\nA-->B\n```\n");
  auto run = dir.merrow("fmt --check a.mmd ok.mmd doc.md");
  CHECK(run.exit_code == 1);
  CHECK(run.out == "would reformat a.mmd\nwould reformat doc.md\n");
  CHECK(dir.read("a.mmd") == "graph TD\nA-->B\n");
  run = dir.merrow("fmt --diff a.mmd");
  CHECK(run.exit_code == 1);
  CHECK(run.out.find("+    A --> B") != std::string::npos);
  run = dir.merrow("fmt a.mmd ok.mmd doc.md");
  CHECK(run.exit_code == 0);
  CHECK(dir.read("a.mmd") == "graph TD\n    A --> B\n");
  CHECK(dir.read("doc.md") == "text\n\n```mermaid\ngraph TD\n    A --> B\n```\n");
  CHECK(dir.merrow("fmt --check a.mmd ok.mmd doc.md").exit_code == 0);
  run = dir.merrow("fmt -", "graph LR\nX-->Y\n");
  CHECK(run.exit_code == 0);
  CHECK(run.out == "graph LR\n    X --> Y\n");
  dir.write("bad.mmd", "graph TD\nA-->B[x\n");
  run = dir.merrow("fmt bad.mmd");
  CHECK(run.exit_code == 1);
  CHECK(run.err.find("bad.mmd:3:1: error M101") != std::string::npos);
  CHECK(dir.read("bad.mmd") == "graph TD\nA-->B[x\n");
  CHECK(dir.merrow("fmt missing.mmd").exit_code == 2);
}

TEST_CASE("fmt: classDef, class, style and linkStyle grouped at the end when mermaid draws the same") {
  // Comments right above a moving statement move with it; statements leave subgraph bodies.
  CHECK(fmt("graph TD\n  classDef red fill:#f00\n  A-->B\n  %% colour A\n  class A red\n  B-->C\n"
            "  subgraph S\n    D\n    classDef blue fill:#00f\n  end\n  linkStyle 0 stroke:red\n  E-->F\n") ==
        "graph TD\n    A --> B\n    B --> C\n    subgraph S\n        D\n    end\n    E --> F\n\n"
        "    classDef red fill:#f00\n    %% colour A\n    class A red\n    classDef blue fill:#00f\n"
        "    linkStyle 0 stroke:red\n");
  // Already grouped: nothing moves again.
  const std::string grouped = "graph TD\n    A --> B\n\n    classDef red fill:#f00\n    class A red\n";
  CHECK(fmt(grouped) == grouped);
  // style of an existing node moves when no node is created after it
  // (every addVertex call advances mermaid's element-id counter).
  CHECK(fmt("graph TD\nA-->B\nstyle A fill:#f00\nB-->A\n") == "graph TD\n    A --> B\n    B --> A\n\n    style A fill:#f00\n");
  CHECK(fmt("graph TD\nA-->B\nstyle A fill:#f00\nB-->C\n") == "graph TD\n    A --> B\n    style A fill:#f00\n    B --> C\n");
}

TEST_CASE("fmt: styling statements stay where moving them could change the drawing") {
  const auto stays = [](const std::string& text, const std::string& line) {
    const std::string out = fmt(text);
    INFO(out);
    // Still before the last graph statement, which declares Z.
    CHECK(out.find(line) < out.rfind("Z"));
  };
  // class before its node exists: mermaid ignores it; after, it would apply.
  stays("graph TD\nclass A red\nA-->B\nZ\nclassDef red fill:#f00\n", "class A red");
  // style before its node exists creates the node there (its place in mermaid's node order).
  stays("graph TD\nstyle A fill:#f00\nB-->A\nZ\nclassDef red fill:#f00\n", "style A fill:#f00");
  // `interpolate default` sets the curve of the links defined after it.
  stays("graph TD\nA-->B\nlinkStyle default interpolate basis\nB-->C\nlinkStyle 0 stroke:red\nC-->Z\n", "linkStyle 0");
  // class on a subgraph inside its own body: the subgraph does not exist yet.
  stays("graph TD\nsubgraph S\nA\nclass S red\nend\nZ\nclassDef red fill:#f00\n", "class S red");
  // class order against a later `:::` decides which class's styles win.
  stays("graph TD\nA:::x --> B\nclass A y\nA:::z\nZ\n", "class A y");
  // `click` adds class `clickable`: the class order on the node would change.
  stays("graph TD\nA --> B\nclass A y\nclick A \"https://x\"\nZ\n", "class A y");
}

TEST_CASE("fmt: grouping inside Markdown keeps the block's prefix, and range formatting moves nothing") {
  CHECK(fmt("> ```mermaid\n> graph TD\n> classDef r fill:#f00\n> A-->B\n> ```\n", true) ==
        "> ```mermaid\n> graph TD\n>     A --> B\n>\n>     classDef r fill:#f00\n> ```\n");
  format::Options options;
  options.lines = std::pair<uint32_t, uint32_t>{1, 3};
  CHECK(format::format_text("t", "graph TD\nclassDef r fill:#f00\nA-->B\n", false, options).text ==
        "graph TD\n    classDef r fill:#f00\n    A --> B\n");
}

TEST_CASE("fmt: a style's trailing spaces are kept (mermaid keeps them in the value, and they can move a path)") {
  CHECK(fmt("graph TD\nA-->B\n  linkStyle 0 stroke-width: 2.0px \nstyle A fill:#f00  \n") ==
        "graph TD\n    A --> B\n\n    linkStyle 0 stroke-width: 2.0px \n    style A fill:#f00  \n");
  CHECK(fmt("graph TD\nA-->B\nB-->C; linkStyle 0 stroke:red ;C-->D\n") ==
        "graph TD\n    A --> B\n    B --> C\n    C --> D\n\n    linkStyle 0 stroke:red \n");
}

TEST_CASE("fmt: keywords as mermaid reads them") {
  // The `;` after the header ends it as a line break does.
  CHECK(fmt("graph TD;\nA-->B;\n") == "graph TD\n    A --> B\n");
  CHECK(fmt("graph TD\nsubgraph S\ndirection   LR\nA\nend\n") ==
        "graph TD\n    subgraph S\n        direction LR\n        A\n    end\n");
  // mermaid's keywords are case-sensitive (`Graph`, `End`, `Style` are syntax errors or ids there):
  // no spelling is normalised, and `TD` stays `TD` (the same as `TB`, but written so).
  CHECK(fmt("flowchart TD\nA\n") == "flowchart TD\n    A\n");
}
