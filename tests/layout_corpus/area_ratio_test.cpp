// The drawing's size against mermaid's: per flowchart, merrow's width x
// height over mermaid's (mermaid-ref's W/H: the root <svg>'s viewBox, padding
// included, like LayoutResult's). Two sets: the shared corpus (mermaid's W/H
// in ../shared/corpus/mermaid-layout-metrics.jsonl) and the real-world
// diagrams (W/H committed in fixtures/realworld-mermaid-size.jsonl, see
// fixtures/README.md). Reports median, worst and how many exceed 1.5x; skips
// when ../shared is absent.
#include <catch2/catch.hpp>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <map>
#include <nlohmann/json.hpp>
#include <sstream>

#include "grammar/parse.hpp"
#include "layout/layout.hpp"
#include "render/text/font_measurer.hpp"

using namespace merrow;

namespace {

struct Ratios {
  std::vector<std::pair<double, std::string>> rows;  // (merrow area / mermaid area, id)
  double median() const { return rows.empty() ? 0 : rows[rows.size() / 2].first; }
  double worst() const { return rows.empty() ? 0 : rows.back().first; }
  size_t above(double bar) const {
    return static_cast<size_t>(std::count_if(rows.begin(), rows.end(), [&](const auto& r) { return r.first > bar; }));
  }
  std::string report() const {
    std::ostringstream out;
    out << rows.size() << " diagrams: median " << median() << ", worst " << worst() << ", above 1.5x " << above(1.5)
        << "; largest:";
    // Every diagram above the bar (or the five largest when none is).
    size_t first = rows.size() > 5 ? rows.size() - 5 : 0;
    first = std::min(first, rows.size() - above(1.5));
    for (size_t i = first; i < rows.size(); ++i) {
      out << ' ' << rows[i].second << '=' << rows[i].first;
    }
    return out.str();
  }
};

std::map<std::string, std::pair<double, double>> mermaid_sizes(const std::filesystem::path& path) {
  std::map<std::string, std::pair<double, double>> sizes;
  std::ifstream in(path);
  for (std::string line; std::getline(in, line);) {
    if (line.empty()) continue;
    const auto row = nlohmann::json::parse(line);
    if (row.contains("error") || !row.contains("W") || row["W"].get<double>() <= 0) continue;
    sizes[row["id"]] = {row["W"].get<double>(), row["H"].get<double>()};
  }
  return sizes;
}

Ratios measure(const std::filesystem::path& diagrams, const std::filesystem::path& sizes_path) {
  const auto sizes = mermaid_sizes(sizes_path);
  const FontMeasurer measurer;
  Ratios ratios;
  std::ifstream in(diagrams);
  for (std::string line; std::getline(in, line);) {
    const auto entry = nlohmann::json::parse(line);
    if (entry.value("kind", "") != "flowchart") continue;
    const auto size = sizes.find(entry["id"].get<std::string>());
    if (size == sizes.end()) continue;
    const ParseResult parsed = parse_diagram(Source(size->first, entry["text"].get<std::string>()));
    const auto* chart = std::get_if<Flowchart>(&parsed.diagram);
    if (chart == nullptr) continue;
    const LayoutResult result = layout_flowchart(*chart, measurer);
    const double ratio = result.width * result.height / (size->second.first * size->second.second);
    ratios.rows.emplace_back(ratio, size->first);
  }
  std::sort(ratios.rows.begin(), ratios.rows.end());
  return ratios;
}

// Reports the set's ratios and checks the median bar (issue 13: 0.9-1.1x).
void check_median(const char* set, const Ratios& ratios, size_t least_rows) {
  WARN(set << " area merrow/mermaid: " << ratios.report());
  INFO(ratios.report());
  REQUIRE(ratios.rows.size() >= least_rows);
  CHECK(ratios.median() >= 0.9);
  CHECK(ratios.median() <= 1.1);
}

}  // namespace

TEST_CASE("real-world flowcharts are about as large as mermaid draws them") {
  const std::filesystem::path shared(MERROW_SHARED_DIR);
  const std::filesystem::path diagrams = shared / "corpus/realworld.jsonl";
  if (!std::filesystem::exists(diagrams)) {
    WARN("real-world corpus absent: " << diagrams);
    return;
  }
  const Ratios ratios =
      measure(diagrams, std::filesystem::path(MERROW_SOURCE_DIR) / "tests/layout_corpus/fixtures/realworld-mermaid-size.jsonl");
  check_median("real-world", ratios, 40);
  INFO(ratios.report());
  // Issue 13's bar: none above 1.5x. With subgraph chains fixed and labels
  // wrapped at 200 px: 0 of 47, worst 1.33x (rw-82 was 2.49x unwrapped).
  CHECK(ratios.above(1.5) == 0);
  CHECK(ratios.worst() < 1.5);
}

TEST_CASE("corpus flowcharts are about as large as mermaid draws them") {
  const std::filesystem::path shared(MERROW_SHARED_DIR);
  const std::filesystem::path diagrams = shared / "corpus/mermaid-corpus.jsonl";
  const std::filesystem::path sizes = shared / "corpus/mermaid-layout-metrics.jsonl";
  if (!std::filesystem::exists(diagrams) || !std::filesystem::exists(sizes)) {
    WARN("corpus absent: " << diagrams);
    return;
  }
  const Ratios ratios = measure(diagrams, sizes);
  check_median("corpus", ratios, 1000);
  INFO(ratios.report());
  // Issue 13 wants none above 1.5x; measured with subgraph chains fixed and
  // labels wrapped: 36 of 1709 (99 before both; worst 2.94x); 20 with
  // mermaid's 28 px `choice` and its `note` padding, titles crossed by edges
  // where a slot beside them cost over 1.25x the area, and automatic edge
  // ids. Left: 15 `layout: elk` charts (mermaid draws them with ELK, merrow
  // with its dagre-like engine), 5 KaTeX ($$...$$, drawn as source text).
  // 26 since merged with point 4 (titles clear of edges in every direction):
  // the slotless layout is kept only where every title has a clear place, so
  // cypress-flowchart-209 and its three copies are 1.83x again (mermaid's
  // smaller drawing runs edge lines through both titles), and
  // cypress-oldshapes-55-3 is 1.69x (ordering restarts: 3 -> 1 crossings).
  // Not met yet: lower this as the rest are fixed.
  CHECK(ratios.above(1.5) <= 26);
}
