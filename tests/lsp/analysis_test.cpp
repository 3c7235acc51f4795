// The server's block cache, in process: a change inside one Markdown block
// re-lints that block only, and a page holding the same diagram twice lints it once.
#include <catch2/catch.hpp>

// The LSP code lives in the merrow executable, not a library: compiled in here.
#include "../../cli/lsp/analysis.cpp"
#include "../../cli/lsp/document.cpp"

using namespace merrow;

TEST_CASE("lsp analysis: only changed blocks are re-linted") {
  lsp::Document doc("file:///p.md", "```mermaid\ngraph TD\nA-->B\n```\n\n```mermaid\ngraph LR\nX-->Y\n```\n", 1);
  lsp::Analysis analysis;
  const lint::LintOptions options;
  analysis.update(doc, options);
  CHECK(analysis.blocks().size() == 2);
  CHECK(analysis.relinted() == 2);
  doc.replace({7, 5}, {7, 5}, "-->Z");
  analysis.update(doc, options);
  CHECK(analysis.relinted() == 1);
  doc.replace({0, 0}, {0, 0}, "Prose only.\n");
  analysis.update(doc, options);
  CHECK(analysis.relinted() == 0);
  lsp::Analysis fresh;
  lsp::Document twice("file:///t.md", "```mermaid\ngraph TD\nA-->B\n```\n```mermaid\ngraph TD\nA-->B\n```\n", 1);
  fresh.update(twice, options);
  CHECK(fresh.relinted() == 1);
}

TEST_CASE("lsp document: UTF-16 positions and byte offsets") {
  lsp::Document doc("file:///a.mmd", "graph TD\n  A[\"🙂é\"] --> B\n", 1);
  CHECK(doc.offset({1, 5}) == 9 + 5);           // before the emoji
  CHECK(doc.offset({1, 7}) == 9 + 5 + 4);       // the emoji is 2 units, 4 bytes
  CHECK(doc.offset({1, 8}) == 9 + 5 + 4 + 2);   // é: 1 unit, 2 bytes
  CHECK(doc.position(9 + 5 + 4 + 2).character == 8);
  CHECK(doc.offset({9, 0}) == doc.size());
  CHECK(doc.offset({1, 999}) == doc.size() - 1);  // clamped to the line's end
}
