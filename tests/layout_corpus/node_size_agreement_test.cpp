// merrow's node sizes against mermaid's over the real-world set and the
// mermaid corpus: every node of every diagram mermaid drew, matched by id,
// agrees when both width and height are within max(2 px, 5%) of mermaid's.
// mermaid's sizes are the committed fixture data/mermaid-node-sizes.jsonl
// (README.md there says how it was made); the diagram texts come from
// ../shared/corpus (skipped when absent). The share per kind is printed.
#include <catch2/catch.hpp>

#include <algorithm>
#include <cmath>
#include <filesystem>
#include <fstream>
#include <map>
#include <nlohmann/json.hpp>

#include "grammar/parse.hpp"
#include "layout/layout.hpp"
#include "render/text/font_measurer.hpp"

using namespace merrow;

namespace {

struct Tally {
  int agree = 0, total = 0;
  std::vector<std::string> misses;  // the first few, to look at
  double share() const { return total ? 100.0 * agree / total : 100.0; }
};

bool close(double ours, double theirs) { return std::abs(ours - theirs) <= std::max(2.0, 0.05 * theirs); }

std::map<std::string, std::string> corpus_texts(const std::filesystem::path& dir) {
  std::map<std::string, std::string> texts;
  for (const char* name : {"realworld.jsonl", "mermaid-corpus.jsonl"}) {
    std::ifstream in(dir / name);
    for (std::string line; std::getline(in, line);) {
      const auto entry = nlohmann::json::parse(line);
      texts[entry["id"].get<std::string>()] = entry["text"].get<std::string>();
    }
  }
  return texts;
}

LayoutResult lay_out(const ParseResult& parsed, const TextMeasurer& measurer) {
  if (const auto* chart = std::get_if<Flowchart>(&parsed.diagram)) return layout_flowchart(*chart, measurer);
  if (const auto* map = std::get_if<Mindmap>(&parsed.diagram)) return layout_mindmap(*map, measurer);
  return {};
}

}  // namespace

TEST_CASE("node sizes agree with mermaid's on the real-world set and the corpus") {
  const std::filesystem::path corpus = std::filesystem::path(MERROW_SHARED_DIR) / "corpus";
  if (!std::filesystem::exists(corpus / "realworld.jsonl") || !std::filesystem::exists(corpus / "mermaid-corpus.jsonl")) {
    WARN("corpus absent: " << corpus);
    return;
  }
  const auto texts = corpus_texts(corpus);
  std::ifstream fixture(std::string(MERROW_SOURCE_DIR) + "/tests/layout_corpus/data/mermaid-node-sizes.jsonl");
  REQUIRE(fixture);
  const FontMeasurer measurer;
  std::map<std::string, Tally> kinds;  // "realworld flowchart", "corpus mindmap", ...
  int missing = 0;
  for (std::string line; std::getline(fixture, line);) {
    const auto entry = nlohmann::json::parse(line);
    const std::string id = entry["id"];
    const auto text = texts.find(id);
    if (text == texts.end()) {
      ++missing;
      continue;
    }
    const bool mindmap = entry["type"] == "mindmap";
    const std::string kind = std::string(id.starts_with("rw-") ? "realworld " : "corpus ") +
                             (mindmap ? "mindmap" : "flowchart");
    const LayoutResult result = lay_out(parse_diagram(Source(id, text->second)), measurer);
    std::map<std::string, const NodeBox*> ours;
    for (const NodeBox& node : result.nodes) ours[node.id] = &node;
    Tally& tally = kinds[kind];
    for (const auto& node : entry["nodes"]) {
      const std::string node_id = node[0];
      const double w = node[1], h = node[2];
      ++tally.total;
      const auto it = ours.find(node_id);
      const bool agree = it != ours.end() && close(it->second->box.width, w) && close(it->second->box.height, h);
      if (agree) {
        ++tally.agree;
      } else if (tally.misses.size() < 12) {
        std::string got = it == ours.end() ? "absent"
                                           : std::to_string(it->second->box.width) + " x " + std::to_string(it->second->box.height);
        tally.misses.push_back(id + " " + node_id + ": mermaid " + std::to_string(w) + " x " + std::to_string(h) +
                               ", merrow " + got);
      }
    }
  }
  Tally all;
  std::string report;
  for (const auto& [kind, tally] : kinds) {
    all.agree += tally.agree, all.total += tally.total;
    report += "\n  " + kind + ": " + std::to_string(tally.agree) + " / " + std::to_string(tally.total) + " (" +
              std::to_string(tally.share()) + " %)";
    for (const std::string& miss : tally.misses) report += "\n      " + miss;
  }
  WARN("node sizes within max(2 px, 5%) of mermaid's: " << all.agree << " / " << all.total << " (" << all.share()
                                                        << " %)" << report);
  CHECK(missing == 0);
  CHECK(all.total > 7000);
  CHECK(all.share() >= 95.0);
}
